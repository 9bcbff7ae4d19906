/**
 * The plainest reporting cues, by dictionary form: news uses them for most attributions, and a claim built
 * on one of them is more often right than one built on a rarer verb ("unveiled", "blasted", "cited").
 */
export const PLAIN_CUES: readonly string[] = ['say', 'tell', 'according to'];
