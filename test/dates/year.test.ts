import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser year', () => {
  it.each([
    ['The company was founded in 1998.', [['1998', '1998']]],
    ['Output fell sharply in early 2022.', [['early 2022', '2022']]],
    ['Profit doubled in fiscal 2021.', [['fiscal 2021', '2021']]],
    ["The treaty's 1949 text is still in force.", [['1949', '1949']]],
    // must not match: amounts, counts, decimals, percentages, labels, decades
    ['The bill came to $2010 in all.', []],
    ['About 1,998 people attended.', []],
    ['Organisers counted 1999 people at the rally.', []],
    ['Shares rose 2001.5 points.', []],
    ['Turnout was 1950 percent of the target.', []],
    ['He took Flight 2015 to Rome.', []],
    ['Music of the 1990s filled the hall.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'year')).toEqual(expected);
  });
});
