/** The attribution evaluator on tiny hand-made gold and hand-made extractions. */
import { describe, expect, it } from 'vitest';
import { evaluateAttribution, evaluateAttributionWith, type Reader } from '../../src/eval/attribution.js';
import { parseAttributionGold } from '../../src/eval/attribution-gold.js';
import { SCHEMA_VERSION, type Claim, type Span } from '../../src/index.js';

const TEXT = [
  '“The harbour will reopen in June,” said Mayor Lena Ortiz.',
  'Ortiz said that the repairs would cost less than expected.',
  'A “full audit” is needed, according to Councillor Ade Bello.',
  'Critics were unconvinced.',
].join('\n\n');

function span(s: string, text = TEXT): Span {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`not in text: ${s}`);
  return { start, end: start + s.length, text: s };
}
const range = (s: string) => {
  const { start, end } = span(s);
  return { start, end };
};

const GOLD = {
  id: 'harbour',
  publishedAt: '2024-02-20',
  text: TEXT,
  attributions: [
    {
      id: 'A1', type: 'direct', content: [range('“The harbour will reopen in June,”')],
      cue: range('said Mayor'), source: range('Mayor Lena Ortiz'),
    },
    {
      id: 'A2', type: 'indirect', content: [range('that the repairs would cost less than expected')],
      cue: range('said that'), source: range('Ortiz said'),
    },
    {
      id: 'A3', type: 'mixed', content: [range('A “full audit” is needed')],
      cue: range('according to'), source: range('Councillor Ade Bello'),
    },
  ],
};
const EMPTY_DOC = { id: 'quiet', publishedAt: null, text: 'Nothing was said here.', attributions: [] };
const JSONL = `${JSON.stringify(GOLD)}\n\n${JSON.stringify(EMPTY_DOC)}\n`;

function claim(id: string, content: Span[], speaker: Span | null, cue: Span | null, confidence: number): Claim {
  return {
    id, kind: 'direct', content, cue, cueType: cue === null ? null : 'speech', confidence, rule: 'hand-made', source: null, entities: [], dates: [], saidOn: null,
    speaker: speaker === null ? null : { mention: speaker, entity: null, name: speaker.text },
  };
}

const PREDICTED: Claim[] = [
  // Right, with the gold boundaries.
  claim('c1', [span('“The harbour will reopen in June,”')], span('Mayor Lena Ortiz'), span('said'), 0.95),
  // Content overlaps without "that" (not a boundary match); wrong speaker.
  claim('c2', [span('the repairs would cost less than expected')], span('Critics'), span('said that'), 0.92),
  // Nothing in the gold.
  claim('c3', [span('Critics were unconvinced')], null, null, 0.5),
];

const reader: Reader = (doc) => ({
  schemaVersion: SCHEMA_VERSION,
  text: doc.text,
  publishedAt: doc.publishedAt,
  claims: doc.id === 'harbour' ? PREDICTED : [],
  entities: [],
  dates: [],
  warnings: [],
});

