/** A direct quotation: one or more pieces, each with its quote marks. */
export interface Quote {
  readonly index: number;
  /** Pieces in text order: one per paragraph the quote runs over. Each starts at its opening mark. */
  readonly pieces: readonly { readonly start: number; readonly end: number }[];
  readonly start: number;
  readonly end: number;
  /** False when the closing mark is missing and the quote was ended at its paragraph's end. */
  readonly closed: boolean;
  /** Id of the rule that delimited it. */
  readonly rule: QuoteRule;
}

/**
 * How a quote was delimited:
 * - `paired`: an opening mark and its closing mark;
 * - `continued-paragraphs`: open at a paragraph's end and reopened at the next one's start;
 * - `misplaced-closing-mark`: an opening mark where only a closing one makes sense ("…that “he said");
 * - `unclosed-before-attribution`: never closed; ended before a trailing "…, X said.";
 * - `unclosed`: never closed; ended at its paragraph's end.
 */
export type QuoteRule = 'paired' | 'continued-paragraphs' | 'misplaced-closing-mark' | 'unclosed-before-attribution' | 'unclosed';
