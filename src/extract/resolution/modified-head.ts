/**
 * A description whose head noun a modifier follows ("an indictment unsealed in federal court in Pikeville", "A
 * study published in March"): a name inside the modifier is no head, and the speaker's mention may run over the
 * modifier.
 */
import type { SpeakerPhrase } from '../attribution/types.js';
import type { Document } from '../document/types.js';
import { firstIndex } from '../util/search.js';
import { hasPastParticipleEnding } from '../util/participle.js';
import type { ResolvedSpeaker } from './resolve-speakers.js';
import { descriptionHeadToken } from './written-speaker.js';
import { EVIDENCE_NOUNS } from '../../vocabulary/speaker-words.js';

const EVIDENCE = new Set(EVIDENCE_NOUNS);

/**
 * Whether a past participle right after a noun ("an indictment [unsealed] in …", "a study [published] in …")
 * opens a phrase in [start, end) of the text: a name after it modifies the noun and is not its head.
 */
export function participleBetween(doc: Document, start: number, end: number): boolean {
  for (let i = firstIndex(doc.tokens, (token) => token.start >= start); i < doc.tokens.length; i += 1) {
    const token = doc.tokens[i] as Document['tokens'][number];
    if (token.start >= end) return false;
    const participle = (token.pos === 'VERB' || token.pos === 'ADJ') && hasPastParticipleEnding(token.lower);
    if (participle && doc.tokens[i - 1]?.pos === 'NOUN' && doc.tokens[i - 1]?.end !== token.start) return true;
  }
  return false;
}

/**
 * "A study published in March found": the speaker is resolved by its head ("A study"), and its mention,
 * when it is that head as written, runs over the modifier to the end of the subject.
 */
export function wholeMention(result: ResolvedSpeaker | null, phrase: SpeakerPhrase): ResolvedSpeaker | null {
  if (result === null || phrase.extentEnd === undefined || result.mention.start !== phrase.start || result.mention.end !== phrase.end) return result;
  return { ...result, mention: { start: phrase.start, end: phrase.extentEnd }, head: { start: phrase.start, end: phrase.end } };
}

/**
 * "a report by the housing ministry": a description headed by a noun of evidence and resolved by a name
 * after that noun, in what modifies it, so that the phrase stands for something the name only made (the
 * report), not for it.
 */
export function evidenceByName(doc: Document, phrase: SpeakerPhrase, resolved: ResolvedSpeaker): boolean {
  if (phrase.kind !== 'description' || resolved.entity === null) return false;
  const head = descriptionHeadToken(doc, phrase.start, phrase.end);
  return head !== null && head.pos === 'NOUN' && EVIDENCE.has(head.lower) &&
    resolved.entity.mentions.some((mention) => mention.start >= head.end && mention.end <= phrase.end);
}
