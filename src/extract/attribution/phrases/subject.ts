/** The subject of a sentence's main clause: the first noun phrase followed by its verb. */
import type { Sentence, Token } from '../../document/types.js';
import { SUBORDINATING_CONJUNCTIONS, VERB_MODIFIERS } from '../../../vocabulary/cue-verbs.js';
import { PERIOD_OPENERS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import { DAY_AND_MONTH_NAMES, YEAR_NUMBER, YEAR_PREPOSITIONS } from '../../../vocabulary/dates.js';
import type { RuleContext } from '../types.js';
import { nameInApposition, phraseAfter, type PhraseMatch } from './noun-phrase.js';
import { isOwnVerbBefore, isQuoteMark, verbAt } from './tokens.js';
import { datelineEnd } from './dateline.js';
import { joinedSubjectAfter } from './joined-subject.js';
import { isDateComma } from './date-comma.js';

const MODIFIERS = new Set(VERB_MODIFIERS);
const SUBORDINATING = new Set(SUBORDINATING_CONJUNCTIONS);
const MAX_APPOSITIVE_TOKENS = 30;
const MAX_CLAUSES = 4;
/** Prepositions that open a year or a day between a subject and its verb: "in 2019", "on Monday". */
const TIME_PREPOSITIONS = new Set([...YEAR_PREPOSITIONS, 'on']);
const TIME_MODIFIERS = new Set(PERIOD_OPENERS);
const TIME = new Set(TIME_HEADS);
const DAYS = new Set(DAY_AND_MONTH_NAMES);

/**
 * The subject of the clause that runs up to token `limit`: introductory phrases ending in a comma and a
 * dateline ("LONDON -", "SEATTLE (AP) -") are passed over; an appositive after the subject is allowed.
 * With `haveAsVerb`, a "have" or "do" with no verb after it is the clause's verb ("The mayor has had harsh
 * words for …"); a participle after such a clause hangs on it, while a clause of "having" alone seldom reports.
 */
export function sentenceSubject(context: RuleContext, sentence: Sentence, limit: number, haveAsVerb = false): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let start = datelineEnd(tokens, sentence);
  // A stray quotation mark that opens no quotation is no part of the subject.
  const first = tokens[start];
  if (first !== undefined && isQuoteMark(first) && context.quoteIndex.quoteStartingAt(first.start) === undefined) start += 1;
  for (let clause = 0; clause < MAX_CLAUSES && start < limit; clause += 1) {
    // "When prices rise, the mayor …": the subject of a clause opened by a conjunction is not the main clause's.
    // "In defending his record, the mayor …": nor is a preposition opening a gerund's phrase.
    const gerund = tokens[start]?.pos === 'ADP' && tokens[start + 1]?.pos === 'VERB' && (tokens[start + 1] as Token).lower.endsWith('ing');
    // "To be sure, …", "To win the state, the mayor …": nor is an infinitive's.
    const infinitive = tokens[start]?.lower === 'to' && /^(?:VERB|AUX)$/.test(tokens[start + 1]?.pos ?? '');
    const first = SUBORDINATING.has(tokens[start]?.lower ?? '') || gerund || infinitive ? null : phraseAfter(context, start, sentence);
    const subject = withoutTimePhrase(tokens, joinedSubjectAfter(context, first, sentence, haveAsVerb));
    if (subject !== null) {
      let next = subject.endToken;
      let named: PhraseMatch = subject;
      if (tokens[next]?.text === ',') {
        // "Vance's lawyer, Jane Roe, had asked …": the name in apposition is the subject's name.
        const appositive = nameInApposition(context, subject, sentence);
        if (appositive !== null && tokens[appositive.endToken]?.text === ',') named = appositive;
        next = afterComma(tokens, next, limit) ?? next;
      }
      next = pastTimePhrase(tokens, next);
      const afterSubject = next;
      while (next < limit && (tokens[next]?.pos === 'ADV' || MODIFIERS.has(tokens[next]?.lower ?? ''))) next += 1;
      const verb = tokens[next];
      if (verb !== undefined && next <= limit && verbAt(context, next)) return named;
      if (haveAsVerb && next > afterSubject && isOwnVerbBefore(tokens[next - 1], verb)) return named;
    }
    const comma = afterComma(tokens, start - 1, limit);
    if (comma === null) return null;
    // "…, “too stiff to bend,” she was driven …": the quotation's closing mark after its comma.
    start = isQuoteMark(tokens[comma]) && context.quoteIndex.quoteStartingAt((tokens[comma] as Token).start) === undefined ? comma + 1 : comma;
  }
  return null;
}

/** "A panel of nurses in 2019 sent …", "Officials last week sent …": the index past a phrase of time, else `index`. */
export function pastTimePhrase(tokens: readonly Token[], index: number): number {
  const first = tokens[index];
  const second = tokens[index + 1];
  if (first === undefined || second === undefined) return index;
  if (TIME_PREPOSITIONS.has(first.lower) && (YEAR_NUMBER.test(second.text) || DAYS.has(second.lower))) return index + 2;
  if (TIME_MODIFIERS.has(first.lower) && TIME.has(second.lower)) return index + 2;
  return DAYS.has(first.lower) ? index + 1 : index;
}

/**
 * "The union in June wrote …", "The union last month sent …": the phrase reader takes a phrase of time that
 * ends the subject into it; the subject ends before it.
 */
function withoutTimePhrase(tokens: readonly Token[], subject: PhraseMatch | null): PhraseMatch | null {
  if (subject === null || subject.kind === 'pronoun' || subject.joined === true || subject.modifierEnd !== undefined) return subject;
  // A bare name of a day or month is left alone: "Theresa May" ends in one.
  for (let i = subject.firstToken + 1; i < subject.endToken - 1; i += 1) {
    if (pastTimePhrase(tokens, i) === subject.endToken) return { ...subject, endToken: i };
  }
  return subject;
}

/** The token after the next comma from `from` (exclusive) before `limit`, or null; a date's comma is passed over. */
function afterComma(tokens: readonly Token[], from: number, limit: number): number | null {
  for (let i = from + 1; i < limit && i <= from + MAX_APPOSITIVE_TOKENS; i += 1) {
    if (tokens[i]?.text === ',' && !isDateComma(tokens, i)) return i + 1;
  }
  return null;
}

