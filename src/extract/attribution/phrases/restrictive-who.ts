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
  if (head === undefined) return null;
  if (isPersonNoun(head)) return afterLastLink(tokens, named);
  // "an aide at the county office who said …": with no person at its end, the phrase's person noun right
  // before its last link is who the "who" stands for.
  const link = lastLink(tokens, named);
  const person = link === null ? undefined : tokens[link - 1];
  return link !== null && person !== undefined && isPersonNoun(person) ? afterLastLink(tokens, { ...named, endToken: link }) : null;
}

/** A common noun for a person, or people: "aide", "voters". */
function isPersonNoun(token: Token): boolean {
  return token.pos === 'NOUN' && (PERSON_NOUNS.has(token.lower) || PERSON_NOUNS.has(singular(token.lower)));
}

/** The index of the last linking preposition inside `named`, or null. */
function lastLink(tokens: readonly Token[], named: PhraseMatch): number | null {
  for (let i = named.endToken - 2; i > named.firstToken; i -= 1) if (LINKS.has((tokens[i] as Token).lower)) return i;
  return null;
}

/** The words of `named` after its last linking preposition ("a showdown with [Republican leaders]"). */
function afterLastLink(tokens: readonly Token[], named: PhraseMatch): PhraseMatch {
  const link = lastLink(tokens, named);
  return link === null ? named : { firstToken: link + 1, endToken: named.endToken, kind: 'description' };
}
