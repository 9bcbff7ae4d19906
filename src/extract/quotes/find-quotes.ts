/**
 * The quote finder: pairs quotation marks paragraph by paragraph, and does not give up on what news does
 * with them: a quote running over paragraphs reopens each one without closing it; marks go missing or
 * stand the wrong way round.
 */
import type { Document } from '../document/types.js';
import { findQuoteMarks, type QuoteMark } from './quote-marks.js';
import type { Quote, QuoteRule } from './types.js';
import { COMMON_CUE_FORMS } from '../../vocabulary/cue-verbs.js';

/** What the quote finder found, with warnings about marks it had to guess at. */
export interface QuoteAnalysis {
  readonly quotes: readonly Quote[];
  readonly warnings: readonly string[];
}

interface OpenQuote {
  readonly pieces: { start: number; end: number }[];
  pieceStart: number;
  /** The style of the opening mark: a quotation is reopened in the same style. */
  readonly straight: boolean;
  /** Opening marks met inside the quote and not yet closed. */
  depth: number;
  rule: QuoteRule;
}

/** Finds the direct quotations of `doc`. */
export function findQuotes(doc: Document): QuoteAnalysis {
  const quotes: Quote[] = [];
  const warnings: string[] = [];
  let open: OpenQuote | null = null;
  /** Offset of a paragraph's opening mark that continues the quote of the paragraph before. */
  let reopening = -1;

  const finish = (quote: OpenQuote, end: number, closed: boolean, rule: QuoteRule): void => {
    const pieces = [...quote.pieces, { start: quote.pieceStart, end }];
    open = null;
    if (closed && quote.pieces.length === 0 && isNickname(doc.text, quote.pieceStart, end)) return;
    quotes.push({ index: quotes.length, pieces, start: pieces[0]?.start ?? quote.pieceStart, end, closed, rule });
  };

  doc.paragraphs.forEach((paragraph, p) => {
    const next = doc.paragraphs[p + 1];
    const found = findQuoteMarks(doc.text, paragraph.start, paragraph.end);
    const lone = open === null ? loneMark(found) : undefined;
    // "Trump walked on, chanting “U-S-A!”: a lone mark of another style than the paragraph's pairs is a
    // slip, left out before pairing so that the pairs inside it are quotations of their own; unless the
    // next paragraph reopens its quotation.
    const slip = lone !== undefined && !(next !== undefined && opensWithQuote(doc.text, next.start, next.end, lone.straight));
    if (slip) warnings.push(`quotation mark at ${lone.start} has no partner of its style in its paragraph; left out`);
    const marks = slip ? found.filter((mark) => mark !== lone) : found;
    const closers = closersAfter(marks);
    marks.forEach((mark, m) => {
      if (mark.start === reopening) return;
      const current = open as OpenQuote | null;
      if (current === null) {
        if (mark.role === 'close') {
          warnings.push(`closing quotation mark at ${mark.start} has no opening mark; left out of any quote`);
        } else {
          open = { pieces: [], pieceStart: mark.start, depth: 0, rule: 'paired', straight: mark.straight };
        }
        return;
      }
      if (mark.role === 'close' || (mark.role === 'either' && current.depth === 0)) {
        if (current.depth > 0) current.depth -= 1;
        else finish(current, mark.end, true, current.rule);
        return;
      }
      if ((closers[m] ?? 0) === 0) {
        warnings.push(`opening quotation mark at ${mark.start} read as the closing mark of the quote before it`);
        finish(current, mark.end, true, 'misplaced-closing-mark');
        return;
      }
      current.depth += 1;
    });

    const current = open as OpenQuote | null;
    if (current === null) return;
    if (current.pieces.length === 0 && marks.some((mark) => mark.straight !== current.straight)) {
      // "Trump walked on, chanting “U-S-A!”: a lone mark of another style than the paragraph's pairs is a slip.
      warnings.push(`quotation mark at ${current.pieceStart} has no partner of its style in its paragraph; left out`);
      open = null;
      return;
    }
    if (next !== undefined && opensWithQuote(doc.text, next.start, next.end, current.straight)) {
      current.pieces.push({ start: current.pieceStart, end: paragraph.end });
      current.pieceStart = next.start;
      current.depth = 0;
      current.rule = 'continued-paragraphs';
      reopening = next.start;
      return;
    }
    const beforeAttribution = trailingAttributionStart(doc.text, current.pieceStart, paragraph.end);
    if (beforeAttribution !== null) {
      warnings.push(`quotation opened at ${current.pieceStart} is not closed; ended before the attribution at ${beforeAttribution}`);
      finish(current, beforeAttribution, false, 'unclosed-before-attribution');
      return;
    }
    warnings.push(`quotation opened at ${current.pieceStart} is not closed in its paragraph; ended there`);
    finish(current, paragraph.end, false, 'unclosed');
  });
  return { quotes, warnings };
}

