/**
 * "The league fined Ana Ruiz for saying that …", "the panel held Ruiz in contempt for refusing to …": the
 * object of the verb before "for" and a gerund is the gerund's doer, as "thanked the mayor for backing …"
 * says the mayor backed it.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import { phraseAfter, type PhraseMatch } from './noun-phrase.js';
import { OBJECT_GERUND_PREPOSITIONS } from '../../../vocabulary/speaker-words.js';
import { OBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';

const OPENERS = new Set(OBJECT_GERUND_PREPOSITIONS);
/**
 * Cue types the object's gerund reports: words, or an intention ("for refusing to …"). A stance is left out:
 * "thanked the mayor for backing the plan" reports the thanks, and backing is no stance the mayor stated.
 */
const REPORTED_TYPES: ReadonlySet<string> = new Set(['speech', 'writing', 'intention']);
const OBJECTS = new Set(OBJECT_PRONOUNS);
/** Most tokens from the verb's object to the preposition: "held [Ruiz in contempt of the council] for". */
const MAX_OBJECT_TOKENS = 7;
/** Tags of the words of an object and a setting after it ("in contempt of the council", "in federal court"). */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PRON', 'PART']);

/**
 * The name or object pronoun that a verb takes as object before the preposition and the gerund of `cue`,
 * perhaps with a phrase after a preposition between them; null when there is none. A noun ("drew criticism
 * for saying", "paid a price for saying") is left alone: a reaction or a cost is no one who speaks.
 */
export function objectBeforeGerund(context: RuleContext, cue: Cue, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const preposition = cue.firstToken - 1;
  const verb = tokens[cue.verbToken];
  if (!REPORTED_TYPES.has(cue.type) || cue.kind !== 'verb' || cue.firstToken !== cue.verbToken || verb === undefined || !verb.lower.endsWith('ing')) return null;
  if (!OPENERS.has(tokens[preposition]?.lower ?? '')) return null;
  for (let start = preposition - 1; start > sentence.firstToken && start >= preposition - MAX_OBJECT_TOKENS; start -= 1) {
    const token = tokens[start] as Token;
    if (!OBJECT_TAGS.has(token.pos)) return null;
    const before = tokens[start - 1] as Token;
    if (before.pos !== 'VERB' || before.lower.endsWith('ing')) continue;
    const object = phraseAfter(context, start, sentence);
    return object !== null && isPerson(tokens, object) && settingOnly(tokens, object.endToken, preposition) ? object : null;
  }
  return null;
}

/** A name, or a pronoun that stands as an object ("him", "them"). */
function isPerson(tokens: readonly Token[], object: PhraseMatch): boolean {
  if (object.kind === 'name') return true;
  return object.kind === 'pronoun' && object.endToken === object.firstToken + 1 && OBJECTS.has(tokens[object.firstToken]?.lower ?? '');
}

/** Nothing, or a phrase opened by a preposition, stands from token `from` to the preposition at `until`. */
function settingOnly(tokens: readonly Token[], from: number, until: number): boolean {
  return from === until || (from < until && tokens[from]?.pos === 'ADP');
}
