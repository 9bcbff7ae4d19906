/** A name after an honorific ("Mr. Li", "Dr Smith") is a person. */
import { isHonorific } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** PERSON when the mention opens with an honorific followed by a name. */
export const honorificRule: TypeRule = {
  id: 'entity-honorific',
  type: (m) => {
    const first = m.tokens[0];
    return first !== undefined && m.tokens.length > 1 && isHonorific(first.text)
      ? { type: 'PERSON', strength: 3 }
      : null;
  },
};
