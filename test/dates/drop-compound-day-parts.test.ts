import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-compound-day-parts', () => {
  it.each([
    ['The Senate met late at night.', ['night']],
    ['The vote came this morning.', ['this morning']],
    // must produce nothing: a part of day inside a hyphenated adjective
    ['The Senate passed the bill after an all-night session.', []],
    ['Late-night talks broke down.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
