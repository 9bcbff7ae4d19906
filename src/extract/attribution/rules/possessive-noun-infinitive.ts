/**
 * "her decision to meet …", "Trump’s pledge to build …", "the decision by the council to close …": a noun
 * of intention or commitment, owned by the speaker or with the speaker after "by" or "from", with "to" and a
 * verb as the content.
 */
import type { Sentence, Token } from '../../document/types.js';
import type { CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { INFINITIVE_CUE_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { complementEnd, followsCue, isSubjectPosition, nounClaims, nounCue, nounSpeaker, typesOf } from '../phrases/noun-cue.js';
import { contentRanges } from '../phrases/ranges.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { Candidate, Range, RuleContext } from '../types.js';

const NOUN_TYPES = typesOf(INFINITIVE_CUE_NOUNS);
const NEGATIONS = new Set(['not', 'never']);

/** The claims made with a possessed noun and a to-infinitive in `doc`. */
export function possessiveNounInfinitiveClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, type, sentence) => claimAt(context, noun, type, sentence));
}

function claimAt(context: RuleContext, noun: number, type: CueVerbType, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  const found = nounSpeaker(context, noun, sentence);
  if (found === null) return null;
  const to = found.complement;
  // "his decision to not run": a negation may split the infinitive.
  const verb = tokens[NEGATIONS.has(tokens[to + 1]?.lower ?? '') ? to + 2 : to + 1];
  if (tokens[to]?.lower !== 'to' || (verb?.pos !== 'VERB' && verb?.pos !== 'AUX')) return null;
  const first = Math.min(found.speaker.firstToken, noun);
  if (followsCue(context, first, sentence)) return null;
  // As the sentence's subject the phrase ends at the main verb; as an object, where content ends.
  let content: Range[];
  if (isSubjectPosition(context, first, sentence)) {
    const end = complementEnd(context, to, sentence);
    if (end <= to + 1) return null;
    content = contentRanges(context.doc, (tokens[to] as Token).start, (tokens[end - 1] as Token).end);
  } else {
    content = contentFrom(context, to, sentence);
  }
  return makeCandidate(context, 'possessive-noun-infinitive', content, nounCue(context, noun, type), toSpeaker(context, found.speaker));
}
