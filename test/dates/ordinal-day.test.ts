import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser ordinal-day', () => {
  it.each([
    ['Today marks the ninth day of the siege.', [['the ninth day', '2023-02-19']]],
    ["It's the fourth day of a walkout by the nurses.", [['the fourth day', '2023-02-19']]],
    ['Friday, Feb. 17, was the third day of the strike.', [['the third day', '2023-02-17']]],
    // must not match: no linking verb, no event, or no day in focus for the past tense
    ['On the third day of the trial, the witness wept.', []],
    ['It is the first day he has missed.', []],
    ['The tenth day of talks was calm.', []],
    ['That was the fifth day of the siege.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'ordinal-day')).toEqual(expected);
  });
});
