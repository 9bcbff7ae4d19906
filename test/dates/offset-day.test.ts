import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('refiner offset-day', () => {
  it.each([
    ['Profit was higher a year ago.', [['a year ago', '2022-02-19']]],
    ['Sales were $5 million two months earlier.', [['two months earlier', '2022-12-19']]],
    // must produce nothing from this refiner: already a day, or no offset
    ['He left two weeks ago.', []],
    ['Inflation rose last year.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'offset-day')).toEqual(expected);
  });
});
