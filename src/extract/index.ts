/** The pipeline, stage by stage: document, mentions, attribution, resolution, claims. */
import type { ExtractOptions, Extraction } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { readDocument } from './document/read-document.js';
import { findDates } from './dates/index.js';
import { findEntities } from './entities/index.js';
import { normalizeInput } from './input/normalize-input.js';

/**
 * Reads a news article and returns who said what, about whom, and when.
 *
 * @param input The article text, or `{ text, publishedAt?, title?, url?, outlet? }`.
 * @param options `publishedAt` resolves relative dates ("on Saturday").
 * @throws TypeError when `input` is not a string or an object with a string `text`.
 */
export function extract(input: unknown, options?: ExtractOptions): Extraction {
  const { text, publishedAt, warnings } = normalizeInput(input, options);
  const doc = readDocument(text);
  const { entities } = findEntities(doc);
  const dates = findDates(doc, publishedAt);
  return {
    schemaVersion: SCHEMA_VERSION,
    text,
    publishedAt,
    claims: [],
    entities,
    dates: dates.dates,
    warnings: [...warnings, ...dates.warnings],
  };
}
