/**
 * What continues a claim's content after its attribution: "“…,” she said, “…”", "“…,” she said,
 * clapping. “…”", and "A, he said, B".
 */
import type { Sentence, Token } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { FRAMING_VERBS, TOPIC_ONLY_VERBS } from '../../../vocabulary/cue-verbs.js';
import { quoteContent, sentenceAt } from '../candidate.js';
import { COORDINATING_CONJUNCTIONS } from '../../../vocabulary/speaker-words.js';
import type { Range, RuleContext } from '../types.js';
import { MAX_TITLE_LENGTH, contentFrom } from './content.js';
import { looksLikeClause } from './clause-shape.js';
import { contentRanges } from './ranges.js';
import { phraseAfter, type PhraseMatch } from './noun-phrase.js';
import { inQuote, isQuoteMark, isSentenceEnd, isTensedVerb } from './tokens.js';
import { CONTINUING_SUBORDINATORS, LIST_PARTICIPLES, NOT_CONTENT_OPENERS, QUESTION_OR_RELATIVE_OPENERS } from '../../../vocabulary/function-words.js';

const FRAMING = new Set(FRAMING_VERBS);
const TOPIC_ONLY = new Set(TOPIC_ONLY_VERBS);

const NOT_CONTENT = new Set(NOT_CONTENT_OPENERS);
/**
 * Conjunctions that carry the reported words on past an attribution between commas, and that may join a
 * second quotation to an attribution: "he said, but “…”".
 */
const COORDINATING = new Set(COORDINATING_CONJUNCTIONS);
const JOINING = new Set([...COORDINATING_CONJUNCTIONS, ...CONTINUING_SUBORDINATORS]);
const QUESTION_OR_RELATIVE = new Set(QUESTION_OR_RELATIVE_OPENERS);
const LISTS = new Set(LIST_PARTICIPLES);

/**
 * The content that continues after an attribution ending at token `after`: a quotation reopened at once
 * or at the start of the next sentence of the paragraph (unless that quotation has an attribution of its
 * own), or, with `rest`, the remainder of the sentence ("A, he said, B"); with `mainClause` that remainder is
 * taken whenever it is not a remark on the speaking, for the words before were a subordinate clause.
 */
export function continuationAfter(context: RuleContext, after: number, sentence: Sentence, rest = false, mainClause = false): Range[] {
  const tokens = context.doc.tokens;
  const separator = tokens[after];
  const next = tokens[after + 1];
  if (separator !== undefined && next !== undefined && after + 1 < sentence.endToken) {
    const quote = context.quoteIndex.quoteStartingAt(next.start);
    if (quote !== undefined && /^[,:]$/.test(separator.text)) return quoteContent(quote);
    // "“…,” he said, but “…”": a conjunction, then the quotation, go on with the words.
    const joined = tokens[after + 2] === undefined ? undefined : context.quoteIndex.quoteStartingAt((tokens[after + 2] as Token).start);
    if (joined !== undefined && separator.text === ',' && COORDINATING.has(next.lower)) return contentRanges(context.doc, next.start, joined.end);
    // "The museum, Mr. Hale said, would open": the rest is a clause, or the predicate of the words before.
    const predicate = isTensedVerb(next);
    // After a subordinate clause the main clause may open with a gerund: "…, he said, replacing her would be …".
    const opens = mainClause ? !NOT_CONTENT.has(next.lower) : opensMoreContent(next);
    const goesOn = opens && (mainClause || predicate || looksLikeClause(context, after + 1, sentence));
    // "The plan has gaps, experts say, including …" lists more of the words before; "The smog was so bad, she
    // noted, that …" ends the result clause of the "so" before the attribution.
    const more = LISTS.has(next.lower) || (next.lower === 'that' && resultClauseOpen(tokens, sentence.firstToken, after));
    if (rest && separator.text === ',' && (goesOn || more || joinsMoreContent(context, after + 1, sentence))) {
      return contentFrom(context, after + 1, sentence);
    }
  }
  const later = quoteAfterAside(context, after, sentence);
  if (later !== undefined && !hasOwnAttribution(context, later)) return quoteContent(later);
  const following = context.doc.sentences[sentence.index + 1];
  if (following === undefined || following.paragraph !== sentence.paragraph) return [];
  if (!restIsAside(context, after, sentence) || speaksAgain(context, after, sentence)) return [];
  const first = tokens[following.firstToken];
  const quote = first === undefined ? undefined : context.quoteIndex.quoteStartingAt(first.start);
  if (quote === undefined) return quoteAfterRemark(context, sentence, following);
  if (hasOwnAttribution(context, quote)) return [];
  return quoteContent(quote);
}

/**
 * The words before the attribution that ends at token `after` close on "so" and an adjective or adverb
 * ("had grown so loud, …"), or hold "such" ("such a mess, …"): a clause of result may follow with "that".
 */
