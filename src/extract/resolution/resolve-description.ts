/**
 * Definite descriptions as speakers: "the company", "the ministry", "the club" stand for the last
 * organisation named before them (one whose name holds the noun, else, for nouns that can only mean an
 * organisation, the one named most often whose kind fits the noun); "the spokeswoman", "the judge" for the last person whose roles hold the noun.
 */
import type { Entity } from '../../types.js';
import { ORG_DESCRIPTORS, ORG_FINAL_WORDS } from '../../vocabulary/org-heads.js';
import { PERSON_TITLE_HEADS } from '../../vocabulary/titles.js';
import type { IndexedMention } from './mention-index.js';
import { firstEndingAfter } from './mention-index.js';
import { descriptionFits } from './organisation-kind.js';

const GENERIC_ORGANISATION_NOUNS = new Set(ORG_DESCRIPTORS);
const ORGANISATION_NOUNS = new Set([...ORG_DESCRIPTORS, ...ORG_FINAL_WORDS]);
const PERSON_NOUNS = new Set(PERSON_TITLE_HEADS);
const MAX_DESCRIPTION_WORDS = 5;
/** How far back, in characters, a description looks for what it stands for. */
const REACH = 4000;

/** The entity a definite description stands for, or undefined. */
export function resolveDescription(
  description: string,
  start: number,
  mentions: readonly IndexedMention[],
  skip: (mention: IndexedMention) => boolean,
): Entity | undefined {
  const words = description.toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length > MAX_DESCRIPTION_WORDS || words.some((w) => w === 'of' || w === 'for')) return undefined;
  const head = words[words.length - 1] ?? '';
  const isOrganisation = ORGANISATION_NOUNS.has(head);
  const isPerson = PERSON_NOUNS.has(head);
  if (!isOrganisation && !isPerson) return undefined;
  /** For a generic noun ("the company"), the organisation mentioned most often before it, the first named on a tie. */
  const counts = new Map<Entity, number>();
  for (let i = firstEndingAfter(mentions, start) - 1; i >= 0; i -= 1) {
    const mention = mentions[i] as IndexedMention;
    if (mention.start < start - REACH) break;
    if (mention.end > start || skip(mention)) continue;
    const { entity } = mention;
    if (isOrganisation && entity.type === 'ORG') {
      if (entity.name.toLowerCase().split(/\s+/).includes(head)) return entity;
      // "the agency" is no foundation or company named more often before it.
      if (GENERIC_ORGANISATION_NOUNS.has(head) && descriptionFits(entity, head)) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
    if (isPerson && entity.type === 'PERSON' && entity.roles.some((role) => role.toLowerCase().split(/\s+/).includes(head))) return entity;
  }
  let best: Entity | undefined;
  // Mentions were read backwards, so the last entity set first is the one named first: it wins ties.
  for (const [entity, count] of counts) if (best === undefined || count >= (counts.get(best) ?? 0)) best = entity;
  return best;
}

/**
 * "the EPA said … The agency said …": a definite description of a generic organisation noun ("the agency",
 * "the company") may take up an organisation speaker written just before, unless the organisation's name
 * holds another organisation's head ("Senate Commerce Committee" is no agency). The head noun, or null for
 * another description.
 */
export function genericOrganisationHead(description: string): string | null {
  const words = description.toLowerCase().split(/\s+/);
  const head = words[1];
  return words.length === 2 && words[0] === 'the' && head !== undefined && GENERIC_ORGANISATION_NOUNS.has(head) ? head : null;
}

/** Whether an organisation's name fits a generic head: it holds that head, or no other organisation head. */
export function nameFitsHead(entity: Entity, head: string): boolean {
  if (entity.type !== 'ORG') return false;
  const words = entity.name.toLowerCase().split(/\s+/);
  return words.includes(head) || !words.some((word) => ORGANISATION_NOUNS.has(word));
}
