import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-event-offsets', () => {
  it.each([
    ['The plant closed two weeks ago.', ['two weeks ago']],
    ['She will return in two weeks.', ['in two weeks']],
    ['The mill reopened after the strike, on March 3.', ['March 3']],
    // must produce nothing: offsets counted from another event
    ['The army withdrew, and three days later the rebels returned.', []],
    ['A month after the vote, the cabinet resigned.', []],
    ['Two weeks before the summit, talks stalled.', []],
    ['After ten years of growth, brokers are cutting jobs.', []],
    ['The family is losing hope after 22 months without news.', []],
    ['If, after five years, the shares trade below $20, holders get cash.', []],
    ['The mill broke even after many quarters in the red.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
