/**
 * Properties that hold for any string: `extract` never throws, every span is the slice it names, ids
 * resolve, and the same input gives the same output. Random and adversarial inputs, then a few large ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../src/index.js';
import { readDocument } from '../src/extract/document/read-document.js';
import { invalidSpans } from './helpers/assert-spans.js';

/** Broken contract items beyond spans: dangling ids, duplicate ids, out-of-range confidence, text changed. */
function brokenReferences(result: Extraction, input: string): string[] {
  const problems: string[] = [];
  if (result.text !== input) problems.push('text differs from the input');
  const entityIds = new Set(result.entities.map((e) => e.id));
  const dateIds = new Set(result.dates.map((d) => d.id));
  const ids = [...result.claims.map((c) => c.id), ...entityIds, ...dateIds];
  if (new Set(ids).size !== ids.length || entityIds.size !== result.entities.length) problems.push('duplicate ids');
  result.claims.forEach((claim, i) => {
    if (!(claim.confidence >= 0 && claim.confidence <= 1)) problems.push(`claims[${i}].confidence ${claim.confidence}`);
    for (const id of claim.entities) if (!entityIds.has(id)) problems.push(`claims[${i}].entities ${id}`);
    for (const id of claim.dates) if (!dateIds.has(id)) problems.push(`claims[${i}].dates ${id}`);
    const linked = [claim.speaker?.entity, claim.source?.entity];
    for (const id of linked) if (id != null && !entityIds.has(id)) problems.push(`claims[${i}] speaker/source ${id}`);
  });
  return problems;
}

/** Runs `extract` once on `text` and checks spans and references; returns the result. */
function checkOnce(text: string, publishedAt?: string): Extraction {
  const result = extract(text, publishedAt === undefined ? undefined : { publishedAt });
  expect(invalidSpans(result)).toEqual([]);
  expect(brokenReferences(result, text)).toEqual([]);
  return result;
}

/** {@link checkOnce}, then a second run that must give the same output. */
function checkProperties(text: string, publishedAt?: string): void {
  const first = checkOnce(text, publishedAt);
  expect(extract(text, publishedAt === undefined ? undefined : { publishedAt })).toEqual(first);
}

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\t', ' ', '  ', '\u00a0'];
const WORDS = ['said', 'says', 'told', 'according to', 'added', 'he', 'she', 'they', 'that', 'Mr.', 'Dr.', ',', '.', ':', '—', '(', ')', '?'];
const EMOJI = ['😀', '🎉', '👩‍👩‍👧', '🇺🇸', '👍🏽', '𝒜', '\u0301', '\u200d', '\ufeff'];
const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

const capitalised = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.string({ unit: 'grapheme-ascii', maxLength: 8 }))
  .map(([first, rest]) => first + rest.toLowerCase().replace(/[^a-z]/g, ''));
const digits = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((n) => n.toFixed(2)),
);
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) =>
    d.toISOString().slice(0, 10),
  ),
  fc.constantFrom('on Monday', 'last Tuesday', 'Feb. 19', '19 February 2023', 'yesterday', 'next week', '9:30 a.m.'),
);
/** A piece of adversarial text: quote marks, breaks, reporting words, names, numbers, emoji, broken UTF-16. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((w) => ` ${w} `) },
  { weight: 3, arbitrary: capitalised.map((w) => ` ${w}`) },
  { weight: 2, arbitrary: digits },
  { weight: 2, arbitrary: date.map((d) => ` ${d} `) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const adversarial = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));

/** A news-like sentence built from parts, to reach the attribution patterns more often than noise does. */
const newsSentence = fc
  .tuple(
    fc.constantFrom('“', '"', '', '‘', '«'),
    fc.array(fc.oneof(capitalised, fc.constantFrom('the', 'plan', 'will', 'not', 'work', 'we', 'never')), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.constantFrom('”', '"', '', '’', '»', ',”', '."'),
    fc.constantFrom(' said', ' told reporters', ', according to', ' she said', ' added'),
    fc.array(capitalised, { maxLength: 3 }),
    fc.constantFrom('.', '', ' on Monday.', ', adding: “', '\r\n', '\n\n'),
  )
  .map(([open, words, close, cue, names, end]) => `${open}${words.join(' ')}${close}${cue} ${names.join(' ')}${end}`);
const newsLike = fc.array(newsSentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));
const publishedAt = fc.option(fc.constantFrom('2023-02-19', '2016-09-12', 'not a date', '2024-02-30'), {
  nil: undefined,
});

describe('extract properties', () => {
  it('holds on arbitrary code points (full Unicode, no lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkProperties(text)), {
      numRuns: 200,
    });
  });

  it('holds on arbitrary graphemes (emoji, combining marks)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => checkProperties(text)), {
      numRuns: 150,
    });
  });

  it('holds on adversarial mixtures of quote marks, breaks, cues, names, numbers and dates', () => {
    fc.assert(
      fc.property(adversarial, publishedAt, (text, date) => checkProperties(text, date)),
      { numRuns: 400 },
    );
  });

  it.each([
    ['a quotation, a cue and two capitalised words before a CRLF', '\u201Cthe\u201D she said A As\r\n'],
  ])('holds on an input the property runs once broke: %s', (_name, text) => {
    checkProperties(text);
  });

  it('holds on news-like sentences with quotes and cues', () => {
    fc.assert(
      fc.property(newsLike, publishedAt, (text, date) => checkProperties(text, date)),
      { numRuns: 300 },
    );
  });
});

