import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('refiner week-period (value: the month or year holding the week)', () => {
  it.each([
    ['The minister resigned last week.', [['last week', '2023-02']]],
    ['Markets fell this week.', [['this week', '2023-02']]],
    ['The leaders meet next week.', [['next week', '2023-02']]],
    // must produce nothing from this refiner
    ['He left two weeks ago.', []],
    ['The strike lasted for three weeks.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'week-period')).toEqual(expected);
  });
});
