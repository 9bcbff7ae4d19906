/** What a claim's confidence is estimated from: general facts about how the claim was found. */
import type { Candidate, Range } from '../../attribution/types.js';
import type { Cue } from '../../cues/types.js';
import type { Document, Token } from '../../document/types.js';
import type { QuoteIndex } from '../../quotes/quote-index.js';
import type { ClaimKind, CueType } from '../../../types.js';
import { firstIndex } from '../../util/search.js';
import { CLAUSE_BREAK_MARKS, CLAUSE_JOINERS_AFTER_COMMA } from '../../../vocabulary/clause-breaks.js';

const BREAK_MARKS = new Set(CLAUSE_BREAK_MARKS);
const JOINERS = new Set(CLAUSE_JOINERS_AFTER_COMMA);

/** The facts about one claim that the confidence factors read. */
export interface ClaimEvidence {
  /** Id of the rule that made the claim. */
  readonly rule: string;
  /** Quoted, partly quoted or paraphrased. */
  readonly kind: ClaimKind;
  /** What the cue reports; null when there is no cue. */
  readonly cueType: CueType | null;
  /** Dictionary form of the cue ("say", "according to"); null when there is no cue. */
  readonly cueLemma: string | null;
  /** Words of the content, punctuation not counted. */
  readonly contentWords: number;
  /** The content runs past a clause break: a semicolon, a dash, or ", and", ", but", ", while", ", which". */
  readonly crossesClauseBreak: boolean;
  /** The content's first word is "that" ("said that …"). */
  readonly opensWithThat: boolean;
  /** Nothing but punctuation follows the content in its last sentence. */
  readonly reachesSentenceEnd: boolean;
  /** The speaker's phrase is the first word of its sentence ("Jane Roe said …", not "…, and Roe said …"). */
  readonly speakerOpensSentence: boolean;
  /** Cues found in the cue's sentence, the claim's own included; 0 without a cue. */
  readonly cuesInSentence: number;
  /** Some piece of the content is a quotation whose closing mark was never found. */
  readonly unclosedQuote: boolean;
}

/** What reading the evidence needs besides the candidate and its kind. */
export interface EvidenceInputs {
  readonly doc: Document;
  readonly cues: readonly Cue[];
  readonly quoteIndex: QuoteIndex;
}

/** Reads the evidence of a candidate whose kind is known. */
export function readEvidence(candidate: Candidate, kind: ClaimKind, inputs: EvidenceInputs): ClaimEvidence {
  const { doc } = inputs;
  const cue = candidate.cue === null ? undefined : inputs.cues.find((c) => c.start === candidate.cue?.start);
  const speaker = candidate.speaker;
  const ranges = candidate.content.map((range) => tokensIn(doc, range));
  const last = candidate.content[candidate.content.length - 1];
  return {
    rule: candidate.rule,
    kind,
    cueType: candidate.cueType,
    cueLemma: cue?.lemma ?? null,
    contentWords: ranges.reduce((sum, range) => sum + wordCount(doc, range), 0),
    crossesClauseBreak: ranges.some((range) => crossesClauseBreak(doc, range)),
    opensWithThat: firstWord(doc, ranges)?.lower === 'that',
    reachesSentenceEnd: last !== undefined && reachesSentenceEnd(doc, last),
    speakerOpensSentence: speaker !== null && speaker.kind !== 'inherited' && opensSentence(doc, speaker.start),
    cuesInSentence: cue === undefined ? 0 : inputs.cues.filter((other) => other.sentence === cue.sentence).length,
    unclosedQuote: candidate.content.some((range) => inputs.quoteIndex.quoteAt(range.start)?.closed === false),
  };
}

/** Token indexes [first, end) of the tokens inside a character range. */
interface TokenRange {
  readonly first: number;
  readonly end: number;
}

/**
 * The tokens inside `range`, as indexes: claims can hold many sentences, and counting over the document's
 * tokens needs no copy of them.
 */
function tokensIn(doc: Document, range: Range): TokenRange {
  const first = firstIndex(doc.tokens, (token) => token.start >= range.start);
  let end = first;
  while (end < doc.tokens.length && (doc.tokens[end] as Token).end <= range.end) end += 1;
  return { first, end };
}

/** Tokens of `range` that are not punctuation. */
function wordCount(doc: Document, range: TokenRange): number {
  let count = 0;
  for (let i = range.first; i < range.end; i += 1) if ((doc.tokens[i] as Token).pos !== 'PUNCT') count += 1;
  return count;
}

/** The first token that is not punctuation in `ranges`, in order. */
function firstWord(doc: Document, ranges: readonly TokenRange[]): Token | undefined {
  for (const range of ranges) {
    for (let i = range.first; i < range.end; i += 1) {
      const token = doc.tokens[i] as Token;
      if (token.pos !== 'PUNCT') return token;
    }
  }
  return undefined;
}

/** A clause-break mark, or a comma followed by a clause joiner inside the range, stands in `range`. */
function crossesClauseBreak(doc: Document, range: TokenRange): boolean {
  for (let i = range.first; i < range.end; i += 1) {
    const token = doc.tokens[i] as Token;
    if (BREAK_MARKS.has(token.text)) return true;
    if (token.text === ',' && i + 1 < range.end && JOINERS.has((doc.tokens[i + 1] as Token).lower)) return true;
  }
  return false;
}

/** No word follows `range` in the sentence holding its last character. */
function reachesSentenceEnd(doc: Document, range: Range): boolean {
  const next = doc.tokens[firstIndex(doc.tokens, (token) => token.start >= range.end)];
  const sentence = doc.sentences[firstIndex(doc.sentences, (s) => s.start > range.end - 1) - 1];
  if (next === undefined || sentence === undefined) return true;
  for (let i = next.index; i < sentence.endToken; i += 1) {
    if ((doc.tokens[i] as Token).pos !== 'PUNCT') return false;
  }
  return true;
}

/** The first word of the sentence holding `offset` starts at `offset`. */
function opensSentence(doc: Document, offset: number): boolean {
  const token = doc.tokens[firstIndex(doc.tokens, (t) => t.end > offset)];
  const sentence = token === undefined ? undefined : doc.sentences[token.sentence];
  if (sentence === undefined) return false;
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    const word = doc.tokens[i] as Token;
    if (word.pos !== 'PUNCT') return word.start === offset;
  }
  return false;
}
