/**
 * "a view echoed by economists", "the reforms promoted by the mayor": a participle right after a noun, with
 * "by" and an agent and no "to be", reports the noun phrase as what the agent holds or proposes. Only verbs of
 * REDUCED_PASSIVE_CUE_VERBS are read so: most participles after a noun name a thing done to it ("a forum
 * sponsored by a network").
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { REDUCED_PASSIVE_CUE_VERBS } from '../../../vocabulary/cue-verbs.js';
import { hasPastParticipleEnding } from '../../util/participle.js';
import { makeCandidate } from '../candidate.js';
import { contentRanges } from '../phrases/ranges.js';
import { phraseAfter, phraseBefore } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { CueRule, RuleContext } from '../types.js';

const VERBS = new Set(REDUCED_PASSIVE_CUE_VERBS);
/** The tags of a noun phrase's head: "the levels", "the Rowe plan". */
const HEAD_TAGS = new Set(['NOUN', 'PROPN']);

export const reducedPassiveByAgent: CueRule = {
  id: 'reduced-passive-by-agent',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || !VERBS.has(cue.lemma)) return null;
    const tokens = context.doc.tokens;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const verb = tokens[cue.verbToken] as Token;
    if (cue.verbToken !== cue.endToken - 1 || !hasPastParticipleEnding(verb.lower) || tokens[cue.endToken]?.lower !== 'by') return null;
    // "the fee first imposed by the city": an adverb may stand between the noun and its participle.
    let head = cue.firstToken - 1;
    while (head > sentence.firstToken && (tokens[head] as Token).pos === 'ADV') head -= 1;
    if (head < sentence.firstToken || !HEAD_TAGS.has((tokens[head] as Token).pos)) return null;
    const agent = phraseAfter(context, cue.endToken + 1, sentence);
    if (agent === null) return null;
    const phrase = phraseBefore(context, head + 1, sentence);
    if (phrase === null || phrase.kind === 'pronoun') return null;
    const first = tokens[phrase.extentStart ?? phrase.firstToken] as Token;
    const content = contentRanges(context.doc, first.start, (tokens[head] as Token).end);
    return content.length === 0 ? null : makeCandidate(context, this.id, content, cue, toSpeaker(context, agent));
  },
};
