import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser anaphoric-period', () => {
  it.each([
    ['The mill opened in 2011, and the following year it doubled its staff.', [['the following year', '2012']]],
    ['The board met on March 3, 2020. The next day, the chairman quit.', [['The next day', '2020-03-04']]],
    ['Exports peaked in June 2019 and fell the following month.', [['the following month', '2019-07']]],
    ['Rents rose 4% in 2017, after a fall the previous year.', [['the previous year', '2016']]],
    ['Turnout was low in 2014; that year the party lost six seats.', [['that year', '2014']]],
    ['The strike began on May 2, 2021, and the same day the port closed.', [['the same day', '2021-05-02']]],
    ['The index fell 1% on Friday, Feb. 10. For the week, it dropped 4%.', [['the week', '2023-02']]],
    ['Shares rose on Friday, Jan. 27; the week’s gain was 3%.', [['the week', '2023-01']]],
    ['The envoy landed on Feb. 3, 2022, and later in the day met the king.', [['later in the day', '2022-02-03']]],
    ['Prices rose after Oct. 12, 2022, the day before the crash.', [['the day', '2022-10-12']]],
    // the next morning is the day after, in the morning
    ['The board met on March 3, 2020. The next morning, the chairman quit.', [['The next morning', '2020-03-04']]],
    ['Police held him on March 3, 2020, and freed him the following evening.', [['the following evening', '2020-03-04']]],
    // with no date before it, a period counts from the publication day
    ['The firm will hire again the following year.', [['the following year', '2024']]],
    // must produce nothing: no date to count from, or not a period
    ['Prices fell that year, the minister said.', []],
    ['The previous owner sold the following statement to a paper.', []],
    ['Growth will slow over the next year.', []],
    ['The index fell on Friday, Feb. 10. Investors are wary of the week ahead.', []],
    ['The index fell on Friday, Feb. 10. Trading was thin during the week.', []],
    ['The index fell on Friday, Feb. 10. Sessions are held twice a week.', []],
    ['The index fell on Friday, Feb. 10. The week of March 6 will be busy.', []],
    ['Sales were strong for the week.', []],
    ['The board met on March 3, 2020. In the morning, the chairman quit.', []],
    ['The vote was on Oct. 12, 2022. He quit the day before the count.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'anaphoric-period')).toEqual(expected);
  });
});
