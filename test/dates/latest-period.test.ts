import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19: the quarter last reported is the fourth of 2022.
describe('parser latest-period', () => {
  it.each([
    ['Freight volumes in the latest period topped 4 million tons.', [['the latest period', '2022-10/2022-12']]],
    ['The latest period had a gain of $9 million.', [['The latest period', '2022-10/2022-12']]],
    ['Net rose 5% in the most recent fiscal period.', [['the most recent fiscal period', '2022-10/2022-12']]],
    // must not match: a period that is no quarter
    ['Two goals came in the third period.', []],
    ['The period of mourning ended.', []],
    ['He served a trial period at the bank.', []],
    ['The latest periodicals arrived.', []],
    ['The latest period drama from the BBC aired.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'latest-period')).toEqual(expected);
  });
});
