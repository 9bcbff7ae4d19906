/**
 * Headlines ("Leeds team says bees could be saved") are not attributions of the article: a paragraph with
 * no closing punctuation and no quotation marks, short as headlines are, yields no claim.
 */
import type { Document } from '../../document/types.js';
import type { Candidate } from '../types.js';

const MAX_HEADLINE_WORDS = 25;
const CLOSING_PUNCTUATION = /[.!?:;"'\u201D\u2019\u00BB)]$/;
const QUOTE_MARKS = /["\u201C\u201D\u00AB\u00BB]|''/;

/** Whether paragraph `index` of `doc` reads as a headline. */
function isHeadline(doc: Document, index: number): boolean {
  const paragraph = doc.paragraphs[index];
  if (paragraph === undefined) return false;
  const text = doc.text.slice(paragraph.start, paragraph.end);
  return !CLOSING_PUNCTUATION.test(text) && !QUOTE_MARKS.test(text) && text.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}

/** Drops claims made in headline paragraphs. */
export function dropHeadlineClaims(candidates: readonly Candidate[], doc: Document): Candidate[] {
  return candidates.filter((candidate) => !isHeadline(doc, doc.sentences[candidate.firstSentence]?.paragraph ?? -1));
}
