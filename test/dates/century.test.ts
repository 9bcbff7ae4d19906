import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('parser century', () => {
  it.each([
    ['The abbey was built in the 12th century.', [['the 12th century', '1100/1199']]],
    ['She called him a 19th-century liberal.', [['19th-century', '1800/1899']]],
    ['Borders drawn in the late twentieth century still hold.', [['the late twentieth century', '1900/1999']]],
    // must not match
    ['He scored a century in the second innings.', []],
    ['The firm is a century old.', []],
  ])('%s', (text, expected) => {
    expect(found(text, 'century')).toEqual(expected);
  });
});
