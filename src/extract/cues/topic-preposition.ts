/**
 * Where the topic of a verb of speaking opens: right after the verb ("spoke about the deal") or after a short
 * adjunct of manner, time or audience ("spoke out Tuesday about …", "spoke emotionally of …", "complained to
 * the council about …").
 */
import { SPEAKING_SETTING_NOUNS } from '../../vocabulary/cue-verbs.js';
import { WEEKDAYS } from '../../vocabulary/dates.js';
import { OBJECT_PRONOUNS } from '../../vocabulary/pronouns.js';
import { PERIOD_OPENERS } from '../../vocabulary/speaker-words.js';
import type { Token } from '../document/types.js';

/** Most words of an adjunct between the verb and its topic's preposition: "in public", "to police leaders". */
const MAX_ADJUNCT_TOKENS = 8;
/** The preposition that opens a topic wherever it stands; others ("of", "on") also open phrases of their own ("ahead of"). */
const FREE_TOPIC = 'about';
/** Tags of the words an adjunct is made of: "out", "more frequently", "to reporters", "in Friday's speech". */
const ADJUNCT_TAGS = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const DAYS = new Set(WEEKDAYS);
const PERIOD_STARTS = new Set(PERIOD_OPENERS);
const OBJECT_PRONOUN = new Set(OBJECT_PRONOUNS);
const SETTING_NOUNS = new Set(SPEAKING_SETTING_NOUNS);
/** Most words of a setting's phrase before its noun: "on the Senate floor", "on national television". */
const MAX_SETTING_WORDS = 3;

/**
 * The index of the preposition (one of `prepositions`) that opens the topic of the verb ending before `start`,
 * or null. Right after the verb any of them does, unless a day or a setting follows ("spoke on Tuesday about …",
 * "spoke on camera about …" read on; "spoke on condition that she not be named" has no topic); after an adjunct, "about" does, and the others after an adverb of manner or a day only ("spoke movingly of",
 * "weighed in Friday on", not "ahead of" or "the head of").
 */
export function topicPrepositionAfter(tokens: readonly Token[], start: number, prepositions: ReadonlySet<string>): number | null {
  const first = tokens[start];
  if (first === undefined) return null;
  if (opensTopic(tokens, start, prepositions) && !isDay(tokens[start + 1]) && !opensSetting(tokens, start)) return start;
  for (let i = start; i < start + MAX_ADJUNCT_TOKENS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== first.sentence) return null;
    const previous = tokens[i - 1] as Token;
    // "pressed him on his record": a pronoun the question was put to.
    const asked = OBJECT_PRONOUN.has(previous.lower) && i === start + 1 && !isDay(tokens[i + 1]);
    if (i > start && opensTopic(tokens, i, prepositions) && (token.lower === FREE_TOPIC || isMannerAdverb(previous) || isDay(previous) || asked)) return i;
    if (!ADJUNCT_TAGS.has(token.pos) && !OBJECT_PRONOUN.has(token.lower)) return null;
    // "the farmers we talked to this week about …": a preposition without its object ends a relative clause.
    if (token.pos === 'ADP' && (PERIOD_STARTS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.pos === 'VERB')) return null;
  }
  return null;
}

/** One of `prepositions` at `index`, but not "about" before a number ("talked for about ten minutes"). */
function opensTopic(tokens: readonly Token[], index: number, prepositions: ReadonlySet<string>): boolean {
  const token = tokens[index] as Token;
  return prepositions.has(token.lower) && !isApproximation(tokens, index);
}

/** "about" at `index` means "nearly": before a number ("about ten minutes") or "as" ("about as long as …"). */
export function isApproximation(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index]?.lower === FREE_TOPIC && (next?.pos === 'NUM' || next?.lower === 'as');
}

/** "on condition of …", "on the Senate floor": a setting's noun among the few words after the preposition at `index`. */
function opensSetting(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i <= index + MAX_SETTING_WORDS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.pos === 'ADP' || token.pos === 'PUNCT') return false;
    if (SETTING_NOUNS.has(token.lower)) return true;
  }
  return false;
}

/** A weekday's name: "Friday" ("on Friday" is a time, not a topic). */
export function isDay(token: Token | undefined): boolean {
  return token !== undefined && DAYS.has(token.lower) && token.text !== token.lower;
}

/** "emotionally", "publicly": an adverb of manner, not one that opens a phrase ("ahead", "instead"). */
function isMannerAdverb(token: Token): boolean {
  return token.pos === 'ADV' && token.lower.endsWith('ly');
}
