/**
 * "Leaders like Ortiz, she said.": a few words with no verb, a paragraph of their own after a paragraph that
 * quotes someone, go on with the quoted exchange; what stands before the attribution is what was said.
 */
import type { Sentence, Token } from '../../document/types.js';
import type { Range, RuleContext } from '../types.js';

/** Fewest and most words of a fragment: "Not yet" to "People like the ones we lost last year". */
const MIN_WORDS = 2;
const MAX_WORDS = 8;
/** Tags that open an adjunct rather than an answer: "In March, she said." */
const ADJUNCT_OPENERS = new Set(['ADP', 'SCONJ']);

/**
 * Whether `content`, the words before the attribution closing `sentence`, is a verbless answer: one unquoted
 * range from the start of the sentence, which is its paragraph's only sentence, of two to eight words with no
 * verb and not opening with a preposition or a conjunction, after a paragraph whose last sentence quotes.
 */
export function isAnswerFragment(context: RuleContext, content: readonly Range[], sentence: Sentence): boolean {
  const only = content.length === 1 ? content[0] : undefined;
  if (only === undefined || only.start !== sentence.start || context.quoteIndex.quoteAt(only.start) !== undefined) return false;
  const paragraph = context.doc.paragraphs[sentence.paragraph];
  if (paragraph === undefined || paragraph.firstSentence !== sentence.index || paragraph.endSentence !== sentence.index + 1) return false;
  const tokens = context.doc.tokens;
  const words: Token[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken && (tokens[i] as Token).end <= only.end; i += 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (token.pos !== 'PUNCT') words.push(token);
  }
  if (words.length < MIN_WORDS || words.length > MAX_WORDS || ADJUNCT_OPENERS.has(words[0]?.pos ?? '')) return false;
  return quotesAtEnd(context, sentence.paragraph - 1);
}

/** The last sentence of paragraph `index` holds a quotation. */
function quotesAtEnd(context: RuleContext, index: number): boolean {
  const paragraph = context.doc.paragraphs[index];
  const last = paragraph === undefined ? undefined : context.doc.sentences[paragraph.endSentence - 1];
  if (last === undefined) return false;
  const tokens = context.doc.tokens;
  for (let i = last.firstToken; i < last.endToken; i += 1) if (context.quoteIndex.quoteAt((tokens[i] as Token).start) !== undefined) return true;
  return false;
}
