import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser whole-year', () => {
  it.each([
    ['Turnover for the full year reached $3.2 billion.', [['the full year', '2023']]],
    ['The company forecast higher earnings for the year.', [['the year', '2023']]],
    ['The stock hit a high for the year of $42 in June.', [['the year', '2023']]],
    ['Storm damage will dent profit for the fiscal year.', [['the fiscal year', '2023']]],
    // must not match: "the year" alone, a year closed by a date, the year ahead, a year's number
    ['He was named player of the year.', []],
    ['Net for the year ended June 30 rose 5%.', []],
    ['Results for the fiscal year ending in March were weak.', []],
    ['Plans for the year ahead were set.', []],
    ['Hopes for the year 2025 are high.', []],
    ['The year-long strike ended.', []],
    ['Prices for the year-old model fell.', []],
    ['Margins should widen throughout the fiscal year.', []],
    ['He was paid for the year he spent abroad.', []],
    ['She was thanked for the year that followed.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'whole-year')).toEqual(expected);
  });
});
