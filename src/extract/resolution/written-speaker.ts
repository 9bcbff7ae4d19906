/**
 * Speakers written as names or descriptions, as pronouns and definite descriptions after them take them up:
 * whether one names many ("they"), is one person (never "it"), and the head noun of an unnamed group ("the
 * people" takes up "three people familiar with the matter").
 */
import type { SpeakerPhrase } from '../attribution/types.js';
import type { Document, Token } from '../document/types.js';
import type { Entity } from '../../types.js';
import { isPluralNounForm } from '../util/plural.js';
import { firstIndex } from '../util/search.js';
import { PERSON_TITLE_HEADS } from '../../vocabulary/titles.js';
import { AUTHOR_PREPOSITIONS, NOUN_PHRASE_LINKS, OTHER_REFERENT_WORDS, POSTMODIFIERS } from '../../vocabulary/speaker-words.js';
import type { ResolvedSpeaker } from './resolve-speakers.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** "and" or "&" between spaces. */
const JOINED_NAMES = /\s(?:and|&)\s/;

const PERSON_TITLES = new Set(PERSON_TITLE_HEADS);
const LINKS = new Set(NOUN_PHRASE_LINKS);
const POSTMODIFYING = new Set(POSTMODIFIERS);
const OTHER = new Set(OTHER_REFERENT_WORDS);
/** "a report by the ministry": the author after the head noun. */
const AUTHOR_LINKS = new Set(AUTHOR_PREPOSITIONS);
/** Parts of speech that open what modifies a noun after it: a preposition, a participle, an adjective. */
const MODIFIER_OPENERS = new Set(['ADP', 'VERB', 'ADJ']);

/** A speaker written as a name or description, and whether it names many. */
export interface WrittenSpeaker {
  readonly start: number;
  readonly speaker: ResolvedSpeaker;
  readonly plural: boolean;
  /** One person ("Ms. Roe", "the spokesman"), whom "it" never takes up. */
  readonly person: boolean;
  /** The head noun as written, lower-case: "study" in "a study by the institute". */
  readonly head: string;
}

/**
 * Whether a written speaker names many: a group entity ("Democrats"), two joined ("Ms. Roe and Mr. Lee"),
 * or a description with a plural head ("labor experts", "police"); one person, company or country does not.
 */
function isPluralSpeaker(text: string, head: string, entity: Entity | null): boolean {
  if (JOINED_NAMES.test(text)) return true;
  if (entity !== null) return entity.type === 'NORP';
  return isPluralNounForm(head);
}

/** Whether a written speaker is one person: a person entity, or a description headed by a person's title. */
function isPersonSpeaker(head: string, entity: Entity | null): boolean {
  if (entity !== null) return entity.type === 'PERSON';
  return PERSON_TITLES.has(head);
}

/**
 * The written speaker of `phrase`, resolved as `result`. "Ms. Roe and Mr. Lee said …; they added": two people
 * together are taken up as the phrase, not as the one person the phrase resolved to.
 */
export function writtenSpeaker(doc: Document, phrase: SpeakerPhrase, result: ResolvedSpeaker): WrittenSpeaker {
  const text = doc.text.slice(phrase.start, phrase.end);
  const head = descriptionHead(doc, phrase.start, phrase.end) ?? headWordOf(text);
  const plural = isPluralSpeaker(text, head, result.entity);
  const speaker = plural && result.entity?.type === 'PERSON' ? { mention: phrase, entity: null, name: text } : result;
  return { start: phrase.start, speaker, plural, person: !plural && isPersonSpeaker(head, result.entity), head };
}

/**
 * The head noun of an unnamed group: the last word before what modifies it after ("three people familiar
 * with the matter" → "people", "a report by the ministry" → "report"); null for "another source" or "other officials", which name someone else.
 */
export function groupHead(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/);
  if (OTHER.has(words[0] ?? '')) return null;
  const end = words.findIndex((word, i) => i > 0 && (LINKS.has(word) || POSTMODIFYING.has(word) || AUTHOR_LINKS.has(word)));
  return (end < 0 ? words[words.length - 1] : words[end - 1]) ?? null;
}

/**
 * The head noun of a phrase, lower-case: the last noun before what modifies it after ("a study published
 * Monday in the journal …" → "study", "three people familiar with …" → "people"); null without a noun.
 */
function descriptionHead(doc: Document, start: number, end: number): string | null {
  return descriptionHeadToken(doc, start, end)?.lower ?? null;
}

/** The token of a phrase's head noun (see `descriptionHead`), or null without a noun. */
export function descriptionHeadToken(doc: Document, start: number, end: number): Token | null {
  let head: Token | null = null;
  for (let i = firstIndex(doc.tokens, (token) => token.start >= start); i < doc.tokens.length; i += 1) {
    const token = doc.tokens[i] as Token;
    if (token.start >= end) break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token;
    // "a senior Philippine military officer": an adjective after a name modifies the noun still to come.
    else if (head !== null && (MODIFIER_OPENERS.has(token.pos) || token.text === ',') && !(token.pos === 'ADJ' && head.pos === 'PROPN')) break;
  }
  return head;
}

/** The last word of a phrase, lower-case, without trailing marks. */
function headWordOf(text: string): string {
  return (text.toLowerCase().split(/\s+/).pop() ?? '').replace(/[^\p{L}]+$/u, '');
}
