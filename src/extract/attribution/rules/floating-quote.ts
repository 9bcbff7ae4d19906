/**
 * A paragraph that is nothing but a quotation, right after a paragraph with an attributed claim: the
 * same speaker goes on.
 */
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent, sentenceAt } from '../candidate.js';
import type { QuoteRule, RuleContext } from '../types.js';

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
    const previous = lastBefore(context, quote.start);
    if (previous === undefined || previous.speaker === null) return null;
    const previousParagraph = doc.sentences[previous.lastSentence]?.paragraph ?? -2;
    if (previousParagraph !== paragraphIndex - 1) return null;
    const speaker = { start: quote.start, end: quote.start, kind: 'inherited' as const, from: previous };
    return makeCandidate(context, this.id, quoteContent(quote), null, speaker, 0.8);
  },
};

/** The accepted claim whose content starts last before `offset`. */
function lastBefore(context: RuleContext, offset: number) {
  let best: RuleContext['accepted'][number] | undefined;
  for (const candidate of context.accepted) {
    const start = candidate.content[0]?.start ?? Infinity;
    if (start < offset && (best === undefined || start > (best.content[0]?.start ?? 0))) best = candidate;
  }
  return best;
}
