import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser approximate-ago', () => {
  it.each([
    ['Then, a week or so ago, the general picked a date.', [['a week or so ago', '2023-02-12']]],
    ['The plant closed two months or so ago.', [['two months or so ago', '2022-12-19']]],
    ['Rents peaked 3 years or so ago.', [['3 years or so ago', '2020-02-19']]],
    // must not match: no "ago", or no count
    ['The talks last a week or so.', []],
    ['A week or so later, the talks resumed.', []],
    ['Weeks or so ago, who knows.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'approximate-ago')).toEqual(expected);
  });
});
