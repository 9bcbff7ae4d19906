/**
 * Where an infinitive reported in a clause on the sentence's subject gives way to the sentence's own verb: "Part of
 * the reason the mayor refuses [to release the audit] may be that …", "The fear that the mayor wants [to close the
 * pool] is real".
 */
import type { Sentence, Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import { GERUND_CLAUSE_WORDS, QUESTION_OR_RELATIVE_OPENERS } from '../../../vocabulary/function-words.js';
import { inQuote, isTensedVerb } from './tokens.js';

/** Words that open a clause of their own inside the infinitive's words, whose verb is no main verb: "to know what it is". */
const CLAUSE_OPENERS = new Set([...GERUND_CLAUSE_WORDS, ...QUESTION_OR_RELATIVE_OPENERS]);
/** Parts of speech of a noun phrase opening the sentence: "Part of the reason", "But the plan". */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP', 'CCONJ']);

/**
 * With the speaker from token `speakerStart` and words from `start` that open on an infinitive, the index of the
 * sentence's main verb when the speaker's clause describes the noun opening the sentence (after "that" or none):
 * the first verb with a tense after the infinitive's own, outside quotations and before any clause of the words'
 * own. `end` otherwise.
 */
export function subjectClauseEnd(context: RuleContext, speakerStart: number, start: number, end: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  if (tokens[start]?.lower !== 'to' || tokens[start + 1]?.pos !== 'VERB') return end;
  const head = tokens[speakerStart - 1]?.lower === 'that' ? speakerStart - 2 : speakerStart - 1;
  if (tokens[head]?.pos !== 'NOUN' || head < sentence.firstToken) return end;
  if (!tokens.slice(sentence.firstToken, head).every((token) => NOUN_PHRASE_POS.has(token.pos))) return end;
  for (let i = start + 2; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token)) continue;
    if (CLAUSE_OPENERS.has(token.lower) || token.pos === 'PUNCT') return end;
    if (isTensedVerb(token)) return i;
  }
  return end;
}
