/** The shape of a typing rule: it reads one mention in its sentence and says what it names, or null. */
import type { Document, Token } from '../../document/types.js';
import type { EntityType } from '../../../types.js';
import type { NameLookup } from '../vocabulary-index.js';

/** A mention to type, placed in its document. */
export interface MentionContext {
  readonly doc: Document;
  /** Index of the first token of the mention (an honorific included). */
  readonly first: number;
  /** Index just past the last token. */
  readonly end: number;
  /** The mention as written. */
  readonly text: string;
  /** The mention without a leading honorific ("Mr. Li" → "Li"). */
  readonly bare: string;
  /** `bare` ready for the vocabulary tables, made once for the several rules that look it up. */
  readonly bareLookup: NameLookup;
  /** Its tokens, honorific included. */
  readonly tokens: readonly Token[];
  /** True when a title stood before it ("President Emmanuel Macron"). */
  readonly titled: boolean;
  /** True when the article reports a team sport, where towns name clubs (see `team-sport.ts`). */
  readonly teamSport: boolean;
}

/** What a rule says a mention names. */
export interface Typing {
  readonly type: EntityType;
  /**
   * How much to trust it, from 0 (a guess from the shape of the name) to 3 (the vocabulary knows the name):
   * across the document the strongest typing of a name wins.
   */
  readonly strength: number;
  /** True when the context types this mention only ("OSLO 2020-01-02" is a place, the team elsewhere). */
  readonly local?: boolean;
}

/** One typing rule, recording its id in the typed mention. */
export interface TypeRule {
  /** Stable id, e.g. "entity-country". */
  readonly id: string;
  /** The type of `mention`, or null when the rule does not apply. */
  readonly type: (mention: MentionContext) => Typing | null;
}
