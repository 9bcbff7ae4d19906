/**
 * The subject a sentence opens with, as a pronoun opening the next sentence takes it up ("Roe mocked Lee's
 * plan. She also said …"): a speaker phrase standing first in its sentence, or a person named first.
 */
import type { Document } from '../document/types.js';
import { mentionsInside, type IndexedMention } from './mention-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/** Parts of speech of a title before a name opening a sentence: "Former Defense Secretary Jane Roe". */
const TITLE_PARTS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);
/** After a name, what makes it no subject of its own: "’s" ("Roe’s aide") or "and" ("Roe and Lee"). */
const NOT_SUBJECT_AFTER = /^(?:['’]s?\b|\s+(?:and|&|or)\s)/;
/** How much text after a name is read for that. */
const SUBJECT_AFTER_REACH = 6;
/** What may stand before a sentence's subject: a conjunction ("But she said"), or a quotation and its comma ("“…,” he said"). */
const SUBJECT_OPENING = /^(?:(?:and|but|yet|still|so|also)\s+)?$|^[“"‘][^]*[,!?]?[”"’]\s*$/i;

/** Whether a phrase at `start` opens sentence `index`: only a conjunction or a quotation stands before it. */
export function opensSentence(doc: Document, index: number, start: number): boolean {
  const sentence = doc.sentences[index];
  return sentence !== undefined && SUBJECT_OPENING.test(doc.text.slice(sentence.start, start));
}

/**
 * The person sentence `index` opens with: the first mention of the sentence, a person's, after nothing but
 * a capitalised title ("Defense Secretary Jane Roe"), owning nothing ("Roe’s aide") and joined to no one
 * ("Roe and Lee"); undefined otherwise.
 */
export function openingPersonMention(doc: Document, mentions: readonly IndexedMention[], index: number): IndexedMention | undefined {
  const sentence = doc.sentences[index];
  if (sentence === undefined) return undefined;
  const first = mentionsInside(mentions, sentence.start, sentence.end)[0];
  if (first === undefined || first.entity.type !== 'PERSON') return undefined;
  if (NOT_SUBJECT_AFTER.test(doc.text.slice(first.end, first.end + SUBJECT_AFTER_REACH))) return undefined;
  const before = doc.tokens.slice(sentence.firstToken, sentence.endToken).filter((token) => token.end <= first.start);
  return before.every((token) => TITLE_PARTS.has(token.pos) && CAPITAL_START.test(token.text)) ? first : undefined;
}
