/** A claim whose cue and content lie inside another claim's content is part of that reported speech. */
import type { Candidate, Range } from '../types.js';

function inside(inner: Range, outer: readonly Range[]): boolean {
  return outer.some((range) => inner.start >= range.start && inner.end <= range.end);
}

/** Drops claims reported inside other claims ("… what he dubbed “…” …"). */
export function dropNestedClaims(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((candidate) => !candidates.some((other) =>
    other !== candidate &&
    candidate.content.every((range) => inside(range, other.content)) &&
    (candidate.cue === null || inside(candidate.cue, other.content))));
}
