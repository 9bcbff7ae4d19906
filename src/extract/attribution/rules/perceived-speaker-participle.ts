/**
 * "Jane Roe can be heard saying that …", "The mayor was seen telling reporters that …": a participle of saying
 * after a passive verb of perceiving or recording. The passive's subject is the speaker.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { BE_FORMS } from '../../../vocabulary/cue-verbs.js';
import { PERCEIVED_ACT_VERBS } from '../../../vocabulary/construction-verbs.js';
import { speakerBeforeCue, standsAsSubject } from '../phrases/speaker.js';
import type { CueRule, RuleContext } from '../types.js';
import { candidateAfterCue } from './speaker-cue-content.js';

const PERCEIVED = new Set(PERCEIVED_ACT_VERBS);
const BE = new Set(BE_FORMS);

export const perceivedSpeakerParticiple: CueRule = {
  id: 'perceived-speaker-participle',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || (cue.type !== 'speech' && cue.type !== 'writing')) return null;
    const tokens = context.doc.tokens;
    const verb = tokens[cue.verbToken];
    // "was caught on tape saying": the medium may stand between the passive and the participle.
    const onMedium = tokens[cue.firstToken - 2]?.lower === 'on' && tokens[cue.firstToken - 1]?.pos === 'NOUN';
    const perceived = cue.firstToken - (onMedium ? 3 : 1);
    const passive = tokens[perceived];
    if (verb === undefined || !verb.lower.endsWith('ing') || passive === undefined || !PERCEIVED.has(passive.lemma)) return null;
    if (!BE.has(tokens[perceived - 1]?.lower ?? '')) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    // The subject of "can be heard", read back from the passive as from a cue in the progressive ("is saying").
    const speaker = speakerBeforeCue(context, { ...cue, firstToken: perceived }, sentence);
    if (speaker === null || !standsAsSubject(context, speaker, sentence)) return null;
    return candidateAfterCue(context, this.id, cue, sentence, speaker, false);
  },
};
