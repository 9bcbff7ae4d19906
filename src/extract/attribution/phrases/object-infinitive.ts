/** A request's object and its infinitive: "urged [voters] to back the plan", "told them not to worry". */
import type { Sentence, Token } from '../../document/types.js';
import { OBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';
import type { RuleContext } from '../types.js';
import { isInfinitiveAt, isNounHead, isNounPhraseWord } from './tokens.js';

const OBJECT = new Set(OBJECT_PRONOUNS);
/** Words that deny an infinitive after a request's object: "told them not to worry", "urged her never to sign". */
const NOT_BEFORE_TO = new Set(['not', 'never']);
/** "urged [all of the party's members] to vote": the longest object taken before "to". */
const MAX_OBJECT_TOKENS = 6;
/** Most tokens of the phrases of place or time after the object: "at a fair Sunday morning in Ohio". */
const MAX_ADJUNCT_TOKENS = 8;

/** A short object at token `start`, then "to" and a verb. */
export function objectBeforeTo(context: RuleContext, start: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined || start >= sentence.endToken) return false;
  // "urged them to wait"; "her" may open a noun phrase too: "urged her husband to wait".
  if (OBJECT.has(first.lower) && (infinitiveAfter(tokens, start + 1) || first.lower !== 'her')) return infinitiveAfter(tokens, start + 1);
  let limit = start + MAX_OBJECT_TOKENS;
  for (let i = start; i < sentence.endToken && i <= limit; i += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'to' || NOT_BEFORE_TO.has(token.lower)) return i > start && infinitiveAfter(tokens, i);
    // "urged her volunteers at a fair in Ohio to call": a phrase of place or time after the object's noun.
    if (token.pos === 'ADP' && i > start && isNounHead(tokens[i - 1] as Token)) {
      limit = Math.max(limit, i + MAX_ADJUNCT_TOKENS);
      continue;
    }
    if (!isNounPhraseWord(token)) return false;
  }
  return false;
}

/** "to vote", "not to worry", "never to speak of it": an infinitive, or one denied, at token `index`. */
function infinitiveAfter(tokens: readonly Token[], index: number): boolean {
  return isInfinitiveAt(tokens, NOT_BEFORE_TO.has(tokens[index]?.lower ?? '') ? index + 1 : index);
}
