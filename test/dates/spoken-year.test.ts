import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

// Published Sunday 2023-02-19.
describe('parser spoken-year', () => {
  it.each([
    ['In nineteen eighty-four the mine closed.', [['nineteen eighty-four', '1984']]],
    ['The bridge opened in nineteen oh seven.', [['nineteen oh seven', '1907']]],
    ['A nineteen seventy-two flood ruined the crop.', [['nineteen seventy-two', '1972']]],
    ['Paris, nineteen sixty eight. Students march.', [['nineteen sixty eight', '1968']]],
    ['The charter dates from eighteen hundred.', [['eighteen hundred', '1800']]],
    ['In March nineteen ninety-three, the dam burst.', [['March nineteen ninety-three', '1993-03']]],
    ['The league was founded in nineteen twelve.', [['nineteen twelve', '1912']]],
    ['The plan runs to twenty thirty.', [['twenty thirty', '2030']]],
    ['Engineers feared the year two thousand.', [['the year two thousand', '2000']]],
    ['The law lapses in the year two thousand and five.', [['the year two thousand and five', '2005']]],
    ['Jazz flourished in the nineteen twenties.', [['nineteen twenties', '1920/1929']]],
    // must not match: counts, hyphenated numbers, larger numbers, "two thousand" alone
    ['Nineteen people were hurt.', []],
    ['Twenty five workers walked out.', []],
    ['He paid nineteen ninety-nine dollars for it.', []],
    ['With twenty-twenty hindsight, the plan failed.', []],
    ['Two thousand protesters gathered.', []],
    ['The crowd reached three thousand nineteen hundred.', []],
    ['We meet at twenty hundred hours.', []],
    ['Turnout rose nineteen fifty percent.', []],
    ['The flight lasted nineteen forty-five minutes.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'spoken-year')).toEqual(expected);
  });
});
