/** Words that show a name carried someone's words rather than spoke them. */

/** Phrases written just before the outlet or platform that carried a statement ("told CNBC", "according to Reuters"). */
export const SOURCE_LEADS: readonly string[] = [
  'according to', 'as cited by', 'as reported by', 'as quoted by', 'cited by', 'reported by', 'quoted by',
  'told', 'tells', 'telling', 'spoke to', 'speaking to', 'spoke with', 'speaking with', 'in an interview with',
  'an interview with', 'interview with', 'said on', 'wrote on', 'posted on', 'said in a post on', 'on',
  'in comments to', 'in remarks to', 'in a statement to', 'writing in', 'wrote in',
];

/** Social platforms that carry statements: "said on X", "wrote on Facebook". */
export const PLATFORMS: readonly string[] = [
  'Twitter', 'X', 'Facebook', 'Instagram', 'TikTok', 'Truth Social', 'Threads', 'LinkedIn', 'YouTube', 'Bluesky',
  'Telegram', 'Weibo', 'WeChat', 'Reddit', 'Substack', 'Snapchat', 'Mastodon', 'Gab', 'Parler',
];
