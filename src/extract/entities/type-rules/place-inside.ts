/**
 * A name of several words that holds a country or nationality without being one names something of that
 * country: a company or body ("Air France", "Japan Airlines", "Bank of Japan").
 */
import { countryReferredTo } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** ORG for a multi-word name with a country or demonym among its words. */
export const placeInsideRule: TypeRule = {
  id: 'entity-place-inside',
  type: (m) => {
    if (m.tokens.length < 2 || m.titled) return null;
    return m.tokens.some((token) => countryReferredTo(token.text) !== undefined) ? { type: 'ORG', strength: 1 } : null;
  },
};
