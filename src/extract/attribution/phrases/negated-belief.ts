/**
 * A verb of believing or knowing after a negation: "did not expect him to stay", "doesn't think so", "never
 * thought it would pass"; or one of wanting before its infinitive: "did not want to stay". Unlike "did not
 * say", which reports no words, a negated belief or wish still reports the holder's view of what follows;
 * the cue keeps its negation so the claim never reads as the belief held.
 */
import type { Cue } from '../../cues/types.js';
import type { Token } from '../../document/types.js';
import { CUE_VERB_TYPES, PERCEPTION_VERBS, VERB_NEGATION_SET } from '../../../vocabulary/cue-verbs.js';
import { NEGATED_WISH_VERBS } from '../../../vocabulary/construction-verbs.js';
import type { RuleContext } from '../types.js';
import { isInfinitiveAt } from './tokens.js';

const PERCEPTION = new Set(PERCEPTION_VERBS);
const WISHES = new Set(NEGATED_WISH_VERBS);

/**
 * Whether `cue` is a verb of the belief list, or of wanting with its infinitive after it, with a negation
 * right before it; not one of perceiving ("have never seen the council move so fast" tells what was not
 * seen, not a view).
 */
export function isNegatedBelief(context: RuleContext, cue: Cue): boolean {
  if (cue.kind !== 'verb' || negationBefore(context, cue) === undefined) return false;
  if (WISHES.has(cue.lemma)) return isInfinitiveAt(context.doc.tokens, cue.endToken);
  return CUE_VERB_TYPES.get(cue.lemma) === 'belief' && !PERCEPTION.has(cue.lemma);
}

/** The negation right before `cue` in its sentence, perhaps past one adverb ("doesn't even believe"): "not", "n't", "never". */
function negationBefore(context: RuleContext, cue: Cue): Token | undefined {
  const tokens = context.doc.tokens;
  const adverb = tokens[cue.firstToken - 1]?.pos === 'ADV' && !isNegation(tokens[cue.firstToken - 1]);
  const before = tokens[cue.firstToken - (adverb ? 2 : 1)];
  return before !== undefined && before.sentence === cue.sentence && isNegation(before) ? before : undefined;
}

/** "not", "n't", "never", with either apostrophe. */
function isNegation(token: Token | undefined): boolean {
  return token !== undefined && VERB_NEGATION_SET.has(token.lower.replace('’', "'"));
}

/**
 * `cue` widened to the negation before it and that negation's auxiliary: "did not say how …", "doesn't
 * think". The cue as it is when no negation stands before it.
 */
export function withNegation(context: RuleContext, cue: Cue): Cue {
  const negation = negationBefore(context, cue);
  if (negation === undefined) return cue;
  const auxiliary = context.doc.tokens[negation.index - 1];
  const first = auxiliary !== undefined && auxiliary.pos === 'AUX' && auxiliary.sentence === cue.sentence ? auxiliary : negation;
  return { ...cue, start: first.start };
}
