/** Events usually named by one word ("Olympics", "Wimbledon", "Ramadan") come from the vocabulary. */
import { isKnownEvent } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** EVENT for a name of the events vocabulary. */
export const knownEventRule: TypeRule = {
  id: 'entity-known-event',
  type: (m) => (isKnownEvent(m.bareLookup) ? { type: 'EVENT', strength: 3 } : null),
};
