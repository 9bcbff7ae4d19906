/**
 * Speakers joined by "and" ("the mayor and the governor", "Britain, France and Germany", "Jane Roe and Tom
 * Lee") are one speaker as the text writes it: the whole phrase is the mention and the name, and no entity
 * stands for it, unless one entity's mention covers the whole (an organisation's name read whole, "Procter and
 * Gamble"). Naming one of them would report half the speakers as all of them.
 */
import type { SpeakerPhrase } from '../attribution/types.js';
import type { Document } from '../document/types.js';
import { headMention, mentionsInside, type IndexedMention } from './mention-index.js';
import type { ResolvedSpeaker } from './resolve-speakers.js';

/** "and" or "&" between two words. */
const JOINER = /\s(?:and|&)\s/giu;
/** Text ending in "and" (and an article) right before a mention: "Jane Roe and |Tom Lee". */
const ENDS_AT_JOINER = /\s(?:and|&)\s+(?:the\s+)?$/iu;

/**
 * The speaker of a phrase of joined speakers, or null when `phrase` is none: not marked as joined by the phrase
 * reader, nor a phrase whose head mention would start right after an "and" inside it ("officials of Ohio and
 * Texas"), or one whose "and" a single mention covers.
 */
export function jointSpeaker(doc: Document, phrase: SpeakerPhrase, mentions: readonly IndexedMention[]): ResolvedSpeaker | null {
  const text = doc.text.slice(phrase.start, phrase.end);
  const joiners = [...text.matchAll(JOINER)].map((match) => phrase.start + match.index);
  if (joiners.length === 0) return null;
  const first = joiners[0] as number;
  const last = joiners[joiners.length - 1] as number;
  const covering = mentionsInside(mentions, phrase.start, phrase.end).some((mention) => mention.start <= first && mention.end > last);
  if (covering) return null;
  // A phrase may hold names joined after its head ("officials of Ohio and Texas", "the center at the Rowe
  // Institute and Lake College"): a mention before the "and", and the mention the phrase would be reported by
  // right after it. With no mention before it, the "and" is inside a title ("Secretary of Labor and Industry Tom Lee").
  if (phrase.joined !== true) {
    const head = headMention(mentions, phrase.start, phrase.end, true, doc.text);
    const before = head === undefined ? undefined : mentionsInside(mentions, phrase.start, head.start)[0];
    if (before === undefined || !ENDS_AT_JOINER.test(doc.text.slice(before.end, head?.start))) return null;
  }
  return { mention: { start: phrase.start, end: phrase.end }, entity: null, name: text };
}
