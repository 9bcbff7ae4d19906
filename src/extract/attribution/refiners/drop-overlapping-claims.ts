/**
 * Two claims over the same words: the one made first stands (rules run from the most specific), the
 * other is dropped.
 */
import { RangeSet } from '../range-set.js';
import type { Candidate } from '../types.js';

/** Keeps, of claims whose contents overlap, the one accepted first. */
export function dropOverlappingClaims(candidates: readonly Candidate[]): Candidate[] {
  const taken = new RangeSet();
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.content.some((range) => taken.overlaps(range))) continue;
    kept.push(candidate);
    for (const range of candidate.content) taken.add(range);
  }
  return kept;
}
