/**
 * whosaid: reads a news article and returns typed JSON of who said what, about whom, and when.
 * @packageDocumentation
 */
export { extract } from './extract/index.js';
export { SCHEMA_VERSION } from './types.js';
export type {
  ArticleInput,
  Claim,
  ClaimKind,
  CueType,
  DateMention,
  DatePrecision,
  Entity,
  EntityType,
  ExtractOptions,
  Extraction,
  Source,
  Speaker,
  Span,
} from './types.js';
