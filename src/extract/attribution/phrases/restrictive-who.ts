/**
 * "Republican leaders who say …", "an architect who said …": a "who" right after its noun, with no comma,
 * stands for the people that noun names. Only the words after the last linking preposition are its
 * antecedent ("a showdown with Republican leaders" → "Republican leaders"), and only when their head names
 * a person or people ("leaders", "attorney"); "listeners to his radio program who said" stands for no program.
 * A restrictive "that" stands for people too, and for a body that can hold a view: a name ("a lobby group that
 * plans to …"), a noun that ends one ("the committee that voted …") or a polity ("nations that oppose …"), not
 * "policies that support families".
 */
import type { Token } from '../../document/types.js';
import { NOUN_PHRASE_LINKS, POLITY_NOUNS } from '../../../vocabulary/speaker-words.js';
import { ORG_FINAL_WORDS } from '../../../vocabulary/org-heads.js';
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

const BODY_HEADS = new Set([...ORG_FINAL_WORDS, ...POLITY_NOUNS]);

/**
 * The antecedent of a "that" right after `named`'s head: as a "who"'s, or a body named or headed by an
 * organisation's noun. Only after a verb, a preposition or a comma, where the phrase is an object or an
 * aside and its clause runs on to the sentence's end ("a fund for states that want to …"); a subject's clause
 * gives way to the main verb with no mark between ("States that want to join must apply").
 */
export function restrictiveThatAntecedent(context: RuleContext, named: PhraseMatch): PhraseMatch | null {
  const head = context.doc.tokens[named.endToken - 1] as Token | undefined;
  const before = context.doc.tokens[named.firstToken - 1];
  if (head === undefined || before === undefined || (before.pos !== 'VERB' && before.pos !== 'ADP' && before.text !== ',')) return null;
  const body = head.pos === 'PROPN' || (head.pos === 'NOUN' && (BODY_HEADS.has(head.lower) || BODY_HEADS.has(singular(head.lower))));
  return body ? afterLastLink(context.doc.tokens, named) : restrictiveWhoAntecedent(context, named);
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
