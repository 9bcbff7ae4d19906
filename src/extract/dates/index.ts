/** The date stage: date and time expressions resolved against the publication date. */
import type { Document } from '../document/types.js';
import type { DateMention } from '../../types.js';

/** What the date stage gives later stages. */
export interface DateAnalysis {
  /** In text order, ids "d1", "d2", … */
  readonly dates: readonly DateMention[];
  readonly warnings: readonly string[];
}

/** Finds the dates of `doc`; `publishedAt` is YYYY-MM-DD or null. */
export function findDates(doc: Document, publishedAt: string | null): DateAnalysis {
  void doc;
  void publishedAt;
  return { dates: [], warnings: [] };
}
