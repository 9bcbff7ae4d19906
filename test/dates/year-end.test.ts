import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser year-end', () => {
  it.each([
    ['The bank expects to close the sale by year-end.', [['year-end', '2023-12-31']]],
    ['The fund is up 6% since year-end.', [['year-end', '2022-12-31']]],
    ['Debt should be repaid by year’s end.', [['year’s end', '2023-12-31']]],
    ['The reserves must be in place at year end, regulators will say.', [['year end', '2023-12-31']]],
    // must not match
    ['The year ended badly for the club.', []],
    ['The tournament at the end of the season was cancelled.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'year-end')).toEqual(expected);
  });
});
