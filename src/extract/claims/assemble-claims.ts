/** The claims stage: typed claims from resolved candidates, with the entities and dates they mention. */
import type { Candidate, Range } from '../attribution/types.js';
import type { Cue } from '../cues/types.js';
import type { Document } from '../document/types.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import type { Quote } from '../quotes/types.js';
import type { ResolvedSpeaker } from '../resolution/resolve-speakers.js';
import { findSource } from '../resolution/find-source.js';
import { firstEndingAfter, type IndexedMention } from '../resolution/mention-index.js';
import type { Claim, DateMention, Span } from '../../types.js';
import { claimKind } from './claim-kind.js';
import { claimConfidence, readEvidence } from './confidence/index.js';
import { saidOnDate } from '../dates/index.js';
import { firstIndex } from '../util/search.js';

/** What assembling needs besides the candidates. */
export interface ClaimInputs {
  readonly doc: Document;
  readonly quotes: readonly Quote[];
  readonly quoteIndex: QuoteIndex;
  readonly cues: readonly Cue[];
  readonly speakers: ReadonlyMap<Candidate, ResolvedSpeaker | null>;
  readonly mentions: readonly IndexedMention[];
  readonly dates: readonly DateMention[];
}

/** Turns candidates (in text order) into claims "c1", "c2", … */
export function assembleClaims(candidates: readonly Candidate[], inputs: ClaimInputs): Claim[] {
  const { doc } = inputs;
  const pieces = inputs.quotes.flatMap((quote) => quote.pieces);
  const span = (range: Range): Span => ({ start: range.start, end: range.end, text: doc.text.slice(range.start, range.end) });
  return candidates.map((candidate, i) => {
    const speaker = inputs.speakers.get(candidate) ?? null;
    const source = findSource(doc, candidate, speaker?.head ?? speaker?.mention ?? null, inputs.mentions);
    const first = doc.sentences[candidate.firstSentence];
    const last = doc.sentences[candidate.lastSentence];
    const kind = claimKind(doc.text, candidate.content, pieces);
    return {
      id: `c${i + 1}`,
      kind,
      content: candidate.content.map(span),
      cue: candidate.cue === null ? null : span(candidate.cue),
      cueType: candidate.cueType,
      speaker: speaker === null ? null : { mention: span(speaker.mention), entity: speaker.entity?.id ?? null, name: speaker.name },
      source: source === null ? null : { mention: span(source.mention), entity: source.entity?.id ?? null },
      entities: entitiesIn(candidate.content, inputs.mentions),
      dates: datesWithin(inputs.dates, first?.start ?? 0, last?.end ?? 0),
      saidOn: saidOnValue(inputs, candidate),
      confidence: claimConfidence(readEvidence(candidate, kind, inputs)),
      rule: candidate.rule,
    };
  });
}

function entitiesIn(content: readonly Range[], mentions: readonly IndexedMention[]): string[] {
  const ids: string[] = [];
  for (const range of content) {
    for (let i = firstEndingAfter(mentions, range.start); i < mentions.length; i += 1) {
      const mention = mentions[i] as IndexedMention;
      if (mention.start >= range.end) break;
      if (mention.start >= range.start && mention.end <= range.end && !ids.includes(mention.entity.id)) ids.push(mention.entity.id);
    }
  }
  return ids;
}

/** Ids of the dates that start in [start, end), dates being in text order. */
function datesWithin(dates: readonly DateMention[], start: number, end: number): string[] {
  const ids: string[] = [];
  for (let i = firstIndex(dates, (date) => date.span.start >= start); i < dates.length && (dates[i] as DateMention).span.start < end; i += 1) ids.push((dates[i] as DateMention).id);
  return ids;
}

/** The value of the date that dates the claim's cue in its sentence ("said on Saturday"), or null. */
function saidOnValue(inputs: ClaimInputs, candidate: Candidate): string | null {
  if (candidate.cue === null) return null;
  const cue = candidate.cue;
  const sentence = inputs.doc.sentences
    .slice(candidate.firstSentence, candidate.lastSentence + 1)
    .find((s) => s.start <= cue.start && cue.start < s.end);
  if (sentence === undefined) return null;
  const id = saidOnDate(inputs.dates, cue, sentence, inputs.doc.text);
  return inputs.dates.find((date) => date.id === id)?.value ?? null;
}
