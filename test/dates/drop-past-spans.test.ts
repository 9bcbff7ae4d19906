import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner drop-past-spans', () => {
  it.each([
    ['The new bridge will open in three years.', ['in three years']],
    ['Engineers said the bridge would open in three years.', ['in three years']],
    ['The council promised to finish the road in two years.', ['in two years']],
    ['Heading into the vote in ten days, the mayor told reporters she was calm.', ['in ten days']],
    // must produce nothing: how long something took, in the past tense
    ['The bakery doubled its sales in two years.', []],
    ['The grants had created 900 jobs in three years.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
