/**
 * Roles of people, as written: a title before the name ("US Secretary of State Jane Roe",
 * "senior diplomat Li Qiang") and appositives after or before it ("Jane Roe, the foreign minister of
 * Italy,", "the French President, Mr. Macron,").
 */
import type { Document, Token } from '../document/types.js';
import type { Cluster } from './cluster.js';
import type { TypedMention } from './mentions.js';
import { isPossessive, titlePhraseAt } from './noun-phrase.js';
import { isTitleHead } from './vocabulary-index.js';
import { POSSESSIVE_PRONOUNS } from '../../vocabulary/pronouns.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A comma, full stop, semicolon, colon, closing bracket or dash. */
const CLAUSE_CLOSER = /^(?:[,.;:)]|\u2014|\u2013)$/u;
/** A preposition opening the complement of a title's head. */
const COMPLEMENT_PREPOSITION = /^(?:of|for|at)$/;
/** "the" or "The". */
const DEFINITE_ARTICLE = /^(?:the|The)$/;
/** A lower-case letter first. */
const LOWER_START = /^\p{Ll}/u;

const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVE_PRONOUN_SET = new Set(POSSESSIVE_PRONOUNS);

/** A role written next to a mention, with the tokens it covers. */
export interface WrittenRole {
  readonly text: string;
  readonly first: number;
  /** Index just past its last token. */
  readonly end: number;
}

/** The longest lower-case title before a name ("Norway’s senior diplomat"). */
const MAX_TITLE_TOKENS = 6;

/** True for a token that closes an appositive: a comma, a full stop, a dash, a bracket, the sentence end. */
function closesAppositive(token: Token | undefined, sentence: number): boolean {
  return token === undefined || token.sentence !== sentence || CLAUSE_CLOSER.test(token.text);
}

/** A lower-case title right before the mention ("senior diplomat Li Qiang", "Foreign Ministry spokeswoman Mao Ning"). */
function titleBefore(doc: Document, mention: TypedMention): WrittenRole | null {
  const before = doc.tokens[mention.first - 1];
  const sentence = doc.tokens[mention.first]?.sentence;
  if (before === undefined || before.sentence !== sentence || !isTitleHead(before.text) || !LOWER_START.test(before.text)) {
    return null;
  }
  let first = mention.first - 1;
  while (first > 0 && mention.first - first < MAX_TITLE_TOKENS) {
    const token = doc.tokens[first - 1];
    if (token === undefined || token.sentence !== sentence) break;
    const word = token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN';
    if (word || isPossessive(token)) first -= 1;
    else break;
  }
  // A title does not open with a possessive ending.
  while (first < mention.first - 1 && isPossessive(doc.tokens[first])) first += 1;
  const start = doc.tokens[first];
  if (start === undefined) return null;
  return { text: doc.text.slice(start.start, before.end), first, end: mention.first };
}

/** Most words of an owner before a title after a name: ", the city workers' union's president". */
const MAX_OWNER_TOKENS = 4;

/**
 * An appositive after the mention: ", the foreign minister of Italy,", ", president of the union," (no article),
 * ", the union's president," and ", Acme's chief executive," (the title's owner before it).
 */
function appositiveAfter(doc: Document, mention: TypedMention): WrittenRole | null {
  const comma = doc.tokens[mention.end];
  if (comma?.text !== ',') return null;
  const opening = mention.end + 1;
  const owned = titleAfterOwner(doc, opening);
  const phrase = titlePhraseAt(doc, opening) ?? (owned === null ? titlePhraseAt(doc, opening, true) : { first: opening, end: owned.end, head: owned.head });
  if (phrase === null) return null;
  const end = hasComplement(doc, phrase.first, phrase.end) ? pastOwnedComplement(doc, phrase.end) : phrase.end;
  if (!closesAppositive(doc.tokens[end], comma.sentence)) return null;
  const first = doc.tokens[phrase.first];
  const last = doc.tokens[end - 1];
  if (first === undefined || last === undefined) return null;
  return { text: doc.text.slice(first.start, last.end), first: phrase.first, end };
}

/** The title phrase from `first` to `end` has a complement: "the chairwoman of the board". */
function hasComplement(doc: Document, first: number, end: number): boolean {
  for (let i = first; i < end; i += 1) if (COMPLEMENT_PREPOSITION.test(doc.tokens[i]?.lower ?? '')) return true;
  return false;
}

