/**
 * "The ruling left many farmers feeling that they had been ignored", "The slump had voters wondering about his
 * health": a verb that leaves its object in a state of mind, then a participle of believing or saying. The object
 * is the one who believes or says it; the main clause's subject only brought that about.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { STATE_CAUSING_VERBS } from '../../../vocabulary/construction-verbs.js';
import { EVIDENCE_NOUNS, SAYING_SETTINGS } from '../../../vocabulary/speaker-words.js';
import { phraseAfter, type PhraseMatch } from '../phrases/noun-phrase.js';
import type { CueRule, RuleContext } from '../types.js';
import { candidateAfterCue } from './speaker-cue-content.js';
import { objectCandidateAfterCue } from './speaker-verb-object.js';

const STATE_CAUSING = new Set(STATE_CAUSING_VERBS);
const RECORDS = new Set([...SAYING_SETTINGS, ...EVIDENCE_NOUNS]);
/** Cue types a state of mind is told by: a belief ("feeling that …"), or words ("asking whether …"). */
const STATE_TYPES: ReadonlySet<string> = new Set(['belief', 'speech']);

export const causedStateParticiple: CueRule = {
  id: 'caused-state-participle',
  apply(context: RuleContext, cue: Cue) {
    const tokens = context.doc.tokens;
    const verb = tokens[cue.verbToken];
    if (cue.kind !== 'verb' || cue.passive || cue.participle || !STATE_TYPES.has(cue.type)) return null;
    if (verb === undefined || cue.firstToken !== cue.verbToken || !verb.lower.endsWith('ing')) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const object = stateObject(context, cue, sentence);
    if (object === null) return null;
    return candidateAfterCue(context, this.id, cue, sentence, object, false) ?? objectCandidateAfterCue(context, this.id, cue, sentence, object);
  },
};

/** Most tokens of the object between the causing verb and the participle: "left [many of the smaller states] feeling". */
const MAX_OBJECT_TOKENS = 8;

/**
 * The object that ends right before the participle of `cue` and starts right after a verb that leaves it in a
 * state of mind ("left", "had", "kept"); null when there is none. An auxiliary "have" ("have seen") stands before
 * a verb, not an object.
 */
function stateObject(context: RuleContext, cue: Cue, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  for (let verb = cue.firstToken - 2; verb >= sentence.firstToken && verb >= cue.firstToken - 1 - MAX_OBJECT_TOKENS; verb -= 1) {
    const token = tokens[verb] as Token;
    // "left [many of the smaller states] feeling": no punctuation and no preposition but "of" inside the object.
    if (token.pos === 'PUNCT' || (token.pos === 'ADP' && token.lower !== 'of')) return null;
    if (!STATE_CAUSING.has(token.lemma) || !/^(?:VERB|AUX)$/.test(token.pos)) continue;
    if (/^(?:VERB|AUX)$/.test(tokens[verb + 1]?.pos ?? '')) return null;
    const object = phraseAfter(context, verb + 1, sentence);
    if (object === null || object.endToken !== cue.firstToken || object.firstToken !== verb + 1) return null;
    // "released a video showing …", "has a letter saying …": a record's or a setting's words are read elsewhere;
    // "has a new ad calling for …" is something owned and what it does.
    const head = (tokens[object.endToken - 1] as Token).lower;
    const owned = token.lemma === 'have' && /^(?:a|an)$/.test(tokens[object.firstToken]?.lower ?? '');
    return RECORDS.has(head) || owned ? null : object;
  }
  return null;
}
