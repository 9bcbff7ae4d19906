/** Builds candidates the same way for every rule. */
import type { Cue } from '../cues/types.js';
import type { Quote } from '../quotes/types.js';
import type { Candidate, Range, RuleContext, SpeakerPhrase } from './types.js';
import type { CueType } from '../../types.js';
import { sentenceIndexAt } from '../document/sentence-at.js';

/** A candidate from its parts; sentences are read off the content, cue and speaker. */
export function makeCandidate(
  context: RuleContext,
  rule: string,
  content: readonly Range[],
  cue: Cue | null,
  speaker: SpeakerPhrase | null,
  cueType: CueType | null = cue?.type ?? null,
): Candidate | null {
  const first = content[0];
  const last = content[content.length - 1];
  if (first === undefined || last === undefined) return null;
  const offsets = [first.start, last.end - 1];
  if (cue !== null) offsets.push(cue.start);
  if (speaker !== null && speaker.kind !== 'inherited') offsets.push(speaker.start);
  const sentences = offsets.map((offset) => sentenceAt(context, offset));
  return {
    rule,
    content,
    cue: cue === null ? null : { start: cue.start, end: cue.end },
    cueType,
    speaker,
    firstSentence: Math.min(...sentences),
    lastSentence: Math.max(...sentences),
  };
}

/** The pieces of a quotation as content ranges. */
export function quoteContent(quote: Quote): Range[] {
  return quote.pieces.map((piece) => ({ start: piece.start, end: piece.end }));
}

/** Index of the sentence holding `offset` (or the nearest one before it). */
export function sentenceAt(context: RuleContext, offset: number): number {
  return sentenceIndexAt(context.doc, offset);
}
