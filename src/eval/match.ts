/**
 * Span matching for evaluation: character overlap, Jaccard, trimmed boundaries and one-to-one pairing.
 * Pure functions over UTF-16, end-exclusive ranges; no knowledge of claims or gold formats.
 */

/** A character range, end-exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A pairing of the predicted item at `predicted` with the gold item at `gold`, and its score. */
export interface Pair {
  readonly predicted: number;
  readonly gold: number;
  readonly score: number;
}

/** Characters a boundary may lose: white space, punctuation (quote marks included) and backticks. */
const TRIMMABLE = /[\s\p{P}`]/u;

/** Number of characters `a` and `b` share. */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether `a` and `b` share at least one character; two absent ranges count as agreeing, one absent does not.
 * This is the test for "cue right" and "speaker right".
 */
export function agree(a: Range | null, b: Range | null): boolean {
  if (a === null || b === null) return a === b;
  return overlapLength(a, b) > 0;
}

/** Sorted, non-overlapping union of `ranges` (empty ranges dropped). */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push({ start: range.start, end: range.end });
    }
  }
  return merged;
}

function totalLength(ranges: readonly Range[]): number {
  return ranges.reduce((sum, r) => sum + (r.end - r.start), 0);
}

/**
 * Jaccard index of the characters covered by `a` and by `b` (each one or more pieces): shared characters
 * over characters covered by either. 0 when both cover nothing.
 */
export function charJaccard(a: readonly Range[], b: readonly Range[]): number {
  const left = mergeRanges(a);
  const right = mergeRanges(b);
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const l = left[i] as Range;
    const r = right[j] as Range;
    shared += overlapLength(l, r);
    if (l.end <= r.end) i += 1;
    else j += 1;
  }
  const union = totalLength(left) + totalLength(right) - shared;
  return union === 0 ? 0 : shared / union;
}

/** `range` narrowed past white space, quote marks and punctuation at both ends (may become empty). */
export function trimRange(text: string, range: Range): Range {
  let start = range.start;
  let end = range.end;
  while (start < end && TRIMMABLE.test(text[start] ?? '')) start += 1;
  while (end > start && TRIMMABLE.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * Whether contents `a` and `b` start and end at the same characters once spaces, quote marks and
 * punctuation are trimmed: the start of the first piece and the end of the last piece are compared.
 */
export function sameBoundaries(text: string, a: readonly Range[], b: readonly Range[]): boolean {
  const outer = (pieces: readonly Range[]): Range | null => {
    const merged = mergeRanges(pieces);
    const first = merged[0];
    const last = merged[merged.length - 1];
    if (first === undefined || last === undefined) return null;
    return { start: trimRange(text, first).start, end: trimRange(text, last).end };
  };
  const left = outer(a);
  const right = outer(b);
  return left !== null && right !== null && left.start === right.start && left.end === right.end;
}

/**
 * Pairs predicted with gold items one-to-one, best first: every pair scoring at least `threshold` is
 * considered in decreasing score (ties: earlier gold, then earlier prediction), and kept when neither
 * item is taken yet. Returns the kept pairs in gold order.
 */
export function matchOneToOne(
  predictedCount: number,
  goldCount: number,
  score: (predicted: number, gold: number) => number,
  threshold: number,
): Pair[] {
  const candidates: Pair[] = [];
  for (let p = 0; p < predictedCount; p += 1) {
    for (let g = 0; g < goldCount; g += 1) {
      const value = score(p, g);
      if (value >= threshold) candidates.push({ predicted: p, gold: g, score: value });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.gold - y.gold || x.predicted - y.predicted);
  const takenPredicted = new Set<number>();
  const takenGold = new Set<number>();
  const pairs: Pair[] = [];
  for (const pair of candidates) {
    if (takenPredicted.has(pair.predicted) || takenGold.has(pair.gold)) continue;
    takenPredicted.add(pair.predicted);
    takenGold.add(pair.gold);
    pairs.push(pair);
  }
  return pairs.sort((x, y) => x.gold - y.gold);
}
