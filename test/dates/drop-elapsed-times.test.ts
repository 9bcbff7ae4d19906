import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-elapsed-times', () => {
  it.each([
    ['Doors open at 9:30 a.m.', ['at 9:30 a.m.']],
    ['The blast was recorded at 10:23:45 local time.', ['at 10:23:45']],
    ['She will land in two days.', ['in two days']],
    // must produce nothing: race and record times
    ['The previous record of 2:21:30 had stood for years.', []],
    ['She won in 2:04:12.5 on a hot course.', []],
    ['He finished in 2 hours, 19 minutes and 4 seconds.', []],
    ['The rescue took place in 40 minutes.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