/** Most words of what a complement's possessive owns: "the city's board of appeals". */
const MAX_OWNED_TOKENS = 6;

/**
 * With the end of "the chairwoman of the city" at `end` and "'s board of appeals" after
 * it, the end of that possessive's noun phrase; else `end` itself.
 */
function pastOwnedComplement(doc: Document, end: number): number {
  if (!isPossessive(doc.tokens[end])) return end;
  let i = end + 1;
  while (i < end + 1 + MAX_OWNED_TOKENS) {
    const token = doc.tokens[i];
    if (token === undefined) break;
    const word = token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || (token.lower === 'of' && i > end + 1);
    if (!word) break;
    i += 1;
  }
  return i > end + 1 && doc.tokens[i - 1]?.lower !== 'of' ? i : end;
}

/**
 * "the union's president", "Acme's chief executive" at `first`: an owner of at most a few words, its
 * possessive, and a title right after it; null when none stands there.
 */
function titleAfterOwner(doc: Document, first: number): { readonly end: number; readonly head: string } | null {
  const sentence = doc.tokens[first]?.sentence;
  for (let i = first; i < first + MAX_OWNER_TOKENS; i += 1) {
    const token = doc.tokens[i];
    if (token === undefined || token.sentence !== sentence) return null;
    if (isPossessive(token)) {
      if (i === first) return null;
      const title = titlePhraseAt(doc, i + 1, true);
      return title === null || title.first !== i + 1 ? null : { end: title.end, head: title.head };
    }
    const word = token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || (i === first && DEFINITE_ARTICLE.test(token.text));
    if (!word) return null;
  }
  return null;
}

/**
 * An appositive before the mention: "the French President, Mr. Macron,", "A spokesman for the campaign, Ann
 * Roe,", "His running mate, Lee Park,".
 */
function appositiveBefore(doc: Document, mention: TypedMention): WrittenRole | null {
  const comma = doc.tokens[mention.first - 1];
  const closing = doc.tokens[mention.end];
  if (comma?.text !== ',' || (closing !== undefined && !closesAppositive(closing, comma.sentence))) return null;
  for (let first = mention.first - 2; first >= Math.max(0, mention.first - 10); first -= 1) {
    const token = doc.tokens[first];
    if (token === undefined || token.sentence !== comma.sentence) break;
    const owner = POSSESSIVE_PRONOUN_SET.has(token.lower);
    if (!ARTICLES.has(token.lower) && !owner) continue;
    // "Lee Park, a lawyer for the secretary, Ann Roe,": a phrase set off after another name is that name's.
    if (doc.tokens[first - 1]?.text === ',') return null;
    // "His spokesman": the title after the possessive, read as if no article opened it; "The company's chief
    // executive": the title after its owner.
    const end = owner ? titlePhraseAt(doc, first + 1, true)?.end : titlePhraseAt(doc, first)?.end ?? titleAfterOwner(doc, first)?.end;
    if (end !== mention.first - 1) continue;
    const last = doc.tokens[end - 1];
    if (last === undefined) return null;
    return { text: doc.text.slice(token.start, last.end), first, end };
  }
  return null;
}

/** The role of a title written as part of the name's capitalised run ("Chinese President"). */
function capitalisedTitle(doc: Document, mention: TypedMention): WrittenRole | null {
  if (mention.title === null) return null;
  const first = doc.tokens[mention.title.first];
  const last = doc.tokens[mention.title.end - 1];
  if (first === undefined || last === undefined) return null;
  return { text: doc.text.slice(first.start, last.end), first: mention.title.first, end: mention.title.end };
}

/** Form under which two roles count as the same: lower case, straight apostrophes, no article. */
export function roleKey(role: string): string {
  return role.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ');
}

/**
 * The roles written next to each person's mentions, per cluster, in text order. The same role written
 * twice is listed twice (each covers its own tokens); compare with {@link roleKey} to drop repeats.
 */
export function findRoles(doc: Document, clusters: readonly Cluster[]): WrittenRole[][] {
  return clusters.map((cluster) => {
    if (cluster.type !== 'PERSON') return [];
    const roles: WrittenRole[] = [];
    for (const mention of cluster.mentions) {
      for (const role of [capitalisedTitle(doc, mention), titleBefore(doc, mention), appositiveBefore(doc, mention),
        appositiveAfter(doc, mention)]) {
        if (role !== null) roles.push(role);
      }
    }
    return roles;
  });
}
