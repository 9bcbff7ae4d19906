import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner drop-day-part-nouns', () => {
  it.each([
    ['The Senate met late at night.', ['night']],
    ['Rebels attacked on Saturday night.', ['on Saturday night']],
    ['The vote came this morning.', ['this morning']],
    ['Traders sold heavily in the morning.', ['morning']],
    // must produce nothing: a greeting, a rate, a repeated time, a noun owned by another, the night of an earlier event
    ['Good evening from Havana.', []],
    ['Rooms will cost $55 a night.', []],
    ['Guards patrol the yard each evening.', []],
    ["He spoke on the station's morning talk show.", []],
    ['The envoy left in 2019 and the embassy closed that same night.', ['2019']],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
