/**
 * The words around a name that say it is an organisation: a descriptor before it ("news agency Vestra",
 * "second division team Sporting Vila", "the company, Vestra,", "a group called Vestra"), or a noun after it, possessive or not ("Gazeta Norte daily said", "Vestra spokesman Tom Lind",
 * "Vestra's shares", "the Pine Hollow care home").
 */
import { NAMING_PARTICIPLES, ORG_DESCRIPTORS, ORG_FOLLOWERS, ORG_FOLLOWER_PHRASES } from '../../../vocabulary/org-heads.js';
import { isLexiconGivenName } from '../../util/compromise-lexicon.js';
import { isPossessive } from '../noun-phrase.js';
import type { MentionContext, TypeRule } from './types.js';

const descriptors: ReadonlySet<string> = new Set(ORG_DESCRIPTORS);
const followers: ReadonlySet<string> = new Set(ORG_FOLLOWERS);
const followerPhrases: ReadonlySet<string> = new Set(ORG_FOLLOWER_PHRASES);
const naming: ReadonlySet<string> = new Set(NAMING_PARTICIPLES);

/** True when the name opens with a given name ("developer Anne Roe" names a person, not a firm). */
function opensWithGivenName(m: MentionContext): boolean {
  if (m.tokens.length < 2) return false;
  return isLexiconGivenName(m.tokens[0]?.text ?? '');
}

/** ORG for a name after an organisation descriptor, or before an organisation's noun. (Where a person works: workplace.ts.) */
export const orgContextRule: TypeRule = {
  id: 'entity-org-context',
  type: (m) => {
    const sentence = m.tokens[0]?.sentence;
    const before = m.doc.tokens[m.first - 1];
    if (before !== undefined && before.sentence === sentence && descriptors.has(before.text) && !opensWithGivenName(m)) {
      return { type: 'ORG', strength: 2 };
    }
    // "The company, Tristate Midstream, said": a name set off after a descriptor with its article.
    const twoBefore = m.doc.tokens[m.first - 2];
    if (before?.text === ',' && twoBefore !== undefined && twoBefore.sentence === sentence && descriptors.has(twoBefore.text) &&
      m.doc.tokens[m.first - 3]?.pos === 'DET' && !opensWithGivenName(m)) {
      return { type: 'ORG', strength: 2 };
    }
    // "a taxpayers’ group called Keep Vestra Moving": the descriptor, then a participle of naming.
    if (before !== undefined && naming.has(before.text) && twoBefore !== undefined && twoBefore.sentence === sentence &&
      descriptors.has(twoBefore.text) && !opensWithGivenName(m)) {
      return { type: 'ORG', strength: 2 };
    }
    let after = m.doc.tokens[m.end];
    if (isPossessive(after)) after = m.doc.tokens[m.end + 1];
    // "Donald Roe's supporters", "Anne Roe spokesman": a person's, when the name opens with a given name.
    if (after !== undefined && after.sentence === sentence && followers.has(after.text) && !opensWithGivenName(m)) {
      return { type: 'ORG', strength: 2 };
    }
    // "the Pine Hollow care home": a lower-case noun of two words for an institution.
    const phrase = `${m.doc.tokens[m.end]?.text ?? ''} ${m.doc.tokens[m.end + 1]?.text ?? ''}`;
    if (m.doc.tokens[m.end + 1]?.sentence === sentence && followerPhrases.has(phrase)) return { type: 'ORG', strength: 2 };
    return null;
  },
};
