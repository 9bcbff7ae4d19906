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
    ['a paraphrase before ", X said" with a phrase tacked on after a comma', 'Taxes will rise next year, starting in March, Jane Roe said.', 'Taxes will rise'],
  ];
  it.each(low)('%s: below 0.9', (_label, text, words) => {
    expect(confidenceOf(text, words)).toBeLessThan(0.9);
  });

  /** The same report written two ways: the first is the one more often read right. */
  const pairs: readonly [string, [string, string], [string, string]][] = [
    ['speech-cue: "said" over "believes"',
      ['Jane Roe said the council will rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['Jane Roe believes the council will rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['evidence-cue: "a survey shows" over "a survey believes"',
      ['A survey of farmers shows the council will rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['A survey of farmers believes the council will rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['speaker-opens-sentence: "Name said" over "On Monday, Name said"',
      ['Jane Roe said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['On Monday, Jane Roe said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['comma-in-paraphrase: no phrase tacked on after a comma',
      ['Jane Roe said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['Jane Roe said the council would rebuild the bridge, starting with the eastern span.', 'rebuild the bridge']],
    ['infinitive-content: a that-clause over a "to" plan',
      ['The mayor pledged that the council would rebuild the old bridge within two years.', 'rebuild the old bridge'],
      ['The mayor pledged to rebuild the old bridge within two years.', 'rebuild the old bridge']],
    ['report-beside-content: a report alone over one beside another',
      ['Jane Roe said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['Jane Roe said the council would rebuild the bridge before the winter storms, but John Doe argued that the money had run out.', 'rebuild the bridge']],
    ['paraphrase-before-speaker: "Name said …" over "…, Name said"',
      ['Jane Roe said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['The council would rebuild the bridge before the winter storms, Jane Roe said.', 'rebuild the bridge']],
    ['pronoun-named-just-before: "She said" after the sentence naming her, over "She said" four sentences on',
      ['Jane Roe spoke to the council on Monday. She said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['Jane Roe spoke to the council on Monday. The hall was full. Rain fell all day. The mood was calm. She said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['report-in-adverbial-clause: "after Name said" over "On Monday, Name said"',
      ['The vote was put off after Jane Roe said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['On Monday, Jane Roe said the council would rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['present-tense-cue: ", Name says" over ", Name said"',
      ['The council will rebuild the bridge before the winter storms, Jane Roe says.', 'rebuild the bridge'],
      ['The council will rebuild the bridge before the winter storms, Jane Roe said.', 'rebuild the bridge']],
    ['source-named-once: a source named once over one named again before the report',
      ['The hall was full on Monday. Jane Roe believes the council will rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['Jane Roe chaired the meeting on Monday. Jane Roe believes the council will rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['content-not-a-clause: a question after the cue over a that-clause (the question ends where it ends)',
      ['Jane Roe doubts whether the council will rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['Jane Roe doubts that the council will rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['participle-cue: "…, hoping …" over "… and hoped …"',
      ['The mayor spoke to the council on Monday, hoping the city would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['The mayor spoke to the council on Monday and hoped the city would rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['pronoun-not-just-named: the name over a pronoun whose person was named sentences before',
      ['Jane Roe spoke on Monday. Jane Roe chaired it. The hall was full. Rain fell all day. The mood was calm. Jane Roe believes the city will rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['Jane Roe spoke on Monday. Jane Roe chaired it. The hall was full. Rain fell all day. The mood was calm. She believes the city will rebuild the bridge before the winter storms.', 'rebuild the bridge']],
    ['group-pronoun-speaker: "she" for a person just named over "it" for a body just named',
      ['Jane Roe wrote to the council on Monday. She said the city would rebuild the bridge before the winter storms.', 'rebuild the bridge'],
      ['The Acme Bank wrote to the council on Monday. It said the city would rebuild the bridge before the winter storms.', 'rebuild the bridge']],
  ];
  it.each(pairs)('%s', (_label, [better, betterWords], [worse, worseWords]) => {
    expect(confidenceOf(better, betterWords)).toBeGreaterThan(confidenceOf(worse, worseWords));
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
    contentWords: 12,
    crossesClauseBreak: false,
    commaOutsideQuotes: false,
    opensWithTo: false,
    speakerOpensSentence: false,
    cuesBesideContent: 0,
    unclosedQuote: false,
    pronounNamedJustBefore: false,
    speakerOpensAdverbialClause: false,
    presentTenseCue: false,
    speakerNamedOnce: false,
    opensWithSubjectAndVerb: true,
    participleCue: false,
    pronounSpeaker: false,
    groupPronounSpeaker: false,
  };

  it('gives the base odds as a probability when no factor applies', () => {
    expect(applyingFactors(plain)).toEqual([]);
    expect(claimConfidence(plain)).toBeCloseTo(BASE_ODDS / (1 + BASE_ODDS), 2);
  });

  const changes: readonly [string, Partial<ClaimEvidence>][] = [
    ['quoted', { kind: 'direct' }],
    ['partly-quoted', { kind: 'mixed' }],
    ['speech-cue', { cueType: 'speech' }],
    ['evidence-cue', { cueType: 'evidence' }],
    ['loose-rule', { rule: 'framing-verb-quote' }],
    ['object-as-content', { rule: 'speaker-verb-object' }],
    ['few-words', { contentWords: 4 }],
    ['clause-break', { crossesClauseBreak: true }],
    ['comma-in-paraphrase', { commaOutsideQuotes: true }],
    ['infinitive-content', { opensWithTo: true }],
    ['paraphrase-before-speaker', { rule: 'content-comma-speaker-cue' }],
    ['report-beside-content', { cuesBesideContent: 1 }],
    ['unclosed-quote', { unclosedQuote: true }],
    ['pronoun-named-just-before', { pronounNamedJustBefore: true }],
    ['report-in-adverbial-clause', { speakerOpensAdverbialClause: true }],
    ['source-named-once', { speakerNamedOnce: true }],
    ['content-not-a-clause', { opensWithSubjectAndVerb: false }],
    ['participle-cue', { participleCue: true }],
    ['pronoun-not-just-named', { pronounSpeaker: true }],
    ['group-pronoun-speaker', { groupPronounSpeaker: true }],
  ];

  it('has a row for every factor', () => {
    expect([...changes.map(([name]) => name), 'speaker-opens-sentence', 'present-tense-cue'].sort()).toEqual(
      CONFIDENCE_FACTORS.map((factor) => factor.name).sort());
  });

  it.each(changes)('%s applies alone and moves confidence the way its odds say', (name, change) => {
    const evidence = { ...plain, ...change };
    const factors = applyingFactors(evidence);
    expect(factors.map((factor) => factor.name)).toEqual([name]);
    const odds = (factors[0] as { odds: number }).odds;
    expect(Math.sign(claimConfidence(evidence) - claimConfidence(plain))).toBe(Math.sign(odds - 1));
  });

  it('counts the speaker opening the sentence only with a verb of saying or writing', () => {
    expect(applyingFactors({ ...plain, speakerOpensSentence: true })).toEqual([]);
    const said: ClaimEvidence = { ...plain, cueType: 'speech' };
    expect(applyingFactors({ ...said, speakerOpensSentence: true }).map((f) => f.name)).toEqual(['speech-cue', 'speaker-opens-sentence']);
    expect(claimConfidence({ ...said, speakerOpensSentence: true })).toBeGreaterThan(claimConfidence(said));
  });

  it('does not count a quotation as no clause, and lifts a pronoun named just before over the pronoun penalty', () => {
    expect(applyingFactors({ ...plain, kind: 'direct', opensWithSubjectAndVerb: false }).map((f) => f.name)).toEqual(['quoted']);
    const near: ClaimEvidence = { ...plain, pronounSpeaker: true, pronounNamedJustBefore: true };
    expect(applyingFactors(near).map((f) => f.name)).toEqual(['pronoun-named-just-before']);
  });

  it('does not count a short object noun phrase as a fragment', () => {
    const object: ClaimEvidence = { ...plain, rule: 'speaker-verb-object', contentWords: 3 };
    expect(applyingFactors(object).map((f) => f.name)).toEqual(['object-as-content']);
    expect(applyingFactors({ ...object, rule: 'speaker-cue-content' }).map((f) => f.name)).toEqual(['few-words']);
  });

  it('counts a present-tense cue only with a verb of saying or writing', () => {
    expect(applyingFactors({ ...plain, presentTenseCue: true })).toEqual([]);
    const said: ClaimEvidence = { ...plain, cueType: 'speech' };
    expect(applyingFactors({ ...said, presentTenseCue: true }).map((f) => f.name)).toEqual(['speech-cue', 'present-tense-cue']);
    expect(claimConfidence({ ...said, presentTenseCue: true })).toBeGreaterThan(claimConfidence(said));
  });

  it('does not count a quotation as crossing a clause, holding a comma or opening with "to" (quote marks bound it)', () => {
    const quoted: ClaimEvidence = { ...plain, kind: 'direct', crossesClauseBreak: true, commaOutsideQuotes: true, opensWithTo: true };
    expect(applyingFactors(quoted).map((f) => f.name)).toEqual(['quoted']);
  });

  it('counts a comma that opens a clause break once, as the clause break', () => {
    const both: ClaimEvidence = { ...plain, crossesClauseBreak: true, commaOutsideQuotes: true };
    expect(applyingFactors(both).map((f) => f.name)).toEqual(['clause-break']);
  });

  it('lowers a paraphrase before its speaker, not a quotation or a partly quoted content there', () => {
    for (const kind of ['direct', 'mixed'] as const) {
      const before: ClaimEvidence = { ...plain, kind, rule: 'content-comma-cue-speaker' };
      expect(applyingFactors(before).map((f) => f.name)).not.toContain('paraphrase-before-speaker');
    }
  });

  it('keeps confidence inside (0, 1) when every factor of one direction applies', () => {
    const best: ClaimEvidence = { ...plain, kind: 'direct', cueType: 'speech', speakerOpensSentence: true };
    const worst: ClaimEvidence = {
      ...plain, rule: 'framing-verb-quote', cueType: null, contentWords: 2, cuesBesideContent: 3, unclosedQuote: true,
      crossesClauseBreak: true, opensWithTo: true, pronounSpeaker: true,
    };
    expect(claimConfidence(best)).toBeLessThan(1);
    expect(claimConfidence(worst)).toBeGreaterThan(0);
    expect(claimConfidence(best)).toBeGreaterThan(0.9);
    expect(claimConfidence(worst)).toBeLessThan(0.2);
  });
});
