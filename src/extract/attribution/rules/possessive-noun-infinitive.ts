/**
 * "her decision to meet …", "Trump’s pledge to build …": a noun of intention or commitment, owned by the
 * speaker, with "to" and a verb as the content.
 */
import type { Sentence, Token } from '../../document/types.js';
import type { CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { INFINITIVE_CUE_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { complementEnd, followsCue, isSubjectPosition, nounClaims, nounCue, nounOwner, typesOf } from '../phrases/noun-cue.js';
import { contentRanges } from '../phrases/ranges.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { Candidate, Range, RuleContext } from '../types.js';

const NOUN_TYPES = typesOf(INFINITIVE_CUE_NOUNS);

/** The claims made with a possessed noun and a to-infinitive in `doc`. */
export function possessiveNounInfinitiveClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, type, sentence) => claimAt(context, noun, type, sentence));
}

function claimAt(context: RuleContext, noun: number, type: CueVerbType, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  const verb = tokens[noun + 2];
  if (tokens[noun + 1]?.lower !== 'to' || (verb?.pos !== 'VERB' && verb?.pos !== 'AUX')) return null;
  const owner = nounOwner(context, noun, sentence);
  if (owner === null || followsCue(context, owner.firstToken, sentence)) return null;
  // As the sentence's subject the phrase ends at the main verb; as an object, where content ends.
  let content: Range[];
  if (isSubjectPosition(context, owner.firstToken, sentence)) {
    const end = complementEnd(context, noun + 1, sentence);
    if (end <= noun + 2) return null;
    content = contentRanges(context.doc, (tokens[noun + 1] as Token).start, (tokens[end - 1] as Token).end);
  } else {
    content = contentFrom(context, noun + 1, sentence);
  }
  return makeCandidate(context, 'possessive-noun-infinitive', content, nounCue(context, noun, type), toSpeaker(context, owner));
}
