/** "Beijing issued a warning, saying that …": the subject of the main clause said it. */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom, openingAfter } from '../phrases/content.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { CueRule, RuleContext, SpeakerPhrase } from '../types.js';

export const participleCue: CueRule = {
  id: 'participle-cue',
  apply(context: RuleContext, cue: Cue) {
    if (!cue.participle) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const speaker = inheritedSpeaker(context, cue) ?? mainClauseSubject(context, cue, sentence);
    if (speaker === null) return null;
    const opening = openingAfter(context, cue, sentence);
    const content = contentFrom(context, opening.token, sentence);
    if (content.length === 0) return null;
    return makeCandidate(context, this.id, content, cue, speaker, 0.85);
  },
};

/** "“…,” he said, adding that …": the speaker of the claim just made in the sentence. */
function inheritedSpeaker(context: RuleContext, cue: Cue): SpeakerPhrase | null {
  const previous = context.accepted[context.accepted.length - 1];
  if (previous === undefined || previous.lastSentence !== cue.sentence || previous.speaker === null) return null;
  if (previous.cue === null || previous.cue.end > cue.start) return null;
  return { start: cue.start, end: cue.start, kind: 'inherited', from: previous };
}

/** The subject of the clause before the participle's comma: after the last comma before it. */
function mainClauseSubject(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  const comma = cue.firstToken - 1;
  let start = comma - 1;
  while (start > sentence.firstToken && tokens[start - 1]?.text !== ',') start -= 1;
  const subject = phraseAfter(context, start, sentence);
  if (subject === null) return null;
  let verb = subject.endToken;
  while (tokens[verb]?.pos === 'ADV') verb += 1;
  const verbToken: Token | undefined = tokens[verb];
  if (verbToken === undefined || verb >= comma || !(verbToken.pos === 'VERB' || verbToken.pos === 'AUX')) return null;
  return toSpeaker(context, subject);
}
