/**
 * The attribution stage: rules link content, cue and speaker. Cue rules run cue by cue in text order, the
 * first rule that matches a cue wins; quote rules then take the quotations no cue rule reached; refiners
 * clean the result.
 */
import type { Cue } from '../cues/types.js';
import type { Document } from '../document/types.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import type { Quote } from '../quotes/types.js';
import { dropHeadlineClaims } from './refiners/drop-headline-claims.js';
import { settleClaims } from './refiners/settle-claims.js';
import { accordingTo } from './rules/according-to.js';
import { asSpeakerCue } from './rules/as-speaker-cue.js';
import { asPassiveSource } from './rules/as-passive-source.js';
import { causedSpeakerInfinitive } from './rules/caused-speaker-infinitive.js';
import { causedStateParticiple } from './rules/caused-state-participle.js';
import { estimateAt } from './rules/estimate-at.js';
import { headlineTopicColonClaims } from './rules/headline-topic-colon.js';
import { headlineVerbObjectClaims } from './rules/headline-verb-object.js';
import { frontedQuestionAgent } from './rules/fronted-question-agent.js';
import { closingEvidenceClaims } from './rules/closing-evidence-phrase.js';
import { contentCueSpeaker } from './rules/content-cue-speaker.js';
import { contentSpeakerCue } from './rules/content-speaker-cue.js';
import { floatingQuote } from './rules/floating-quote.js';
import { freeRelativeCue } from './rules/free-relative-cue.js';
import { framingEvidenceClaims } from './rules/framing-evidence-phrase.js';
import { framingNounClaims } from './rules/framing-noun-phrase.js';
import { frontedStanceHolderClaims } from './rules/fronted-stance-holder.js';
import { framingVerbQuote } from './rules/framing-verb-quote.js';
import { meetingPurposeCue } from './rules/meeting-purpose-cue.js';
import { messageOneParticiple } from './rules/message-one-participle.js';
import { participleCue } from './rules/participle-cue.js';
import { participleFramingCue } from './rules/participle-framing-cue.js';
import { perceivedSpeakerParticiple } from './rules/perceived-speaker-participle.js';
import { passiveByAgent } from './rules/passive-by-agent.js';
import { reducedPassiveByAgent } from './rules/reduced-passive-by-agent.js';
import { possessiveNounClaims } from './rules/possessive-noun-cue.js';
import { possessiveNounInfinitiveClaims } from './rules/possessive-noun-infinitive.js';
import { possessiveNounResponseClaims } from './rules/possessive-noun-response.js';
import { possessiveNounTopicClaims } from './rules/possessive-noun-topic.js';
import { quoteDashSpeaker } from './rules/quote-dash-speaker.js';
import { quotedAsSaying } from './rules/quoted-as-saying.js';
import { relativeIntentionCue } from './rules/relative-intention-cue.js';
import { relativeSpeakerCue } from './rules/relative-speaker-cue.js';
import { speakerColonParagraphs } from './rules/speaker-colon-content.js';
import { speakerColonQuote } from './rules/speaker-colon-quote.js';
import { speakerCueContent } from './rules/speaker-cue-content.js';
import { speakerDashQuote } from './rules/speaker-dash-quote.js';
import { speakerVerbObject } from './rules/speaker-verb-object.js';
import { speakerStancePredicate } from './rules/speaker-stance-predicate.js';
import { termUseQuote } from './rules/term-use-quote.js';
import { exampleSayingQuote } from './rules/example-saying-quote.js';
import { speakerAnswerWord } from './rules/speaker-answer-word.js';
import { wordingNounQuote } from './rules/wording-noun-quote.js';
import { withSubjectParticiple } from './rules/with-subject-participle.js';
import type { Candidate, CueRule, QuoteRule, Range, RuleContext } from './types.js';
import { firstIndex } from '../util/search.js';

/**
 * Order matters: a cue that ends its clause has its content before it, so the two inverted patterns go
 * before "X said that …", which would otherwise read the words after the cue as content.
 */
const CUE_RULES: readonly CueRule[] = [
  quotedAsSaying,
  accordingTo,
  messageOneParticiple,
  participleCue,
  withSubjectParticiple,
  contentSpeakerCue,
  contentCueSpeaker,
  asSpeakerCue,
  asPassiveSource,
  relativeIntentionCue,
  causedSpeakerInfinitive,
  causedStateParticiple,
  estimateAt,
  frontedQuestionAgent,
  meetingPurposeCue,
  perceivedSpeakerParticiple,
  speakerStancePredicate,
  speakerCueContent,
  speakerAnswerWord,
  relativeSpeakerCue,
  freeRelativeCue,
  framingVerbQuote,
  participleFramingCue,
  speakerVerbObject,
  passiveByAgent,
  reducedPassiveByAgent,
];

