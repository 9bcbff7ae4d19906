/**
 * Which way in time a date points, from the verb nearest to it in its sentence: past ("met on Saturday"),
 * future ("will speak on Friday", "is due to give a speech on Friday", "plans to visit in March"), or
 * neither (present tense, modals such as "would" or "may").
 */
import type { Document, Token } from '../document/types.js';
import {
  FUTURE_BEFORE_TO,
  FUTURE_MODALS,
  PAST_AUXILIARIES,
  PRESENT_AUXILIARIES,
  SAME_PAST_FORMS,
} from '../../vocabulary/dates.js';
import { tokenIndexAfter } from './tokens.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An "s" or "ing" last. */
const S_OR_ING_END = /(?:s|ing)$/;

/** Where a date points from the time of writing. */
export type Direction = 'past' | 'future';

/** The tense a date is read in: a direction, or the simple present ("they travel on Wednesday"). */
export type DateTense = Direction | 'present';

const FUTURE_MODAL_SET = new Set(FUTURE_MODALS);
const FUTURE_BEFORE_TO_SET = new Set(FUTURE_BEFORE_TO);
const PAST_AUX_SET = new Set(PAST_AUXILIARIES);
const PRESENT_AUX_SET = new Set(PRESENT_AUXILIARIES);
const SAME_PAST_SET = new Set(SAME_PAST_FORMS);
const SUBJECTS = new Set(['PRON', 'NOUN', 'PROPN']);
/** How far back from a verb its auxiliaries and "to" are looked for. */
const GROUP_REACH = 5;

