/**
 * "…, which she plans to do through a tax on the rich", "the bridge, which the city hopes to reopen in
 * May": a relative clause set off by a comma whose speaker intends to act on the relative word. What is
 * intended is that word and the infinitive after the cue. ("in which unions seek to …" is no such object.)
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { relativeClauseEnd } from '../phrases/clause-shape.js';
import { contentRanges } from '../phrases/ranges.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import type { CueRule } from '../types.js';

export const relativeIntentionCue: CueRule = {
  id: 'relative-intention-cue',
  apply(context, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || cue.type !== 'intention') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    if (tokens[cue.endToken]?.lower !== 'to' || tokens[cue.endToken + 1]?.pos !== 'VERB') return null;
    const speaker = speakerBeforeCue(context, cue, sentence);
    if (speaker === null || speaker.antecedent !== undefined) return null;
    const wordIndex = extentStart(speaker) - 1;
    const word = tokens[wordIndex];
    if (word?.lower !== 'which' || wordIndex - 1 < sentence.firstToken || tokens[wordIndex - 1]?.text !== ',') return null;
    const rest = contentFrom(context, cue.endToken, sentence, relativeClauseEnd(context, cue.endToken, sentence));
    if (rest.length === 0) return null;
    return makeCandidate(context, this.id, [...contentRanges(context.doc, word.start, word.end), ...rest], cue, toSpeaker(context, speaker));
  },
};
