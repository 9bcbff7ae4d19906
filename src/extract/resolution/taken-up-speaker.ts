/**
 * A description no named entity stands behind, taken up from the speakers written before it: "the agency"
 * for the organisation that spoke in the sentence before, "the people" for "three people familiar with the
 * matter", "the same study" for "a study by the institute", "the judgment" for the court that ruled, "the
 * speaker" for the last speaker.
 */
import type { Range, SpeakerPhrase } from '../attribution/types.js';
import type { Document } from '../document/types.js';
import { sentenceIndexAt } from '../document/sentence-at.js';
import { firstIndex } from '../util/search.js';
import { EVIDENCE_NOUNS, LAST_SPEAKER_NOUNS, RULING_NOUNS, RULING_VERBS } from '../../vocabulary/speaker-words.js';
import { genericOrganisationHead, nameFitsHead } from './resolve-description.js';
import type { ResolvedSpeaker } from './resolve-speakers.js';
import { groupHead, type WrittenSpeaker } from './written-speaker.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** "the" and one word, or "the same" and one word. */
const THE_WORD = /^the (?:same )?\S+$/;

const LAST_SPEAKER = new Set(LAST_SPEAKER_NOUNS);
const EVIDENCE = new Set(EVIDENCE_NOUNS);
const RULING = new Set(RULING_NOUNS);
const RULING_VERB = new Set(RULING_VERBS);

/** The last speaker that ruled ("the court ruled that …") and where its cue stands. */
export interface Ruling {
  readonly speaker: ResolvedSpeaker;
  readonly start: number;
}

/** What the speakers resolved so far leave for a description to take up. */
export interface SpeakersBefore {
  /** Speakers written as names or descriptions, in text order. */
  readonly written: readonly WrittenSpeaker[];
  readonly lastSpeaker: ResolvedSpeaker | null;
  readonly lastRuling: Ruling | null;
}

/**
 * "the EPA said … The agency said": the organisation that spoke in the sentence before, which a generic
 * organisation noun fitting its name takes up; else null.
 */
export function previousOrganisation(doc: Document, phrase: SpeakerPhrase, text: string, written: readonly WrittenSpeaker[]): ResolvedSpeaker | null {
  const organisationHead = genericOrganisationHead(text);
  const previousSpeaker = organisationHead === null ? undefined : written.findLast((w) => w.start < phrase.start);
  if (organisationHead !== null && previousSpeaker?.speaker.entity != null && nameFitsHead(previousSpeaker.speaker.entity, organisationHead) &&
    sentenceIndexAt(doc, previousSpeaker.start) === sentenceIndexAt(doc, phrase.start) - 1) {
    return { mention: phrase, entity: previousSpeaker.speaker.entity, name: previousSpeaker.speaker.entity.name };
  }
  return null;
}

/** The earlier speaker a definite description (`text` as written) or "the speaker" takes up, or null when none fits. */
export function takenUpSpeaker(phrase: SpeakerPhrase, text: string, before: SpeakersBefore): ResolvedSpeaker | null {
  const lower = text.toLowerCase();
  const headWord = lower.split(/\s+/).pop() ?? '';
  // "three people familiar with the matter said … the people said": a definite plural takes up the unnamed
  // group written earlier whose phrase holds its noun.
  // The last such phrase decides: after "another source", "the source" is left as written.
  // "the same report" takes up the report as "the report" does.
  const definite = THE_WORD.test(lower);
  const group = definite ? before.written.findLast((w) => w.start < phrase.start && w.speaker.entity === null &&
    w.speaker.name.toLowerCase() !== lower && w.speaker.name.toLowerCase().split(/\s+/).includes(headWord)) : undefined;
  if (group !== undefined && groupHead(group.speaker.name) === headWord) return { mention: phrase, entity: null, name: group.speaker.name };
  // "A study by the institute found … The same study notes": a piece of evidence written with its maker's
  // name is taken up as that speaker was.
  const evidence = definite && EVIDENCE.has(headWord) ? before.written.findLast((w) => w.start < phrase.start && w.head === headWord) : undefined;
  if (evidence !== undefined && evidence.speaker.entity !== null) return { mention: phrase, entity: evidence.speaker.entity, name: evidence.speaker.name };
  // "The court ruled that … According to the judgment, …": the ruling stands for the one who gave it.
  const ruling = before.lastRuling;
  if (definite && RULING.has(headWord) && ruling !== null && ruling.start < phrase.start) {
    return { mention: phrase, entity: ruling.speaker.entity, name: ruling.speaker.name };
  }
  const last = before.lastSpeaker;
  if (LAST_SPEAKER.has(headWord) && last !== null) return { mention: phrase, entity: last.entity, name: last.name };
  return null;
}

/** Whether a cue is a verb of ruling ("ruled", "has ruled"). */
export function isRulingCue(doc: Document, cue: Range): boolean {
  for (let i = firstIndex(doc.tokens, (token) => token.start >= cue.start); i < doc.tokens.length; i += 1) {
    const token = doc.tokens[i] as Document['tokens'][number];
    if (token.start >= cue.end) return false;
    if (RULING_VERB.has(token.lemma)) return true;
  }
  return false;
}
