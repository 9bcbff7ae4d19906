import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-event-offsets', () => {
  it.each([
    ['The plant closed two weeks ago.', ['two weeks ago']],
    // must produce nothing: offsets counted from another event
    ['The army withdrew, and three days later the rebels returned.', []],
    ['A month after the vote, the cabinet resigned.', []],
    ['Two weeks before the summit, talks stalled.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
