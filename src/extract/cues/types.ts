/** A reporting expression: a verb of saying, "according to", or a verb framing a quotation. */
export interface Cue {
  /**
   * - `speech`: a verb of saying or writing ("said", "did state", "continued by saying");
   * - `according-to`: the phrase "according to";
   * - `framing`: a verb whose quoted object is the speaker's wording ("called it “…”").
   */
  readonly kind: 'speech' | 'according-to' | 'framing';
  readonly start: number;
  readonly end: number;
  /** Tokens of the cue, [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
  /** The token of its main verb (or "according"). */
  readonly verbToken: number;
  readonly lemma: string;
  /** "is said to", "was told": the subject is not the speaker. */
  readonly passive: boolean;
  /** A participle after a comma: "…, saying that …". */
  readonly participle: boolean;
  readonly sentence: number;
}
