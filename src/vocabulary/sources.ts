/** Words that show a name carried someone's words rather than spoke them. */

/** Phrases written just before the outlet or platform that carried a statement ("told CNBC", "according to Reuters"). */
export const SOURCE_LEADS: readonly string[] = [
  'according to', 'as cited by', 'as reported by', 'as quoted by', 'cited by', 'reported by', 'quoted by',
  'told', 'tells', 'telling', 'spoke to', 'speaking to', 'spoke with', 'speaking with', 'in an interview with',
  'an interview with', 'interview with', 'said on', 'wrote on', 'posted on', 'said in a post on', 'on',
  'in comments to', 'in remarks to', 'in a statement to', 'writing in', 'wrote in',
];

/**
 * Words describing an outlet between a lead and its name: "told state news agency SUNA", "told the daily
 * newspaper Le Monde". Modifiers first, then the kinds of outlet.
 */
export const OUTLET_DESCRIPTION_MODIFIERS: readonly string[] = ['state', 'state-run', 'public', 'national', 'local', 'private', 'daily', 'weekly', 'online', 'official', 'regional'];
export const OUTLET_KINDS: readonly string[] = [
  'news agency', 'agency', 'broadcaster', 'television', 'tv', 'radio', 'newspaper', 'paper', 'daily', 'weekly', 'magazine',
  'channel', 'network', 'news site', 'website', 'outlet', 'wire service',
];

/** Social platforms that carry statements: "said on X", "wrote on Facebook". */
export const PLATFORMS: readonly string[] = [
  'Twitter', 'X', 'Facebook', 'Instagram', 'TikTok', 'Truth Social', 'Threads', 'LinkedIn', 'YouTube', 'Bluesky',
  'Telegram', 'Weibo', 'WeChat', 'Reddit', 'Substack', 'Snapchat', 'Mastodon', 'Gab', 'Parler',
];
