/** The outlet that carried a claim's words: a news outlet named in the claim's sentences, apart from the speaker. */
import type { Candidate, Range } from '../attribution/types.js';
import type { Document } from '../document/types.js';
import type { Entity } from '../../types.js';
import { isNewsOutlet } from '../../vocabulary/outlets.js';
import { firstEndingAfter, type IndexedMention } from './mention-index.js';

/** The outlet mention of a claim, or null. */
export interface FoundSource {
  readonly mention: Range;
  readonly entity: Entity | null;
}

/** The first news-outlet mention in the claim's sentences outside its content and its speaker. */
export function findSource(
  doc: Document,
  candidate: Candidate,
  speaker: Range | null,
  mentions: readonly IndexedMention[],
): FoundSource | null {
  const first = doc.sentences[candidate.firstSentence];
  const last = doc.sentences[candidate.lastSentence];
  if (first === undefined || last === undefined) return null;
  for (let i = firstEndingAfter(mentions, first.start); i < mentions.length; i += 1) {
    const mention = mentions[i] as IndexedMention;
    if (mention.start < first.start) continue;
    if (mention.start >= last.end) break;
    if (!isNewsOutlet(mention.entity.name) && !isNewsOutlet(doc.text.slice(mention.start, mention.end))) continue;
    if (speaker !== null && mention.start < speaker.end && speaker.start < mention.end) continue;
    if (candidate.content.some((range) => mention.start < range.end && range.start < mention.end)) continue;
    return { mention: { start: mention.start, end: mention.end }, entity: mention.entity };
  }
  return null;
}
