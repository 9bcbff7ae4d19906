import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser decade', () => {
  it.each([
    ['The shipyard thrived in the 1960s.', [['the 1960s', '1960/1969']]],
    ['The party ruled in the late 1970s.', [['the late 1970s', '1970/1979']]],
    ['The brand aims for a third of the market by the mid-2030s.', [['the mid-2030s', '2030/2039']]],
    ['Fashions of the early ’80s came back.', [['the early ’80s', '1980/1989']]],
    ['Membership fell through the nineties.', [['the nineties', '1990/1999']]],
    ['Rents doubled in the ’20s.', [['the ’20s', '2020/2029']]],
    // must not match
    ['She is in her nineties.', []],
    ['He paid 1960 dollars.', []],
    ['The 1960s-style house was sold.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'decade')).toEqual(expected);
  });
});
