/**
 * "…, with aides saying that the mayor was ill", "…, with Norway backing the rebels": "with", a subject,
 * then the "-ing" form of a cue verb report what that subject says, believes or shows.
 */
import type { Cue } from '../../cues/types.js';
import { isPrepositionAdjectiveCue } from '../../cues/adjective-cues.js';
import type { Sentence, Token } from '../../document/types.js';
import { AS_VERBS } from '../../../vocabulary/cue-verbs.js';
import { OBJECT_TIME_SUBORDINATORS } from '../../../vocabulary/function-words.js';
import { mainClauseStart } from '../phrases/clause-shape.js';
import { extentStart, speakerBeforeCue } from '../phrases/speaker.js';
import type { CueRule, RuleContext } from '../types.js';
import { candidateAfterCue } from './speaker-cue-content.js';
import { objectCandidateAfterCue } from './speaker-verb-object.js';

const TIME_SUBORDINATORS = new Set(OBJECT_TIME_SUBORDINATORS);
const AS = new Set(AS_VERBS);

export const withSubjectParticiple: CueRule = {
  id: 'with-subject-participle',
  apply(context: RuleContext, cue: Cue) {
    const tokens = context.doc.tokens;
    // "with aides saying …", or an adjective and its preposition: "with leaders worried about …".
    const adjective = isPrepositionAdjectiveCue(cue.lemma);
    if (cue.kind !== 'verb' || cue.passive || !((tokens[cue.verbToken]?.lower ?? '').endsWith('ing') || adjective)) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const subject = speakerBeforeCue(context, cue, sentence);
    if (subject === null) return null;
    const preposition = extentStart(subject) - 1;
    // The phrase opens the sentence or is set off by a comma; "replaced it with wording calling for …" is the verb's own "with".
    const opening = preposition === sentence.firstToken;
    if (tokens[preposition]?.lower !== 'with' || (!opening && tokens[preposition - 1]?.text !== ',')) return null;
    // "With aides saying he was ill, the mayor left": opening the sentence, its words end where the main clause begins.
    const span = opening ? endingAt(tokens, sentence, mainClauseStart(context, cue.endToken, sentence)) : sentence;
    return candidateAfterCue(context, this.id, cue, span, subject, false) ??
      objectCandidateAfterCue(context, this.id, cue, objectSpan(tokens, cue, span), subject);
  },
};

/**
 * The stretch of the sentence the object stands in: it ends before a clause of time after a noun ("backing the
 * government [as the allies support …]"), which tells when, not what; "describing the plan as …" goes on.
 */
function objectSpan(tokens: readonly Token[], cue: Cue, sentence: Sentence): Sentence {
  if (AS.has(cue.lemma)) return sentence;
  for (let i = cue.endToken + 1; i < sentence.endToken; i += 1) {
    const before = tokens[i - 1] as Token;
    const opensClause = /^(?:DET|PROPN|PRON)$/.test(tokens[i + 1]?.pos ?? '');
    if (TIME_SUBORDINATORS.has((tokens[i] as Token).lower) && before.pos === 'NOUN' && opensClause) return endingAt(tokens, sentence, i);
  }
  return sentence;
}

/** The part of `sentence` before token `end`. */
function endingAt(tokens: readonly Token[], sentence: Sentence, end: number): Sentence {
  const last = tokens[end - 1];
  return end >= sentence.endToken || last === undefined ? sentence : { ...sentence, endToken: end, end: last.end };
}
