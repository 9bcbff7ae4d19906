import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-fractions', () => {
  it.each([
    ['The contract was signed on 2/24/2023.', [['2/24/2023', '2023-02-24']]],
    // must produce nothing: fractions and share prices
    ['The shares fell 7/8 in Tokyo.', []],
    ['The refugees lived in camps for 2 1/2 years.', []],
    ['Only 1/3 of the members voted.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => [d.text, d.value])).toEqual(expected);
  });
});
