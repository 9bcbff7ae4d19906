/**
 * What a stance holds someone to account for, after "for": "praised her for her courage", "faulted the board
 * for not acting", "grilled the chief on Monday for her part in the scheme".
 */
import type { Token } from '../../document/types.js';
import { VERB_NEGATION_SET } from '../../../vocabulary/cue-verbs.js';
import { OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { PERSON_TITLE_HEADS } from '../../../vocabulary/titles.js';
import { isNounPhraseWord } from './tokens.js';

const GROUND_POSSESSIVES = new Set(POSSESSIVE_PRONOUNS);
const PERSON_WORDS = new Set([...OBJECT_PRONOUNS, ...PERSON_TITLE_HEADS]);
/** Most tokens of a phrase of time or setting that may stand between the object and its "for". */
const MAX_SETTING_TOKENS = 6;

/** What one is held to account for, after "for": a gerund ("for skipping"), "not" ("for not paying"), or "his …". */
export function opensGround(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return (token.pos === 'VERB' && token.lower.endsWith('ing')) || VERB_NEGATION_SET.has(token.lower) || GROUND_POSSESSIVES.has(token.lower);
}

/**
 * Whether the phrase of time or setting at token `index` is followed, before `end`, by "for" and a ground:
 * "on Monday for her part …", "on Facebook for backing …". The phrase then stands inside the reported object.
 */
export function groundAfterSetting(tokens: readonly Token[], index: number, end: number): boolean {
  for (let j = index + 1; j < end && j <= index + MAX_SETTING_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.lower === 'for') return opensGround(tokens[j + 1]);
    if (!isNounPhraseWord(token) && token.pos !== 'ADP') return false;
  }
  return false;
}

/**
 * Whether the object from token `start`, ending at character `end`, holds "for" and a ground: "the chief for
 * his role …", "the union on Facebook for backing …".
 */
export function holdsGround(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < tokens.length && (tokens[i] as Token).end <= end; i += 1) {
    if ((tokens[i] as Token).lower === 'for' && opensGround(tokens[i + 1])) return true;
  }
  return false;
}

/**
 * Whether the object from token `start`, before its "for", names a person: a name, a pronoun or an office ("the
 * bank chief for …", "Senator Roe for …"), not a thing ("the salmon for his guests").
 */
export function personBeforeGround(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < tokens.length && (tokens[i] as Token).end <= end; i += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'for') return false;
    if (token.pos === 'PROPN' || PERSON_WORDS.has(token.lower)) return true;
  }
  return false;
}
