/**
 * The lines of a list that reported words open with a colon: "suggested that the mayor has three jobs ahead:" and
 * then "Win over the council", "Listen in small towns", "Keep answers short", each on a line of its own.
 */
import type { Paragraph, Sentence, Token } from '../../document/types.js';
import type { Range, RuleContext } from '../types.js';
import { contentRanges } from './ranges.js';
import { isQuoteMark } from './tokens.js';

/** Most words of one line of a list. */
const MAX_ITEM_WORDS = 15;
/** Fewest lines that make a list. */
const MIN_ITEMS = 2;
/** A blank line: two line breaks with only white space between them. */
const BLANK_LINE = /\n\s*\n/;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/**
 * When the reported words end before token `end` on a colon that closes the paragraph of `sentence`, the lines of the
 * list after it, each a range: short lines set one under another (no blank line between them), each opening with a
 * capital, with no quotation and no cue of their own but a participle. Empty when fewer than two such lines follow.
 */
export function listAfterColon(context: RuleContext, end: number, sentence: Sentence): Range[] {
  const { doc } = context;
  const paragraph = doc.paragraphs[sentence.paragraph];
  const closing = end === sentence.endToken || end === sentence.endToken - 1;
  if (doc.tokens[sentence.endToken - 1]?.text !== ':' || !closing || paragraph === undefined || sentence.index !== paragraph.endSentence - 1) return [];
  const items: Paragraph[] = [];
  for (let p = paragraph.index + 1; p < doc.paragraphs.length; p += 1) {
    const line = doc.paragraphs[p] as Paragraph;
    const previous = doc.paragraphs[p - 1] as Paragraph;
    // The first line may stand after a blank line; the lines of the list stand one under another.
    if (items.length > 0 && BLANK_LINE.test(doc.text.slice(previous.end, line.start))) break;
    if (!isListLine(context, line)) break;
    items.push(line);
  }
  return items.length < MIN_ITEMS ? [] : items.flatMap((line) => contentRanges(doc, line.start, line.end));
}

/** One sentence of a few words opening with a capital, with no quotation mark and no cue but a participle. */
function isListLine(context: RuleContext, line: Paragraph): boolean {
  if (line.endSentence !== line.firstSentence + 1) return false;
  const sentence = context.doc.sentences[line.firstSentence] as Sentence;
  const tokens = context.doc.tokens.slice(sentence.firstToken, sentence.endToken);
  const words = tokens.filter((token: Token) => token.pos !== 'PUNCT').length;
  const opensWithCapital = CAPITAL_START.test(tokens[0]?.text ?? '');
  // "Keep answers short, adding some humor": a participle has no speaker of its own.
  const ownCue = (context.cuesBySentence.get(sentence.index) ?? []).some((cue) => !cue.participle);
  return opensWithCapital && words > 0 && words <= MAX_ITEM_WORDS && !tokens.some((token) => isQuoteMark(token)) && !ownCue;
}
