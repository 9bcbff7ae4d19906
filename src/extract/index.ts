/** The pipeline, stage by stage: document, mentions, attribution, resolution, claims. */
import type { ExtractOptions, Extraction } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { attribute } from './attribution/index.js';
import { assembleClaims } from './claims/assemble-claims.js';
import { findCues } from './cues/find-cues.js';
import { findDates } from './dates/index.js';
import { readDocument } from './document/read-document.js';
import { findEntities } from './entities/index.js';
import { normalizeInput } from './input/normalize-input.js';
import { findQuotes } from './quotes/find-quotes.js';
import { singleQuotationsAsDouble } from './quotes/single-quote-style.js';
import { indexQuotes } from './quotes/quote-index.js';
import { indexMentions } from './resolution/mention-index.js';
import { resolveSpeakers } from './resolution/resolve-speakers.js';
import { resliceClaims, resliceDates, resliceEntities } from './util/reslice-spans.js';

/**
 * Reads a news article and returns who said what, about whom, and when.
 *
 * @param input The article text, or `{ text, publishedAt?, title?, url?, outlet? }`.
 * @param options `publishedAt` resolves relative dates ("on Saturday").
 * @throws TypeError when `input` is not a string or an object with a string `text`.
 */
export function extract(input: unknown, options?: ExtractOptions): Extraction {
  const { text, publishedAt, warnings } = normalizeInput(input, options);
  // An article that quotes in single marks is read with them as double marks, offsets unchanged.
  const reading = singleQuotationsAsDouble(text);
  const doc = readDocument(reading);

  const quoteAnalysis = findQuotes(doc);
  const quoteIndex = indexQuotes(quoteAnalysis.quotes);
  const cues = findCues(doc, quoteIndex);
  const entityAnalysis = findEntities(doc);
  const dateAnalysis = findDates(doc, publishedAt);

  const candidates = attribute(doc, quoteAnalysis.quotes, quoteIndex, cues);
  const speakers = resolveSpeakers(doc, candidates, entityAnalysis, quoteIndex);
  const claims = assembleClaims(candidates, {
    doc,
    quotes: quoteAnalysis.quotes,
    quoteIndex,
    cues,
    speakers,
    mentions: indexMentions(entityAnalysis.entities),
    dates: dateAnalysis.dates,
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    text,
    publishedAt,
    claims: reading === text ? claims : resliceClaims(claims, text),
    entities: reading === text ? entityAnalysis.entities : resliceEntities(entityAnalysis.entities, text),
    dates: reading === text ? dateAnalysis.dates : resliceDates(dateAnalysis.dates, text),
    warnings: [...warnings, ...quoteAnalysis.warnings, ...dateAnalysis.warnings],
  };
}
