/**
 * "The agency puts the cost at $2 million", "Organizers pegged the crowd at 5,000": the subject's estimate is
 * what is estimated and the figure it is put at.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { ESTIMATE_AT_VERBS } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { relativeClauseEnd } from '../phrases/clause-shape.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { RELATIVE_PRONOUNS } from '../../../vocabulary/speaker-words.js';
import type { Candidate, CueRule, RuleContext } from '../types.js';

const ESTIMATE_VERBS = new Set(ESTIMATE_AT_VERBS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);

export const estimateAt: CueRule = {
  id: 'estimate-at',
  apply(context, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || !ESTIMATE_VERBS.has(cue.lemma)) return null;
    return clauseRestCandidate(context, this.id, cue);
  },
};

/** The claim of everything after `cue` to the end of its clause, said by the cue's subject; null with no subject. */
function clauseRestCandidate(context: RuleContext, id: string, cue: Cue): Candidate | null {
  const sentence = context.doc.sentences[cue.sentence] as Sentence;
  const speaker = speakerBeforeCue(context, cue, sentence, true);
  if (speaker === null) return null;
  // "the study, which puts the cost at $2 million, …": the relative clause ends where the main clause resumes.
  const relative = RELATIVES.has(context.doc.tokens[extentStart(speaker)]?.lower ?? '');
  const until = relative ? relativeClauseEnd(context, cue.endToken, sentence) : sentence.endToken;
  const content = contentFrom(context, cue.endToken, sentence, until);
  return makeCandidate(context, id, content, cue, toSpeaker(context, speaker));
}
