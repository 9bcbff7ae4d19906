import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser year-range', () => {
  it.each([
    ['It was above the 1991-2020 average.', [['1991-2020', '1991/2020']]],
    ['He coached the team in the 2019–20 season.', [['2019–20', '2019/2020']]],
    ['The survey covers 1850 - 1900 only.', [['1850 - 1900', '1850/1900']]],
    // must not match: descending numbers, codes, amounts, scores
    ['Flight path 2020-1991 was closed.', []],
    ['Call 1990-2045-3321 for tickets.', []],
    ['It cost $1990-2000 a month.', []],
    ['They won 2-1 at home.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'year-range')).toEqual(expected);
  });
});
