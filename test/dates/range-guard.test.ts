import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('range guard (chrono merging of "X to Y")', () => {
  it.each([
    // a range
    ['The exhibition runs from March 3 to March 9.', [['March 3 to March 9', '2023-03-03/2023-03-09']]],
    ['It bought shares from Jan. 4 to Thursday.', [['Jan. 4 to Thursday', '2023-01-04/2023-02-16']]],
    // not a range: a comma before "to", or an end that owns a noun
    [
      'It will extend the offer, due to expire last Thursday, to March 6.',
      [['last Thursday', '2023-02-16'], ['March 6', '2023-03-06']],
    ],
    [
      'After a revision Friday to January’s figures, growth was 2%.',
      [['Friday', '2023-02-17'], ['January', '2023-01']],
    ],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => [d.text, d.value])).toEqual(expected);
  });
});
