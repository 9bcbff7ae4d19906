/**
 * The dateline of wire copy: a place opening a paragraph and followed by a date or a dash ("OSLO 2020-01-02",
 * "WASHINGTON, Feb 19", "SALEM, Ore. —") names where the story was filed. The type holds for that mention
 * only: in a sports story the same city may name a team.
 */
import type { MentionContext, TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Capitals, spaces, full stops, apostrophes and hyphens. */
const CAPITALS_PHRASE = /^[\p{Lu}\s.'-]+$/u;
/** Capitals, full stops, apostrophes and hyphens. */
const CAPITALS_WORD_MARKS = /^[\p{Lu}.'-]+$/u;
/** A bracket or dash after a dateline. */
const DATELINE_MARK = /^(?:\(|--?|\u2013|\u2014)$/;
/** A day written YYYY-MM-DD. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a date, or the dash that stands for one, written after a dateline place. */
function isDateAfterPlace(text: string): boolean {
  return ISO_DAY.test(text) || DATELINE_MARK.test(text);
}

/** True when the tokens from `from` up to `end` are one place in capitals followed by a comma ("SALEM ,"). */
function isCapitalsPlaceAndComma(m: MentionContext, from: number, end: number): boolean {
  if (end - from < 2 || m.doc.tokens[end - 1]?.text !== ',') return false;
  for (let at = from; at < end - 1; at += 1) if (!CAPITALS_WORD_MARKS.test(m.doc.tokens[at]?.text ?? '')) return false;
  return true;
}

/**
 * GPE, for this mention only, when the name opens its paragraph and a date follows, or stands between the
 * place in capitals and the date ("Ore." of "SALEM, Ore. —").
 */
export const datelineRule: TypeRule = {
  id: 'entity-dateline',
  type: (m) => {
    const first = m.tokens[0];
    if (first === undefined) return null;
    const sentence = m.doc.sentences[first.sentence];
    const paragraph = sentence === undefined ? undefined : m.doc.paragraphs[sentence.paragraph];
    if (paragraph === undefined || paragraph.firstSentence !== first.sentence || sentence === undefined) return null;
    const region = sentence.firstToken !== m.first;
    if (region && !isCapitalsPlaceAndComma(m, sentence.firstToken, m.first)) return null;
    let next = m.doc.tokens[m.end];
    // "DENVER, Colorado 2019-05-06": a state or country may stand between place and date.
    if (next?.text === ',' && !region) next = m.doc.tokens[m.end + 2];
    if (next === undefined || next.sentence !== first.sentence || !isDateAfterPlace(next.text)) return null;
    return region || CAPITALS_PHRASE.test(m.bare) ? { type: 'GPE', strength: 3, local: true } : null;
  },
};
