import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-weekday-abbreviations', () => {
  it.each([
    ['The ministers met on Saturday.', ['on Saturday']],
    // must produce nothing: "Sun" the company, abbreviations standing alone
    ['Sun Microsystems reported a loss.', []],
    ['Shares of Sun rose in late trading.', []],
    ['The Sun said the minister resigned.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
