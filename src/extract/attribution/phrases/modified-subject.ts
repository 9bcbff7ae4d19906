/**
 * A subject with a long modifier after its head, read from the start of the clause: "A study released by
 * the agency last month found …", "Firms that had covered the quarry agreed …", "Judges handling the
 * lawsuits have cited …". Read back from the cue, the nearest noun phrase is inside the modifier.
 */
import type { Sentence, Token } from '../../document/types.js';
import { COORDINATING_CONJUNCTIONS } from '../../../vocabulary/speaker-words.js';
import type { RuleContext } from '../types.js';
import { phraseAfter, type PhraseMatch } from './noun-phrase.js';
import { inQuote, isJoiningHyphen, isQuoteMark } from './tokens.js';
import { SUBJECT_BOUNDARY_MARKS } from '../../../vocabulary/clause-breaks.js';
import { MODIFIER_CLAUSE_OPENERS, SUBJECT_RELATIVE_WORDS } from '../../../vocabulary/function-words.js';
import { hasPastParticipleEnding } from '../../util/participle.js';

/** Most tokens between the head and the cue. */
const MAX_MODIFIER_TOKENS = 20;
const RELATIVES = new Set(SUBJECT_RELATIVE_WORDS);
/** Marks that end a clause: a modifier set off by them is an aside, read elsewhere. */
const CLAUSE_MARKS = new Set(SUBJECT_BOUNDARY_MARKS);
const CLAUSE_OPENERS = new Set(MODIFIER_CLAUSE_OPENERS);
const COORDINATORS = new Set(COORDINATING_CONJUNCTIONS);

/**
 * The head of the clause's subject when a relative clause or a participle phrase runs from it to the cue
 * at token `end` (exclusive; adverbs before the cue already passed over); null otherwise. The clause starts at
 * the sentence's start or after its last comma before `end`.
 */
export function subjectOverModifier(context: RuleContext, end: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let start = end;
  // "a 40-page analysis": a hyphen joining two words is no clause mark.
  while (start - 1 >= sentence.firstToken && (!CLAUSE_MARKS.has((tokens[start - 1] as Token).text) || isJoiningHyphen(tokens[start - 2], tokens[start - 1] as Token, tokens[start]))) start -= 1;
  // "But a study released …": a conjunction opening the clause is no part of the subject.
  if (COORDINATORS.has(tokens[start]?.lower ?? '') && start + 1 < end) start += 1;
  if (end - start > MAX_MODIFIER_TOKENS + 6 || tokens[end - 1]?.lower === 'to') return null;
  const head = phraseAfter(context, start, sentence);
  if (head === null || head.kind === 'pronoun' || head.endToken >= end - 1) return null;
  if (!opensModifier(tokens, head.endToken) || end - head.endToken > MAX_MODIFIER_TOKENS) return null;
  for (let i = head.endToken + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_OPENERS.has(token.lower) || isQuoteMark(token) || inQuote(context, token)) return null;
    // "Officials who met him and said …": a second predicate of the relative clause.
    if (COORDINATORS.has(token.lower) && /^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '')) return null;
  }
  return head;
}

/**
 * "that had insured", "who met him", "released by the agency", "being released on Tuesday", "handling the
 * lawsuits": a relative pronoun, or a participle no auxiliary carries. A past form needs a preposition after it,
 * being otherwise as likely the clause's own verb ("Trump accused the media …").
 */
function opensModifier(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined) return false;
  if (RELATIVES.has(token.lower)) return true;
  if (token.pos !== 'VERB' && token.lower !== 'being') return false;
  if (token.lower === 'being') return next.pos === 'VERB' && hasPastParticipleEnding(next.lower);
  if (token.lower.endsWith('ing')) return true;
  return hasPastParticipleEnding(token.lower) && next.pos === 'ADP';
}
