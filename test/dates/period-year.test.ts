import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner period-year', () => {
  it.each([
    ['Net fell from the 2021 quarter ended Sept. 30.', [['Sept. 30', '2021-09-30']]],
    [
      'In the year-ago quarter, the first quarter ended Jan. 31, it lost $5 million.',
      [['the first quarter', '2022-01/2022-03'], ['Jan. 31', '2022-01-31']],
    ],
    ['Net fell from the 2021 quarter, the third quarter.', [['the third quarter', '2021-07/2021-09']]],
    ['It earned $3 million in the year-earlier period ended Feb. 4.', [['Feb. 4', '2022-02-04']]],
    ['Sales in the 2020 fiscal year ending Jan. 31 were flat.', [['Jan. 31', '2020-01-31']]],
    // must not change: no year stated for the period, something else between, the year already written
    ['Profit fell in the third quarter ended Jan. 31.', []],
    ['Sales rose in 2021; the quarter ended Sept. 30 was weak.', []],
    ['The 2021 contract ended Sept. 30.', []],
    ['In 2021 the company said its quarter ended Sept. 30.', []],
    ['The 2021 quarter ended Sept. 30, 2021.', []],
    ['Sales rose in the 2021 quarter, March 3 aside.', []],
    ['Output fell in 2021, the third quarter was weak.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'period-year')).toEqual(expected);
  });
});
