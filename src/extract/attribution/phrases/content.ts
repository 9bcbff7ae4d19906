/** Finds the reported content on either side of an attribution. */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { RECIPIENT_VERBS } from '../../../vocabulary/cue-verbs.js';
import { ADJUNCT_PREPOSITIONS } from '../../../vocabulary/speaker-words.js';
import type { Range, RuleContext } from '../types.js';
import { phraseAfter } from './noun-phrase.js';
import { contentRanges } from './ranges.js';
import { inQuote, isNounPhraseWord, isQuoteMark, isSentenceEnd } from './tokens.js';

const RECIPIENTS = new Set(RECIPIENT_VERBS);
const ADJUNCTS = new Set(ADJUNCT_PREPOSITIONS);
const QUESTION_WORDS = new Set(['if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);
const MAX_ADJUNCT_TOKENS = 12;

/** Where the content after a cue starts, and whether a word or mark introduced it ("that", ":", “). */
export interface ContentOpening {
  readonly token: number;
  readonly introduced: boolean;
}

/** Skips the recipient ("told reporters"), adjuncts ("in a statement", ", as cited by Reuters,") and "that". */
export function openingAfter(context: RuleContext, cue: Cue, sentence: Sentence): ContentOpening {
  const tokens = context.doc.tokens;
  let i = cue.endToken;
  if (RECIPIENTS.has(cue.lemma)) {
    const recipient = phraseAfter(context, i, sentence);
    if (recipient !== null) i = recipient.endToken;
  }
  for (let step = 0; step < 4 && i < sentence.endToken; step += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'that' || token.text === ':') return { token: i + 1, introduced: true };
    if (isQuoteMark(token) && context.quoteIndex.quoteStartingAt(token.start) !== undefined) return { token: i, introduced: true };
    if (QUESTION_WORDS.has(token.lower)) return { token: i, introduced: true };
    const skipTo = token.text === ',' ? commaAdjunctEnd(context, i, sentence) : prepositionalAdjunctEnd(context, i, sentence);
    if (skipTo === null) break;
    i = skipTo;
  }
  return { token: i, introduced: false };
}

/** ", as cited by Reuters," / ", according to Reuters,": the token after the closing comma, or null. */
function commaAdjunctEnd(context: RuleContext, comma: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const first = tokens[comma + 1];
  if (first === undefined) return null;
  if (isQuoteMark(first)) return comma + 1;
  for (let j = comma + 2; j < sentence.endToken && j <= comma + MAX_ADJUNCT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.text === ',') {
      const opensAdjunct = ADJUNCTS.has(first.lower) || first.lower === 'according' || first.pos === 'ADP';
      return opensAdjunct ? j + 1 : null;
    }
    if (token.pos === 'VERB' && token.lower !== 'cited' && token.lower !== 'reported' && token.lower !== 'quoted') return null;
  }
  return null;
}

/** "in a statement from its foreign ministry" before "that", a comma or a quotation: the token after it. */
function prepositionalAdjunctEnd(context: RuleContext, start: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined || !(ADJUNCTS.has(first.lower) || first.pos === 'ADP')) return null;
  for (let j = start + 1; j < sentence.endToken && j <= start + MAX_ADJUNCT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.lower === 'that' || token.text === ',' || token.text === ':') return j;
    if (isQuoteMark(token) && context.quoteIndex.quoteStartingAt(token.start) !== undefined) return j;
    if (token.pos === 'VERB' || token.pos === 'AUX') return null;
  }
  return null;
}

/**
 * The content from token `start` to the end of its sentence, without a trailing ", according to X" and
 * the sentence's final mark; a quotation that opens inside it is followed to its end, over paragraphs.
 */
export function contentFrom(context: RuleContext, start: number, sentence: Sentence): Range[] {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined || start >= sentence.endToken) return [];
  let endToken = sentence.endToken;
  for (const cue of context.cues) {
    if (cue.sentence !== sentence.index || cue.kind !== 'according-to' || cue.firstToken <= start) continue;
    if (tokens[cue.firstToken - 1]?.text === ',') endToken = Math.min(endToken, cue.firstToken - 1);
  }
  let end = (tokens[endToken - 1] as Token).end;
  const quote = context.quoteIndex.quoteAt(end - 1);
  if (quote !== undefined && quote.end > end) end = quote.end;
  return contentRanges(context.doc, first.start, end);
}

/**
 * The content before an attribution that starts at token `boundary`: back to the sentence start (or the
 * start of the quotation the sentence began in), ending at a comma or a closing quote mark. Null when
 * neither separates content from attribution.
 */
export function contentBefore(context: RuleContext, boundary: number, sentence: Sentence): Range[] | null {
  const tokens = context.doc.tokens;
  let j = boundary - 1;
  let end: number;
  const separator = tokens[j];
  if (separator === undefined || j < sentence.firstToken) return null;
  if (separator.text === ',' || separator.text === '\u2014') {
    end = separator.start;
    const mark = tokens[j - 1];
    if (mark !== undefined && context.quoteIndex.quoteEndingAt(mark.end) !== undefined) end = mark.end;
    j -= 1;
  } else if (context.quoteIndex.quoteEndingAt(separator.end) !== undefined) {
    end = separator.end;
  } else {
    return null;
  }
  let start = sentence.start;
  const openQuote = context.quoteIndex.quoteAt(start);
  if (openQuote !== undefined && openQuote.start < start) start = openQuote.start;
  const closing = context.quoteIndex.quoteEndingAt(end);
  if (closing !== undefined && closing.start < start) start = closing.start;
  if (end <= start) return null;
  return contentRanges(context.doc, start, end);
}

/** Content that can stand alone: a subject and a verb ("it would be"), or a question ("if …"). */
export function looksLikeClause(context: RuleContext, start: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  let i = start;
  const first = tokens[i];
  if (first === undefined) return false;
  if (QUESTION_WORDS.has(first.lower) || isQuoteMark(first)) return true;
  if (first.pos === 'PRON') i += 1;
  else {
    while (i < sentence.endToken && i < start + MAX_ADJUNCT_TOKENS) {
      const token = tokens[i] as Token;
      if (isNounPhraseWord(token) || (token.pos === 'ADP' && i > start) || token.pos === 'CCONJ') i += 1;
      else break;
    }
    if (i === start) return false;
  }
  while (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'PART') i += 1;
  const verb = tokens[i];
  return verb !== undefined && i < sentence.endToken && (verb.pos === 'AUX' || verb.pos === 'VERB') && !inQuote(context, verb);
}

/** The cue ends its clause: what follows is the sentence's end, a comma, or an adjunct before those. */
export function endsClause(context: RuleContext, after: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  let i = after;
  for (let step = 0; step < 3; step += 1) {
    const token = tokens[i];
    if (i >= sentence.endToken || isSentenceEnd(token) || token?.text === ',' || isQuoteMark(token)) return true;
    const skipTo = prepositionalAdjunctEnd(context, i, sentence);
    if (skipTo === null) {
      // "said in a statement." runs to the sentence end with no comma after it.
      return adjunctRunsToEnd(context, i, sentence);
    }
    i = skipTo;
  }
  return false;
}

function adjunctRunsToEnd(context: RuleContext, start: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined || !(ADJUNCTS.has(first.lower) || first.pos === 'ADP')) return false;
  for (let j = start + 1; j < sentence.endToken; j += 1) {
    const token = tokens[j] as Token;
    if (isSentenceEnd(token)) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.lower === 'that') return false;
  }
  return true;
}
