import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser quarter (value: the year holding the quarter)', () => {
  it.each([
    ['Profit rose in the third quarter.', [['the third quarter', '2022']]],
    ['Growth will pick up in the second quarter.', [['the second quarter', '2023']]],
    ['Third-quarter earnings fell.', [['Third-quarter', '2022']]],
    ['Sales grew in the fourth quarter of 2021.', [['the fourth quarter of 2021', '2021']]],
    ['Revenue fell in the latest quarter.', [['the latest quarter', '2022']]],
    // must not match: fractions and plurals
    ['A quarter of the votes were counted.', []],
    ['Sales grew for three quarters running.', []],
    ['Rates rose by a quarter-point.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'quarter')).toEqual(expected);
  });
});
