/** News outlets and agencies are organisations ("Reuters", "NBC News"). */
import { isNewsOutlet } from '../../../vocabulary/outlets.js';
import { countryReferredTo, isKnownLocation } from '../vocabulary-index.js';
import type { MentionContext, TypeRule } from './types.js';

/**
 * "the Atlantic coast", "the Pacific fleet": a name that is a place as well as an outlet's ("The Atlantic"),
 * set before a common noun, names the place.
 */
function placeBeforeNoun(m: MentionContext): boolean {
  const next = m.doc.tokens[m.end];
  return next !== undefined && next.pos === 'NOUN' && next.text === next.lower && isKnownLocation(m.bareLookup);
}

/**
 * "Australian Prime Minister Ann Roe": a nationality or a country that is also an outlet's name without its
 * article ("The Australian") names the outlet only after "the".
 */
function countryWithoutArticle(m: MentionContext): boolean {
  return countryReferredTo(m.bare) !== undefined && m.doc.tokens[m.first - 1]?.lower !== 'the';
}

/** ORG for a name of the news-outlet vocabulary. */
export const outletRule: TypeRule = {
  id: 'entity-outlet',
  type: (m) => (isNewsOutlet(m.bare) && !placeBeforeNoun(m) && !countryWithoutArticle(m) ? { type: 'ORG', strength: 3 } : null),
};