describe('evaluateAttributionWith on hand-made extractions', () => {
  const report = evaluateAttributionWith(reader, JSONL, 10);
  const f = report.figures;

  it('counts documents, gold and predictions', () => {
    expect(f).toMatchObject({ documents: 2, gold: 3, predicted: 3, words: 37 });
  });

  it('matches contents by overlap and by boundary', () => {
    expect(f.contentPrecision).toBeCloseTo(200 / 3);
    expect(f.contentRecall).toBeCloseTo(200 / 3);
    expect(f.boundaryPrecision).toBeCloseTo(100 / 3);
    expect(f.boundaryF1).toBeCloseTo(100 / 3);
  });

  it('judges cue and speaker on matched contents only', () => {
    expect(f.cueAccuracy).toBe(100);
    expect(f.speakerAccuracy).toBe(50);
    expect(f.attributionPrecision).toBeCloseTo(100 / 3);
    expect(f.attributionRecall).toBeCloseTo(100 / 3);
    expect(f.attributionF1).toBeCloseTo(100 / 3);
  });

  it('gives recall by kind', () => {
    expect(f).toMatchObject({
      directContentRecall: 100, directAttributionRecall: 100,
      indirectContentRecall: 100, indirectAttributionRecall: 0,
      mixedContentRecall: 0, mixedAttributionRecall: 0,
    });
  });

  it('measures calibration of claims with confidence ≥ 0.9', () => {
    expect(f).toMatchObject({ highConfidenceClaims: 2, highConfidencePrecision: 50, highConfidenceShareOfRight: 100 });
  });

  it('lists misattributed, missed and spurious items with their document and text', () => {
    expect(report.errors).toEqual([
      'misattributed [harbour] that the repairs would cost less than expected — gold source: Ortiz said, ' +
        'predicted speaker: Critics (rule hand-made)',
      'missed [harbour] A “full audit” is needed — source: Councillor Ade Bello',
      'spurious [harbour] Critics were unconvinced — speaker: (none) (rule hand-made, confidence 0.50)',
    ]);
    expect(evaluateAttributionWith(reader, JSONL, 2).errors).toHaveLength(2);
    expect(evaluateAttributionWith(reader, JSONL, 0).errors).toEqual([]);
  });

  it('prints readable lines with the figures', () => {
    const text = report.lines.join('\n');
    expect(text).toMatch(/2 documents, 37 words, 3 gold attributions, 3 predicted claims/);
    expect(text).toMatch(/content \(overlap.*P  66\.7  R  66\.7  F1  66\.7/);
    expect(text).toMatch(/speaker accuracy on matched contents\s+50\.0%/);
    expect(text).toMatch(/recall mixed\s+content\s+0\.0/);
    expect(text).toMatch(/words\/s/);
  });

  it('counts absent cue and speaker on both sides as right', () => {
    const unattributed = { ...GOLD, attributions: [{ ...GOLD.attributions[0], cue: null, source: null }] };
    const bare: Reader = (doc) => ({
      ...reader(doc),
      claims: [claim('c1', [span('The harbour will reopen in June')], null, null, 0.4)],
    });
    const result = evaluateAttributionWith(bare, JSON.stringify(unattributed), 5);
    expect(result.figures).toMatchObject({ cueAccuracy: 100, speakerAccuracy: 100, attributionF1: 100, boundaryF1: 100 });
  });

  it('scores empty gold and no predictions as zeros, not NaN', () => {
    const result = evaluateAttributionWith(reader, JSON.stringify(EMPTY_DOC), 5);
    for (const value of Object.values(result.figures)) expect(Number.isFinite(value)).toBe(true);
    expect(result.figures.attributionF1).toBe(0);
  });
});

describe('evaluateAttribution with extract', () => {
  it('runs end to end on gold and reports every figure', () => {
    const report = evaluateAttribution(JSONL, { maxErrors: 5 });
    expect(report.figures).toMatchObject({ documents: 2, gold: 3 });
    expect(report.errors.length).toBeLessThanOrEqual(5);
    for (const value of Object.values(report.figures)) expect(Number.isFinite(value)).toBe(true);
  });
});

describe('parseAttributionGold', () => {
  it('reads documents and skips blank lines', () => {
    const docs = parseAttributionGold(JSONL);
    expect(docs.map((d) => d.id)).toEqual(['harbour', 'quiet']);
    expect(docs[0]?.attributions[1]).toMatchObject({ type: 'indirect', cue: range('said that') });
    expect(docs[1]?.publishedAt).toBeNull();
  });

  it.each([
    ['bad JSON', '{"text": ', /line 1: not valid JSON/],
    ['no text', '{"attributions": []}', /line 1: expected \{ text/],
    ['no attributions', '{"text": "x"}', /line 1: expected an "attributions" array/],
    ['an unknown type', JSON.stringify({ ...EMPTY_DOC, attributions: [{ type: 'quote', content: [] }] }), /type must be/],
    ['empty content', JSON.stringify({ ...EMPTY_DOC, attributions: [{ type: 'direct', content: [] }] }), /content must be/],
    [
      'a range past the text',
      `\n${JSON.stringify({ ...EMPTY_DOC, attributions: [{ type: 'direct', content: [{ start: 0, end: 999 }] }] })}`,
      /line 2 attributions\[0\]\.content\[0\]: range 0–999 is outside the text/,
    ],
  ])('rejects %s with the line and field', (_name, jsonl, message) => {
    expect(() => parseAttributionGold(jsonl)).toThrow(message);
  });
});
