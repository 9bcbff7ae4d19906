import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-vague', () => {
  it.each([
    ['The report came out today.', ['today']],
    // must produce nothing: no calendar period is named
    ['Ukraine needs more arms in the months ahead.', []],
    ['Talks will resume in the coming weeks.', []],
    ['The company is now the largest in the region.', []],
    ['Prices have risen recently.', []],
    ['A decision is expected in a few days.', []],
    ['The results are due out in only a few minutes.', []],
    ['Wait a second, he said.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