/**
 * Quotations left over: a named speaker with a colon, a clause ending in a noun for words and a colon, a
 * term its subject used ("used the phrase “…”"), an example of its sayings ("says things like “…”"), a dash
 * and a name after it, a name and a dash before it, then the speaker of the paragraph before.
 */
const QUOTE_RULES: readonly QuoteRule[] = [speakerColonQuote, wordingNounQuote, termUseQuote, exampleSayingQuote, quoteDashSpeaker, speakerDashQuote, floatingQuote];

/**
 * Nouns of saying, believing or intending owned by their speaker: "her claim that …", "his plan to …",
 * "their remarks on …", "in her view, …". They run after the cue rules; a noun phrase inside a verb's content gives way to
 * that claim in the refiners.
 */
const NOUN_RULES: readonly ((context: RuleContext) => Candidate[])[] = [
  possessiveNounClaims,
  possessiveNounInfinitiveClaims,
  possessiveNounTopicClaims,
  possessiveNounResponseClaims,
  framingNounClaims,
  frontedStanceHolderClaims,
  framingEvidenceClaims,
  closingEvidenceClaims,
];

/** The indexes of the tokens of each lower-cased word of `doc`, in text order. */
function tokensByWord(doc: Document): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  for (const token of doc.tokens) {
    const list = byWord.get(token.lower);
    if (list === undefined) byWord.set(token.lower, [token.index]);
    else list.push(token.index);
  }
  return byWord;
}

/** Links content, cue and speaker into candidate claims. */
export function attribute(doc: Document, quotes: readonly Quote[], quoteIndex: QuoteIndex, cues: readonly Cue[]): Candidate[] {
  const accepted: Candidate[] = [];
  const cuesBySentence = new Map<number, Cue[]>();
  for (const cue of cues) {
    const list = cuesBySentence.get(cue.sentence);
    if (list === undefined) cuesBySentence.set(cue.sentence, [cue]);
    else list.push(cue);
  }
  const acceptedByStart: Candidate[] = [];
  const context: RuleContext = { doc, quotes, quoteIndex, cues, cuesBySentence, tokensByWord: tokensByWord(doc), accepted, acceptedByStart };
  const accept = (candidate: Candidate): void => {
    accepted.push(candidate);
    const start = candidate.content[0]?.start ?? 0;
    let index = acceptedByStart.length;
    while (index > 0 && (acceptedByStart[index - 1]?.content[0]?.start ?? 0) > start) index -= 1;
    acceptedByStart.splice(index, 0, candidate);
  };
  for (const cue of cues) {
    for (const rule of CUE_RULES) {
      const candidate = rule.apply(context, cue);
      if (candidate !== null) {
        accept(candidate);
        break;
      }
    }
  }
  // Transcript paragraphs ("NAME: …") after the cue rules, so that "He said: “…”" keeps its verb.
  for (const candidate of speakerColonParagraphs(context)) accept(candidate);
  for (const candidate of headlineTopicColonClaims(context)) accept(candidate);
  // A title no cue rule read may still hold a headline's verb: "Senator Rips Ferry Plan."
  for (const candidate of headlineVerbObjectClaims(context)) accept(candidate);
  for (const rule of NOUN_RULES) for (const candidate of rule(context)) accept(candidate);
  // Content ranges of accepted claims may overlap one another until refined, so each quote is checked
  // against every range covering its start or end, kept in a sorted list of starts.
  const claimed = accepted.flatMap((candidate) => candidate.content).sort((a, b) => a.start - b.start);
  const reach = claimed.reduce((longest, range) => Math.max(longest, range.end - range.start), 0);
  for (const quote of quotes) {
    if (isClaimed(claimed, reach, quote)) continue;
    for (const rule of QUOTE_RULES) {
      const candidate = rule.apply(context, quote);
      if (candidate !== null) {
        accept(candidate);
        break;
      }
    }
  }
  // Refiners: headline claims go, then nested and overlapping claims are settled.
  return settleClaims(dropHeadlineClaims(accepted, doc)).sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
}

/** Some claimed range overlaps the quote; ranges are sorted by start and none is longer than `reach`. */
function isClaimed(ranges: readonly Range[], reach: number, quote: Quote): boolean {
  for (let i = firstIndex(ranges, (range) => range.start >= quote.start - reach); i < ranges.length && (ranges[i] as Range).start < quote.end; i += 1) {
    if ((ranges[i] as Range).end > quote.start) return true;
  }
  return false;
}
