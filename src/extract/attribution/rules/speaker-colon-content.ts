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
import type { Candidate, RuleContext } from '../types.js';
import { EVIDENCE_NOUNS, NOT_SPEAKER_LABELS } from '../../../vocabulary/speaker-words.js';

const NOT_LABELS = new Set(NOT_SPEAKER_LABELS);
const EVIDENCE = new Set(EVIDENCE_NOUNS);

/** Most words a speaker's label may have before its colon. */
const MAX_LABEL_TOKENS = 4;

/** Claims of the transcript paragraphs of the article. */
export function speakerColonParagraphs(context: RuleContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const paragraph of context.doc.paragraphs) {
    const candidate = colonParagraph(context, paragraph);
    if (candidate !== null) candidates.push(candidate);
  }
  return candidates;
}

function colonParagraph(context: RuleContext, paragraph: Paragraph): Candidate | null {
  const sentence = context.doc.sentences[paragraph.firstSentence] as Sentence | undefined;
  if (sentence === undefined) return null;
  const tokens = context.doc.tokens;
  // "\"PENCE: Well, …": a transcript pasted in quotation marks.
  const labelStart = isQuoteMark(tokens[sentence.firstToken]) ? sentence.firstToken + 1 : sentence.firstToken;
  let colon = -1;
  for (let i = labelStart; i < sentence.endToken && i <= labelStart + MAX_LABEL_TOKENS; i += 1) {
    if ((tokens[i] as Token).text === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= labelStart) return null;
  const label = tokens.slice(labelStart, colon);
  // A name or an all-capitals label ("PENCE:", "Jane Roe:"), not a word that opens a note ("Note:").
  const isLabelWord = (token: Token): boolean =>
    token.text === '.' || (isCapitalised(token) && (token.pos === 'PROPN' || token.text === token.text.toUpperCase()));
  // "Poll: Roe leads in Ohio": a headline giving a finding; "Poll: Who won the debate?" asks the reader.
  const first = label[0] as Token;
  const evidence = label.length === 1 && isCapitalised(first) && EVIDENCE.has(first.lower);
  if (!evidence && (!label.every(isLabelWord) || label.some((token) => NOT_LABELS.has(token.lower)))) return null;
  const after = tokens[colon + 1];
  if (after === undefined || after.start >= paragraph.end) return null;
  const quote = context.quoteIndex.quoteStartingAt(after.start);
  const content = quote !== undefined && quote.end >= paragraph.end - 1 ? quoteContent(quote) : contentRanges(context.doc, after.start, paragraph.end);
  if (evidence && /\?\W*$/.test(context.doc.text.slice(after.start, paragraph.end))) return null;
  const speaker = toSpeaker(context, { firstToken: labelStart, endToken: colon, kind: 'name' });
  const colonToken = tokens[colon] as Token;
  const cue: Cue = {
    kind: 'verb', type: evidence ? 'evidence' : 'speech', start: colonToken.start, end: colonToken.end, firstToken: colon, endToken: colon + 1,
    verbToken: colon, lemma: ':', passive: false, participle: false, sentence: sentence.index,
  };
  return makeCandidate(context, 'speaker-colon-content', content, cue, speaker);
}
