/** A name followed by a country in brackets is a competitor ("Jane Roe (Britain)"). */
import { countryReferredTo } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** PERSON for a name followed by "(Country)". */
export const nationalityAfterRule: TypeRule = {
  id: 'entity-nationality-after',
  type: (m) => {
    const open = m.doc.tokens[m.end];
    const country = m.doc.tokens[m.end + 1];
    if (open?.text !== '(' || country === undefined) return null;
    let close = m.end + 2;
    while (close < m.end + 5 && m.doc.tokens[close]?.text !== ')') close += 1;
    const last = m.doc.tokens[close - 1];
    if (m.doc.tokens[close]?.text !== ')' || last === undefined) return null;
    return countryReferredTo(m.doc.text.slice(country.start, last.end)) !== undefined ? { type: 'PERSON', strength: 2 } : null;
  },
};
