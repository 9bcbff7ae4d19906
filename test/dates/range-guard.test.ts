import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('range guard (chrono merging of "X to Y")', () => {
  it.each([
    // a range
    ['The exhibition runs from March 3 to March 9.', [['March 3 to March 9', '2023-03-03/2023-03-09']]],
    ['It bought shares from Jan. 4 to Thursday.', [['Jan. 4 to Thursday', '2023-01-04/2023-02-16']]],
    ['Output grew from 2019 to March 2021.', [['2019 to March 2021', '2019/2021']]],
    ['Prices were frozen from 2020 until July 2022.', [['2020 until July 2022', '2020/2022']]],
    // not a range: a comma before "to", an end that owns a noun, a period holding its end
    ['The fund fell 2% this year through Feb. 10.', [['this year', '2023'], ['Feb. 10', '2023-02-10']]],
    ['Sales rose in 2022 through June.', [['2022', '2022'], ['June', '2022-06']]],
    ['Rents were flat in May 2022 through May 20.', [['May 2022', '2022-05'], ['May 20', '2022-05-20']]],
    [
      'The council pushed the deadline, set to lapse last Thursday, to March 6.',
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
