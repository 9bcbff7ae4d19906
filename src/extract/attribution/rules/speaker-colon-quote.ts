/** "The minister: “…”": a name or description, a colon, and a quotation, with no verb. */
import type { Sentence } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent, sentenceAt } from '../candidate.js';
import { phraseBefore } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import { tokenIndexFrom } from '../phrases/tokens.js';
import type { QuoteRule, RuleContext } from '../types.js';

export const speakerColonQuote: QuoteRule = {
  id: 'speaker-colon-quote',
  apply(context: RuleContext, quote: Quote) {
    const tokens = context.doc.tokens;
    const sentence = context.doc.sentences[sentenceAt(context, quote.start)] as Sentence;
    const found = tokenIndexFrom(tokens, quote.start);
    const markIndex = tokens[found]?.start === quote.start ? found : -1;
    const colon = tokens[markIndex - 1];
    if (markIndex <= 0 || colon?.text !== ':') return null;
    const speaker = phraseBefore(context, markIndex - 1, sentence);
    if (speaker === null || speaker.kind === 'pronoun' || speaker.firstToken !== sentence.firstToken) return null;
    return makeCandidate(context, this.id, quoteContent(quote), null, toSpeaker(context, speaker), 'speech');
  },
};

