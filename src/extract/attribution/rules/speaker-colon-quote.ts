/**
 * "The minister: “…”": a name or description, a colon, and a quotation, with no verb. In a headline written
 * in Title Case the words before the colon are a name only when few ("Mayor Ann Roe: ‘…’"): more hold the
 * headline's verb ("Senator Roe Grills Bank Chief: ‘…’", whose speaker is no phrase before the colon).
 */
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import { colonBeforeQuote } from '../phrases/colon-quote.js';
import { phraseBefore } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isTitleCaseSentence } from '../../document/headline-case.js';
import type { QuoteRule, RuleContext } from '../types.js';

/** The most words of a name before the colon of a Title Case headline ("House Speaker Ann Roe"). */
const MAX_HEADLINE_NAME_TOKENS = 4;

export const speakerColonQuote: QuoteRule = {
  id: 'speaker-colon-quote',
  apply(context: RuleContext, quote: Quote) {
    const found = colonBeforeQuote(context, quote);
    if (found === null) return null;
    const { sentence, colon } = found;
    const speaker = phraseBefore(context, colon, sentence);
    if (speaker === null || speaker.kind === 'pronoun' || speaker.firstToken !== sentence.firstToken) return null;
    if (speaker.endToken - speaker.firstToken > MAX_HEADLINE_NAME_TOKENS && isTitleCaseSentence(context.doc, sentence.index)) return null;
    return makeCandidate(context, this.id, quoteContent(quote), null, toSpeaker(context, speaker), 'speech');
  },
};

