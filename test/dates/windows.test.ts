import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { dateWindows } from '../../src/extract/dates/windows.js';
import { datesIn } from './helpers.js';

describe('date windows', () => {
  it('reads only sentences with a digit or a date word, with their cues', () => {
    const text = 'Nobody was hurt. Shares rose 5% on Friday. The board met again.';
    const windows = dateWindows(readDocument(text));
    expect(windows.map((w) => [text.slice(w.start, w.end), [...w.cues].sort()])).toEqual([
      ['Shares rose 5% on Friday.', ['digit', 'weekday']],
    ]);
  });

  it('maps offsets back to the article', () => {
    const text = 'Nobody was hurt. The board met again.\n\nIt rose on Friday, and again in late March 2022.';
    for (const d of datesIn(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(datesIn(text).map((d) => d.text)).toEqual(['on Friday', 'late March 2022']);
  });

  it.each([
    ['No numbers or dates here at all.'],
    ['The mayoral race is heating up.'],
  ])('has no window in "%s"', (text) => {
    expect(dateWindows(readDocument(text))).toEqual([]);
  });
});
