import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser season (value: its year)', () => {
  it.each([
    ['The bridge will open this summer.', [['this summer', '2023']]],
    ['Floods hit the valley last fall.', [['last fall', '2022']]],
    ['They met in the winter of 1994.', [['the winter of 1994', '1994']]],
    // must not match
    ['Spring water is sold here.', []],
    ['The fall in prices worried investors.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'season')).toEqual(expected);
  });
});
