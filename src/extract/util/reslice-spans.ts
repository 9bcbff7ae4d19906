/**
 * Spans found on a reading of the article that differs from it only in characters of the same length (see
 * quotes/single-quote-style.ts) carry the reading's characters: these give each span the article's own.
 */
import type { Claim, DateMention, Entity, Span } from '../../types.js';

function reslice(span: Span, text: string): Span {
  return { ...span, text: text.slice(span.start, span.end) };
}

export function resliceClaims(claims: readonly Claim[], text: string): Claim[] {
  return claims.map((claim) => ({
    ...claim,
    content: claim.content.map((span) => reslice(span, text)),
    cue: claim.cue === null ? null : reslice(claim.cue, text),
    speaker: claim.speaker === null ? null : { ...claim.speaker, mention: reslice(claim.speaker.mention, text) },
    source: claim.source === null ? null : { ...claim.source, mention: reslice(claim.source.mention, text) },
  }));
}

export function resliceEntities(entities: readonly Entity[], text: string): Entity[] {
  return entities.map((entity) => ({ ...entity, mentions: entity.mentions.map((span) => reslice(span, text)) }));
}

export function resliceDates(dates: readonly DateMention[], text: string): DateMention[] {
  return dates.map((date) => ({ ...date, span: reslice(date.span, text) }));
}
