/** The claims stage: typed claims from resolved candidates, with the entities and dates they mention. */
import type { Candidate, Range } from '../attribution/types.js';
import type { Document } from '../document/types.js';
import type { Quote } from '../quotes/types.js';
import type { ResolvedSpeaker } from '../resolution/resolve-speakers.js';
import { findSource } from '../resolution/find-source.js';
import type { IndexedMention } from '../resolution/mention-index.js';
import type { Claim, DateMention, Span } from '../../types.js';
import { claimKind } from './claim-kind.js';

/** What assembling needs besides the candidates. */
export interface ClaimInputs {
  readonly doc: Document;
  readonly quotes: readonly Quote[];
  readonly speakers: ReadonlyMap<Candidate, ResolvedSpeaker | null>;
  readonly mentions: readonly IndexedMention[];
  readonly dates: readonly DateMention[];
}

/** Turns candidates (in text order) into claims "c1", "c2", … */
export function assembleClaims(candidates: readonly Candidate[], inputs: ClaimInputs): Claim[] {
  const { doc } = inputs;
  const span = (range: Range): Span => ({ start: range.start, end: range.end, text: doc.text.slice(range.start, range.end) });
  return candidates.map((candidate, i) => {
    const speaker = inputs.speakers.get(candidate) ?? null;
    const source = findSource(doc, candidate, speaker?.mention ?? null, inputs.mentions);
    const first = doc.sentences[candidate.firstSentence];
    const last = doc.sentences[candidate.lastSentence];
    const within = (offset: number): boolean => first !== undefined && last !== undefined && offset >= first.start && offset < last.end;
    return {
      id: `c${i + 1}`,
      kind: claimKind(doc.text, candidate.content, inputs.quotes),
      content: candidate.content.map(span),
      cue: candidate.cue === null ? null : span(candidate.cue),
      speaker: speaker === null ? null : { mention: span(speaker.mention), entity: speaker.entity?.id ?? null, name: speaker.name },
      source: source === null ? null : { mention: span(source.mention), entity: source.entity?.id ?? null },
      entities: entitiesIn(candidate.content, inputs.mentions),
      dates: inputs.dates.filter((date) => within(date.span.start)).map((date) => date.id),
      confidence: candidate.confidence,
      rule: candidate.rule,
    };
  });
}

function entitiesIn(content: readonly Range[], mentions: readonly IndexedMention[]): string[] {
  const ids: string[] = [];
  for (const mention of mentions) {
    const inside = content.some((range) => mention.start >= range.start && mention.end <= range.end);
    if (inside && !ids.includes(mention.entity.id)) ids.push(mention.entity.id);
  }
  return ids;
}
