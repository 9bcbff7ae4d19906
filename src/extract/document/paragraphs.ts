/** Paragraphs: runs of text between line breaks, with surrounding white space left out. */

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A white-space character. */
const WHITE_SPACE = /\s/;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** A paragraph's character range. */
export interface ParagraphRange {
  readonly start: number;
  readonly end: number;
}

/** Splits `text` at every line break; blank lines give no paragraph. */
export function paragraphRanges(text: string): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  let lineStart = 0;
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && WHITE_SPACE.test(text.charAt(s))) s += 1;
    while (e > s && WHITE_SPACE.test(text.charAt(e - 1))) e -= 1;
    if (e > s) ranges.push({ start: s, end: e });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  push(lineStart, text.length);
  return ranges;
}

/** The most words of an article's title, or of a headline standing as a paragraph. */
export const MAX_TITLE_WORDS = 25;

/**
 * The article's title: its first paragraph when another follows and it runs to {@link MAX_TITLE_WORDS} words
 * at most (words counted between white space), else null.
 */
export function titleParagraph(text: string, paragraphs: readonly ParagraphRange[]): ParagraphRange | null {
  const title = paragraphs[0];
  if (title === undefined || paragraphs.length < 2) return null;
  return text.slice(title.start, title.end).split(/\s+/).length > MAX_TITLE_WORDS ? null : title;
}
