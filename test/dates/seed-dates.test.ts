import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findDates } from '../../src/extract/dates/index.js';

const text = readFileSync(new URL('../../fixtures/seed/article.txt', import.meta.url), 'utf8');
const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;

describe('dates of the seed article, published 2023-02-19', () => {
  const { dates, warnings } = findDates(readDocument(text), '2023-02-19');

  it('finds exactly the expected dates, with their values', () => {
    expect(dates.map((d) => [lineOf(d.span.start), d.value, d.precision])).toEqual([
      [19, '2023-02-18', 'day'],
      [39, '2023-02', 'month'],
      [55, '2023-02-18', 'day'],
      [63, '2023-02-24', 'day'],
      [75, '2023-02-19', 'day'],
    ]);
    expect(dates.map((d) => d.span.text)).toEqual([
      expect.stringMatching(/^(?:on )?Saturday$/),
      'early February',
      expect.stringMatching(/^(?:on )?Saturday$/),
      expect.stringMatching(/^(?:on )?Friday, February 24$/),
      expect.stringMatching(/^(?:(?:early )?on )?Sunday morning$/),
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives ids in text order and spans that slice the text', () => {
    expect(dates.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    for (const d of dates) expect(text.slice(d.span.start, d.span.end)).toBe(d.span.text);
  });

  it('does not read "in the months ahead" as a date', () => {
    expect(dates.some((d) => d.span.text.includes('months'))).toBe(false);
  });

  it('leaves relative dates unresolved, with one warning, when there is no publication date', () => {
    const bare = findDates(readDocument(text), null);
    expect(bare.dates.map((d) => d.value)).toEqual([null, null, null, null, null]);
    expect(bare.warnings).toHaveLength(1);
    expect(bare.warnings[0]).toMatch(/no publication date/);
  });

  it('still resolves absolute dates without a publication date', () => {
    const doc = readDocument('The treaty was signed on February 24, 2023, in Geneva.');
    expect(findDates(doc, null)).toEqual({
      dates: [{ id: 'd1', span: { start: 25, end: 42, text: 'February 24, 2023' }, value: '2023-02-24', precision: 'day' }],
      warnings: [],
    });
  });
});
