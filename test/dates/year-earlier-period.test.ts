import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser year-earlier-period', () => {
  it.each([
    ['Profit rose from the year-earlier quarter.', [['the year-earlier quarter', '2022']]],
    ['Sales beat the year-ago period.', [['the year-ago period', '2022']]],
    ['Losses in the year-earlier fourth quarter came to $3 million.', [['the year-earlier fourth quarter', '2022']]],
    ['Net was $4 million, against a year-earlier loss of $6 million.', [['year-earlier', '2022']]],
    // must not match
    ['The firm earned more a year earlier.', []],
    ['Shares were cheaper a year ago.', []],
    ['A yearly report was published.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'year-earlier-period')).toEqual(expected);
  });
});
