import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner trim-punctuation', () => {
  it.each([
    ['Troops arrived Tuesday, officials said.', ['Tuesday']],
    ['The vote (Monday) was close.', ['Monday']],
    // must produce nothing
    ['Officials said, however, that talks continue.', []],
  ])('%s', (text, expected) => {
    const dates = datesIn(text);
    expect(dates.map((d) => d.text)).toEqual(expected);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
