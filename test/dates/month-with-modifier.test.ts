import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser month-with-modifier', () => {
  it.each([
    ['Ties were strained after a balloon was downed in early February.', [['early February', '2023-02']]],
    ['The plant closed in mid-March 2021.', [['mid-March 2021', '2021-03']]],
    ['Talks stalled at the end of January.', [['the end of January', '2023-01']]],
    ['Sales fell in late Dec.', [['late Dec.', '2022-12']]],
    // must not match
    ['The early bird catches the worm.', []],
    ['Prices may rise late in the day.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'month-with-modifier')).toEqual(expected);
  });
});
