/**
 * The outlet or platform that carried a claim's words: a news outlet named in the claim's sentences, an
 * organisation right after "told", "spoke to", "in an interview with", or a platform after "on"; never the
 * speaker, never inside the content.
 */
import type { Candidate, Range } from '../attribution/types.js';
import type { Document } from '../document/types.js';
import type { Entity } from '../../types.js';
import { isNewsOutlet } from '../../vocabulary/outlets.js';
import { OUTLET_DESCRIPTION_MODIFIERS, OUTLET_KINDS, PLATFORMS, SOURCE_LEADS } from '../../vocabulary/sources.js';
import { firstEndingAfter, type IndexedMention } from './mention-index.js';

/** The outlet mention of a claim, or null. */
export interface FoundSource {
  readonly mention: Range;
  readonly entity: Entity | null;
}

const words = (list: readonly string[]): string => list.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|');
/** "told state news agency", "told the daily newspaper": a description of the outlet before its name. */
const DESCRIPTION = `(?:(?:${words(OUTLET_DESCRIPTION_MODIFIERS)})\\s+)*(?:(?:${words(OUTLET_KINDS)})\\s+)?`;
const LEAD = new RegExp(`(?:^|\\W)(?:${words(SOURCE_LEADS)})\\s+(?:the\\s+)?${DESCRIPTION}$`, 'i');
/** "State television quoted the minister as saying …": the name before "quoted" carried the words. */
const QUOTING_AFTER = /^\s+quoted\s/;
/** "spoke briefly to", "talking on Tuesday with": a verb of talking, a few words, then the outlet. */
const TALKED_TO = /(?:spoke|speaking|talked|talking)\s+(?:\S+\s+){0,3}(?:to|with)\s+(?:the\s+)?$/i;
const PLATFORM = new RegExp(`\\b(?:on|via)\\s+(${PLATFORMS.join('|')})\\b`, 'g');
/** "’s" or "'s" right after a name, then a word in lower case: "NATO’s eastern flank". */
const POSSESSIVE_OF_COMMON_NOUN = /^['’]s\s+\p{Ll}/u;
/** How much text after a name is read for it: "’s", a few spaces and a letter. */
const POSSESSIVE_REACH = 8;

/**
 * The name ending at `end` owns a common noun ("on NATO’s eastern flank"), and so carries nothing; a name
 * owning a title does ("on ABC’s “This Week”").
 */
function ownsCommonNoun(text: string, end: number): boolean {
  return POSSESSIVE_OF_COMMON_NOUN.test(text.slice(end, end + POSSESSIVE_REACH));
}
/** How much text before a name is read for a lead phrase. */
const LEAD_WINDOW = 40;
/** How much text after a name is read for "quoted". */
const QUOTING_REACH = 10;

/**
 * An organisation carries the words when a lead phrase stands before it in its sentence (from `floor`):
 * "told", "spoke to", "according to"; or when it quoted someone ("State radio quoted the minister …");
 * never when it owns a common noun ("on NATO’s eastern flank").
 */
function isLedOrganisation(text: string, mention: Range, floor: number): boolean {
  const before = text.slice(Math.max(floor, mention.start - LEAD_WINDOW), mention.start);
  const quoting = QUOTING_AFTER.test(text.slice(mention.end, mention.end + QUOTING_REACH));
  return (LEAD.test(before) || TALKED_TO.test(before) || quoting) && !ownsCommonNoun(text, mention.end);
}

/** The first outlet or platform in the claim's sentences outside its content and speaker. */
export function findSource(
  doc: Document,
  candidate: Candidate,
  speaker: Range | null,
  mentions: readonly IndexedMention[],
): FoundSource | null {
  const first = doc.sentences[candidate.firstSentence];
  const last = doc.sentences[candidate.lastSentence];
  if (first === undefined || last === undefined) return null;
  const free = (range: Range): boolean =>
    !(speaker !== null && range.start < speaker.end && speaker.start < range.end) &&
    !candidate.content.some((piece) => range.start < piece.end && piece.start < range.end);

  for (let i = firstEndingAfter(mentions, first.start); i < mentions.length; i += 1) {
    const mention = mentions[i] as IndexedMention;
    if (mention.start < first.start) continue;
    if (mention.start >= last.end) break;
    if (!free(mention)) continue;
    const outlet = isNewsOutlet(mention.entity.name) || isNewsOutlet(doc.text.slice(mention.start, mention.end));
    if (outlet || (mention.entity.type === 'ORG' && isLedOrganisation(doc.text, mention, first.start))) {
      return { mention: { start: mention.start, end: mention.end }, entity: mention.entity };
    }
  }
  const sentences = doc.text.slice(first.start, last.end);
  for (const match of sentences.matchAll(PLATFORM)) {
    const name = match[1] ?? '';
    const start = first.start + match.index + match[0].length - name.length;
    const range = { start, end: start + name.length };
    if (!free(range)) continue;
    const entity = mentions.find((m) => m.start === range.start && m.end === range.end)?.entity ?? null;
    return { mention: range, entity };
  }
  return null;
}
