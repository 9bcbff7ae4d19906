/**
 * "PENCE: Well, look, …" and "Jane Roe: We will …": a paragraph opened by a name and a colon, as in
 * interview transcripts; the rest of the paragraph is what the name said.
 */
import type { Cue } from '../../cues/types.js';
import type { Paragraph, Sentence, Token } from '../../document/types.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import { contentRanges } from '../phrases/ranges.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isCapitalised, isQuoteMark } from '../phrases/tokens.js';
import type { Candidate, Range, RuleContext } from '../types.js';
import { EVIDENCE_NOUNS, NOT_SPEAKER_LABELS } from '../../../vocabulary/speaker-words.js';

const NOT_LABELS = new Set(NOT_SPEAKER_LABELS);
const EVIDENCE = new Set(EVIDENCE_NOUNS);

/** Most words a speaker's label may have before its colon. */
const MAX_LABEL_TOKENS = 4;

/** Claims of the transcript paragraphs of the article. */
export function speakerColonParagraphs(context: RuleContext): Candidate[] {
  const candidates: Candidate[] = [];
  const paragraphs = context.doc.paragraphs;
  const labelled = paragraphs.map((paragraph) => labelColon(context, paragraph) >= 0);
  for (const paragraph of paragraphs) {
    const candidate = colonParagraph(context, paragraph, turnEnd(context, labelled, paragraph.index));
    if (candidate !== null) candidates.push(candidate);
  }
  return candidates;
}

/**
 * The paragraph index just past the turn that the labelled paragraph `index` opens: in a transcript pasted in
 * quotation marks, a speaker's turn goes on over the paragraphs that open with a quotation mark and no label,
 * up to the next label; a note in brackets ("(CROSSTALK.)") ends it.
 */
function turnEnd(context: RuleContext, labelled: readonly boolean[], index: number): number {
  const opening = (at: number): Token | undefined => {
    const paragraph = context.doc.paragraphs[at] as Paragraph;
    return context.doc.tokens[(context.doc.sentences[paragraph.firstSentence] as Sentence).firstToken];
  };
  const quoted = (at: number): boolean => isQuoteMark(opening(at));
  const note = (at: number): boolean => /^[([]/.test(context.doc.tokens[(opening(at) as Token).index + 1]?.text ?? '');
  let end = index + 1;
  if (labelled[index] !== true || !quoted(index)) return end;
  while (end < labelled.length && labelled[end] === false && quoted(end) && !note(end)) end += 1;
  return labelled[end] === true || (end < labelled.length && note(end)) ? end : index + 1;
}

/** Where the label of `paragraph` starts: "\"PENCE: Well, …" is a transcript pasted in quotation marks. */
function labelStartOf(context: RuleContext, sentence: Sentence): number {
  return isQuoteMark(context.doc.tokens[sentence.firstToken]) ? sentence.firstToken + 1 : sentence.firstToken;
}

/** The token of the colon after a speaker's label that opens `paragraph`, or -1. */
function labelColon(context: RuleContext, paragraph: Paragraph): number {
  const sentence = context.doc.sentences[paragraph.firstSentence] as Sentence | undefined;
  if (sentence === undefined) return -1;
  const tokens = context.doc.tokens;
  const labelStart = labelStartOf(context, sentence);
  let colon = -1;
  for (let i = labelStart; i < sentence.endToken && i <= labelStart + MAX_LABEL_TOKENS; i += 1) {
    if ((tokens[i] as Token).text === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= labelStart) return -1;
  const label = tokens.slice(labelStart, colon);
  // A name or an all-capitals label ("PENCE:", "Jane Roe:"), not a word that opens a note ("Note:").
  const isLabelWord = (token: Token): boolean =>
    token.text === '.' || (isCapitalised(token) && (token.pos === 'PROPN' || token.text === token.text.toUpperCase()));
  if (!isEvidenceLabel(label) && (!label.every(isLabelWord) || label.some((token) => NOT_LABELS.has(token.lower)))) return -1;
  const after = tokens[colon + 1];
  return after === undefined || after.start >= paragraph.end ? -1 : colon;
}

/** "Poll: Roe leads in Ohio": a one-word label naming evidence gives a finding. */
function isEvidenceLabel(label: readonly Token[]): boolean {
  const first = label[0] as Token;
  return label.length === 1 && isCapitalised(first) && EVIDENCE.has(first.lower);
}

/** The claim of the labelled paragraph `paragraph`, its content read on to the paragraph before `turnEnd`. */
function colonParagraph(context: RuleContext, paragraph: Paragraph, turnEnd: number): Candidate | null {
  const colon = labelColon(context, paragraph);
  if (colon < 0) return null;
  const tokens = context.doc.tokens;
  const sentence = context.doc.sentences[paragraph.firstSentence] as Sentence;
  const labelStart = labelStartOf(context, sentence);
  const evidence = isEvidenceLabel(tokens.slice(labelStart, colon));
  const after = tokens[colon + 1] as Token;
  const quote = context.quoteIndex.quoteStartingAt(after.start);
  const own = quote !== undefined && quote.end >= paragraph.end - 1 ? quoteContent(quote) : contentRanges(context.doc, after.start, paragraph.end);
  // "Poll: Who won the debate?" asks the reader.
  if (evidence && /\?\W*$/.test(context.doc.text.slice(after.start, paragraph.end))) return null;
  const content = [...own, ...context.doc.paragraphs.slice(paragraph.index + 1, turnEnd).flatMap((next) => paragraphWords(context, next))];
  const speaker = toSpeaker(context, { firstToken: labelStart, endToken: colon, kind: 'name' });
  const colonToken = tokens[colon] as Token;
  const cue: Cue = {
    kind: 'verb', type: evidence ? 'evidence' : 'speech', start: colonToken.start, end: colonToken.end, firstToken: colon, endToken: colon + 1,
    verbToken: colon, lemma: ':', passive: false, participle: false, sentence: sentence.index,
  };
  return makeCandidate(context, 'speaker-colon-content', content, cue, speaker);
}

/** The words of a paragraph of a turn, past the quotation mark a pasted transcript opens it with. */
function paragraphWords(context: RuleContext, paragraph: Paragraph): Range[] {
  const sentence = context.doc.sentences[paragraph.firstSentence] as Sentence;
  const first = context.doc.tokens[labelStartOf(context, sentence)];
  return first === undefined ? [] : contentRanges(context.doc, first.start, paragraph.end);
}