function resultClauseOpen(tokens: readonly Token[], from: number, after: number): boolean {
  let comma = after - 1;
  while (comma > from && (tokens[comma] as Token).text !== ',') comma -= 1;
  const degree = tokens[comma - 2]?.lower === 'so' && /^(?:ADJ|ADV)$/.test(tokens[comma - 1]?.pos ?? '');
  return comma > from && (degree || tokens.slice(from, comma).some((token) => token.lower === 'such'));
}

/** Pronouns that, as the subject of a sentence between two quotations, keep to the speaker before. */
const REMARK_SUBJECTS = new Set(['he', 'she']);

/**
 * "“…,” Obama said. He did not suggest retaliation. “…”": after one sentence of the writer's about the speaker
 * (a pronoun its subject, no quotation and no verb of saying in it), a quotation with no attribution of its
 * own that closes the paragraph goes on with the speaker's words. A speaker named by the other pronoun
 * ("“…,” she said. He …") is someone else.
 */
function quoteAfterRemark(context: RuleContext, attribution: Sentence, remark: Sentence): Range[] {
  const tokens = context.doc.tokens;
  const next = context.doc.sentences[remark.index + 1];
  const paragraph = context.doc.paragraphs[remark.paragraph];
  if (next === undefined || paragraph === undefined || next.paragraph !== remark.paragraph) return [];
  const subject = tokens[remark.firstToken]?.lower ?? '';
  const saying = (context.cuesBySentence.get(remark.index) ?? []).some((cue) => cue.type === 'speech' || cue.type === 'writing');
  if (!REMARK_SUBJECTS.has(subject) || saying) return [];
  for (let i = remark.firstToken; i < remark.endToken; i += 1) if (isQuoteMark(tokens[i])) return [];
  for (let i = attribution.firstToken; i < attribution.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (REMARK_SUBJECTS.has(token.lower) && token.lower !== subject && !inQuote(context, token)) return [];
  }
  const first = tokens[next.firstToken];
  const quote = first === undefined ? undefined : context.quoteIndex.quoteStartingAt(first.start);
  if (quote === undefined || quote.end < paragraph.end - 1 || hasOwnAttribution(context, quote)) return [];
  return quoteContent(quote);
}

/**
 * "“…,” she said, going on to compare the plans. “…”": the rest of the sentence moves the speaker on to a
 * further act, whose words the next quotation is. (A participle alone, "…, he said, stressing why …", does
 * not: the next quotation still goes on with the words before.)
 */
function speaksAgain(context: RuleContext, after: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  if (tokens[after]?.text !== ',') return false;
  for (let i = after + 1; i + 2 < sentence.endToken; i += 1) {
    if ((tokens[i] as Token).lemma === 'go' && tokens[i + 1]?.lower === 'on' && tokens[i + 2]?.lower === 'to') return true;
  }
  return false;
}

/**
 * "A, he said, until B" / "A, she said, and “B”": a conjunction after the attribution that goes on with
 * a clause, or with a quotation of the same speaker.
 */
function joinsMoreContent(context: RuleContext, index: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const conjunction = tokens[index];
  if (conjunction === undefined || !JOINING.has(conjunction.lower)) return false;
  let i = index + 1;
  while (tokens[i]?.pos === 'ADV') i += 1;
  if (i >= sentence.endToken) return false;
  // After "and" or "but" the writer often goes on in his own words: a quotation carries the speaker's on, and
  // so does a clause after "and" that repeats the verb of the words before ("Rents rose 4 percent, the
  // board said, and fees rose 2 percent"), one more figure of the same report.
  const quotation = tokens.slice(index + 1, i + 2).some((token) => context.quoteIndex.quoteStartingAt(token.start) !== undefined);
  const parallel = conjunction.lower === 'and' && looksLikeClause(context, i, sentence) && repeatsVerb(tokens, sentence.firstToken, i, sentence.endToken);
  if (COORDINATING.has(conjunction.lower)) return quotation || parallel;
  return looksLikeClause(context, i, sentence);
}

/**
 * The first verb of the clause from token `clause` (to its comma) has the lemma of a verb in the words that open
 * the sentence at token `first` (to their comma): "[Rents rose 4 percent], …, and [fees rose 2 percent]".
 */
function repeatsVerb(tokens: readonly Token[], first: number, clause: number, end: number): boolean {
  const verbs = new Set<string>();
  for (let i = first; i < clause && tokens[i]?.text !== ','; i += 1) if (tokens[i]?.pos === 'VERB') verbs.add((tokens[i] as Token).lemma);
  for (let i = clause; i < end && tokens[i]?.text !== ','; i += 1) if (tokens[i]?.pos === 'VERB') return verbs.has((tokens[i] as Token).lemma);
  return false;
}

/** A word that can open more reported content rather than a remark about the speaking. */
function opensMoreContent(token: Token): boolean {
  if (NOT_CONTENT.has(token.lower) || QUESTION_OR_RELATIVE.has(token.lower)) return false;
  return !(token.pos === 'VERB' && token.lower.endsWith('ing'));
}

