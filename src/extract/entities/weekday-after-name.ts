/**
 * Drops a weekday written after a name in news style ("said in Ohio Friday", "the Acme Friday release"):
 * a run ending on a weekday is the name before it, unless an ordinary word before the weekday makes the
 * whole the name of a day ("Black Friday", "Super Tuesday"). A time word before it ("Late Friday") makes
 * the run a time, no name at all.
 */
import type { Document, Token } from '../document/types.js';
import { WEEKDAYS, WEEKDAY_TIME_WORDS } from '../../vocabulary/not-names.js';
import type { Candidate } from './candidates.js';
import { isLexiconOrdinaryWord } from '../util/compromise-lexicon.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

const weekdays: ReadonlySet<string> = new Set(WEEKDAYS);
const timeWords: ReadonlySet<string> = new Set(WEEKDAY_TIME_WORDS);

/** `candidate` without a weekday written after its name: the name, nothing for a time, or the candidate. */
export function dropWeekdayAfterName(doc: Document, candidate: Candidate): Candidate[] {
  const { first, end } = candidate;
  if (end - first < 2) return [candidate];
  const last = doc.tokens[end - 1] as Token;
  const before = doc.tokens[end - 2] as Token;
  if (!weekdays.has(last.text)) return [candidate];
  if (end - first === 2 && timeWords.has(before.lower)) return [];
  if (isLexiconOrdinaryWord(before.lower) || !CAPITAL_START.test(before.text)) return [candidate];
  return [{ ...candidate, end: end - 1 }];
}
