/**
 * Typed mentions: candidates split from their titles, stripped of possessives, and typed by the first
 * typing rule that answers. Document-level consistency comes after, in `consistency.ts`.
 */
import type { Document, Token } from '../document/types.js';
import type { EntityType } from '../../types.js';
import type { Candidate } from './candidates.js';
import { typeMention } from './type-rules/index.js';
import { isHonorific, nameLookup } from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A letter. */
const LETTER = /\p{L}/u;
/** A possessive ending last. */
const POSSESSIVE_END = /['\u2019]s?$/u;

/** A name in the text with what the typing rules made of it. */
export interface TypedMention {
  /** Index of the first token (an honorific included). */
  readonly first: number;
  /** Index just past the last token. */
  readonly end: number;
  /** Character offsets and text of the mention, as written ("Mr. Li"). */
  readonly start: number;
  readonly endChar: number;
  readonly text: string;
  /** The mention without its honorific ("Li"). */
  readonly bare: string;
  /** Lower-cased `bare` with straightened apostrophes, for comparing names. */
  readonly key: string;
  /** The honorific written before the name, if any ("Mr."). */
  readonly honorific: string | null;
  readonly type: EntityType;
  /** Strength of the typing (see `Typing.strength`). */
  readonly strength: number;
  /** Id of the rule that typed it. */
  readonly rule: string;
  /** True when only a sentence-initial capital says it is a name. */
  readonly weak: boolean;
  /** True when the type holds for this mention only (a dateline), not for the name elsewhere. */
  readonly local: boolean;
  /** Token range of the title written before the name, if any. */
  readonly title: { readonly first: number; readonly end: number } | null;
}

/**
 * Types one candidate; `title` is the title written before it, if any; `teamSport` says whether the
 * article reports a team sport.
 */
export function typedMention(
  doc: Document,
  candidate: Candidate,
  title: { readonly first: number; readonly end: number } | null,
  teamSport: boolean,
): TypedMention | null {
  const tokens = doc.tokens.slice(candidate.first, candidate.end) as Token[];
  // Possessive endings that stayed on the token ("Merkel's" when not split off).
  const firstToken = tokens[0];
  const lastToken = tokens[tokens.length - 1];
  if (firstToken === undefined || lastToken === undefined) return null;
  const start = firstToken.start;
  let endChar = lastToken.end;
  const possessive = POSSESSIVE_END.exec(doc.text.slice(start, endChar));
  if (possessive !== null && lastToken.text.length > possessive[0].length) endChar -= possessive[0].length;
  const text = doc.text.slice(start, endChar);
  const honorific = tokens.length > 1 && isHonorific(firstToken.text) ? firstToken.text : null;
  const second = tokens[1];
  const bare = honorific !== null && second !== undefined ? doc.text.slice(second.start, endChar) : text;
  if (!LETTER.test(bare)) return null;
  const bareLookup = nameLookup(bare);
  const typing = typeMention({
    doc,
    first: candidate.first,
    end: candidate.end,
    text,
    bare,
    bareLookup,
    tokens,
    titled: title !== null,
    teamSport,
  });
  return {
    first: candidate.first,
    end: candidate.end,
    start,
    endChar,
    text,
    bare,
    key: bareLookup.lower,
    honorific,
    type: typing.type,
    strength: typing.strength,
    rule: typing.rule,
    weak: candidate.weak,
    local: typing.local === true,
    title,
  };
}
