/** What a claim's confidence is estimated from: general facts about how the claim was found. */
import type { Candidate, Range } from '../../attribution/types.js';
import type { Cue } from '../../cues/types.js';
import type { Document, Token } from '../../document/types.js';
import type { QuoteIndex } from '../../quotes/quote-index.js';
import type { ResolvedSpeaker } from '../../resolution/resolve-speakers.js';
import type { IndexedMention } from '../../resolution/mention-index.js';
import type { ClaimKind, CueType } from '../../../types.js';
import { firstIndex } from '../../util/search.js';
import { pronounNamedJustBefore, speakerOpensAdverbialClause } from './speaker-evidence.js';
import { opensWithSubjectAndVerb, type TokenRange } from './clause-evidence.js';
import { CLAUSE_BREAK_MARKS, CLAUSE_JOINERS_AFTER_COMMA } from '../../../vocabulary/clause-breaks.js';
import { GROUP_WORDS } from '../../../vocabulary/pronouns.js';

const BREAK_MARKS = new Set(CLAUSE_BREAK_MARKS);
const JOINERS = new Set(CLAUSE_JOINERS_AFTER_COMMA);
const GROUP = new Set(GROUP_WORDS);

/** The facts about one claim that the confidence factors read. */
export interface ClaimEvidence {
  /** Id of the rule that made the claim. */
  readonly rule: string;
  /** Quoted, partly quoted or paraphrased. */
  readonly kind: ClaimKind;
  /** What the cue reports; null when there is no cue. */
  readonly cueType: CueType | null;
  /** Words of the content, punctuation not counted. */
  readonly contentWords: number;
  /** The content runs past a clause break: a semicolon, a dash, or ", and", ", but", ", while", ", which". */
  readonly crossesClauseBreak: boolean;
  /** A comma outside quote marks stands between two words of the content ("…, focusing on …"). */
  readonly commaOutsideQuotes: boolean;
  /** The content's first word is "to" ("pledged to …", "urged them to …"). */
  readonly opensWithTo: boolean;
  /** The speaker's phrase is the first word of its sentence ("Jane Roe said …", not "…, and Roe said …"). */
  readonly speakerOpensSentence: boolean;
  /**
   * Cues in the cue's sentence besides the claim's own that stand outside its content: reports next to this
   * one ("A said X, and B said Y"), not reports inside it ("A said that B believes X"). 0 without a cue.
   */
  readonly cuesBesideContent: number;
  /** Some piece of the content is a quotation whose closing mark was never found. */
  readonly unclosedQuote: boolean;
  /** The speaker is a pronoun whose entity was last named one or two sentences before it. */
  readonly pronounNamedJustBefore: boolean;
  /** The speaker's phrase follows a subordinating conjunction: "after she admitted …", "though he noted …". */
  readonly speakerOpensAdverbialClause: boolean;
  /** The cue is a verb in the present tense, third person singular: "says", "argues", "shows". */
  readonly presentTenseCue: boolean;
  /** The speaker resolves to an entity the article names only once. */
  readonly speakerNamedOnce: boolean;
  /** The content, past an opening "that", opens with a subject and its verb (see clause-evidence.ts). */
  readonly opensWithSubjectAndVerb: boolean;
  /** The cue is a participle after a comma: "…, saying that …". */
  readonly participleCue: boolean;
  /** The speaker's phrase is a pronoun ("she", "they", "who"). */
  readonly pronounSpeaker: boolean;
  /** The speaker's phrase is "it", "they" or one of their forms ("its", "their", "them"). */
  readonly groupPronounSpeaker: boolean;
}

/** What reading the evidence needs besides the candidate and its kind. */
export interface EvidenceInputs {
  readonly doc: Document;
  readonly cues: readonly Cue[];
  readonly quoteIndex: QuoteIndex;
  /** The resolved speaker of each candidate. */
  readonly speakers: ReadonlyMap<Candidate, ResolvedSpeaker | null>;
  /** Entity mentions in text order. */
  readonly mentions: readonly IndexedMention[];
}

