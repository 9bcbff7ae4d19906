/**
 * "His answer was to say he would stay.", "The mayor’s first reaction was to tell reporters that …": a
 * possessed noun of response, a form of "to be" and an infinitive of saying; the owner says what follows
 * that verb.
 */
import type { Sentence } from '../../document/types.js';
import { CUE_VERB_TYPES, type CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { RESPONSE_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom, isSubstantial } from '../phrases/content.js';
import { nounClaims, nounCue, nounOwner } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { Candidate, RuleContext } from '../types.js';

const NOUN_TYPES: ReadonlyMap<string, CueVerbType> = new Map(RESPONSE_NOUNS.map((noun) => [noun, 'speech']));
const COPULAS = new Set(['is', 'was']);

/** The claims made with a possessed noun of response and an infinitive of saying in `doc`. */
export function possessiveNounResponseClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, type, sentence) => claimAt(context, noun, type, sentence));
}

function claimAt(context: RuleContext, noun: number, type: CueVerbType, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  if (!COPULAS.has(tokens[noun + 1]?.lower ?? '') || tokens[noun + 2]?.lower !== 'to') return null;
  const verb = tokens[noun + 3];
  if (verb === undefined || CUE_VERB_TYPES.get(verb.lemma) !== 'speech') return null;
  const owner = nounOwner(context, noun, sentence);
  if (owner === null) return null;
  const content = contentFrom(context, noun + 4, sentence);
  // "His answer was to say nothing.": a clause is reported, not a word.
  if (!isSubstantial(context, content)) return null;
  return makeCandidate(context, 'possessive-noun-response', content, nounCue(context, noun, type), toSpeaker(context, owner));
}
