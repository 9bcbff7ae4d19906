/** News outlets and agencies are organisations ("Reuters", "NBC News"). */
import { isNewsOutlet } from '../../../vocabulary/outlets.js';
import { isKnownLocation } from '../vocabulary-index.js';
import type { MentionContext, TypeRule } from './types.js';

/**
 * "the Atlantic coast", "the Pacific fleet": a name that is a place as well as an outlet's ("The Atlantic"),
 * set before a common noun, names the place.
 */
function placeBeforeNoun(m: MentionContext): boolean {
  const next = m.doc.tokens[m.end];
  return next !== undefined && next.pos === 'NOUN' && next.text === next.lower && isKnownLocation(m.bareLookup);
}

/** ORG for a name of the news-outlet vocabulary. */
export const outletRule: TypeRule = {
  id: 'entity-outlet',
  type: (m) => (isNewsOutlet(m.bare) && !placeBeforeNoun(m) ? { type: 'ORG', strength: 3 } : null),
};