function isVerbal(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

/** True for a main verb: a verb, or an auxiliary with no verb right after it ("was on Friday"). */
function isMainVerb(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (token.pos === 'VERB') return true;
  if (token.pos !== 'AUX') return false;
  for (let j = i + 1; j < Math.min(end, i + 3); j += 1) {
    const next = tokens[j];
    if (next === undefined) break;
    if (next.pos === 'VERB' || next.pos === 'AUX') return false;
    if (next.pos !== 'ADV' && next.pos !== 'PART') break;
  }
  return true;
}

/** A past form: not the lemma, not a third-person -s, not an -ing form ("said", "met", "rose"). */
function isPastForm(token: Token): boolean {
  if (PAST_AUX_SET.has(token.lower)) return true;
  if (token.pos !== 'VERB') return false;
  return token.lower !== token.lemma && !S_OR_ING_END.test(token.lower);
}

/**
 * A verb's tense as far as it bears on dates: 'modal' under "would", "may" and the like, 'plain' for a
 * base form after its subject ("they travel", present unless a past verb says otherwise), 'unknown' for
 * forms that do not show it ("set", "going").
 */
type VerbTense = DateTense | 'modal' | 'plain' | 'unknown';

/** A base form right after its subject ("they travel"), unless the past has the same form ("they set"). */
function isBaseAfterSubject(tokens: readonly Token[], verb: number, sentenceStart: number): boolean {
  const main = tokens[verb];
  const before = verb > sentenceStart ? tokens[verb - 1] : undefined;
  if (main === undefined || before === undefined || main.pos !== 'VERB') return false;
  return main.lower === main.lemma && !SAME_PAST_SET.has(main.lower) && SUBJECTS.has(before.pos);
}

/**
 * "said the ads would start on Thursday", "would begin airing on Thursday": "would" before a verb's base
 * form is the future of reported words ("would have voted" is not).
 */
function isReportedFuture(group: readonly Token[], main: Token): boolean {
  const after = group.findIndex((t) => t.lower === 'would') + 1;
  const next = group.slice(after).find((t) => t.pos !== 'ADV' && t.pos !== 'PART') ?? main;
  return next.pos === 'VERB' && next.lower === next.lemma;
}

/** The tense of the verb group ending at `verb` (an index into doc.tokens). */
function tenseOfVerb(tokens: readonly Token[], verb: number, sentenceStart: number): VerbTense {
  const group: Token[] = [];
  for (let j = verb - 1; j >= Math.max(sentenceStart, verb - GROUP_REACH); j -= 1) {
    const token = tokens[j];
    if (token === undefined || token.pos === 'PUNCT' || token.pos === 'SCONJ' || token.pos === 'CCONJ') break;
    group.unshift(token);
  }
  const main = tokens[verb];
  if (main === undefined) return 'unknown';
  if (group.some((t) => FUTURE_MODAL_SET.has(t.lower))) return 'future';
  const firstAux = group.find((t) => t.pos === 'AUX' || PAST_AUX_SET.has(t.lower) || PRESENT_AUX_SET.has(t.lower));
  const toIndex = group.findIndex((t) => t.lower === 'to');
  if (toIndex > 0 && FUTURE_BEFORE_TO_SET.has(group[toIndex - 1]?.lower ?? '')) {
    // "is due to give" is future; "was due to give" reports a plan of the past.
    return firstAux !== undefined && PAST_AUX_SET.has(firstAux.lower) ? 'past' : 'future';
  }
  if (firstAux !== undefined) {
    if (firstAux.lower === 'would' && isReportedFuture(group, main)) return 'future';
    if (PAST_AUX_SET.has(firstAux.lower)) return 'past';
    return PRESENT_AUX_SET.has(firstAux.lower) ? 'present' : 'modal';
  }
  if (isPastForm(main)) return 'past';
  if (main.pos === 'AUX' && PRESENT_AUX_SET.has(main.lower)) return 'present';
  if (main.lower.endsWith('s') && main.lower !== main.lemma) return 'present';
  return isBaseAfterSubject(tokens, verb, sentenceStart) ? 'plain' : 'unknown';
}

/**
 * The tenses of the verbs of the sentence holding [start, end), nearest first (before wins a tie). Each is
 * read only when asked for: the readers below stop at the first verb that shows a tense.
 */
function* nearestTenses(doc: Document, start: number, end: number): Generator<VerbTense> {
  const first = tokenIndexAfter(doc, start);
  const firstToken = doc.tokens[first];
  if (firstToken === undefined) return;
  const sentence = doc.sentences[firstToken.sentence];
  if (sentence === undefined) return;
  let last = first;
  while (last < sentence.endToken && (doc.tokens[last]?.start ?? Infinity) < end) last += 1;

  const verbs: { index: number; distance: number; apart: boolean }[] = [];
  let apart = false;
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    if (i >= first && i < last) continue;
    if (i >= last && doc.tokens[i]?.text === ',') apart = true;
    if (!isVerbal(doc.tokens[i]) || !isMainVerb(doc.tokens, i, sentence.endToken)) continue;
    verbs.push({ index: i, distance: i < first ? first - i : i - last + 1, apart });
  }
  // "will hold a rally on Tuesday, her campaign said": a verb past a comma after the date is in another
  // clause, read only when the date's own clause shows no tense.
  verbs.sort((a, b) => Number(a.apart) - Number(b.apart) || a.distance - b.distance || a.index - b.index);
  for (const { index } of verbs) yield tenseOfVerb(doc.tokens, index, sentence.firstToken);
}

/**
 * The direction of the date at characters [start, end): the tense of the verb nearest to it in the same
 * sentence (the verb before it when two are as near; a verb whose form shows no tense, such as "set" or
 * "travel", defers to the next nearest). Null when no verb shows a tense, or the nearest is in the present
 * tense or under a modal such as "would".
 */
export function directionAt(doc: Document, start: number, end: number): Direction | null {
  for (const tense of nearestTenses(doc, start, end)) {
    if (tense === 'modal' || tense === 'present') return null;
    if (tense === 'past' || tense === 'future') return tense;
  }
  return null;
}

/**
 * The tense of a weekday at characters [start, end): the nearest verb in the past or future tense, as
 * for {@link directionAt}, but a present-tense verb defers to it ("kept their hopes alive on Saturday",
 * where the tagger may read "hopes" as a verb). 'present' when only present-tense verbs are found ("they
 * travel to Norwich on Wednesday"); null when none shows a tense, or the nearest is under a modal.
 */
export function weekdayTenseAt(doc: Document, start: number, end: number): DateTense | null {
  let present = false;
  for (const tense of nearestTenses(doc, start, end)) {
    if (tense === 'modal') return null;
    if (tense === 'past' || tense === 'future') return tense;
    if (tense === 'present' || tense === 'plain') present = true;
  }
  return present ? 'present' : null;
}
