import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner drop-unit-fragments', () => {
  it.each([
    ['She will return in two weeks.', ['in two weeks']],
    ['Results are due in half an hour.', ['in half an hour']],
    // must produce nothing: a unit letter that ends another word
    ["It cut the dividend in half and the firm's 52-week high fell.", []],
    ['Sales were cut in half and the 12-month outlook dimmed.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
