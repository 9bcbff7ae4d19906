/**
 * A participle between a determiner and a noun describes the noun: "a proposed pipeline", "the reported
 * deal", "an expected rise". It reports nothing, whatever its tag.
 */
import type { Token } from '../document/types.js';
import { hasPastParticipleEnding } from '../util/participle.js';

/** Parts of speech that continue the noun phrase after the participle: "a proposed (natural) (gas) pipeline". */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Whether the participle at `index` stands after a determiner and before the rest of a noun phrase. */
export function isAttributiveParticiple(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before?.pos !== 'DET' || after === undefined || after.sentence !== token.sentence) return false;
  return hasPastParticipleEnding(token.lower) && NOUN_PHRASE_POS.has(after.pos);
}
