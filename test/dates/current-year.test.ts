import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser current-year', () => {
  it.each([
    ['The maker expects sales to rise in the current fiscal year.', [['the current fiscal year', '2023']]],
    ['Staff cuts will be finished by the end of the year.', [['the end of the year', '2023']]],
    ['Rains delayed planting earlier in the year.', [['earlier in the year', '2023']]],
    ['Rates will stay high for the rest of this year.', [['the rest of this year', '2023']]],
    // must not match
    ['The current account deficit widened.', []],
    ['He was named player of the year.', []],
    ['The year-long strike ended.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'current-year')).toEqual(expected);
  });
});
