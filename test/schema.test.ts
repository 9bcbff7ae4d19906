/**
 * The shipped JSON Schema (schema/extraction.schema.json) describes exactly what `extract` returns.
 *
 * The hand-built `complete` object is typed as `Extraction`, so a field added to src/types.ts fails the
 * typecheck here until it is added to the object, and then fails validation (`additionalProperties: false`)
 * until it is added to the schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extract, SCHEMA_VERSION, type Extraction } from '../src/index.js';

const schemaUrl = new URL('../schema/extraction.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as {
  properties: Record<string, { const?: unknown }>;
  required: string[];
  $defs: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
};
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const seed = readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8');
const articlesDir = new URL('../fixtures/articles/', import.meta.url);
const articles = existsSync(articlesDir)
  ? readdirSync(articlesDir).filter((name) => name.endsWith('.txt')).sort()
  : [];

/** Validation errors as short readable lines (empty when valid). */
function problems(value: unknown): string[] {
  validate(value);
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

/** A valid extraction with one of everything, built by hand so the schema is exercised in full. */
function complete(): Extraction {
  const text = 'Senator Jane Roe said on Monday that the bridge "will open in May."';
  const span = (s: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    text,
    publishedAt: '2024-03-06',
    claims: [
      {
        id: 'c1',
        kind: 'mixed',
        content: [span('that the bridge "will open in May."')],
        cue: span('said'),
        cueType: 'speech',
        speaker: { mention: span('Senator Jane Roe'), entity: 'e1', name: 'Jane Roe' },
        source: null,
        entities: ['e1'],
        dates: ['d1', 'd2'],
        saidOn: '2024-03-05',
        confidence: 0.85,
        rule: 'speaker-cue-that-content',
      },
    ],
    entities: [{ id: 'e1', type: 'PERSON', name: 'Jane Roe', mentions: [span('Jane Roe')], roles: ['Senator'] }],
    dates: [
      { id: 'd1', span: span('on Monday'), value: '2024-03-04', precision: 'day' },
      { id: 'd2', span: span('May'), value: '2024-05', precision: 'month' },
    ],
    warnings: [],
  };
}

/** Deep copy of `complete()` changed by `edit`, for objects that must fail. */
function broken(edit: (value: Record<string, any>) => void): unknown {
  const value = structuredClone(complete()) as Record<string, any>;
  edit(value);
  return value;
}

const tricky: [string, string][] = [
  ['empty', ''],
  ['only spaces and breaks', ' \n\r\n\t \u2028 '],
  ['unbalanced quote marks', '“This never closes, said the mayor.\n\n“Nor does this one.'],
  ['split quote', '“We will win,” she said. “Nobody doubts it.”'],
  ['CRLF paragraphs', 'The minister said on Tuesday:\r\n\r\n"Taxes will fall."\r\nOthers disagreed.'],
  ['emoji and astral characters', 'Fans 🎉🎉 cheered. “Best day 🏆 ever,” said 𝒜lice Wong, according to 📰 Daily.'],
  ['nested and guillemet quotes', 'He said « she told me ‘never’ » and left. \'Fine,\' said Bo.'],
  ['numbers and dates', 'On 2023-02-18 at 9:30 a.m., 1,200 people said "no" (Reuters, Feb. 19, 2023).'],
  ['lone surrogates', 'Bad \uD800 text \uDC00 said Kim.'],
];

describe('extraction.schema.json', () => {
  it('is a well-formed schema for the current SCHEMA_VERSION', () => {
    expect(schema.properties.schemaVersion?.const).toBe(SCHEMA_VERSION);
  });

  it('requires every property it declares, on every object', () => {
    const objects = [schema, ...Object.values(schema.$defs).filter((d) => d.properties !== undefined)];
    for (const object of objects) {
      expect([...(object.required ?? [])].sort()).toEqual(Object.keys(object.properties ?? {}).sort());
    }
  });

  it('accepts a hand-built extraction with a claim, an entity and dates', () => {
    expect(problems(complete())).toEqual([]);
  });

  it('accepts nulls wherever the types allow them', () => {
    const value = broken((v) => {
      v.publishedAt = null;
      v.claims[0].cue = null;
      v.claims[0].speaker.entity = null;
      v.claims[0].source = { mention: v.claims[0].speaker.mention, entity: null };
      v.dates[0].value = null;
      v.dates.push({ id: 'd3', span: v.dates[0].span, value: '2024-03-04T09:30', precision: 'time' });
      v.dates.push({ id: 'd4', span: v.dates[0].span, value: '2024', precision: 'year' });
      v.dates.push({ id: 'd5', span: v.dates[0].span, value: '2024-03-03/2024-03-05', precision: 'day' });
    });
    expect(problems(value)).toEqual([]);
    expect(problems(broken((v) => (v.claims[0].speaker = null)))).toEqual([]);
  });

  it.each<[string, (v: Record<string, any>) => void, RegExp]>([
    ['a missing top-level field', (v) => delete v.warnings, /must have required property 'warnings'/],
    ['an extra field', (v) => (v.claims[0].score = 1), /must NOT have additional properties/],
    ['an unknown kind', (v) => (v.claims[0].kind = 'quoted'), /\/claims\/0\/kind must be equal to one of/],
    ['confidence above 1', (v) => (v.claims[0].confidence = 1.5), /\/claims\/0\/confidence must be <= 1/],
    ['confidence below 0', (v) => (v.claims[0].confidence = -0.1), /\/claims\/0\/confidence must be >= 0/],
    ['a claim id without its prefix', (v) => (v.claims[0].id = '1'), /\/claims\/0\/id must match pattern/],
    ['an entity id in a date list', (v) => (v.claims[0].dates = ['e1']), /\/claims\/0\/dates\/0 must match/],
    ['an unknown entity type', (v) => (v.entities[0].type = 'PER'), /\/entities\/0\/type must be equal to one of/],
    ['a negative offset', (v) => (v.entities[0].mentions[0].start = -1), /mentions\/0\/start must be >= 0/],
    ['a fractional offset', (v) => (v.dates[0].span.end = 2.5), /\/dates\/0\/span\/end must be integer/],
    ['a claim with no content', (v) => (v.claims[0].content = []), /\/claims\/0\/content must NOT have fewer/],
    ['a value finer than its precision', (v) => (v.dates[1].value = '2024-05-01'), /\/dates\/1\/value/],
    ['an interval mixing precisions', (v) => (v.dates[0].value = '2024-03-04/2024-05'), /\/dates\/0\/value/],
    ['an unknown precision', (v) => (v.dates[0].precision = 'week'), /\/dates\/0\/precision must be equal/],
    ['a publication date-time', (v) => (v.publishedAt = '2024-03-06T10:00'), /\/publishedAt must match/],
    ['another schema version', (v) => (v.schemaVersion = '0.9.0'), /\/schemaVersion must be equal to constant/],
  ])('rejects %s', (_name, edit, message) => {
    const found = problems(broken(edit));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('accepts what extract returns on the seed article', () => {
    expect(problems(extract(seed, { publishedAt: '2023-02-19' }))).toEqual([]);
    expect(problems(extract({ text: seed, publishedAt: '2023-02-19', title: 'Seed', outlet: 'Bangkok One' }))).toEqual(
      [],
    );
    expect(problems(extract(seed))).toEqual([]);
  });

  it.runIf(articles.length > 0)('accepts what extract returns on every fixture article', () => {
    for (const name of articles) {
      const text = readFileSync(new URL(name, articlesDir), 'utf8');
      expect({ name, problems: problems(extract(text, { publishedAt: '2024-01-01' })) }).toEqual({ name, problems: [] });
    }
  });

  it.each(tricky)('accepts what extract returns on %s text', (_name, text) => {
    expect(problems(extract(text, { publishedAt: '2023-02-19' }))).toEqual([]);
    expect(problems(extract(text))).toEqual([]);
  });

  it('accepts what extract returns with an unreadable publication date (a warning)', () => {
    const result = extract('The mayor said so.', { publishedAt: 'last Tuesday' });
    expect(problems(result)).toEqual([]);
    expect(result.publishedAt).toBeNull();
  });

  it('survives a JSON round trip (no undefined, functions or Dates in the output)', () => {
    const result = extract(seed, { publishedAt: new Date(Date.UTC(2023, 1, 19)) });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(problems(JSON.parse(JSON.stringify(result)))).toEqual([]);
  });
});
