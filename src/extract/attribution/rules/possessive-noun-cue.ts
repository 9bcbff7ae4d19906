/**
 * "the mayor’s claim that there were …", "her hope that …", "a Senate report that …", "warnings from
 * economists that …": a noun of saying or believing, owned by the speaker or with the speaker after "by" or
 * "from", with its that-clause as the content.
 */
import type { Sentence, Token } from '../../document/types.js';
import { CUE_NOUNS, type CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { boundOwner, complementEnd, hasPossessiveOwner, isSubjectPosition, nounClaims, nounCue, nounSpeaker, typesOf } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isTensedVerb } from '../phrases/tokens.js';
import type { Candidate, RuleContext } from '../types.js';

const NOUN_TYPES = typesOf(CUE_NOUNS);
const COPULAS = new Set(['is', 'was', 'remains']);

/** The claims made with a possessed noun of saying in `doc`. */
export function possessiveNounClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, type, sentence) => claimAt(context, noun, type, sentence));
}

function claimAt(context: RuleContext, noun: number, type: CueVerbType, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  const token = tokens[noun] as Token;
  // wink may tag the noun as a verb ("her hope that …", "the board’s earlier claim that …"); after an owner it can only be a noun.
  if (token.pos !== 'NOUN' && !hasPossessiveOwner(tokens, noun)) return null;
  const found = nounSpeaker(context, noun, sentence);
  if (found === null) return null;
  // "her view is that …": the clause after a copula is the noun's content, up to where the sentence ends.
  const copula = COPULAS.has(tokens[found.complement]?.lower ?? '') && tokens[found.complement + 1]?.lower === 'that';
  const that = copula ? found.complement + 1 : found.complement;
  if (tokens[that]?.lower !== 'that' || opensRelativeClause(tokens, that)) return null;
  // The content keeps its "that", as for verbs; as the sentence's subject it ends before the main verb.
  const subject = !copula && isSubjectPosition(context, Math.min(found.speaker.firstToken, noun), sentence);
  const end = subject ? complementEnd(context, that - 1, sentence, true) : sentence.endToken;
  const content = contentFrom(context, that, sentence, end);
  if (content.length === 0) return null;
  return makeCandidate(context, 'possessive-noun-cue', content, nounCue(context, noun, type), toSpeaker(context, boundOwner(context, found.speaker, sentence)));
}

/** "nothing in her budget that fits her promises": a verb right after "that" (past adverbs) makes it a relative pronoun. */
function opensRelativeClause(tokens: readonly Token[], that: number): boolean {
  let next = that + 1;
  while (tokens[next]?.pos === 'ADV') next += 1;
  const token = tokens[next];
  return token !== undefined && isTensedVerb(token);
}
