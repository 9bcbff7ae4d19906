/** Checks what the caller passed and settles the article text and its publication date. */
import type { ArticleInput, ExtractOptions } from '../../types.js';

/** The article as later stages need it. */
export interface NormalizedInput {
  readonly text: string;
  /** YYYY-MM-DD, or null when no usable date was given. */
  readonly publishedAt: string | null;
  readonly warnings: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Reads a publication date given as an ISO string or a Date; returns null and a warning if unusable. */
function readDate(value: unknown, warnings: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      warnings.push('publishedAt is an invalid Date; relative dates are left unresolved');
      return null;
    }
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value.trim());
    if (match !== null) {
      const [, y, m, d] = match;
      const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      if (date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)) return `${y}-${m}-${d}`;
    }
    warnings.push(`publishedAt "${value}" is not an ISO 8601 date (YYYY-MM-DD); relative dates are left unresolved`);
    return null;
  }
  throw new TypeError(`whosaid: publishedAt must be an ISO 8601 date string or a Date, got ${describe(value)}`);
}

/**
 * Validates `input` and `options`.
 * @throws TypeError when the input is neither a string nor an object with a string `text`.
 */
export function normalizeInput(input: unknown, options: ExtractOptions | undefined): NormalizedInput {
  const warnings: string[] = [];
  let text: string;
  let articleDate: unknown;
  if (typeof input === 'string') {
    text = input;
  } else if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const article = input as Partial<ArticleInput>;
    if (typeof article.text !== 'string') {
      throw new TypeError(`whosaid: extract() needs input.text to be a string, got ${describe(article.text)}`);
    }
    text = article.text;
    articleDate = article.publishedAt;
  } else {
    throw new TypeError(
      `whosaid: extract() needs a string or an object { text, publishedAt? }, got ${describe(input)}`,
    );
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`whosaid: extract() options must be an object, got ${describe(options)}`);
  }
  const given = options?.publishedAt ?? articleDate;
  const publishedAt = readDate(given, warnings);
  return { text, publishedAt, warnings };
}
