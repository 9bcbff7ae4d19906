/**
 * What compromise's lexicon knows about the whole name: cities, regions and countries (GPE), natural
 * places (LOC), organisations and sports teams (ORG), demonyms (NORP), famous people (PERSON).
 */
import { lexiconKinds, type LexiconKind } from '../../util/compromise-lexicon.js';
import type { Typing, TypeRule } from './types.js';

// In order of preference when the lexicon gives a word several kinds.
const TYPING_OF_KIND: readonly (readonly [LexiconKind, Typing])[] = [
  ['country', { type: 'GPE', strength: 3 }],
  ['demonym', { type: 'NORP', strength: 3 }],
  ['organization', { type: 'ORG', strength: 2 }],
  ['sports-team', { type: 'ORG', strength: 2 }],
  ['city', { type: 'GPE', strength: 2 }],
  ['region', { type: 'GPE', strength: 2 }],
  ['place', { type: 'LOC', strength: 2 }],
  ['person', { type: 'PERSON', strength: 1 }],
  ['first-name', { type: 'PERSON', strength: 1 }],
  ['male-name', { type: 'PERSON', strength: 1 }],
  ['female-name', { type: 'PERSON', strength: 1 }],
  ['last-name', { type: 'PERSON', strength: 1 }],
];

/** The type compromise's lexicon gives the whole name, if any. */
export const lexiconRule: TypeRule = {
  id: 'entity-lexicon',
  type: (m) => {
    const kinds = lexiconKinds(m.bare.replace(/\s+/g, ' '));
    for (const [kind, typing] of TYPING_OF_KIND) if (kinds.includes(kind)) return typing;
    return null;
  },
};
