/**
 * When two dates with "to", "through" or "until" between them are not a range, against chrono's merging
 * refiner, which joins any two: when the first ends on a comma ("due to expire last Thursday, to Nov. 6":
 * the second says where a deadline moved), or when the second owns a noun ("a revision Friday to
 * December's figures").
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';

const ENDS_ON_COMMA = /,\s*$/;
const POSSESSIVE = /^['’]s\b/;

/** True when `first` and `second`, which chrono would merge into a range, must stay two dates. */
export function isNotARange(context: ParsingContext, first: ParsingResult, second: ParsingResult): boolean {
  if (ENDS_ON_COMMA.test(first.text)) return true;
  const after = second.index + second.text.length;
  return POSSESSIVE.test(context.text.slice(after, after + 3));
}
