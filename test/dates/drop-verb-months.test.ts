import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-verb-months', () => {
  it.each([
    ['The vote was held in May.', ['May']],
    ['The talks began on March 3.', ['March 3']],
    // must produce nothing: "may" and "march" as verbs
    ['China may send weapons to Russia.', []],
    ['Thousands march on the capital every year.', []],
    ['May I ask a question?', []],
    ['Prices may fall further, analysts said.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
