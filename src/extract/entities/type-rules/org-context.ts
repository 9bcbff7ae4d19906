/**
 * The words around a name that say it is an organisation: a descriptor before it ("news agency Vestra",
 * "second division team Sporting Vila") or a noun after it, possessive or not ("Gazeta Norte daily
 * said", "Vestra spokesman Tom Lind", "Vestra's shares").
 */
import { ORG_DESCRIPTORS, ORG_FOLLOWERS } from '../../../vocabulary/org-heads.js';
import { isPossessive } from '../noun-phrase.js';
import type { TypeRule } from './types.js';

const descriptors: ReadonlySet<string> = new Set(ORG_DESCRIPTORS);
const followers: ReadonlySet<string> = new Set(ORG_FOLLOWERS);

/** ORG for a name after an organisation descriptor or before an organisation's noun. */
export const orgContextRule: TypeRule = {
  id: 'entity-org-context',
  type: (m) => {
    const sentence = m.tokens[0]?.sentence;
    const before = m.doc.tokens[m.first - 1];
    if (before !== undefined && before.sentence === sentence && descriptors.has(before.text)) {
      return { type: 'ORG', strength: 2 };
    }
    let after = m.doc.tokens[m.end];
    if (isPossessive(after)) after = m.doc.tokens[m.end + 1];
    if (after !== undefined && after.sentence === sentence && followers.has(after.text)) return { type: 'ORG', strength: 2 };
    return null;
  },
};
