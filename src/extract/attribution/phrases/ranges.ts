/** Character ranges of content: split at paragraph breaks, trimmed of space and stray punctuation. */
import type { Document } from '../../document/types.js';
import type { Range } from '../types.js';

const TRAILING = /[\s,;:.\u2014\u2013-]/;
const LEADING = /[\s,;:\u2014\u2013-]/;
const QUOTE_CLOSERS = /["\u201D\u00BB]/;

/** `[start, end)` as one range per paragraph it touches, each trimmed; empty pieces are dropped. */
export function contentRanges(doc: Document, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (const paragraph of doc.paragraphs) {
    if (paragraph.end <= start) continue;
    if (paragraph.start >= end) break;
    const piece = trim(doc.text, Math.max(start, paragraph.start), Math.min(end, paragraph.end));
    if (piece !== null) ranges.push(piece);
  }
  return ranges;
}

/** Trims white space and clause punctuation at both ends; a closing quote mark stays. */
export function trim(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && LEADING.test(text[s] ?? '')) s += 1;
  while (e > s && TRAILING.test(text[e - 1] ?? '') && !QUOTE_CLOSERS.test(text[e - 1] ?? '')) e -= 1;
  return e > s ? { start: s, end: e } : null;
}
