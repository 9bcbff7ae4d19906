/** Organisations named without a telling head word ("NATO", "Kremlin", "Hamas") come from the vocabulary. */
import { isKnownOrganisation } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** ORG for a name of the organisations vocabulary. */
export const knownOrganisationRule: TypeRule = {
  id: 'entity-known-organisation',
  type: (m) => (isKnownOrganisation(m.bareLookup) ? { type: 'ORG', strength: 3 } : null),
};
