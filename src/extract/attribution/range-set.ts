/** A growing set of character ranges that answers "does anything here overlap?" in logarithmic time. */
import type { Range } from './types.js';
import { firstIndex } from '../util/search.js';

/** Ranges kept sorted by start; the set assumes the ranges added do not overlap one another. */
export class RangeSet {
  readonly #ranges: Range[] = [];

  /** Adds `range`. */
  add(range: Range): void {
    const index = this.#firstEndingAfter(range.start);
    this.#ranges.splice(index, 0, range);
  }

  /** Whether any range in the set overlaps `range`. */
  overlaps(range: Range): boolean {
    const next = this.#ranges[this.#firstEndingAfter(range.start)];
    return next !== undefined && next.start < range.end;
  }

  #firstEndingAfter(offset: number): number {
    return firstIndex(this.#ranges, (range) => range.end > offset);
  }
}
