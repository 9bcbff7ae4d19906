/**
 * ", with both the mayor and her deputy expected to attend": a noun phrase after "with" and the participle after
 * it make a phrase of circumstance, not a clause; the participle is passive ("expected" by others) and its noun
 * phrase no speaker.
 */
import type { Token } from '../../document/types.js';
import { SAYING_SETTINGS } from '../../../vocabulary/speaker-words.js';

/** "an interview with", "a call with": a "with" after a setting of saying names who took part, no circumstance. */
const SETTINGS = new Set(SAYING_SETTINGS);

/** Most tokens of the noun phrase between "with" and its participle: "with [both the mayor and her deputy] expected". */
const MAX_WITH_PHRASE_TOKENS = 8;
/** Word classes of a noun phrase, its coordination included ("both … and …"). */
const NOUN_PHRASE_TAGS = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART|CCONJ|PRON)$/;

/** The phrase starting at `first` (a speaker before its verb) follows "with", noun-phrase words between, not a setting's "with". */
export function followsAbsoluteWith(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 1 - MAX_WITH_PHRASE_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'with') return !SETTINGS.has(tokens[i - 1]?.lower ?? '');
    if (!NOUN_PHRASE_TAGS.test(token.pos) || token.text === ',') return false;
  }
  return false;
}
