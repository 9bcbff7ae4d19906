/** "X said (that) …", "X told reporters …", "X said: “…”": speaker, cue, then the content. */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { CLAUSE_ONLY_VERBS, THAT_ONLY_VERBS } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom, looksLikeClause, openingAfter } from '../phrases/content.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import type { CueRule, RuleContext } from '../types.js';

const CLAUSE_ONLY = new Set(CLAUSE_ONLY_VERBS);
const THAT_ONLY = new Set(THAT_ONLY_VERBS);

export const speakerCueContent: CueRule = {
  id: 'speaker-cue-content',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'speech' || cue.passive || cue.participle) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const speaker = speakerBeforeCue(context, cue, sentence, true);
    if (speaker === null) return null;
    const before = context.doc.tokens[extentStart(speaker) - 1];
    if (before !== undefined && extentStart(speaker) > sentence.firstToken && (before.pos === 'ADP' || before.pos === 'VERB')) return null;
    const opening = openingAfter(context, cue, sentence);
    if (!opening.introduced && THAT_ONLY.has(cue.lemma)) return null;
    if (!opening.introduced) {
      if (!looksLikeClause(context, opening.token, sentence)) return null;
    } else if (CLAUSE_ONLY.has(cue.lemma) && opening.token === cue.endToken) {
      return null;
    }
    const content = contentFrom(context, opening.token, sentence);
    if (content.length === 0) return null;
    return makeCandidate(context, this.id, content, cue, toSpeaker(context, speaker), opening.introduced ? 0.92 : 0.85);
  },
};
