/** Span matching used by the evaluators. */
import { describe, expect, it } from 'vitest';
import {
  agree,
  charJaccard,
  matchOneToOne,
  mergeRanges,
  overlapLength,
  sameBoundaries,
  trimRange,
} from '../../src/eval/match.js';

const r = (start: number, end: number) => ({ start, end });

describe('overlapLength and agree', () => {
  it.each([
    [r(0, 5), r(3, 8), 2],
    [r(0, 5), r(5, 8), 0],
    [r(2, 4), r(0, 10), 2],
    [r(0, 0), r(0, 5), 0],
  ])('overlap of %o and %o is %i', (a, b, expected) => {
    expect(overlapLength(a, b)).toBe(expected);
    expect(overlapLength(b, a)).toBe(expected);
  });

  it.each([
    [r(0, 5), r(4, 9), true],
    [r(0, 5), r(5, 9), false],
    [null, null, true],
    [r(0, 5), null, false],
    [null, r(0, 5), false],
  ])('agree(%o, %o) is %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
  });
});

describe('mergeRanges', () => {
  it('sorts, joins touching and overlapping ranges, and drops empty ones', () => {
    expect(mergeRanges([r(10, 12), r(0, 3), r(3, 5), r(4, 6), r(8, 8)])).toEqual([r(0, 6), r(10, 12)]);
  });
});

describe('charJaccard', () => {
  it.each([
    ['identical', [r(0, 10)], [r(0, 10)], 1],
    ['half inside', [r(0, 10)], [r(0, 5)], 0.5],
    ['disjoint', [r(0, 5)], [r(5, 10)], 0],
    ['pieces against a whole', [r(0, 4), r(6, 10)], [r(0, 10)], 0.8],
    ['pieces against pieces', [r(0, 4), r(6, 10)], [r(2, 8)], 4 / 10],
    ['both empty', [], [], 0],
    ['one empty', [r(0, 4)], [], 0],
  ])('%s', (_name, a, b, expected) => {
    expect(charJaccard(a, b)).toBeCloseTo(expected, 10);
    expect(charJaccard(b, a)).toBeCloseTo(expected, 10);
  });
});

describe('trimRange and sameBoundaries', () => {
  const text = 'She said: “The tide is turning,” and left.';
  const quoted = r(text.indexOf('“'), text.indexOf('”') + 1);
  const bare = r(text.indexOf('The'), text.indexOf('turning') + 'turning'.length);

  it('trims spaces, quote marks and punctuation at both ends only', () => {
    expect(trimRange(text, r(quoted.start - 1, quoted.end + 1))).toEqual(bare);
    expect(trimRange(text, r(0, 3))).toEqual(r(0, 3));
    expect(trimRange(text, r(8, 10))).toEqual(r(10, 10));
  });

  it('treats a quote with and without its marks and punctuation as the same boundaries', () => {
    expect(sameBoundaries(text, [quoted], [bare])).toBe(true);
    expect(sameBoundaries(text, [r(quoted.start, quoted.end - 3)], [bare])).toBe(false);
    expect(sameBoundaries(text, [], [bare])).toBe(false);
  });

  it('compares the start of the first piece and the end of the last piece', () => {
    const split = [r(bare.start, bare.start + 8), r(bare.start + 9, bare.end)];
    expect(sameBoundaries(text, split, [quoted])).toBe(true);
  });
});

describe('matchOneToOne', () => {
  const table = [
    [0.9, 0.6],
    [0.8, 0.0],
  ];
  const score = (p: number, g: number) => table[p]?.[g] ?? 0;

  it('pairs best first, one-to-one, above the threshold', () => {
    expect(matchOneToOne(2, 2, score, 0.5)).toEqual([{ predicted: 0, gold: 0, score: 0.9 }]);
  });

  it('leaves items unmatched when nothing reaches the threshold', () => {
    expect(matchOneToOne(2, 2, score, 0.95)).toEqual([]);
    expect(matchOneToOne(0, 3, score, 0.5)).toEqual([]);
  });

  it('breaks ties by earlier gold, then earlier prediction, and returns pairs in gold order', () => {
    const flat = () => 0.7;
    expect(matchOneToOne(3, 2, flat, 0.5)).toEqual([
      { predicted: 0, gold: 0, score: 0.7 },
      { predicted: 1, gold: 1, score: 0.7 },
    ]);
    const crossed = (p: number, g: number) => (p === 0 && g === 1 ? 0.9 : p === 1 && g === 0 ? 0.8 : 0);
    expect(matchOneToOne(2, 2, crossed, 0.5)).toEqual([
      { predicted: 1, gold: 0, score: 0.8 },
      { predicted: 0, gold: 1, score: 0.9 },
    ]);
  });
});
