/** Every entity mention of the article, sorted, for finding what a phrase names. */
import type { Entity, EntityType } from '../../types.js';
import { firstIndex } from '../util/search.js';
import { NOUN_PHRASE_LINKS } from '../../vocabulary/speaker-words.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Letters only. */
const LETTERS = /^\p{L}+$/u;

/** A linking preposition right after a name, opening what the name is placed by: " in Washington". */
const LINK_AFTER = new RegExp(`^ (?:${NOUN_PHRASE_LINKS.filter((link) => LETTERS.test(link)).join('|')}) `, 'u');

/** A common noun and a preposition of place ending the text before a name: "Officials in " Brussels, "Farmers on " Delta Plain. */
const NOUN_IN_BEFORE = /(?:^|\s)\p{L}\p{Ll}+ (?:in|on|from|across|near|around|throughout) (?:the )?$/u;
/** Entity types of places, which a speaker is placed in rather than speaks for. */
const PLACE_TYPES: readonly EntityType[] = ['GPE', 'LOC'];

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

/** Index of the first mention that ends after `offset` (mentions do not nest, so ends follow starts). */
export function firstEndingAfter(mentions: readonly IndexedMention[], offset: number): number {
  let low = firstIndex(mentions, (mention) => mention.start >= offset);
  while (low > 0 && (mentions[low - 1] as IndexedMention).end > offset) low -= 1;
  return low;
}

/** The mentions lying inside [start, end). */
export function mentionsInside(mentions: readonly IndexedMention[], start: number, end: number): IndexedMention[] {
  const inside: IndexedMention[] = [];
  for (let i = firstEndingAfter(mentions, start); i < mentions.length; i += 1) {
    const mention = mentions[i] as IndexedMention;
    if (mention.start >= end) break;
    if (mention.start >= start && mention.end <= end) inside.push(mention);
  }
  return inside;
}

/**
 * The mention a speaker phrase [start, end) is about. A description ("China’s foreign ministry") is about
 * a mention only if one ends where it ends, and not a place it is "in" ("officials in Brussels"); a name phrase ("US Secretary of State Jane Doe, the …") is
 * about the person at its end, else its first person, else the name before a linking preposition
 * ("Democrats in Washington", `text` is the article), else its last mention.
 */
export function headMention(
  mentions: readonly IndexedMention[],
  start: number,
  end: number,
  requireEnd: boolean,
  text: string,
): IndexedMention | undefined {
  const inside = mentionsInside(mentions, start, end);
  const found = inside.find((mention) => mention.end === end);
  // "officials in Brussels", "strategists in Washington": a place after a noun and "in" says where the
  // speaker is, not who speaks.
  const atEnd = found !== undefined && PLACE_TYPES.includes(found.entity.type) && NOUN_IN_BEFORE.test(text.slice(start, found.start)) ? undefined : found;
  if (requireEnd) return atEnd;
  // "Crown prosecutor Jane Roe": the name at the phrase's end is its head, whatever stands in the title.
  if (atEnd?.entity.type === 'PERSON') return atEnd;
  return inside.find((mention) => mention.entity.type === 'PERSON') ??
    inside.find((mention) => LINK_AFTER.test(text.slice(mention.end, end))) ?? atEnd ?? inside[inside.length - 1];
}

/**
 * The last mention of one of `types` that ends at or before `offset` and starts at or after `floor`,
 * skipping those `skip` rejects.
 */
export function lastMentionBefore(
  mentions: readonly IndexedMention[],
  offset: number,
  floor: number,
  types: readonly EntityType[],
  skip: (mention: IndexedMention) => boolean,
): IndexedMention | undefined {
  for (let i = firstEndingAfter(mentions, offset) - 1; i >= 0; i -= 1) {
    const mention = mentions[i] as IndexedMention;
    if (mention.start < floor) return undefined;
    if (mention.end > offset || !types.includes(mention.entity.type) || skip(mention)) continue;
    return mention;
  }
  return undefined;
}
