/**
 * "“…” ― Jane Roe": a quotation signed with a dash and a name, as in collected reader comments. A comment that
 * opens its paragraph with a quotation and holds more quoted words before the signature ("“…” … “…” ― Jane
 * Roe") is signed whole: the signature ends the paragraph, and every quotation before it is the signer's.
 */
import type { Paragraph, Sentence } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { makeCandidate, quoteContent, sentenceAt } from '../candidate.js';
import { phraseAfter, type PhraseMatch } from '../phrases/noun-phrase.js';
import { nounCue } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import { tokenIndexFrom } from '../phrases/tokens.js';
import type { QuoteRule, Range, RuleContext } from '../types.js';
import { DASHES_AND_HYPHEN, QUOTATION_DASH } from '../../../vocabulary/dashes.js';

const SIGNING_DASHES = new Set([QUOTATION_DASH, ...DASHES_AND_HYPHEN]);

/** A signature: the dash (the cue) and the name after it. */
interface Signature {
  readonly dash: number;
  readonly name: PhraseMatch;
}

export const quoteDashSpeaker: QuoteRule = {
  id: 'quote-dash-speaker',
  apply(context: RuleContext, quote: Quote) {
    const paragraph = context.doc.paragraphs[context.doc.sentences[sentenceAt(context, quote.start)]?.paragraph ?? -1];
    if (paragraph === undefined) return null;
    const signature = signatureAfter(context, quote, paragraph);
    if (signature !== null) return signed(context, quoteContent(quote), signature);
    const comment = signedComment(context, quote, paragraph);
    return comment === null ? null : signed(context, comment.content, comment.signature);
  },
};

function signed(context: RuleContext, content: readonly Range[], signature: Signature) {
  // The dash is the cue: it stands where a verb of saying would.
  return makeCandidate(context, quoteDashSpeaker.id, content, nounCue(context, signature.dash, 'speech'), toSpeaker(context, signature.name));
}

/** The dash and name right after `quote` that end its paragraph, or null. */
function signatureAfter(context: RuleContext, quote: Quote, paragraph: Paragraph): Signature | null {
  const tokens = context.doc.tokens;
  const dash = tokenIndexFrom(tokens, quote.end);
  const token = tokens[dash];
  if (token === undefined || !SIGNING_DASHES.has(token.text) || token.start >= paragraph.end) return null;
  const name = phraseAfter(context, dash + 1, context.doc.sentences[token.sentence] as Sentence);
  if (name === null || name.kind !== 'name') return null;
  // The signature ends the paragraph: nothing but punctuation may follow the name.
  const after = tokens[name.endToken];
  if (after !== undefined && after.start < paragraph.end && !/^[.,;]$/.test(after.text)) return null;
  return { dash, name };
}

/**
 * The quotations from `quote`, which opens its paragraph, to a later one in the paragraph that is signed, with
 * that signature; null when the paragraph opens otherwise or no later quotation in it is signed.
 */
function signedComment(context: RuleContext, quote: Quote, paragraph: Paragraph): { content: Range[]; signature: Signature } | null {
  if (context.doc.text.slice(paragraph.start, quote.start).trim() !== '') return null;
  const content: Range[] = quoteContent(quote);
  for (let i = quote.index + 1; i < context.quotes.length; i += 1) {
    const later = context.quotes[i] as Quote;
    if (later.start >= paragraph.end) return null;
    content.push(...quoteContent(later));
    const signature = signatureAfter(context, later, paragraph);
    if (signature !== null) return { content, signature };
  }
  return null;
}
