/**
 * How sure a claim is: the reliability of the rule that made it (set by the rule), times what the claim
 * turned out to be. Quoted words are surer than paraphrase, words said surer than beliefs or intentions
 * read from a verb, and a speaker resolved to an entity surer than one left as written.
 */
import type { ResolvedSpeaker } from '../resolution/resolve-speakers.js';
import type { ClaimKind, CueType } from '../../types.js';

const BY_KIND: Readonly<Record<ClaimKind, number>> = { direct: 1, mixed: 0.98, indirect: 0.93 };
const BY_CUE_TYPE: Readonly<Record<CueType, number>> = { speech: 1, writing: 1, evidence: 0.85, belief: 0.8, intention: 0.75 };
const PRONOUNS = /^(?:he|she|him|her|they|them|it|who)$/i;

/** Factor for how the speaker was resolved. */
function bySpeaker(speaker: ResolvedSpeaker | null, mention: string): number {
  if (speaker === null) return 0.7;
  const pronoun = PRONOUNS.test(mention);
  if (speaker.entity !== null) return pronoun ? 0.98 : 1;
  return pronoun ? 0.8 : 0.95;
}

/** The claim's confidence, from 0 to 1, rounded to two decimals. */
export function claimConfidence(
  ruleConfidence: number,
  kind: ClaimKind,
  cueType: CueType | null,
  speaker: ResolvedSpeaker | null,
  speakerText: string,
): number {
  const score = ruleConfidence * BY_KIND[kind] * (cueType === null ? 1 : BY_CUE_TYPE[cueType]) * bySpeaker(speaker, speakerText);
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
