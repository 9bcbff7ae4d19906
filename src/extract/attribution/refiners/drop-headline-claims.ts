/**
 * Headlines ("Leeds team says bees could be saved") are not attributions of the article: a paragraph with
 * no closing punctuation and no quotation marks, short as headlines are, yields no claim; nor does the
 * first of several paragraphs so written even with quotation marks, the article's title ("Chief says firm “missed
 * the signs”"); nor does a cue written in capitals, the mark of a heading run into its paragraph ("EVEN
 * THE COACH THINKS IT WILL FAIL — …").
 */
import type { Document } from '../../document/types.js';
import { MAX_TITLE_WORDS } from '../../document/paragraphs.js';
import type { Candidate } from '../types.js';

const CLOSING_PUNCTUATION = /[.!?:;"'\u201D\u2019\u00BB)]$/;
const QUOTE_MARKS = /["\u201C\u201D\u00AB\u00BB]|''/;
/** Words in capitals only, two letters or more: "THINKS", "CALLS FOR". */
const CAPITALS = /^\p{Lu}[\p{Lu}\s]*\p{Lu}$/u;

/** Whether paragraph `index` of `doc` reads as a headline; inside the article, a quotation says it is none. */
function isHeadline(doc: Document, index: number): boolean {
  const paragraph = doc.paragraphs[index];
  if (paragraph === undefined) return false;
  const text = doc.text.slice(paragraph.start, paragraph.end);
  const title = index === 0 && doc.paragraphs.length > 1;
  return !CLOSING_PUNCTUATION.test(text) && (title || !QUOTE_MARKS.test(text)) && text.split(/\s+/).length <= MAX_TITLE_WORDS;
}

/** Whether the cue of `candidate` is written in capitals. */
function hasCapitalCue(doc: Document, candidate: Candidate): boolean {
  return candidate.cue !== null && CAPITALS.test(doc.text.slice(candidate.cue.start, candidate.cue.end));
}

/** Drops claims made in headline paragraphs or with a cue of a heading. */
export function dropHeadlineClaims(candidates: readonly Candidate[], doc: Document): Candidate[] {
  const headlines = new Map<number, boolean>();
  const inHeadline = (candidate: Candidate): boolean => {
    const index = doc.sentences[candidate.firstSentence]?.paragraph ?? -1;
    let headline = headlines.get(index);
    if (headline === undefined) headlines.set(index, (headline = isHeadline(doc, index)));
    return headline;
  };
  return candidates.filter((candidate) => !inHeadline(candidate) && !hasCapitalCue(doc, candidate));
}
