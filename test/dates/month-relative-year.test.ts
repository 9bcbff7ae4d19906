import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser month-relative-year', () => {
  it.each([
    ['The regulator froze the assets in March last year.', [['March last year', '2022-03']]],
    ['The plant opens in June of next year.', [['June of next year', '2024-06']]],
    ['Prices peaked in January this year.', [['January this year', '2023-01']]],
    ['Sales fell in Sept. last year.', [['Sept. last year', '2022-09']]],
    ['Sales fell in late Dec. last year.', [['late Dec. last year', '2022-12']]],
    // must not match
    ['Prices rose in March, as they did last year.', []],
    ['The market may last year after year.', []],
    ['Sales in March beat last year.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'month-relative-year')).toEqual(expected);
  });
});
