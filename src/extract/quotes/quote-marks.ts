/** What each quotation mark can do. Single quotes are left out: in news they are mostly apostrophes. */

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A letter or number. */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** White space, a mark ending a clause, a closing bracket or a dash. */
const SPACE_OR_CLOSING = /[\s.,;:!?)\]}\u2014\u2013]/;
/** White space, an opening bracket or a dash. */
const SPACE_OR_OPENING = /[\s([{\u2014\u2013-]/;
/** A white-space character. */
const WHITE_SPACE = /\s/;

/** The role a mark can play where it stands. */
export type MarkRole = 'open' | 'close' | 'either';

/** A quotation mark found in the text. */
export interface QuoteMark {
  readonly start: number;
  readonly end: number;
  readonly role: MarkRole;
  /** Straight marks (" and '') or typographic ones (“ ” „ « »): a quotation keeps to one style. */
  readonly straight: boolean;
}

const OPENING = new Set(['\u201C', '\u201E', '\u00AB']); // “ „ «
const CLOSING = new Set(['\u201D', '\u00BB']); // ” »
const STRAIGHT = '"';

/** Tokens that can close a quotation: a straight or curly double mark, or two apostrophes read as one. */
export const CLOSING_MARK_TOKENS: ReadonlySet<string> = new Set([STRAIGHT, '\u201D', "''"]);

/** Marks of double quotation in `text` between `start` and `end`: curly, guillemets, straight, `` and ''. */
export function findQuoteMarks(text: string, start: number, end: number): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let i = start; i < end; i += 1) {
    // Every character of the article passes here: those below « that are no mark are skipped by code.
    const code = text.charCodeAt(i);
    if (code < 0xab && code !== 0x22 && code !== 0x27 && code !== 0x60) continue;
    const ch = text[i] ?? '';
    if (OPENING.has(ch)) marks.push({ start: i, end: i + 1, role: 'open', straight: false });
    else if (CLOSING.has(ch)) marks.push({ start: i, end: i + 1, role: closingRole(text, i, start, end), straight: false });
    else if (ch === STRAIGHT) marks.push({ start: i, end: i + 1, role: straightRole(text, i, i + 1), straight: true });
    else if ((ch === '`' || ch === "'") && text[i + 1] === ch) {
      // Doubled ASCII marks as some wire copy writes them: ``…'' or ''…''.
      marks.push({ start: i, end: i + 2, role: ch === '`' ? 'open' : straightRole(text, i, i + 2), straight: true });
      i += 1;
    }
  }
  return marks;
}

/**
 * A closing mark closes, unless it stands the wrong way round at the start of a paragraph or after a space
 * and before a word (”Mr. Roe is right.” ― Jane Doe): then it may open a quotation. At a paragraph's start
 * that closes a quotation later, a space or an ellipsis may come between it and the word (” … what I
 * learned is …,” she said).
 */
function closingRole(text: string, index: number, paragraphStart: number, paragraphEnd: number): MarkRole {
  const closedLater = text.slice(index + 1, paragraphEnd).includes(text[index] ?? '');
  if (index === paragraphStart && closedLater && PARAGRAPH_OPENING_WORDS.test(text.slice(index + 1, index + 6))) return 'either';
  const before = text[index - 1] ?? ' ';
  return WHITE_SPACE.test(before) && LETTER_OR_NUMBER.test(text[index + 1] ?? '') ? 'either' : 'close';
}

/** What follows a mark that opens a paragraph's quotation: a word, perhaps after a space or an ellipsis. */
const PARAGRAPH_OPENING_WORDS = /^\s?(?:\u2026|\.\.\.)?\s?[\p{L}\p{N}]/u;

/** A straight mark opens after a space or an opening bracket and before a word; it closes after a word. */
function straightRole(text: string, start: number, end: number): MarkRole {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const spaceBefore = SPACE_OR_OPENING.test(before);
  const spaceAfter = SPACE_OR_CLOSING.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}
