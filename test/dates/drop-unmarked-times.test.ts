import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-unmarked-times', () => {
  it.each([
    ['The meeting started at 9:30 on Monday.', ['at 9:30 on Monday']],
    ['Polls close at 8 p.m.', ['at 8 p.m.']],
    // must produce nothing: numbers that are not clock times
    ['The stock rose 7/8 to 12 in heavy trading.', []],
    ['Holders will receive $3,500 a share.', []],
    ['The fund paid $1.35 a share.', []],
    ['The score stood at 10 after the first half.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
