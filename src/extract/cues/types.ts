import type { CueVerbType } from '../../vocabulary/cue-verbs.js';

/** A reporting expression: a verb of saying, "according to", or a verb framing a quotation. */
export interface Cue {
  /**
   * - `verb`: a reporting verb ("said", "did state", "continued by saying", "believes", "called for");
   * - `according-to`: the phrase "according to";
   * - `framing`: a verb whose quoted object is the speaker's wording ("called it “…”").
   */
  readonly kind: 'verb' | 'according-to' | 'framing';
  /** What the cue reports: speech, writing, a belief, evidence or an intention. */
  readonly type: CueVerbType;
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
