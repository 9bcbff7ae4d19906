/**
 * "…, including the former mayor Jane Roe — “It is a scandal” — and …": a quotation set between dashes
 * right after a name is that person's words.
 */
import type { Sentence, Token } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import { phraseBefore } from '../phrases/noun-phrase.js';
import { nounCue } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import { tokenIndexFrom } from '../phrases/tokens.js';
import type { QuoteRule, RuleContext } from '../types.js';
import { DASHES, QUOTATION_DASH } from '../../../vocabulary/dashes.js';

const SIGNING_DASHES = new Set([QUOTATION_DASH, ...DASHES]);

export const speakerDashQuote: QuoteRule = {
  id: 'speaker-dash-quote',
  apply(context: RuleContext, quote: Quote) {
    const tokens = context.doc.tokens;
    const mark = tokenIndexFrom(tokens, quote.start);
    const dash = tokens[mark - 1];
    if (quote.pieces.length !== 1 || dash === undefined || !SIGNING_DASHES.has(dash.text)) return null;
    // The quotation is an aside: a dash closes it, or it ends the sentence.
    const after = tokens[tokenIndexFrom(tokens, quote.end)];
    if (after !== undefined && after.sentence === dash.sentence && !SIGNING_DASHES.has(after.text) && after.text !== '.') return null;
    const sentence = context.doc.sentences[dash.sentence] as Sentence;
    const name = phraseBefore(context, mark - 1, sentence);
    if (name === null || name.kind !== 'name' || !(tokens[name.endToken - 1] as Token).pos.startsWith('PROPN')) return null;
    // "supportive of Mr. Roe — “…”": a name after a preposition is what the quotation is about, not its speaker.
    const before = tokens[name.firstToken - 1];
    if (before !== undefined && before.pos === 'ADP' && before.lower !== 'including') return null;
    return makeCandidate(context, this.id, quoteContent(quote), nounCue(context, mark - 1, 'speech'), toSpeaker(context, name));
  },
};