/**
 * The only mark of its style in a paragraph whose marks of the other style pair up among themselves, when
 * it can open a quotation. (A lone mark beside an unpaired one of the other style closes or opens it: “…,").
 */
function loneMark(marks: readonly QuoteMark[]): QuoteMark | undefined {
  const straight = marks.filter((mark) => mark.straight);
  const lone = straight.length === 1 ? straight[0] : marks.length - straight.length === 1 ? marks.find((mark) => !mark.straight) : undefined;
  if (lone === undefined || lone.role === 'close' || marks.length < 3) return undefined;
  return pairUp(marks.filter((mark) => mark !== lone)) ? lone : undefined;
}

/** The marks close every quotation they open, in order. */
function pairUp(marks: readonly QuoteMark[]): boolean {
  let open = false;
  for (const mark of marks) {
    if (mark.role === 'open' && open) return false;
    if (mark.role === 'close' && !open) return false;
    open = !open;
  }
  return !open;
}

/**
 * Jane "JJ" Roe, Thomas A. "Tom" Hale: one or two capitalised words in quotation marks between two
 * words of a name are a nickname, part of the name, not a quotation.
 */
const NICKNAME = /^["\u201C]\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*)?["\u201D]$/u;
const NAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}.-]* $/u;
const NAME_AFTER = /^ \p{Lu}\p{L}/u;

function isNickname(text: string, start: number, end: number): boolean {
  return NICKNAME.test(text.slice(start, end)) && NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    NAME_AFTER.test(text.slice(end, end + 3));
}

/** For each mark, how many marks after it in the paragraph can close a quote. */
function closersAfter(marks: readonly QuoteMark[]): number[] {
  const counts = new Array<number>(marks.length).fill(0);
  let count = 0;
  for (let i = marks.length - 1; i >= 0; i -= 1) {
    counts[i] = count;
    if (marks[i]?.role !== 'open') count += 1;
  }
  return counts;
}

function opensWithQuote(text: string, start: number, end: number, straight: boolean): boolean {
  const first = findQuoteMarks(text, start, Math.min(end, start + 2))[0];
  return first !== undefined && first.start === start && first.role !== 'close' && first.straight === straight;
}

/**
 * "…what he actually knew, McAllister said." at the end of a paragraph whose quotation was never closed:
 * the offset just after the punctuation that ends the quoted words, or null.
 */
const TRAILING_ATTRIBUTION = new RegExp(
  `[,.?!](?=\\s+(?:(?:[\\p{Lu}][\\p{L}.\u2019'-]*\\s+){1,4}|(?:he|she|they)\\s+)(?:${COMMON_CUE_FORMS.join('|')})\\b[^"\u201C\u201D]{0,80}$)`,
  'u',
);

function trailingAttributionStart(text: string, start: number, end: number): number | null {
  const match = TRAILING_ATTRIBUTION.exec(text.slice(start, end));
  return match === null ? null : start + match.index + 1;
}
