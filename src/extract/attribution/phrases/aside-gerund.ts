/**
 * A gerund of saying after a comma and a preposition, set aside from the report before it: "refuses to name
 * anyone, apart from noting that …", "defended the budget, while insisting that …". It is a report of its
 * own, by the speaker of the report it follows. After "by" such a gerund also ends an object ("published its
 * findings by announcing that …").
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import type { PhraseMatch } from './noun-phrase.js';
import { sentenceSubject } from './subject.js';
import { inQuote } from './tokens.js';

/** Cue types whose gerund after a preposition reports words. */
const SAYING_TYPES: ReadonlySet<string> = new Set(['speech', 'writing']);

/**
 * The cue of a gerund of speech or writing right after the preposition at `index`, or undefined. Not after
 * "of" (", of saying …" goes with a noun before it), nor a "from" that opens a range ("from saying … to
 * playing up …", a list of what was done).
 */
export function sayingGerundAfter(context: RuleContext, index: number): Cue | undefined {
  const tokens = context.doc.tokens;
  const preposition = tokens[index];
  if (preposition === undefined || !/^(?:ADP|SCONJ)$/.test(preposition.pos) || preposition.lower === 'of') return undefined;
  if (preposition.lower === 'from' && rangeEndAfter(tokens, index)) return undefined;
  const cues = context.cuesBySentence.get(preposition.sentence) ?? [];
  return cues.find((cue) => cue.firstToken === index + 1 && cue.firstToken === cue.verbToken && cue.kind === 'verb' &&
    SAYING_TYPES.has(cue.type) && (tokens[cue.verbToken] as Token).lower.endsWith('ing'));
}

/** "from saying … to playing up …": a "to" before a gerund later in the sentence closes a range opened at `from`. */
function rangeEndAfter(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]?.sentence;
  for (let i = from + 2; tokens[i]?.sentence === sentence; i += 1) {
    if (tokens[i]?.lower === 'to' && tokens[i + 1]?.pos === 'VERB' && (tokens[i + 1] as Token).lower.endsWith('ing')) return true;
  }
  return false;
}

/** The comma that sets off the gerund's phrase before `cue` (adverbs may stand between: ", apart from"), or -1. */
export function asideComma(context: RuleContext, cue: Cue): number {
  const tokens = context.doc.tokens;
  let before = cue.firstToken - 2;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  return tokens[before]?.text === ',' && tokens[before]?.sentence === cue.sentence ? before : -1;
}

/**
 * "The senator, despite admitting that the plan had flaws, voted for it": the subject of the sentence, when the
 * aside of `cue`, opened by the comma at `comma`, comes right after it and the verb comes after the comma that closes the aside; with that
 * comma, where the gerund's words end. Null when the aside stands anywhere else.
 */
export function subjectAroundAside(context: RuleContext, cue: Cue, sentence: Sentence, comma: number): { subject: PhraseMatch; close: number } | null {
  const subject = comma < 0 ? null : sentenceSubject(context, sentence, sentence.endToken);
  if (subject === null || subject.endToken !== comma) return null;
  const tokens = context.doc.tokens;
  // "Ana Ruiz, the head of the board, despite …": a description after a name and a comma stands in apposition to it.
  if (tokens[subject.firstToken - 1]?.text === ',' && /^(?:NOUN|PROPN)$/.test(tokens[subject.firstToken - 2]?.pos ?? '')) return null;
  for (let i = cue.endToken; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ',' && !inQuote(context, token)) return { subject, close: i };
  }
  return null;
}

/** The comma right before a participle's aside, perhaps with adverbs or "having" between (", having said …"), or -1. */
export function participleComma(context: RuleContext, cue: Cue): number {
  const tokens = context.doc.tokens;
  let before = cue.firstToken - 1;
  if (tokens[before]?.lower === 'having') before -= 1;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  return tokens[before]?.text === ',' && tokens[before]?.sentence === cue.sentence ? before : -1;
}
