/** Finding the sentence that holds a character offset. */
import type { Document } from './types.js';
import { firstIndex } from '../util/search.js';

/** Index of the sentence holding `offset` (or the last one starting before it), by binary search. */
export function sentenceIndexAt(doc: Document, offset: number): number {
  return Math.max(0, firstIndex(doc.sentences, (sentence) => sentence.start > offset) - 1);
}
