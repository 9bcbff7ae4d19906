/**
 * A paragraph that is nothing but a quotation, right after a paragraph with an attributed claim: the
 * same speaker goes on. After a paragraph with no claim, the person that paragraph is about speaks.
 */
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent, sentenceAt } from '../candidate.js';
import type { Sentence } from '../../document/types.js';
import { toSpeaker } from '../phrases/speaker.js';
import { sentenceSubject } from '../phrases/subject.js';
import type { QuoteRule, RuleContext, SpeakerPhrase } from '../types.js';
import { firstIndex } from '../../util/search.js';
import { standsForMessage } from '../../util/message-one.js';
import { tokenIndexFrom } from '../phrases/tokens.js';

/** How much of its paragraph a quotation must fill, in characters, to stand alone. */
const MIN_SHARE_OF_PARAGRAPH = 0.9;

export const floatingQuote: QuoteRule = {
  id: 'floating-quote',
  apply(context: RuleContext, quote: Quote) {
    const { doc } = context;
    const paragraphIndex = doc.sentences[sentenceAt(context, quote.start)]?.paragraph ?? -1;
    const paragraph = doc.paragraphs[paragraphIndex];
    const firstPiece = quote.pieces[0];
    if (paragraph === undefined || firstPiece === undefined || quote.start !== paragraph.start) return null;
    if ((firstPiece.end - firstPiece.start) / (paragraph.end - paragraph.start) < MIN_SHARE_OF_PARAGRAPH) return null;
    const previous = lastBefore(context)(quote.start);
    const previousParagraph = previous === undefined ? -2 : doc.sentences[previous.lastSentence]?.paragraph ?? -2;
    if (previous !== undefined && previous.speaker !== null && previousParagraph === paragraphIndex - 1 && !isMessage(context, previous.speaker)) {
      const speaker = { start: quote.start, end: quote.start, kind: 'inherited' as const, from: previous };
      return makeCandidate(context, this.id, quoteContent(quote), null, speaker, 'speech');
    }
    const named = namedInParagraph(context, paragraphIndex - 1);
    return named === null ? null : makeCandidate(context, this.id, quoteContent(quote), null, named, 'speech');
  },
};

/** "letters, one saying …": a speaker that stands for one of several messages does not go on in a quotation of its own. */
function isMessage(context: RuleContext, speaker: SpeakerPhrase): boolean {
  return speaker.kind === 'description' && standsForMessage(context.doc.tokens, tokenIndexFrom(context.doc.tokens, speaker.start));
}

/** The last sentence subject of a paragraph that is a name: "Mayor Jane Doe spoke before the vote." */
function namedInParagraph(context: RuleContext, index: number): SpeakerPhrase | null {
  const paragraph = context.doc.paragraphs[index];
  if (paragraph === undefined) return null;
  for (let s = paragraph.endSentence - 1; s >= paragraph.firstSentence; s -= 1) {
    const sentence = context.doc.sentences[s] as Sentence;
    const subject = sentenceSubject(context, sentence, sentence.endToken);
    if (subject !== null && subject.kind === 'name') return toSpeaker(context, subject);
  }
  return null;
}

/** The accepted claim whose content starts last before `offset`. */
function lastBefore(context: RuleContext): (offset: number) => RuleContext['accepted'][number] | undefined {
  return (offset) => {
    const sorted = context.acceptedByStart;
    return sorted[firstIndex(sorted, (candidate) => (candidate.content[0]?.start ?? 0) >= offset) - 1];
  };
}
