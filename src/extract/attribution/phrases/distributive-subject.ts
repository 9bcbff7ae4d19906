/**
 * "Roe and Doe clashed on Tuesday, each claiming victory and saying …": a participle after a comma and
 * "each" is said by each of the main clause's subject; "each" is the mention, the subject its antecedent.
 */
import type { Sentence, Token } from '../../document/types.js';
import { DISTRIBUTIVE_WORDS } from '../../../vocabulary/speaker-words.js';
import { CLAUSE_MARKS } from '../../../vocabulary/clause-breaks.js';
import type { RuleContext } from '../types.js';
import type { PhraseMatch } from './noun-phrase.js';
import { sentenceSubject } from './subject.js';
import { inQuote } from './tokens.js';

const DISTRIBUTIVE = new Set(DISTRIBUTIVE_WORDS);
const CLAUSE_MARK_SET = new Set(CLAUSE_MARKS);
/** Most tokens between "each" and the "and" of a second participle. */
const MAX_FIRST_PARTICIPLE_TOKENS = 15;

/** With "each" at token `word` after a comma and before a participle, "each" standing for the main clause's subject; else null. */
export function distributiveSubject(context: RuleContext, word: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const participle = tokens[word + 1];
  if (!DISTRIBUTIVE.has(tokens[word]?.lower ?? '') || tokens[word - 1]?.text !== ',' || participle === undefined) return null;
  if (participle.pos !== 'VERB' || !participle.lower.endsWith('ing') || inQuote(context, participle)) return null;
  const antecedent = sentenceSubject(context, sentence, word - 1);
  if (antecedent === null || antecedent.kind === 'pronoun') return null;
  return { firstToken: word, endToken: word + 1, kind: 'pronoun', extentStart: word, antecedent };
}

/** "…, each touting her record and saying …": the "each" of the first participle, for a second one after `coordinator`; else null. */
export function distributiveBeforeCoordinator(context: RuleContext, coordinator: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const first = Math.max(sentence.firstToken, coordinator - MAX_FIRST_PARTICIPLE_TOKENS);
  for (let i = coordinator - 2; i > first; i -= 1) {
    const token = tokens[i] as Token;
    if (DISTRIBUTIVE.has(token.lower)) return distributiveSubject(context, i, sentence);
    if (CLAUSE_MARK_SET.has(token.text) || inQuote(context, token)) return null;
  }
  return null;
}
