/**
 * "Leaders met Friday to discuss the crisis", "The board called a special session to discuss the vote": a
 * meeting, then "to" and a verb of discussing. Those who met discussed the topic.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { FUTURE_MARKERS } from '../../../vocabulary/cue-verbs.js';
import { MEETING_NOUNS, MEETING_TOPIC_VERBS, MEETING_VERBS } from '../../../vocabulary/construction-verbs.js';
import { speakerBeforeCue, standsAsSubject } from '../phrases/speaker.js';
import { isQuoteMark } from '../phrases/tokens.js';
import type { CueRule, RuleContext } from '../types.js';
import { candidateAfterCue } from './speaker-cue-content.js';
import { objectCandidateAfterCue } from './speaker-verb-object.js';

const MEETING = new Set(MEETING_VERBS);
const MEETING_NOUN = new Set(MEETING_NOUNS);
const TOPIC_VERBS = new Set(MEETING_TOPIC_VERBS);
const FUTURE = new Set(FUTURE_MARKERS);
/** Most tokens between the meeting's verb and "to": "met with the head of the party's budget office to discuss …". */
const MAX_SETTING_TOKENS = 12;

export const meetingPurposeCue: CueRule = {
  id: 'meeting-purpose-cue',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || !TOPIC_VERBS.has(cue.lemma)) return null;
    const tokens = context.doc.tokens;
    if (tokens[cue.firstToken - 1]?.lower !== 'to') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const verb = meetingVerb(context, cue.firstToken - 1, sentence);
    // "plans to meet to discuss …", "will gather to discuss …": a meeting yet to happen.
    if (verb === null || FUTURE.has(tokens[verb - 1]?.lower ?? '')) return null;
    const speaker = speakerBeforeCue(context, { ...cue, firstToken: verb, verbToken: verb, endToken: verb + 1 }, sentence);
    if (speaker === null || !standsAsSubject(context, speaker, sentence)) return null;
    // What is discussed is a noun phrase, read first as an object ("the problems facing them[, offering …]").
    return objectCandidateAfterCue(context, this.id, cue, sentence, speaker) ?? candidateAfterCue(context, this.id, cue, sentence, speaker, false);
  },
};

/**
 * The verb of the clause before the "to" at `to`, when it is a verb of meeting ("met Friday to …") or its
 * object or setting names a meeting ("called a meeting to …", "spoke at a gathering of farmers to …"); else null.
 */
function meetingVerb(context: RuleContext, to: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  let meeting = false;
  for (let i = to - 1; i >= sentence.firstToken && i >= to - MAX_SETTING_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'PUNCT' || isQuoteMark(token)) return null;
    if (token.pos === 'NOUN' && MEETING_NOUN.has(token.lower)) meeting = true;
    if (token.pos === 'VERB') return MEETING.has(token.lemma) || meeting ? i : null;
  }
  return null;
}
