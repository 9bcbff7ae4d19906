/**
 * The evidence that moves a claim's confidence, as data. Confidence starts from {@link BASE_ODDS} and each
 * factor that applies multiplies the odds that the claim is right (content, cue and speaker together) by its
 * `odds`; confidence is then odds / (1 + odds). The values were measured on annotated news (attribution
 * rate by group, checked on two halves of the articles), rounded, and kept few so that each one carries a
 * plain reason; none is keyed to a particular text.
 */
import type { ClaimEvidence } from './evidence.js';
import { PLAIN_CUES } from '../../../vocabulary/plain-cues.js';

/** One piece of evidence and how much it moves the odds that a claim is right. */
export interface ConfidenceFactor {
  /** Short name, for traces and tests. */
  readonly name: string;
  /** Multiplier of the odds: above 1 raises confidence, below 1 lowers it. */
  readonly odds: number;
  /** What the factor means and why it moves confidence. */
  readonly reason: string;
  readonly applies: (evidence: ClaimEvidence) => boolean;
}

/**
 * Odds of a claim with none of the factors below: a paraphrase of 7 words or more after a belief, evidence or
 * intention cue, or after no cue, neither opening with "that" nor reaching the end of its sentence nor
 * crossing a clause break, with the speaker mid-sentence. Such claims are right about three times in five.
 */
export const BASE_ODDS = 1.45;

const PLAIN = new Set(PLAIN_CUES);

/**
 * Rules whose content or speaker is a looser guess: an object noun phrase taken as content ("condemned the
 * launch"), a quotation framed by a verb that is not one of saying ("called it “…”"), a passive agent, a
 * possessive noun ("his claim that …", "her plan to …", "his theory of …", "in her view, …"), a quotation given the speaker of
 * the one before.
 */
const LOOSE_RULES: ReadonlySet<string> = new Set([
  'speaker-verb-object', 'framing-verb-quote', 'passive-by-agent', 'possessive-noun-cue', 'possessive-noun-infinitive',
  'possessive-noun-topic', 'framing-noun-phrase', 'floating-quote',
]);

/** Multipliers of the odds; several may apply to one claim. */
export const CONFIDENCE_FACTORS: readonly ConfidenceFactor[] = [
  {
    name: 'quoted',
    odds: 4,
    reason: 'All the content stands in quote marks, which fix where it starts and ends (right 93% of the time, other claims 76%).',
    applies: (e) => e.kind === 'direct',
  },
  {
    name: 'partly-quoted',
    odds: 1.5,
    reason:
      'Content not wholly quoted but holding the speaker\'s own words in quote marks: those words are surely ' +
      'reported, and they anchor its extent (right 91%, paraphrase 79%).',
    applies: (e) => e.kind === 'mixed',
  },
  {
    name: 'plain-cue',
    odds: 3,
    reason: '"said", "told", "according to": the cues news uses most for attribution (right 90%).',
    applies: (e) => e.cueLemma !== null && PLAIN.has(e.cueLemma),
  },
  {
    name: 'dash-attribution',
    odds: 3,
    reason: '"“…” — Jane Roe": a quotation signed with a dash and a name, as under an epigraph (right 18 of 19).',
    applies: (e) => e.rule === 'quote-dash-speaker',
  },
  {
    name: 'other-speech-cue',
    odds: 1.8,
    reason:
      'Another verb of saying or writing ("argued", "wrote"): words were given, in a less formulaic frame ' +
      '(right 78%; belief, evidence and intention cues 62%).',
    applies: (e) => e.cueLemma !== null && !PLAIN.has(e.cueLemma) && (e.cueType === 'speech' || e.cueType === 'writing'),
  },
  {
    name: 'loose-rule',
    odds: 0.4,
    reason: 'A rule that guesses content or speaker from looser patterns (right 51%, other rules 86%).',
    applies: (e) => LOOSE_RULES.has(e.rule),
  },
  {
    name: 'few-words',
    odds: 0.6,
    reason: 'Content under 7 words is often a fragment of a longer statement or a noun phrase (right 64%, longer 84%).',
    applies: (e) => e.contentWords < 7,
  },
  {
    name: 'clause-break',
    odds: 0.3,
    reason:
      'Unquoted or partly quoted content that runs past a semicolon, a dash or ", and" / ", but" / ", while" / ' +
      '", which": a second clause was likely swallowed (right 56%, else 78%).',
    applies: (e) => e.kind !== 'direct' && e.crossesClauseBreak,
  },
  {
    name: 'that-clause',
    odds: 1.7,
    reason:
      'Content opening with "that": the clause of the cue, introduced the standard way ' +
      '(right 86%; other content not wholly quoted 73%).',
    applies: (e) => e.opensWithThat,
  },
  {
    name: 'paraphrase-to-sentence-end',
    odds: 1.75,
    reason:
      'Content not wholly quoted that runs to the end of its sentence: no trailing clause was cut off or swallowed ' +
      '(right 80%, else 66%).',
    applies: (e) => e.kind !== 'direct' && e.reachesSentenceEnd,
  },
  {
    name: 'speaker-opens-sentence',
    odds: 1.6,
    reason:
      'The speaker opens the sentence as the subject of its reporting verb ' +
      '(for "X said …" claims: right 86%, mid-sentence 78%).',
    applies: (e) => e.speakerOpensSentence,
  },
  {
    name: 'crowded-sentence',
    odds: 0.6,
    reason:
      'Three or more cues in the cue\'s sentence: nested or listed reports, where content is easily cut wrong ' +
      '(right 69%, else 83%).',
    applies: (e) => e.cuesInSentence >= 3,
  },
  {
    name: 'unclosed-quote',
    odds: 0.5,
    reason:
      'A quotation whose closing mark was never found may end in the wrong place ' +
      '(too rare to measure; set by judgement).',
    applies: (e) => e.unclosedQuote,
  },
];