/** A paragraph of invented news, with most attribution patterns and a few dates. */
const PARAGRAPH = [
  'Mayor Lena Ortiz said on Tuesday that the city would close the Harbor Bridge for repairs in March.',
  '“We have no choice,” Ortiz told reporters at City Hall. “The steel is older than I am.”',
  'According to the transport department, about 40,000 cars cross the bridge every day.',
  'Councillor Ade Bello, who chairs the budget committee, called the plan “rushed” and said residents',
  'had not been consulted, the Daily Ledger reported. He added: “We will ask for a vote.”',
  'Work is due to start on March 4, 2024 and end by late summer, officials said.',
].join(' ');

describe('extract on large and unusual inputs', () => {
  it('reads a 1 MB article', () => {
    const text = `${PARAGRAPH}\n\n`.repeat(Math.ceil(1_048_576 / (PARAGRAPH.length + 2)));
    expect(text.length).toBeGreaterThanOrEqual(1_048_576);
    const result = checkOnce(text, '2024-02-20');
    expect(result.claims.length).toBeGreaterThan(0);
  });

  it.each([
    ['10,000 curly quote marks', '“'.repeat(10_000)],
    ['10,000 alternating quote marks', '“”"\'‘’«»'.repeat(1_250)],
    ['10,000 quote marks between words', Array.from({ length: 10_000 }, (_, i) => `w${i % 7}${QUOTE_MARKS[i % 13]}`).join(' ')],
    ['10,000 quotes with cues', '“Yes,” he said. '.repeat(10_000)],
  ])('reads %s', (_name, text) => {
    checkOnce(text);
  });

  it('reads CRLF text with the same spans as LF text, shifted', () => {
    const crlf = PARAGRAPH.split('. ').join('.\r\n\r\n');
    checkProperties(crlf, '2024-02-20');
    const lf = crlf.replace(/\r\n/g, '\n');
    const a = extract(crlf, { publishedAt: '2024-02-20' });
    const b = extract(lf, { publishedAt: '2024-02-20' });
    expect(a.claims.length).toBe(b.claims.length);
    expect(a.entities.map((e) => e.name)).toEqual(b.entities.map((e) => e.name));
    expect(a.dates.map((d) => d.value)).toEqual(b.dates.map((d) => d.value));
  });

  it('reads emoji, astral characters and broken surrogates without shifting spans', () => {
    checkProperties(`🎉🇺🇸 ${PARAGRAPH.replace(/ /g, ' 👍🏽 ')} 👩‍👩‍👧`, '2024-02-20');
    checkProperties(`\uD800${PARAGRAPH}\uDC00 “𝒜𝒷𝒸,” said 𝒜lice.`, '2024-02-20');
    checkProperties(`\ufeff${PARAGRAPH}\u2028${PARAGRAPH}\u2029`, '2024-02-20');
  });

  it('reads one enormous paragraph and one long word', () => {
    checkOnce(PARAGRAPH.repeat(200));
    // wink-nlp's tokenizer is quadratic in the length of one token (200,000 letters take about 25 s), so the
    // word stays at a length that keeps this file quick.
    checkOnce('a'.repeat(20_000));
  });
});

describe('each text is read as if it came first', () => {
  // wink-nlp learns the words it meets; a possessive that ends a sentence would otherwise teach it to keep
  // "Ortega's" whole in every later text.
  const later = "By Ortega's own account, the ferry was late. “We waited,” Ortega's aide said.";
  const earlier = "The plan is more detailed than Ortega's. But few read it. Some prefer Bello-Ruiz's.";
  const words = (text: string): string[] => readDocument(text).tokens.map((token) => token.text);

  it('cuts a text into the same tokens before and after another', () => {
    const first = words(later);
    expect(first).toContain("'s");
    readDocument(earlier);
    expect(words(later)).toEqual(first);
  });

  it('reads names and currency codes met in another text as it read them before', () => {
    // Words of plain letters stay in wink's lexicon from one text to the next; a code such as "USD" does not.
    const reading = (text: string): string[] => readDocument(text).tokens.map((token) => `${token.text}/${token.pos}/${token.lemma}`);
    const plain = 'Quillabrand paid USD rates to Vostrikova, said Mr. Quillabrand.';
    const first = reading(plain);
    readDocument('Vostrikova sold USD40m of bonds to quillabrand-Ortiz in Quillabrand’s fund.');
    expect(reading(plain)).toEqual(first);
  });

  it('gives the same output for a text before and after another', () => {
    const first = extract(later, { publishedAt: '2024-02-20' });
    extract(earlier, { publishedAt: '2024-02-20' });
    expect(extract(later, { publishedAt: '2024-02-20' })).toEqual(first);
  });
});
