/** Builders shared by the entity tests: documents from text, mention contexts from a sentence. */
import { readDocument } from '../../src/extract/document/read-document.js';
import { findEntities } from '../../src/extract/entities/index.js';
import type { MentionContext } from '../../src/extract/entities/type-rules/types.js';
import { isTeamSportStory } from '../../src/extract/entities/team-sport.js';
import { isHonorific, nameLookup } from '../../src/extract/entities/vocabulary-index.js';
import type { Entity } from '../../src/types.js';

/** The context of the first occurrence of `mention` in `text`, as the typing rules see it. */
export function mentionIn(text: string, mention: string, titled = false): MentionContext {
  const doc = readDocument(text);
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`"${mention}" is not in "${text}"`);
  const end = start + mention.length;
  const tokens = doc.tokens.filter((t) => t.start >= start && t.end <= end);
  const first = tokens[0];
  const second = tokens[1];
  if (first === undefined) throw new Error(`no token in "${mention}"`);
  const bare = tokens.length > 1 && isHonorific(first.text) && second !== undefined ? text.slice(second.start, end) : mention;
  return {
    doc, first: first.index, end: first.index + tokens.length, text: mention, bare, bareLookup: nameLookup(bare), tokens, titled, teamSport: isTeamSportStory(doc),
  };
}

/** The entities of `text`. */
export function entitiesOf(text: string): readonly Entity[] {
  return findEntities(readDocument(text)).entities;
}

/** "TYPE:text" for every mention of `text`, in text order. */
export function typedMentions(text: string): string[] {
  return entitiesOf(text)
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, label: `${e.type}:${m.text}` })))
    .sort((a, b) => a.start - b.start)
    .map((m) => m.label);
}

/** The entity with a mention whose text is `mention`. */
export function entityMentioning(text: string, mention: string): Entity | undefined {
  return entitiesOf(text).find((e) => e.mentions.some((m) => m.text === mention));
}
