/**
 * "The agency puts the cost at $2 million", "Organizers pegged the crowd at 5,000": a verb, what is estimated
 * and "at" a figure report an estimate.
 */
import type { Token } from '../document/types.js';
import { ESTIMATE_AT_VERBS, FIGURE_APPROXIMATORS } from '../../vocabulary/cue-verbs.js';

const ESTIMATE_VERBS = new Set(ESTIMATE_AT_VERBS);
const APPROXIMATORS = new Set(FIGURE_APPROXIMATORS);
/** Most words of what is estimated: "the total awarded", "the number of people displaced". */
const MAX_OBJECT_TOKENS = 6;
/** Parts of speech of what is estimated; a participle may follow its noun ("the total awarded"). */
const OBJECT_WORDS = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PRON|VERB)$/;

/** The verb at `index` opens an estimate: an object of a few words, "at" and a figure (a number or a currency sign). */
export function isEstimateVerb(tokens: readonly Token[], index: number): boolean {
  const verb = tokens[index] as Token;
  if (!ESTIMATE_VERBS.has(verb.lemma) || verb.pos !== 'VERB') return false;
  for (let i = index + 2; i <= index + 1 + MAX_OBJECT_TOKENS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== verb.sentence) return false;
    if (token.lower === 'at') return figureAfter(tokens, i + 1, verb.sentence);
    if (!OBJECT_WORDS.test(token.pos)) return false;
  }
  return false;
}

/** A figure opens at `start`, perhaps after "about" or "more than": "$1.3 billion", "5,000". */
function figureAfter(tokens: readonly Token[], start: number, sentence: number): boolean {
  let i = start;
  while (APPROXIMATORS.has(tokens[i]?.lower ?? '')) i += 1;
  const token = tokens[i];
  return token !== undefined && token.sentence === sentence && (token.pos === 'NUM' || token.pos === 'SYM');
}
