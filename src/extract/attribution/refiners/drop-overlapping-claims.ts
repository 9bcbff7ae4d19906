/**
 * Two claims over the same words: the one made first stands (rules run from the most specific), the
 * other is dropped.
 */
import type { Candidate } from '../types.js';

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.content.some((x) => b.content.some((y) => x.start < y.end && y.start < x.end));
}

/** Keeps, of claims whose contents overlap, the one accepted first. */
export function dropOverlappingClaims(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  return kept;
}
