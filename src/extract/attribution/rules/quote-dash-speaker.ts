/** "“…” ― Jane Roe": a quotation signed with a dash and a name, as in collected reader comments. */
import type { Sentence } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent, sentenceAt } from '../candidate.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { nounCue } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import { tokenIndexFrom } from '../phrases/tokens.js';
import type { QuoteRule, RuleContext } from '../types.js';
import { DASHES_AND_HYPHEN, QUOTATION_DASH } from '../../../vocabulary/dashes.js';

const SIGNING_DASHES = new Set([QUOTATION_DASH, ...DASHES_AND_HYPHEN]);

export const quoteDashSpeaker: QuoteRule = {
  id: 'quote-dash-speaker',
  apply(context: RuleContext, quote: Quote) {
    const tokens = context.doc.tokens;
    const dashIndex = tokenIndexFrom(tokens, quote.end);
    const dash = tokens[dashIndex];
    if (dash === undefined || !SIGNING_DASHES.has(dash.text)) return null;
    const paragraph = context.doc.paragraphs[context.doc.sentences[sentenceAt(context, quote.start)]?.paragraph ?? -1];
    if (paragraph === undefined || dash.start >= paragraph.end) return null;
    const sentence = context.doc.sentences[dash.sentence] as Sentence;
    const name = phraseAfter(context, dashIndex + 1, sentence);
    if (name === null || name.kind !== 'name') return null;
    // The signature ends the paragraph: nothing but punctuation may follow the name.
    const after = tokens[name.endToken];
    if (after !== undefined && after.start < paragraph.end && !/^[.,;]$/.test(after.text)) return null;
    // The dash is the cue: it stands where a verb of saying would.
    return makeCandidate(context, this.id, quoteContent(quote), nounCue(context, dashIndex, 'speech'), toSpeaker(context, name));
  },
};

