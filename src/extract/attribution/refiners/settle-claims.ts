/**
 * Which claims stand of those whose words overlap. A claim whose cue and content lie inside another claim's
 * content is part of that reported speech ("… what he dubbed “…” …") and goes first, so that an inner claim
 * never wins; overlaps are then settled. A claim inside others that all lost to overlaps stands again
 * ("A said B, which he said was C, the footage showed": the closing cue's claim over the sentence loses to the
 * relative clause's, and A's claim inside it is read after all).
 */
import { dropOverlappingClaims } from './drop-overlapping-claims.js';
import type { Candidate, Range } from '../types.js';

function inside(inner: Range, outer: readonly Range[]): boolean {
  return outer.some((range) => inner.start >= range.start && inner.end <= range.end);
}

function span(candidate: Candidate): Range {
  return { start: candidate.content[0]?.start ?? 0, end: candidate.content[candidate.content.length - 1]?.end ?? 0 };
}

/** The claims that stand: nested ones dropped, overlaps settled, then nested ones whose outer claims all lost. */
export function settleClaims(candidates: readonly Candidate[]): Candidate[] {
  const outers = nestedClaims(candidates);
  const settled = dropOverlappingClaims(candidates.filter((candidate) => !outers.has(candidate)));
  const standing = new Set(settled);
  const orphans = new Set([...outers].filter(([, list]) => list.every((outer) => !standing.has(outer))).map(([inner]) => inner));
  if (orphans.size === 0) return settled;
  return dropOverlappingClaims(candidates.filter((candidate) => !outers.has(candidate) || orphans.has(candidate)));
}

/** The claims reported inside other claims, each with the claims it is inside. */
function nestedClaims(candidates: readonly Candidate[]): Map<Candidate, Candidate[]> {
  // Sorted by start, a claim can only be nested in one that starts no later and is still open.
  const order = [...candidates].sort((a, b) => span(a).start - span(b).start || span(b).end - span(a).end);
  const nested = new Map<Candidate, Candidate[]>();
  const open: Candidate[] = [];
  for (const candidate of order) {
    const { start } = span(candidate);
    for (let i = open.length - 1; i >= 0; i -= 1) if (span(open[i] as Candidate).end <= start) open.splice(i, 1);
    const outer = open.filter((other) =>
      candidate.content.every((range) => inside(range, other.content)) &&
      (candidate.cue === null || inside(candidate.cue, other.content)));
    if (outer.length > 0) nested.set(candidate, outer);
    open.push(candidate);
  }
  return nested;
}
