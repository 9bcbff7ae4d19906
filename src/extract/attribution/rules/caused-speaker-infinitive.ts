/**
 * "The report led the minister to fear a trade war", "forced the chief, under questioning, to admit that …": a
 * verb that makes its object act, then "to" and a cue. The object is the speaker; the main clause's subject
 * only brought the words about.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { CAUSATIVE_VERBS, UNDERTAKING_NOUNS } from '../../../vocabulary/construction-verbs.js';
import { phraseAfter, type PhraseMatch } from '../phrases/noun-phrase.js';
import type { CueRule, RuleContext } from '../types.js';
import { candidateAfterCue } from './speaker-cue-content.js';
import { objectCandidateAfterCue } from './speaker-verb-object.js';

const CAUSATIVE = new Set(CAUSATIVE_VERBS);
const UNDERTAKINGS = new Set(UNDERTAKING_NOUNS);
/** Most tokens between the causing verb and "to": the object with an aside set off by commas. */
const MAX_OBJECT_TOKENS = 30;

export const causedSpeakerInfinitive: CueRule = {
  id: 'caused-speaker-infinitive',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle) return null;
    const tokens = context.doc.tokens;
    const to = cue.firstToken - 1;
    if (tokens[to]?.lower !== 'to') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const object = causedObject(context, to, sentence);
    if (object === null) return null;
    // "forced the chief to admit that …" has a clause after its cue; "led the senator to demand his resignation" an object.
    return candidateAfterCue(context, this.id, cue, sentence, object, false) ?? objectCandidateAfterCue(context, this.id, cue, sentence, object);
  },
};

/**
 * The object of a causing verb that ends right before the "to" at `to`, or before an aside set off by commas
 * or parentheses that ends there ("led Sen. Ana Ruiz (D-Ore.) to …"); null when no such verb stands before it.
 */
function causedObject(context: RuleContext, to: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  for (let verb = to - 2; verb >= sentence.firstToken && verb >= to - MAX_OBJECT_TOKENS; verb -= 1) {
    const token = tokens[verb] as Token;
    if (!CAUSATIVE.has(token.lemma) || !/^(?:VERB|NOUN)$/.test(token.pos)) continue;
    const object = phraseAfter(context, verb + 1, sentence);
    // "led the effort to call for a vote": what is led is no one.
    if (object === null || UNDERTAKINGS.has(tokens[object.endToken - 1]?.lower ?? '')) return null;
    const after = tokens[object.endToken]?.text;
    const aside = (after === ',' && tokens[to - 1]?.text === ',') || (after === '(' && tokens[to - 1]?.text === ')');
    return object.endToken === to || aside ? object : null;
  }
  return null;
}
