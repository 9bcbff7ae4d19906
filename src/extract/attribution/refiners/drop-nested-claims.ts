/** A claim whose cue and content lie inside another claim's content is part of that reported speech. */
import type { Candidate, Range } from '../types.js';

function inside(inner: Range, outer: readonly Range[]): boolean {
  return outer.some((range) => inner.start >= range.start && inner.end <= range.end);
}

function span(candidate: Candidate): Range {
  return { start: candidate.content[0]?.start ?? 0, end: candidate.content[candidate.content.length - 1]?.end ?? 0 };
}

/** Drops claims reported inside other claims ("… what he dubbed “…” …"). */
export function dropNestedClaims(candidates: readonly Candidate[]): Candidate[] {
  // Sorted by start, a claim can only be nested in one that starts no later and is still open.
  const order = [...candidates].sort((a, b) => span(a).start - span(b).start || span(b).end - span(a).end);
  const nested = new Set<Candidate>();
  const open: Candidate[] = [];
  for (const candidate of order) {
    const { start } = span(candidate);
    for (let i = open.length - 1; i >= 0; i -= 1) if (span(open[i] as Candidate).end <= start) open.splice(i, 1);
    const outer = open.find((other) =>
      candidate.content.every((range) => inside(range, other.content)) &&
      (candidate.cue === null || inside(candidate.cue, other.content)));
    if (outer !== undefined) nested.add(candidate);
    open.push(candidate);
  }
  return candidates.filter((candidate) => !nested.has(candidate));
}
