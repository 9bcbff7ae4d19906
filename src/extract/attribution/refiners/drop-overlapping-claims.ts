/**
 * Two claims over the same words: a claim of words said stands over one of a belief or an intention; else
 * the one made first stands (rules run from the most specific). The other is dropped.
 */
import { RangeSet } from '../range-set.js';
import type { Candidate } from '../types.js';

/** Words said or written come before beliefs, evidence and intentions read from a verb. */
function rank(candidate: Candidate): number {
  return candidate.cueType === 'belief' || candidate.cueType === 'evidence' || candidate.cueType === 'intention' ? 1 : 0;
}

/** Keeps, of claims whose contents overlap, the claim of words said, else the one accepted first. */
export function dropOverlappingClaims(candidates: readonly Candidate[]): Candidate[] {
  const taken = new RangeSet();
  const kept: Candidate[] = [];
  const ordered = candidates.map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => rank(a.candidate) - rank(b.candidate) || a.index - b.index);
  for (const { candidate } of ordered) {
    if (candidate.content.some((range) => taken.overlaps(range))) continue;
    kept.push(candidate);
    for (const range of candidate.content) taken.add(range);
  }
  return kept;
}
