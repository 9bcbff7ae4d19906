/** "The minister: “…”": a name or description, a colon, and a quotation, with no verb. */
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import { colonBeforeQuote } from '../phrases/colon-quote.js';
import { phraseBefore } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { QuoteRule, RuleContext } from '../types.js';

export const speakerColonQuote: QuoteRule = {
  id: 'speaker-colon-quote',
  apply(context: RuleContext, quote: Quote) {
    const found = colonBeforeQuote(context, quote);
    if (found === null) return null;
    const { sentence, colon } = found;
    const speaker = phraseBefore(context, colon, sentence);
    if (speaker === null || speaker.kind === 'pronoun' || speaker.firstToken !== sentence.firstToken) return null;
    return makeCandidate(context, this.id, quoteContent(quote), null, toSpeaker(context, speaker), 'speech');
  },
};

