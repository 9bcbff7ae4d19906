/**
 * Verbs of a decision ("approved", "repealed", "overturned") report what was decided only when it is a law, a
 * rule or a ruling: "the council approved the bill", "the ban was upheld by the court", not "approved the park
 * design" or "the girl was adopted by a couple".
 */
import type { Cue } from '../../cues/types.js';
import type { Token } from '../../document/types.js';
import { DECISION_OBJECT_NOUNS, DECISION_OBJECT_VERBS, MODAL_VERB_SET } from '../../../vocabulary/cue-verbs.js';
import { isParticiple } from './tokens.js';

const VERBS = new Set(DECISION_OBJECT_VERBS);
const NOUNS = new Set(DECISION_OBJECT_NOUNS);

/** Whether `cue` is a verb of decision, which reports only a law, a rule or a ruling. */
export function isDecisionCue(cue: Cue): boolean {
  return VERBS.has(cue.lemma);
}

/**
 * Whether `words`, the thing decided up to its first preposition, name a law, a rule or a ruling: "the bill",
 * "the ruling last year", "the rule change".
 */
export function namesDecision(words: readonly Token[]): boolean {
  return words.some((word) => NOUNS.has(word.lower));
}

/**
 * "the council approved the bill", "has repealed the law": a decision taken is told by a tensed verb; "Congress
 * should enact a law" (what someone would have it do) and "a lawsuit repealing the rule" (a bare "-ing" form)
 * tell none.
 */
export function decisionTaken(tokens: readonly Token[], cue: Cue): boolean {
  const before = tokens[cue.firstToken - 1];
  if (MODAL_VERB_SET.has(before?.lower ?? '')) return false;
  return !isParticiple(tokens[cue.verbToken] as Token) || before?.pos === 'AUX';
}
