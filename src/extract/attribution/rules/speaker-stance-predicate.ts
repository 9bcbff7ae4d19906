/**
 * "Ms. Roe has serious reservations about the merger", "The council is against the new toll", "Two members were
 * never on board with the plan": a stance predicate whose preposition names the topic. The subject holds the
 * stance; the topic after the preposition is what it is on, read as a verb's object is.
 */
import { isStancePredicateCue } from '../../cues/stance-predicate-cues.js';
import type { CueRule } from '../types.js';
import { subjectObjectCandidate } from './speaker-verb-object.js';

export const speakerStancePredicate: CueRule = {
  id: 'speaker-stance-predicate',
  apply(context, cue) {
    return isStancePredicateCue(cue.lemma) ? subjectObjectCandidate(context, this.id, cue) : null;
  },
};
