/**
 * "Trump’s claim that there have been …", "her hope that …": a noun of saying or believing, owned by the
 * speaker, with its that-clause as the content.
 */
import type { Sentence, Token } from '../../document/types.js';
import { CUE_NOUNS, type CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { complementEnd, isSubjectPosition, nounClaims, nounCue, nounOwner, typesOf } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isPossessive, isPossessivePronoun } from '../phrases/tokens.js';
import type { Candidate, RuleContext } from '../types.js';

const NOUN_TYPES = typesOf(CUE_NOUNS);

/** The claims made with a possessed noun of saying in `doc`. */
export function possessiveNounClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, type, sentence) => claimAt(context, noun, type, sentence));
}

function claimAt(context: RuleContext, noun: number, type: CueVerbType, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  const token = tokens[noun] as Token;
  const before = tokens[noun - 1] ?? token;
  // wink may tag the noun as a verb ("her hope that …"); after an owner it can only be a noun.
  const owned = isPossessivePronoun(before) || isPossessive(before);
  if (!(token.pos === 'NOUN' || owned) || tokens[noun + 1]?.lower !== 'that') return null;
  const speaker = nounOwner(context, noun, sentence);
  if (speaker === null) return null;
  // The content keeps its "that", as for verbs; as the sentence's subject it ends before the main verb.
  const subject = isSubjectPosition(context, speaker.firstToken, sentence);
  const end = subject ? complementEnd(context, noun, sentence, true) : sentence.endToken;
  const content = contentFrom(context, noun + 1, sentence, end);
  if (content.length === 0) return null;
  return makeCandidate(context, 'possessive-noun-cue', content, nounCue(context, noun, type), toSpeaker(context, speaker));
}
