import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser month-with-relative', () => {
  it.each([
    ['The factory opened last May.', [['last May', '2022-05']]],
    ['Elections are due next March.', [['next March', '2023-03']]],
    ['The law takes effect next January.', [['next January', '2024-01']]],
    ['The fair opens this July.', [['this July', '2023-07']]],
    // must not match
    ['Last, they may go home.', []],
    ['The next march will be peaceful.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'month-with-relative')).toEqual(expected);
  });
});
