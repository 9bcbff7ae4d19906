/**
 * Whether a verb after "and" goes on with the reported words or is the speaker's own: "urged them to cut costs
 * and consider …" (the words go on), "believe the seat is safe but worry that …" (the speaker's second verb).
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { MODAL_VERB_SET, VERB_NEGATION_SET } from '../../../vocabulary/cue-verbs.js';
import type { RuleContext } from '../types.js';
import { isParticiple, isQuoteMark } from './tokens.js';


/**
 * The verb at token `verb` is a bare form ("consider", not "considered") that can go on with a bare verb after
 * "to" or a modal in the content from token `start` ("urged them to cut costs and consider …"), and the
 * speaker's own verb at token `own` is not such a form ("will say that fares will rise and urge …", "critics say
 * fares should rise and urge …"); or a gerund after a content that opens with one, when the speaker's verb is
 * none ("suggested looking over the receipts and asking …", not "is suggesting … and asking …").
 */
export function joinsBareVerb(tokens: readonly Token[], start: number, verb: number, own: number): boolean {
  const token = tokens[verb];
  const ownVerb = tokens[own];
  if (token === undefined || ownVerb === undefined) return false;
  // "suggested looking over the receipts and asking …": a gerund goes on with the gerund the content opens with.
  if (isGerund(token)) return isGerund(tokens[start]) && !isGerund(ownVerb);
  if (!isBareVerb(token) || isBareVerb(ownVerb) || followsToOrModal(tokens, own)) return false;
  for (let i = start + 1; i < verb - 1; i += 1) if (isBareVerb(tokens[i] as Token) && followsToOrModal(tokens, i)) return true;
  return false;
}

/** The cue verb of the content from token `start`: the last cue of `sentence` before it. */
export function ownCueBefore(context: RuleContext, start: number, sentence: Sentence): Cue | undefined {
  return (context.cuesBySentence.get(sentence.index) ?? []).filter((other) => other.firstToken < start).at(-1);
}

function isGerund(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && isParticiple(token);
}

function isBareVerb(token: Token): boolean {
  return token.pos === 'VERB' && token.lower === token.lemma;
}

/** "to cut", "would cut", "will not cut", "to “really cut”": token `index` follows "to" or a modal (and adverbs, a quote mark). */
function followsToOrModal(tokens: readonly Token[], index: number): boolean {
  let i = index - 1;
  while (i > 0 && (tokens[i]?.pos === 'ADV' || VERB_NEGATION_SET.has(tokens[i]?.lower ?? '') || isQuoteMark(tokens[i]))) i -= 1;
  const before = tokens[i]?.lower ?? '';
  return before === 'to' || MODAL_VERB_SET.has(before);
}

/**
 * A verb in its dictionary form or with the "-s" of the present: "worry", "worries", "fears" (the lemma plus
 * "s", or "y" to "ies"; "-es" forms such as "pushes" are not read). Used for the speaker's second verb after
 * "and"; the confidence evidence reads a present cue differently (isPresentThirdPerson in
 * claims/confidence/evidence.ts: only an inflected form, any "-s" ending), so the two are kept apart.
 */
export function isPresentForm(verb: Token): boolean {
  return verb.lower === verb.lemma || verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma.replace(/y$/, 'ie')}s`;
}

/**
 * "revealed a gap in the way the agencies count voters and report …": a verb in the present after "and"
 * (token `verb`, with no auxiliary of its own) cannot share the subject of the speaker's verb in the past
 * (token `own`); it goes on with a clause inside the reported words.
 */
export function breaksTense(tokens: readonly Token[], verb: number, own: number): boolean {
  const token = tokens[verb];
  const ownVerb = tokens[own];
  if (token === undefined || ownVerb === undefined || token.pos !== 'VERB' || afterAuxiliary(tokens, verb)) return false;
  return isPresentForm(token) && !followsToOrModal(tokens, verb) && isPastForm(ownVerb) && !afterAuxiliary(tokens, own);
}

/** "did not tell", "is bitterly opposed": an auxiliary stands before token `index`, perhaps with adverbs or "not" between. */
function afterAuxiliary(tokens: readonly Token[], index: number): boolean {
  let i = index - 1;
  while (i > 0 && (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'PART' || VERB_NEGATION_SET.has(tokens[i]?.lower ?? ''))) i -= 1;
  return tokens[i]?.pos === 'AUX';
}

/** A verb in the past: neither its dictionary form, nor a present form, nor a gerund ("revealed", "said", "wrote"). */
export function isPastForm(verb: Token): boolean {
  return verb.pos === 'VERB' && !isPresentForm(verb) && !verb.lower.endsWith('ing');
}

/** Auxiliaries of the present and of the future: "is", "has", "will", "can". */
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'will', 'can', 'may']);

/**
 * "he expects her to recover from the illness, which forced her to …": the reported clause from token `start` has
 * its first verb in the present, and the relative clause at token `relative` its first verb in the past; such a
 * relative clause tells of what happened before, in the writer's words.
 */
export function isPastBackground(tokens: readonly Token[], start: number, relative: number): boolean {
  const clauseVerb = tokens.slice(start, relative).find((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const relativeVerb = tokens[relative + 1];
  if (clauseVerb === undefined || relativeVerb === undefined) return false;
  const present = clauseVerb.pos === 'AUX' ? PRESENT_AUXILIARIES.has(clauseVerb.lower) : isPresentForm(clauseVerb);
  return present && isPastForm(relativeVerb);
}