/**
 * Between the attribution and the sentence end there is no other quotation, but for a short title ("said on
 * Radio Kestrel’s “Morning Harbour.”").
 */
function restIsAside(context: RuleContext, after: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  for (let i = after; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (isSentenceEnd(token) && i === sentence.endToken - 1) return true;
    if (/^["\u201C\u201D]$/.test(token.text) && !isTitle(context, token)) return false;
  }
  return true;
}

/** The quotation at `mark` is short and opens with a capital, as a programme's or a paper's title does. */
function isTitle(context: RuleContext, mark: Token): boolean {
  const quote = context.quoteIndex.quoteAt(mark.start);
  if (quote === undefined || quote.end - quote.start > MAX_TITLE_LENGTH) return false;
  return /^\P{L}*\p{Lu}/u.test(context.doc.text.slice(quote.start, quote.end)) && !/[,!?]/.test(context.doc.text.slice(quote.start, quote.end));
}

/** A cue stands outside the quotation in the sentences it ends in: it is someone else's, or a new claim. */
function hasOwnAttribution(context: RuleContext, quote: Quote): boolean {
  const last = sentenceAt(context, quote.end - 1);
  const lastSentence = context.doc.sentences[last];
  if (lastSentence === undefined) return false;
  return (context.cuesBySentence.get(last) ?? []).some((cue) => cue.start >= quote.end && cue.end <= lastSentence.end + 1);
}

/** A cue of speech, writing, belief or evidence (not one that frames or names a topic) in `sentence` between tokens `from` and `to`. */
function speechCueBetween(context: RuleContext, sentence: Sentence, from: number, to: number): boolean {
  return (context.cuesBySentence.get(sentence.index) ?? [])
    .some((cue) => cue.firstToken > from && cue.endToken <= to && cue.type !== 'intention' && !FRAMING.has(cue.lemma) && !TOPIC_ONLY.has(cue.lemma));
}

/** "“…,” Okafor said, pointing to the delay, “…”": a quotation after an aside between commas. */
function quoteAfterAside(context: RuleContext, after: number, sentence: Sentence): Quote | undefined {
  const tokens = context.doc.tokens;
  if (tokens[after]?.text !== ',') return undefined;
  for (let i = after + 1; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (/^["\u201C\u201D]$/.test(token.text)) {
      // "“…,” the mayor said, then went on, “…”": a verb of saying in the aside makes the quotation a claim of its own.
      if (tokens[i - 1]?.text !== ',' || speechCueBetween(context, sentence, after, i)) return undefined;
      return context.quoteIndex.quoteStartingAt(token.start);
    }
  }
  return undefined;
}

/**
 * "The hedges shelter birds. A mile of them can feed a flock, the warden said.": paraphrase that opens its
 * sentence and is attributed only after it may begin in the sentence before, when that sentence of the same
 * paragraph is the writer's plain statement with nothing of its own to attribute it (no quotation, no cue).
 * Not when the speaker takes up someone ("he", "the group") and the sentence before opens with a name: "The
 * Lindqvist Trust met on Monday. Rents would rise, the group said." tells of the speaker, not what it said.
 * Returns `content` with that sentence joined to its first piece.
 */
export function contentFromSentenceBefore(context: RuleContext, content: readonly Range[], speaker: PhraseMatch): Range[] {
  const first = content[0];
  if (first === undefined || context.quoteIndex.quoteAt(first.start) !== undefined) return [...content];
  const sentence = context.doc.sentences[sentenceAt(context, first.start)];
  if (sentence === undefined || first.start !== (context.doc.tokens[sentence.firstToken] as Token).start) return [...content];
  // "Touring the county in May, she hardly spoke of it": words before the speaker that are no clause are no content.
  if (!looksLikeClause(context, sentence.firstToken, sentence)) return [...content];
  const before = context.doc.sentences[sentence.index - 1];
  if (before === undefined || before.paragraph !== sentence.paragraph || (context.cuesBySentence.get(before.index) ?? []).length > 0) return [...content];
  if (takesUp(context, speaker) && opensWithName(context, before)) return [...content];
  for (let i = before.firstToken; i < sentence.endToken; i += 1) if (isQuoteMark(context.doc.tokens[i])) return [...content];
  return [...contentRanges(context.doc, before.start, first.end), ...content.slice(1)];
}

/** "he", "they", "the group": a speaker that takes up someone named before. */
function takesUp(context: RuleContext, speaker: PhraseMatch): boolean {
  return speaker.kind === 'pronoun' || (speaker.kind === 'description' && context.doc.tokens[speaker.firstToken]?.lower === 'the');
}

/** The sentence opens with a proper name ("The Lindqvist Trust met …", "Ana Ruiz spoke …"). */
function opensWithName(context: RuleContext, sentence: Sentence): boolean {
  const phrase = phraseAfter(context, sentence.firstToken, sentence);
  return phrase !== null && phrase.kind === 'name' && context.doc.tokens[phrase.endToken - 1]?.pos === 'PROPN';
}
