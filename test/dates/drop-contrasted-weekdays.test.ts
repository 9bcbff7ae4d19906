import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner drop-contrasted-weekdays', () => {
  it.each([
    ['You can vote on Monday or on Tuesday.', ['on Monday', 'on Tuesday']],
    ['He backed the plan on Monday and opposed it on Tuesday.', ['on Monday', 'on Tuesday']],
    ['They can meet on Monday and vote on Tuesday.', ['on Monday', 'on Tuesday']],
    ['You can see the show on Friday.', ['on Friday']],
    // must produce nothing: two days set against each other in a general "you can" statement
    ['“You can’t back the mill on Monday and close it on Friday,” she said.', []],
    ['You cannot praise a budget on Tuesday and condemn it on Wednesday.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