/** Reads the evidence of a candidate whose kind is known. */
export function readEvidence(candidate: Candidate, kind: ClaimKind, inputs: EvidenceInputs): ClaimEvidence {
  const { doc } = inputs;
  const cue = candidate.cue === null ? undefined : cueStartingAt(inputs.cues, candidate.cue.start);
  const speaker = candidate.speaker;
  const ranges = candidate.content.map((range) => tokensIn(doc, range));
  return {
    rule: candidate.rule,
    kind,
    cueType: candidate.cueType,
    contentWords: ranges.reduce((sum, range) => sum + wordCount(doc, range), 0),
    crossesClauseBreak: ranges.some((range) => crossesClauseBreak(doc, range)),
    commaOutsideQuotes: ranges.some((range) => hasCommaOutsideQuotes(doc, range, inputs.quoteIndex)),
    opensWithTo: firstWord(doc, ranges)?.lower === 'to',
    speakerOpensSentence: speaker !== null && speaker.kind !== 'inherited' && opensSentence(doc, speaker.start),
    cuesBesideContent: cue === undefined ? 0 : cuesInSentence(inputs.cues, cue.sentence).filter((other) =>
      other !== cue && !candidate.content.some((range) => holds(range, other))).length,
    unclosedQuote: candidate.content.some((range) => inputs.quoteIndex.quoteAt(range.start)?.closed === false),
    pronounNamedJustBefore: pronounNamedJustBefore(doc, speaker, inputs.speakers.get(candidate) ?? null, inputs.mentions),
    speakerOpensAdverbialClause: speakerOpensAdverbialClause(doc, speaker),
    presentTenseCue: cue !== undefined && isPresentThirdPerson(cue, doc),
    speakerNamedOnce: inputs.speakers.get(candidate)?.entity?.mentions.length === 1,
    opensWithSubjectAndVerb: opensWithSubjectAndVerb(doc, ranges),
    participleCue: cue?.participle === true,
    pronounSpeaker: speaker?.kind === 'pronoun',
    groupPronounSpeaker: speaker !== null && speaker.kind !== 'inherited' &&
      GROUP.has(doc.text.slice(speaker.start, speaker.end).toLowerCase()),
  };
}

/**
 * The cue's verb is inflected for the present tense, third person singular ("says", "argues", "denies"): a form
 * other than the cue's lemma that ends in "s". Not the bare form ("they say"), unlike isPresentForm in
 * attribution/phrases/coordinated-verb.ts, which reads either for the speaker's second verb after "and".
 */
function isPresentThirdPerson(cue: Cue, doc: Document): boolean {
  const verb = doc.tokens[cue.verbToken];
  return cue.kind !== 'according-to' && verb !== undefined && verb.lower !== cue.lemma && verb.lower.endsWith('s');
}

/** The cue starting at `start`, found by binary search over `cues` in text order. */
function cueStartingAt(cues: readonly Cue[], start: number): Cue | undefined {
  const found = cues[firstIndex(cues, (cue) => cue.start >= start)];
  return found?.start === start ? found : undefined;
}

/** The cues of sentence `sentence`: a run of `cues`, which are in text order. */
function cuesInSentence(cues: readonly Cue[], sentence: number): readonly Cue[] {
  const first = firstIndex(cues, (cue) => cue.sentence >= sentence);
  let end = first;
  while (cues[end]?.sentence === sentence) end += 1;
  return cues.slice(first, end);
}

/** `inner` lies wholly inside `outer`. */
function holds(outer: Range, inner: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
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

/** A comma outside quote marks with a word of `range` after it (a comma closing the content does not count). */
function hasCommaOutsideQuotes(doc: Document, range: TokenRange, quotes: QuoteIndex): boolean {
  for (let i = range.first; i + 1 < range.end; i += 1) {
    const token = doc.tokens[i] as Token;
    if (token.text === ',' && quotes.quoteAt(token.start) === undefined && (doc.tokens[i + 1] as Token).pos !== 'PUNCT') return true;
  }
  return false;
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
