import { describe, expect, it } from 'vitest';
import { datesIn, found } from './helpers.js';

describe('parser quarter (value: the interval of its three months)', () => {
  it.each([
    ['Profit rose in the third quarter.', [['the third quarter', '2022-07/2022-09']]],
    ['Growth will pick up in the second quarter.', [['the second quarter', '2023-04/2023-06']]],
    ['Third-quarter earnings fell.', [['Third-quarter', '2022-07/2022-09']]],
    ['Sales grew in the fourth quarter of 2021.', [['the fourth quarter of 2021', '2021-10/2021-12']]],
    ['Revenue fell in the latest quarter.', [['the latest quarter', '2022-10/2022-12']]],
    ['Sales in Q3 2021 were flat.', [['Q3 2021', '2021-07/2021-09']]],
    // must not match: fractions and plurals
    ['A quarter of the votes were counted.', []],
    ['Sales grew for three quarters running.', []],
    ['Rates rose by a quarter-point.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'quarter')).toEqual(expected);
  });

  it('keeps a quarter apart from the weekday after it', () => {
    const dates = datesIn('The brewer posted a deficit for the third quarter on Thursday.');
    expect(dates.map((d) => [d.text, d.value, d.precision])).toEqual([
      ['the third quarter', '2022-07/2022-09', 'month'],
      ['on Thursday', '2023-02-16', 'day'],
    ]);
  });
});
