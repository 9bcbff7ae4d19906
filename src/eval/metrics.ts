/** Counting helpers shared by evaluators: precision/recall/F1, percentages, words, and how to print them. */

/** Precision, recall and F1 as percentages (0–100). */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** `part` of `whole` as a percentage; 0 when `whole` is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

/** Precision, recall and F1 from true positives and the predicted and gold counts. */
export function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = percent(truePositives, predicted);
  const recall = percent(truePositives, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Whitespace-separated tokens in `text`, the word count every speed figure uses. */
export function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** A percentage with one decimal, right-aligned to 5 characters ("  0.0", " 72.9", "100.0"). */
export function pct(value: number): string {
  return value.toFixed(1).padStart(5);
}

/** One report line for a P/R/F1 triple, with the counts behind it. */
export function prfLine(label: string, scores: Prf, truePositives: number, predicted: number, gold: number): string {
  return (
    `${label.padEnd(30)} P ${pct(scores.precision)}  R ${pct(scores.recall)}  F1 ${pct(scores.f1)}` +
    `   (${truePositives} right of ${predicted} predicted, ${gold} gold)`
  );
}

/** `text` on one line, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
