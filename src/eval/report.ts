/** The shape every evaluator returns, so the command line can print any of them the same way. */

/** Figures and readable lines of one evaluation run. */
export interface EvalReport {
  /** Named figures (percentages 0–100, counts, words/s), printed as JSON with `--json`. */
  readonly figures: Readonly<Record<string, number>>;
  /** The report as lines of text, in the order a reader wants them. */
  readonly lines: readonly string[];
  /** Missed, spurious and wrong items with their text, most telling first; `--errors N` prints N of them. */
  readonly errors: readonly string[];
}

/** Options every evaluator takes. */
export interface EvalOptions {
  /** How many error items to collect at most. */
  readonly maxErrors: number;
}

/** Scores `extract` on gold in JSON Lines (one annotated document a line). */
export type Evaluator = (jsonl: string, options: EvalOptions) => EvalReport;
