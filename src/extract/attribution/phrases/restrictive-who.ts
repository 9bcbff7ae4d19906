/**
 * "Republican leaders who say …", "an architect who said …": a "who" right after its noun, with no comma,
 * stands for the people that noun names. Only the words after the last linking preposition are its
 * antecedent ("a showdown with Republican leaders" → "Republican leaders"), and only when their head names
 * a person or people ("leaders", "attorney"); "listeners to his radio program who said" stands for no program.
 */
import type { Token } from '../../document/types.js';
import { NOUN_PHRASE_LINKS } from '../../../vocabulary/speaker-words.js';
import { PERSON_TITLE_HEADS, PLACE_PEOPLE_NOUNS } from '../../../vocabulary/titles.js';
import type { RuleContext } from '../types.js';
import { singular } from '../../util/plural.js';
import type { PhraseMatch } from './noun-phrase.js';

const LINKS = new Set([...NOUN_PHRASE_LINKS, 'with', 'to', 'on', 'against', 'between', 'among']);
const PERSON_NOUNS = new Set([...PERSON_TITLE_HEADS, ...PLACE_PEOPLE_NOUNS, 'people', 'member', 'other', 'voter', 'resident', 'worker', 'parent', 'expert']);

/** The antecedent of a "who" right after `named`'s head, or null when the head names no person. */
export function restrictiveWhoAntecedent(context: RuleContext, named: PhraseMatch): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const head = tokens[named.endToken - 1] as Token | undefined;
  if (head === undefined || head.pos !== 'NOUN' || !(PERSON_NOUNS.has(head.lower) || PERSON_NOUNS.has(singular(head.lower)))) return null;
  let first = named.firstToken;
  for (let i = named.endToken - 2; i > named.firstToken; i -= 1) {
    if (LINKS.has((tokens[i] as Token).lower)) {
      first = i + 1;
      break;
    }
  }
  return first === named.firstToken ? named : { firstToken: first, endToken: named.endToken, kind: 'description' };
}
