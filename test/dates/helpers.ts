/** Runs the date stage on a sentence of our own, as the pipeline does. */
import { readDocument } from '../../src/extract/document/read-document.js';
import { findDateCandidates } from '../../src/extract/dates/index.js';
import type { DateCandidate } from '../../src/extract/dates/to-mention.js';

/** Publication date of the tests: Sunday 19 February 2023. */
export const PUBLISHED = '2023-02-19';

/** The dates found in `text`, published on `publishedAt`. */
export function datesIn(text: string, publishedAt: string | null = PUBLISHED): DateCandidate[] {
  return findDateCandidates(readDocument(text), publishedAt);
}

/** `[text, value]` of each date found by rule `rule` (or refined by it). */
export function found(text: string, rule: string, publishedAt: string | null = PUBLISHED): [string, string][] {
  return datesIn(text, publishedAt)
    .filter((d) => d.rule.split('+').includes(rule) || d.refinedBy.includes(rule))
    .map((d) => [d.text, d.value]);
}
