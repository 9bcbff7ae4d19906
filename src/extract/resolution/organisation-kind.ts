/** The kind of an organisation as its name tells it, and whether a generic description noun fits it. */
import type { Entity } from '../../types.js';
import { DESCRIPTION_NOUN_KINDS, ORGANISATION_KIND_WORDS, type OrganisationKind } from '../../vocabulary/organisation-kinds.js';
import { isNewsAgency, isNewsOutlet } from '../../vocabulary/outlets.js';

const KIND_OF_WORD = new Map<string, OrganisationKind>(
  (Object.entries(ORGANISATION_KIND_WORDS) as [OrganisationKind, readonly string[]][]).flatMap(([kind, words]) => words.map((word) => [word, kind] as const)),
);
const NOUN_KINDS = new Map(Object.entries(DESCRIPTION_NOUN_KINDS));

/**
 * A known news agency or other outlet; else the kind the word before "of" gives ("Bank of Leeds" a company); else the kind its
 * last telling word gives ("Tax Policy Center" a nonprofit); else unmarked.
 */
export function organisationKind(name: string): OrganisationKind {
  if (isNewsAgency(name)) return 'wire';
  if (isNewsOutlet(name)) return 'outlet';
  const words = name.toLowerCase().split(/\s+/);
  const ofKind = KIND_OF_WORD.get(words[words.indexOf('of') - 1] ?? '');
  if (ofKind !== undefined) return ofKind;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const kind = KIND_OF_WORD.get(words[i] as string);
    if (kind !== undefined) return kind;
  }
  return 'unmarked';
}

/** Whether "the `noun`" can stand for the organisation `entity`: its name holds the noun, or its kind fits the noun. */
export function descriptionFits(entity: Entity, noun: string): boolean {
  if (entity.name.toLowerCase().split(/\s+/).includes(noun)) return true;
  const kinds = NOUN_KINDS.get(noun);
  return kinds === undefined || kinds.includes(organisationKind(entity.name));
}
