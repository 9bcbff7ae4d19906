/** Binary search over arrays kept in text order. */

/**
 * Index of the first item for which `isAtOrAfter` holds, in an array where it holds for a suffix
 * (every item after a true one is true too); the array's length when it holds for none.
 */
export function firstIndex<T>(items: readonly T[], isAtOrAfter: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAtOrAfter(items[mid] as T)) high = mid;
    else low = mid + 1;
  }
  return low;
}
