import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner anchored-reference', () => {
  it.each([
    // an offset counts from the latest date before it, at that date's precision
    [
      'In the half to Aug. 14, the bakery chain made $6 million, down from $9 million a year earlier.',
      [['a year earlier', '2021-08-14']],
    ],
    ['Profit in the third quarter rose to $8 million from $5 million a year earlier.', [['a year earlier', '2021-07/2021-09']]],
    ['The dam failed on April 9, 2016. Two days later the town was evacuated.', [['Two days later', '2016-04-11']]],
    // a look-back leaves the focus: a second comparison is with the same period
    [
      'In the third quarter, net was $8 million against $5 million a year earlier; sales were $90 million against $70 million a year earlier.',
      [['a year earlier', '2021-07/2021-09'], ['a year earlier', '2021-07/2021-09']],
    ],
    // the focus carries over to the next sentence
    ['The index closed at 410 on Friday. That was down 2% from the previous Friday.', [['the previous Friday', '2023-02-10']]],
    // a part of day after "the" is on the day in focus
    ['Shares fell on Friday. Dealers had bought heavily in the morning.', [['morning', '2023-02-17']]],
    // must produce nothing from this refiner: no date to count from, a unit finer than the focus, or "ago"
    ['Profit rose to $8 million from $5 million a year earlier.', []],
    ['The plant opened in 1998. Two days later it closed.', []],
    ['The bank failed on May 2, 2008. A few days later it was sold.', []],
    ['The company was founded on May 3, 2001. It was sold a year ago.', []],
    ['Output rose in 2021. Dealers bought heavily in the morning.', []],
    ['Shares fell on Friday. Dealers bought heavily this morning.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'anchored-reference')).toEqual(expected);
  });
});
