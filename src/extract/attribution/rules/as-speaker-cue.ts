/**
 * "As the senator pointed out, the island rarely …", "The island, as one adviser noted, rarely …", "… no
 * knife, as the police have said.": a clause of "as" whose cue takes no complement of its own hands on the words
 * of the clause around it.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { ASIDE_CUE_VERBS } from '../../../vocabulary/construction-verbs.js';
import { SUBORDINATING_CONJUNCTIONS } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentBefore, contentFrom, isSubstantial } from '../phrases/content.js';
import { looksLikeClause, mainClauseStart } from '../phrases/clause-shape.js';
import { contentRanges } from '../phrases/ranges.js';
import { afterRecipient } from '../phrases/content-opening.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { inQuote, isQuoteMark, isSentenceEnd, tokenIndexFrom } from '../phrases/tokens.js';
import type { CueRule, Range, RuleContext } from '../types.js';
import { AS_LEADING_WORDS } from '../../../vocabulary/function-words.js';

const ASIDE_VERBS = new Set(ASIDE_CUE_VERBS);
const SUBORDINATING = new Set(SUBORDINATING_CONJUNCTIONS);
const LEADING_WORDS = new Set(AS_LEADING_WORDS);
/** The cue of wording: "as the memo put it". */
const WORDING_PHRASE = 'put it';
/** Most tokens of an adjunct after the cue: "as we saw in the crisis of 2009,". */
const MAX_ADJUNCT_TOKENS = 8;

export const asSpeakerCue: CueRule = {
  id: 'as-speaker-cue',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || !ASIDE_VERBS.has(cue.lemma)) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    const speaker = speakerBeforeCue(context, cue, sentence);
    if (speaker === null) return null;
    const as = extentStart(speaker) - 1;
    if (tokens[as]?.lower !== 'as' || as < sentence.firstToken) return null;
    const close = asideEnd(context, afterRecipient(context, cue, sentence), sentence);
    if (close === null) return null;
    const after = tokens[close]?.text === ',' ? close + 1 : null;
    // "…, as the magazine put it, “…”": the wording put is the quotation after the aside, the other rule's.
    if (cue.lemma === WORDING_PHRASE && after !== null && context.quoteIndex.quoteStartingAt(tokens[after]?.start ?? -1) !== undefined) return null;
    const opener = leadingWordsEnd(tokens, sentence);
    const comma = commaBefore(context, as);
    let pieces: Range[];
    // "Yet, as he observed, …": a connective before the aside is not content.
    if (as === opener) {
      if (after === null) return null;
      pieces = contentFrom(context, after, sentence);
    } else if (comma !== null) {
      const before = tokens[comma - 1] as Token;
      // "If, as I have argued, the plan fails, …": the subordinate clause after the aside is the content.
      if (before.index === opener && SUBORDINATING.has(before.lower)) {
        if (after === null) return null;
        pieces = contentFrom(context, after, sentence, mainClauseStart(context, after, sentence));
      } else {
        const head = clauseAroundQuotation(context, contentBefore(context, as, sentence) ?? [], sentence);
        pieces = [...head, ...(after === null ? [] : contentFrom(context, after, sentence))];
      }
    } else {
      return null;
    }
    if (!isSubstantial(context, pieces)) return null;
    return makeCandidate(context, this.id, pieces, cue, toSpeaker(context, speaker));
  },
};

/** The comma or sentence end that closes the aside after the cue, past a short adjunct; null when the cue takes a complement. */
function asideEnd(context: RuleContext, start: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined) return null;
  if (first.text !== ',' && !isSentenceEnd(first) && first.pos !== 'ADP' && first.pos !== 'ADV') return null;
  for (let i = start; i <= start + MAX_ADJUNCT_TOKENS; i += 1) {
    const token = tokens[i];
    if (i >= sentence.endToken || token === undefined) return sentence.endToken;
    if (token.text === ',' || isSentenceEnd(token)) return i;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.lower === 'that' || isQuoteMark(token) || inQuote(context, token)) return null;
  }
  return null;
}

/**
 * The comma that sets off the clause of "as" at `as`: right before it, or before a closing quote mark
 * ("… a “clean record,” as the audit put it"); null when there is none.
 */
function commaBefore(context: RuleContext, as: number): number | null {
  const tokens = context.doc.tokens;
  if (tokens[as - 1]?.text === ',') return as - 1;
  const mark = tokens[as - 1];
  const closes = mark !== undefined && isQuoteMark(mark) && context.quoteIndex.quoteEndingAt(mark.end) !== undefined;
  return closes && tokens[as - 2]?.text === ',' ? as - 2 : null;
}

/**
 * "…, the main rule is a “clean record,” as the audit put it": when the words before the aside come back as a
 * quotation alone (another cue of the sentence has the words before it), the clause that holds the quotation,
 * from the comma before it, is what the aside reports; `head` otherwise.
 */
function clauseAroundQuotation(context: RuleContext, head: Range[], sentence: Sentence): Range[] {
  const only = head.length === 1 ? head[0] : undefined;
  const quote = only === undefined ? undefined : context.quoteIndex.quoteStartingAt(only.start);
  if (only === undefined || quote === undefined) return head;
  const tokens = context.doc.tokens;
  let start = tokenIndexFrom(tokens, quote.start);
  while (start > sentence.firstToken && tokens[start - 1]?.text !== ',') start -= 1;
  if (start <= sentence.firstToken || start === tokenIndexFrom(tokens, quote.start) || !looksLikeClause(context, start, sentence)) return head;
  return contentRanges(context.doc, (tokens[start] as Token).start, only.end);
}

/** The first token of the sentence after words such as "But" or "Yet," that may open it before "as". */
export function leadingWordsEnd(tokens: readonly Token[], sentence: Sentence): number {
  let i = sentence.firstToken;
  while (i < sentence.endToken && (LEADING_WORDS.has((tokens[i] as Token).lower) || (i > sentence.firstToken && (tokens[i] as Token).text === ','))) i += 1;
  return i;
}
