/** Evidence about the shape of a claim's content: does it open as a clause of its own? */
import type { Document, PartOfSpeech, Token } from '../../document/types.js';

/** Token indexes [first, end) of the tokens inside a piece of content. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

/** How many words a clause's subject and verb are looked for in. */
const SUBJECT_AND_VERB_WORDS = 12;
/** Tags that may open a subject: "the council", "Taxes", "it", "many voters", "three of them". */
const SUBJECT_OPENERS: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);
/** Tags of a subject's head. */
const SUBJECT_HEADS: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The content, past an opening "that", opens with a subject followed by its verb ("that the council would
 * …", "taxes will rise"), not with an object, a question word, a gerund or an infinitive ("the report",
 * "whether …", "to rebuild …"): a noun-phrase word comes first, and a verb follows a noun, name, pronoun or
 * number within the first words.
 */
export function opensWithSubjectAndVerb(doc: Document, ranges: readonly TokenRange[]): boolean {
  const words: Token[] = [];
  for (const range of ranges) {
    for (let i = range.first; i < range.end && words.length <= SUBJECT_AND_VERB_WORDS; i += 1) {
      const token = doc.tokens[i] as Token;
      if (token.pos !== 'PUNCT') words.push(token);
    }
  }
  const body = words[0]?.lower === 'that' ? words.slice(1) : words;
  const first = body[0];
  if (first === undefined || !SUBJECT_OPENERS.has(first.pos)) return false;
  let subject = false;
  for (const word of body.slice(0, SUBJECT_AND_VERB_WORDS)) {
    if (subject && (word.pos === 'VERB' || word.pos === 'AUX')) return true;
    if (SUBJECT_HEADS.has(word.pos)) subject = true;
  }
  return false;
}
