/** "“…,” said X, the …": the cue right after the content's comma, the speaker after the cue. */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { afterAttribution, contentBefore, endsClause, isSubstantial } from '../phrases/content.js';
import { continuationAfter } from '../phrases/continuation.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { afterParenthesis, toSpeaker } from '../phrases/speaker.js';
import type { CueRule, RuleContext } from '../types.js';

export const contentCueSpeaker: CueRule = {
  id: 'content-comma-cue-speaker',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const speaker = phraseAfter(context, cue.endToken, sentence);
    if (speaker === null) return null;
    const speakerEnd = afterParenthesis(context, speaker.endToken, sentence);
    if (!endsClause(context, speakerEnd, sentence)) return null;
    // "…, said the ruling “…”": a quotation right after the phrase is content, so the phrase is no speaker.
    const after = context.doc.tokens[speakerEnd];
    if (after !== undefined && context.quoteIndex.quoteStartingAt(after.start) !== undefined) return null;
    const content = contentBefore(context, cue.firstToken, sentence);
    if (content === null || !isSubstantial(context, content)) return null;
    const pieces = [...content, ...continuationAfter(context, afterAttribution(context, cue, sentence, speakerEnd), sentence)];
    return makeCandidate(context, this.id, pieces, cue, toSpeaker(context, speaker), 0.96);
  },
};
