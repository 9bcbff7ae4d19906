/**
 * Articles that quote in single marks (‘We will appeal,’ the company said): British and Australian news
 * writes its quotations so, and keeps double marks for quotes inside quotes. Single marks are otherwise left
 * out, since most of them are apostrophes; an article whose single marks pair up as quotations more often
 * than it uses double marks is read with those pairs as double marks, of the same length, so that every
 * offset stays that of the article. So is the title of any article, where headlines quote in single marks.
 */
import { paragraphRanges, titleParagraph, type ParagraphRange } from '../document/paragraphs.js';

/** A single mark that can open a quotation: after a space, a bracket or a dash, before a word ("‘We", "'It"). */
const OPENING = /(^|[\s([{\u2014\u2013])([\u2018'])(?=[\p{L}\p{N}\u2026.])/gu;
/** A single mark that can close one: after a word or a stop, before a space, a stop or the end ("us,’", "real.'"). */
const CLOSING = /(?<=[\p{L}\p{N}.,;:!?\u2026)\]])([\u2019'])(?=$|[\s.,;:!?)\]\u2014\u2013])/gu;
/** "’90s", "’til", "'em": apostrophes that stand where an opening mark would. */
const ELISION = /^[\u2018'\u2019](?:\d\ds?\b|til\b|cause\b|em\b|n[\u2019']\s)/iu;
/** Any double quotation mark, with `` and '' as wire copy writes them: the style most articles quote in. */
const DOUBLE_MARKS = /["\u201C\u201D\u201E\u00AB\u00BB]|''|``/gu;

const AS_DOUBLE: Readonly<Record<string, string>> = { '\u2018': '\u201C', '\u2019': '\u201D', "'": '"' };

/**
 * `text` with the single marks that open and close its quotations written as double marks, when the article
 * quotes in single marks; else `text` itself.
 */
export function singleQuotationsAsDouble(text: string): string {
  const doubleMarks = text.match(DOUBLE_MARKS)?.length ?? 0;
  const openings = countOpenings(text);
  if (openings === 0) return text;
  const paragraphs = paragraphRanges(text);
  // Every quotation a paragraph pairs up opens with a mark that OPENING finds in the whole text too: when
  // even those are too few to outnumber the double marks, the paragraphs need not be read.
  const singleStyle = openings * 2 > doubleMarks;
  const pairs = singleStyle ? paragraphs.flatMap(({ start, end }) => singlePairs(text, start, end)) : [];
  const closed = pairs.filter(([, close]) => close !== null).length;
  const quoted = singleStyle && closed > 0 && closed * 2 > doubleMarks ? pairs : titlePairs(text, paragraphs);
  if (quoted.length === 0) return text;
  const chars = text.split('');
  for (const [open, close] of quoted) {
    chars[open] = AS_DOUBLE[chars[open] as string] ?? chars[open] as string;
    if (close !== null) chars[close] = AS_DOUBLE[chars[close] as string] ?? chars[close] as string;
  }
  return chars.join('');
}

/**
 * The closed single quotations of the article's title (`titleParagraph`): headlines quote in single marks
 * whatever the article's style ("Mayor calls plan ‘a gift to developers’").
 */
function titlePairs(text: string, paragraphs: readonly ParagraphRange[]): [number, number][] {
  const title = titleParagraph(text, paragraphs);
  if (title === null) return [];
  return singlePairs(text, title.start, title.end).filter((pair): pair is [number, number] => pair[1] !== null);
}

/** How many single marks in `text` can open a quotation. */
function countOpenings(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(OPENING)) count += 1;
  return count;
}

/**
 * The single quotations of one paragraph: each opening mark with the last closing mark before the next
 * opening one ("‘The voters’ anger is real,’ he said": the second), or null when none closes it (a quote
 * running on into the next paragraph).
 */
function singlePairs(text: string, start: number, end: number): [number, number | null][] {
  const paragraph = text.slice(start, end);
  const openings = [...paragraph.matchAll(OPENING)]
    .map((match) => match.index + (match[1] ?? '').length)
    .filter((index) => !ELISION.test(paragraph.slice(index, index + 5)));
  const closings = [...paragraph.matchAll(CLOSING)].map((match) => match.index);
  return openings.map((open, k) => {
    const limit = openings[k + 1] ?? paragraph.length;
    const close = closings.filter((index) => index > open && index < limit).at(-1);
    return [start + open, close === undefined ? null : start + close];
  });
}
