import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner drop-recurring', () => {
  it.each([
    ['The council met on Thursday.', ['on Thursday']],
    ['Each of the firms reported on Monday.', ['on Monday']],
    // must produce nothing: a time that recurs
    ['Marchers parade each July through the town.', []],
    ['A third flight departs every Thursday.', []],
    ['The market opens late every Monday morning.', []],
    // must produce nothing: a kind of weekend after "a"
    ['Staff were promised a three-day weekend.', []],
    ['The board held a meeting Friday with the mayor.', ['Friday']],
    ['The club sent a notice Friday asking members to vote.', ['Friday']],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
