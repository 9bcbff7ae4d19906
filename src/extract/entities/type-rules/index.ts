/**
 * The typing rules, in order: the first rule that answers types the mention. Vocabulary comes first
 * (outlets before countries, because "China Daily" is an outlet), then honorifics and titles (which say
 * PERSON whatever the name), then head words, then compromise's lexicon, then the words around the name,
 * and the shape of the name last.
 */
import { contextRule } from './context.js';
import { datelineRule } from './dateline.js';
import { orgContextRule } from './org-context.js';
import { knownEventRule } from './known-event.js';
import { nationalityAfterRule } from './nationality-after.js';
import { placeInsideRule } from './place-inside.js';
import { placeHeadRule } from './place-head.js';
import { placeOfRule } from './place-of.js';
import { placeFromRule } from './place-from.js';
import { placeCompoundRule } from './place-compound.js';
import { usStateRule } from './us-state.js';
import { townOfficeRule } from './town-office.js';
import { townFeatureRule } from './town-feature.js';
import { workplaceRule } from './workplace.js';
import { placePrepositionRule } from './place-preposition.js';
import { sportsClubRule } from './sports-club.js';
import { teamRule } from './team.js';
import { countryRule } from './country.js';
import { eventHeadRule } from './event-head.js';
import { lawHeadRule } from './law-head.js';
import { stateAfterTownRule } from './state-after-town.js';
import { givenNameRule } from './given-name.js';
import { honorificRule } from './honorific.js';
import { knownLocationRule } from './known-location.js';
import { knownOrganisationRule } from './known-organisation.js';
import { lexiconRule } from './lexicon.js';
import { locationHeadRule } from './location-head.js';
import { nationalityRule } from './nationality.js';
import { orgHeadRule } from './org-head.js';
import { outletRule } from './outlet.js';
import { shapeRule } from './shape.js';
import { titleRule } from './title.js';
import type { MentionContext, TypeRule } from './types.js';
import type { EntityType } from '../../../types.js';

export type { MentionContext, TypeRule, Typing } from './types.js';

/** Every typing rule, in the order they are tried. */
export const TYPE_RULES: readonly TypeRule[] = [
  // A dateline types its one mention, whatever the name is elsewhere.
  datelineRule,
  stateAfterTownRule,
  // "Washington (U.S.) beat Smith": a competitor, even when the name is also a place.
  nationalityAfterRule,
  outletRule,
  countryRule,
  nationalityRule,
  knownLocationRule,
  knownOrganisationRule,
  knownEventRule,
  honorificRule,
  titleRule,
  // "a Reno-based developer": a place whatever the lexicon or the name's head says.
  placeCompoundRule,
  // Heads before the lexicon: "Washington Post" ends like an organisation although it opens with a city.
  orgHeadRule,
  // "a senior fellow at the Atlantic Security Forum": a workplace, although it ends like an event.
  workplaceRule,
  eventHeadRule,
  lawHeadRule,
  // Before natural places: "in Garnet Falls" is a town.
  townFeatureRule,
  locationHeadRule,
  // Results before the lexicon: "Surrey 372" is the team although the lexicon knows the county.
  teamRule,
  // Clubs before administrative heads and the lexicon: "Ross County" and "Sunderland" in a football report.
  sportsClubRule,
  placeHeadRule,
  orgContextRule,
  placeOfRule,
  placeFromRule,
  // Before the lexicon, which knows "Austin" as a person.
  placePrepositionRule,
  // After the team rules ("Minnesota" in a baseball report), before the lexicon, which knows "Virginia" as a person.
  usStateRule,
  townOfficeRule,
  lexiconRule,
  givenNameRule,
  placeInsideRule,
  contextRule,
  shapeRule,
];

/** A mention's type, with the rule that gave it. */
export interface RuleTyping {
  readonly type: EntityType;
  readonly strength: number;
  readonly local?: boolean;
  /** Id of the rule that typed it. */
  readonly rule: string;
}

/** Types `mention` with the first rule of `rules` that answers. */
export function typeMention(mention: MentionContext, rules: readonly TypeRule[] = TYPE_RULES): RuleTyping {
  for (const rule of rules) {
    const typing = rule.type(mention);
    if (typing === null) continue;
    // Written out: a spread would copy the answer key by key, for every mention of the article.
    return typing.local === undefined
      ? { type: typing.type, strength: typing.strength, rule: rule.id }
      : { type: typing.type, strength: typing.strength, local: typing.local, rule: rule.id };
  }
  return { type: 'PERSON', strength: 0, rule: 'entity-none' };
}
