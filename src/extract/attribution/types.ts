/** The shapes attribution rules work with. */
import type { Cue } from '../cues/types.js';
import type { Document } from '../document/types.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import type { Quote } from '../quotes/types.js';
import type { CueType } from '../../types.js';

/** A character range of the text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** What a rule found as the speaker, before resolution. */
export interface SpeakerPhrase extends Range {
  /**
   * - `pronoun`: "he", "they";
   * - `name`: a phrase whose head is capitalised ("Ms. Roe", "Acme Corp");
   * - `description`: a common-noun phrase ("the spokeswoman", "China’s foreign ministry");
   * - `inherited`: no phrase of its own; the speaker of the claim named in `from`.
   */
  readonly kind: 'pronoun' | 'name' | 'description' | 'inherited';
  /** For `inherited`: the candidate whose speaker it takes. */
  readonly from?: Candidate;
  /** For a relative pronoun ("Jane Roe, who said"): the phrase it stands for. */
  readonly antecedent?: SpeakerPhrase;
  /**
   * For a "they" opening a sentence: the plural subject of the sentence before ("The researchers compared
   * images. They found …"), taken up when no earlier speaker or group fits.
   */
  readonly previousSubject?: SpeakerPhrase;
  /** End of the whole subject when a modifier follows the phrase's head ("A study published in March"): the mention's end. */
  readonly extentEnd?: number;
  /** Speakers joined by "and" into one subject ("the mayor and the governor"): no one entity, unless one names the whole. */
  readonly joined?: true;
}

/** A claim as a rule proposes it. */
export interface Candidate {
  readonly rule: string;
  readonly content: readonly Range[];
  readonly cue: Range | null;
  readonly cueType: CueType | null;
  readonly speaker: SpeakerPhrase | null;
  /** Sentences the claim spans, first and last. */
  readonly firstSentence: number;
  readonly lastSentence: number;
}

/** Everything a rule may read. */
export interface RuleContext {
  readonly doc: Document;
  readonly quotes: readonly Quote[];
  readonly quoteIndex: QuoteIndex;
  readonly cues: readonly Cue[];
  /** The cues of each sentence, by sentence index. */
  readonly cuesBySentence: ReadonlyMap<number, readonly Cue[]>;
  /** The indexes of the tokens of each lower-cased word, in text order. */
  readonly tokensByWord: ReadonlyMap<string, readonly number[]>;
  /** Candidates accepted so far, in the order they were made. */
  readonly accepted: readonly Candidate[];
  /** The same candidates, sorted by the start of their content. */
  readonly acceptedByStart: readonly Candidate[];
}

/** A rule that starts from a cue. */
export interface CueRule {
  readonly id: string;
  apply(context: RuleContext, cue: Cue): Candidate | null;
}

/** A rule that starts from a quotation no cue rule has claimed. */
export interface QuoteRule {
  readonly id: string;
  apply(context: RuleContext, quote: Quote): Candidate | null;
}
