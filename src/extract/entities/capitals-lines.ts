/**
 * Names in lines where capitals say nothing ("TENNIS - SPAIN EDGE PAST ITALY", "Breaking News Politics"):
 * only words already known, from the vocabulary or from names written in ordinary case elsewhere in the
 * article, are taken, longest first.
 */
import type { Document } from '../document/types.js';
import { isNewsOutlet } from '../../vocabulary/outlets.js';
import type { Candidate } from './candidates.js';
import { lexiconKinds } from '../util/compromise-lexicon.js';
import { countryReferredTo, isKnownLocation, isKnownOrganisation, isNorpGroup } from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Capitals, full stops, apostrophes and hyphens, a capital first. */
const CAPITALS_ONLY = /^\p{Lu}[\p{Lu}.'-]*$/u;
/** A day written YYYY-MM-DD. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A letter or full stop last. */
const LETTER_OR_STOP_END = /[\p{L}.]$/u;
/** A letter first. */
const LETTER_START = /^\p{L}/u;

/** The longest name a line of capitals can hold, in tokens. */
const MAX_NAME_TOKENS = 4;

/** True when `phrase` is a name the vocabulary knows whatever the context. */
function knownName(phrase: string): boolean {
  if (countryReferredTo(phrase) !== undefined || isKnownLocation(phrase) || isKnownOrganisation(phrase)) return true;
  if (isNorpGroup(phrase) || isNewsOutlet(phrase)) return true;
  return lexiconKinds(phrase).some((kind) =>
    kind === 'city' || kind === 'country' || kind === 'region' || kind === 'organization' || kind === 'sports-team');
}

/** How many capitalised tokens from `at` stand before a date, up to a comma ("DENVER 2019-05-06"). */
function datelineLength(doc: Document, at: number, end: number): number {
  let n = 0;
  while (at + n < end && n < MAX_NAME_TOKENS && CAPITALS_ONLY.test(doc.tokens[at + n]?.text ?? '')) n += 1;
  let next = doc.tokens[at + n];
  if (next?.text === ',') next = doc.tokens[at + n + 2];
  return n > 0 && next !== undefined && ISO_DAY.test(next.text) ? n : 0;
}

/**
 * Candidates of the lines in `capitalsLines`: runs of up to four tokens whose lower-cased text is a known
 * name or one of `seen` (lower-cased names and name words met in ordinary case).
 */
export function capitalsLineCandidates(
  doc: Document,
  capitalsLines: ReadonlySet<number>,
  seen: ReadonlySet<string>,
): Candidate[] {
  const found: Candidate[] = [];
  for (const index of [...capitalsLines].sort((a, b) => a - b)) {
    const sentence = doc.sentences[index];
    if (sentence === undefined) continue;
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      let matched = 0;
      const first = doc.tokens[i];
      if (first !== undefined && LETTER_START.test(first.text)) {
        for (let n = Math.min(MAX_NAME_TOKENS, sentence.endToken - i); n >= 1; n -= 1) {
          const last = doc.tokens[i + n - 1];
          if (last === undefined || !LETTER_OR_STOP_END.test(last.text)) continue;
          const phrase = doc.text.slice(first.start, last.end).replace(/\s+/g, ' ');
          if (seen.has(phrase.toLowerCase()) || knownName(phrase)) {
            matched = n;
            break;
          }
        }
      }
      // A dateline: the words opening a paragraph before a date ("TROMSO, Norway 2020-01-02").
      if (matched === 0 && i === sentence.firstToken) matched = datelineLength(doc, i, sentence.endToken);
      if (matched > 0) {
        found.push({ first: i, end: i + matched, weak: false });
        i += matched;
      } else {
        i += 1;
      }
    }
  }
  return found;
}
