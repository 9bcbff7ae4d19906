/**
 * A claim's confidence: an estimate of the chance that its content, cue and speaker are right together,
 * from general evidence about how it was found (see {@link CONFIDENCE_FACTORS}).
 */
import { BASE_ODDS, CONFIDENCE_FACTORS, type ConfidenceFactor } from './factors.js';
import type { ClaimEvidence } from './evidence.js';

export { readEvidence, type ClaimEvidence, type EvidenceInputs } from './evidence.js';
export { BASE_ODDS, CONFIDENCE_FACTORS, type ConfidenceFactor } from './factors.js';

/** The factors that apply to a claim, in the order of {@link CONFIDENCE_FACTORS}. */
export function applyingFactors(evidence: ClaimEvidence): ConfidenceFactor[] {
  return CONFIDENCE_FACTORS.filter((factor) => factor.applies(evidence));
}

/** The claim's confidence, from 0 to 1, rounded to two decimals. */
export function claimConfidence(evidence: ClaimEvidence): number {
  const odds = applyingFactors(evidence).reduce((product, factor) => product * factor.odds, BASE_ODDS);
  return Math.round((odds / (1 + odds)) * 100) / 100;
}
