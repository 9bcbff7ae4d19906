/** Every entity mention of the article, sorted, for finding what a phrase names. */
import type { Entity, EntityType } from '../../types.js';

/** One mention with its entity. */
export interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

/** Mentions in text order. */
export function indexMentions(entities: readonly Entity[]): IndexedMention[] {
  return entities
    .flatMap((entity) => entity.mentions.map((span) => ({ start: span.start, end: span.end, entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The mention a speaker phrase [start, end) is about. A description ("China’s foreign ministry") is about
 * a mention only if one ends where it ends; a name phrase ("US Secretary of State Jane Doe, the …") is
 * about its first person, else its last mention.
 */
export function headMention(mentions: readonly IndexedMention[], start: number, end: number, requireEnd: boolean): IndexedMention | undefined {
  const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end);
  const atEnd = inside.find((mention) => mention.end === end);
  if (requireEnd) return atEnd;
  return inside.find((mention) => mention.entity.type === 'PERSON') ?? atEnd ?? inside[inside.length - 1];
}

/** The last mention of one of `types` that ends before `offset` and starts at or after `floor`. */
export function lastMentionBefore(
  mentions: readonly IndexedMention[],
  offset: number,
  floor: number,
  types: readonly EntityType[],
  skip: (mention: IndexedMention) => boolean,
): IndexedMention | undefined {
  let best: IndexedMention | undefined;
  for (const mention of mentions) {
    if (mention.end > offset) break;
    if (mention.start < floor || !types.includes(mention.entity.type) || skip(mention)) continue;
    best = mention;
  }
  return best;
}
