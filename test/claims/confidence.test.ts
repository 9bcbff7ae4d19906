/**
 * Confidence: claims of each kind fall in the expected band and order, and each factor moves confidence
 * the way its odds say.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import {
  applyingFactors, BASE_ODDS, claimConfidence, CONFIDENCE_FACTORS, type ClaimEvidence,
} from '../../src/extract/claims/confidence/index.js';

/** The one claim of `text` whose content includes `words`. */
function confidenceOf(text: string, words: string): number {
  const claims = extract(text, { publishedAt: '2024-05-10' }).claims.filter((claim) =>
    claim.content.some((piece) => piece.text.includes(words)));
  expect(claims).toHaveLength(1);
  return (claims[0] as { confidence: number }).confidence;
}

describe('confidence of whole claims', () => {
  const high: readonly [string, string, string][] = [
    ['a closed quotation, a named speaker, "said"', '“We will rebuild the bridge before the winter comes,” Jane Roe said.', 'rebuild the bridge'],
    ['a that-clause after "Name said" opening the sentence', 'Jane Roe said that the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
    ['a that-clause after "Name told reporters"', 'Jane Roe told reporters that the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
  ];
  it.each(high)('%s: at least 0.9', (_label, text, words) => {
    expect(confidenceOf(text, words)).toBeGreaterThanOrEqual(0.9);
  });

  const low: readonly [string, string, string][] = [
    ['an unresolved pronoun with a belief verb', 'He believes the council will never find the money to rebuild the old bridge.', 'rebuild the old bridge'],
    ['an intention verb with an object', 'The mayor wants a new bridge across the river by the end of the decade.', 'a new bridge'],
    ['a paraphrase before ", X said" (no quote marks to bound it)', 'Taxes will rise next year to pay for the new bridge, Jane Roe said.', 'Taxes will rise'],
  ];
  it.each(low)('%s: below 0.9', (_label, text, words) => {
    expect(confidenceOf(text, words)).toBeLessThan(0.9);
  });

  it('orders a quotation with "said" above a paraphrase with "said", above a belief', () => {
    const quoted = confidenceOf('“The bridge will be rebuilt before the winter,” Jane Roe said.', 'The bridge');
    const paraphrased = confidenceOf('Taxes will rise next year to pay for the new bridge, Jane Roe said.', 'Taxes will rise');
    const belief = confidenceOf('He believes the council will never find the money to rebuild the old bridge.', 'rebuild the old bridge');
    expect(quoted).toBeGreaterThan(paraphrased);
    expect(paraphrased).toBeGreaterThan(belief);
  });
});

describe('confidence factors', () => {
  /** A paraphrase after a belief verb, speaker mid-sentence: no factor applies. */
  const plain: ClaimEvidence = {
    rule: 'speaker-cue-content',
    kind: 'indirect',
    cueType: 'belief',
    cueLemma: 'believe',
    contentWords: 12,
    crossesClauseBreak: false,
    opensWithThat: false,
    reachesSentenceEnd: false,
    speakerOpensSentence: false,
    cuesInSentence: 1,
    unclosedQuote: false,
  };

  it('gives the base odds as a probability when no factor applies', () => {
    expect(applyingFactors(plain)).toEqual([]);
    expect(claimConfidence(plain)).toBeCloseTo(BASE_ODDS / (1 + BASE_ODDS), 2);
  });

  const changes: readonly [string, Partial<ClaimEvidence>][] = [
    ['quoted', { kind: 'direct' }],
    ['partly-quoted', { kind: 'mixed' }],
    ['plain-cue', { cueType: 'speech', cueLemma: 'say' }],
    ['dash-attribution', { rule: 'quote-dash-speaker' }],
    ['other-speech-cue', { cueType: 'writing', cueLemma: 'write' }],
    ['loose-rule', { rule: 'speaker-verb-object' }],
    ['few-words', { contentWords: 4 }],
    ['clause-break', { crossesClauseBreak: true }],
    ['that-clause', { opensWithThat: true }],
    ['paraphrase-to-sentence-end', { reachesSentenceEnd: true }],
    ['speaker-opens-sentence', { speakerOpensSentence: true }],
    ['crowded-sentence', { cuesInSentence: 3 }],
    ['unclosed-quote', { unclosedQuote: true }],
  ];

  it('has a row for every factor', () => {
    expect(changes.map(([name]) => name).sort()).toEqual(CONFIDENCE_FACTORS.map((factor) => factor.name).sort());
  });

  it.each(changes)('%s applies alone and moves confidence the way its odds say', (name, change) => {
    const evidence = { ...plain, ...change };
    const factors = applyingFactors(evidence);
    expect(factors.map((factor) => factor.name)).toEqual([name]);
    const odds = (factors[0] as { odds: number }).odds;
    expect(Math.sign(claimConfidence(evidence) - claimConfidence(plain))).toBe(Math.sign(odds - 1));
  });

  it('does not count a quotation as reaching the end of its sentence or crossing a clause (quote marks bound it)', () => {
    const quoted: ClaimEvidence = { ...plain, kind: 'direct', reachesSentenceEnd: true, crossesClauseBreak: true };
    expect(applyingFactors(quoted).map((f) => f.name)).toEqual(['quoted']);
  });

  it('keeps confidence inside (0, 1) when every factor of one direction applies', () => {
    const best: ClaimEvidence = { ...plain, kind: 'direct', cueType: 'speech', cueLemma: 'say', speakerOpensSentence: true };
    const worst: ClaimEvidence = {
      ...plain, rule: 'framing-verb-quote', cueType: null, cueLemma: null, contentWords: 2, cuesInSentence: 4, unclosedQuote: true,
    };
    expect(claimConfidence(best)).toBeLessThan(1);
    expect(claimConfidence(worst)).toBeGreaterThan(0);
    expect(claimConfidence(best)).toBeGreaterThan(0.9);
    expect(claimConfidence(worst)).toBeLessThan(0.2);
  });
});
