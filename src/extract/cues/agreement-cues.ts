/** A verb of concluding an agreement with the agreement as its object: "signed an agreement to …". */
import type { Token } from '../document/types.js';
import { AGREEMENT_NOUNS, AGREEMENT_VERBS } from '../../vocabulary/cue-nouns.js';

const NOUNS = new Set(AGREEMENT_NOUNS);
const VERBS = new Set(AGREEMENT_VERBS);
/** Most words before the noun: "reached [a tentative new] agreement". */
const MAX_MODIFIER_TOKENS = 3;
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/**
 * "the two towns have signed an agreement to pool …", "they reached a tentative pact to end …": the token
 * after such a noun when the verb at `index` concludes it and "to" and a verb follow it, whose subject the
 * parties are (as "agreed to" has them as subject); null otherwise.
 */
export function agreementCueEnd(tokens: readonly Token[], index: number): number | null {
  const verb = tokens[index] as Token;
  if (verb.pos !== 'VERB' || !VERBS.has(verb.lemma)) return null;
  for (let i = index + 1; i <= index + 1 + MAX_MODIFIER_TOKENS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== verb.sentence) return null;
    if (NOUNS.has(token.lower)) return tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB' ? i + 1 : null;
    if (!MODIFIER_TAGS.has(token.pos)) return null;
  }
  return null;
}
