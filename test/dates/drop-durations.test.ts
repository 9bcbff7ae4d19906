import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('refiner drop-durations', () => {
  it.each([
    ['He visited two weeks ago.', ['two weeks ago']],
    ['Inflation rose last year.', ['last year']],
    ['She will return in two weeks.', ['in two weeks']],
    ['Reservoirs were low for much of 2022.', ['2022']],
    ['She will be back in a year.', ['in a year']],
    // must produce nothing: durations
    ['The strike lasted for three weeks.', []],
    ['Troops must leave within a week.', []],
    ['Prices doubled over the past two months.', []],
    ['Growth will slow in the next few years.', []],
    ['Sales rose sharply in the past year.', []],
    ['The dispute paralysed the chamber for much of the summer.', []],
    ['Talks dragged on throughout most of the week.', []],
    ['Rents edged up 0.3%, the slowest climb in a year.', []],
    ['Exports posted their first rise in a month.', []],
    ['Taxes are small in a quarter that produced a loss.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
