/**
 * "Asked by reporters whether he would run, Roe said …", "When pressed by the host about how she would pay for
 * it, …": a participle of asking that opens the sentence, with its agent after "by". The agent asked the
 * question, which runs to the comma before the main clause.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { FRONTED_QUESTION_VERBS } from '../../../vocabulary/cue-verbs.js';
import { CUE_QUESTION_OPENERS, SUBJECTLESS_TIME_OPENERS } from '../../../vocabulary/function-words.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import { nextComma } from '../phrases/tokens.js';
import type { CueRule, RuleContext } from '../types.js';

const QUESTION_VERBS = new Set(FRONTED_QUESTION_VERBS);
const QUESTION_OPENERS = new Set(CUE_QUESTION_OPENERS);
const TIME_OPENERS = new Set(SUBJECTLESS_TIME_OPENERS);
/** The preposition of the question's topic: "asked by reporters about the cost". */
const TOPIC_PREPOSITION = 'about';

export const frontedQuestionAgent: CueRule = {
  id: 'fronted-question-agent',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || !QUESTION_VERBS.has(cue.lemma)) return null;
    const tokens = context.doc.tokens;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const opening = TIME_OPENERS.has(tokens[cue.firstToken - 1]?.lower ?? '') ? cue.firstToken - 1 : cue.firstToken;
    if (opening !== sentence.firstToken || tokens[cue.endToken]?.lower !== 'by') return null;
    const agent = phraseAfter(context, cue.endToken + 1, sentence);
    if (agent === null) return null;
    const start = tokens[agent.endToken]?.lower === TOPIC_PREPOSITION ? agent.endToken + 1 : agent.endToken;
    if (start === agent.endToken && !QUESTION_OPENERS.has(tokens[start]?.lower ?? '')) return null;
    // The comma that closes the fronted phrase.
    const comma = nextComma(tokens, start, sentence.endToken);
    if (comma === null) return null;
    return makeCandidate(context, this.id, contentFrom(context, start, sentence, comma), cue, toSpeaker(context, agent));
  },
};
