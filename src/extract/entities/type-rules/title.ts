/** A name after a person's title ("President Emmanuel Macron", "spokeswoman Jane Roe") is a person. */
import { isOrgFinalWord, isTitleHead } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A lower-case letter first. */
const LOWER_START = /^\p{Ll}/u;

/** PERSON when a capitalised title, or a lower-case title noun, stands right before the name. */
export const titleRule: TypeRule = {
  id: 'entity-title',
  type: (m) => {
    if (m.titled) return { type: 'PERSON', strength: 3 };
    const before = m.doc.tokens[m.first - 1];
    if (before === undefined || before.sentence !== m.tokens[0]?.sentence) return null;
    // "activist investor Ridgeway Capital": a name that ends like an organisation is one, whatever noun stands before it.
    const last = m.tokens[m.tokens.length - 1];
    if (m.tokens.length > 1 && last !== undefined && isOrgFinalWord(last.text)) return null;
    return LOWER_START.test(before.text) && isTitleHead(before.text) ? { type: 'PERSON', strength: 2 } : null;
  },
};
