/** Countries, by name, alias or capital ("China", "U.S.", "Beijing"), are GPE. */
import { countryByCapital, countryByName } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** GPE for a country name or alias, or the name of a capital. */
export const countryRule: TypeRule = {
  id: 'entity-country',
  type: (m) =>
    countryByName(m.bareLookup) !== undefined || countryByCapital(m.bareLookup) !== undefined
      ? { type: 'GPE', strength: 3 }
      : null,
};
