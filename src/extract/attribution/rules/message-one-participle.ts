/**
 * "The clerk kept a batch of emails that contained one claiming that …", "The board got dozens of letters, one urging
 * it to …": "one" or "another" right before a participle of saying stands for one of the messages named just
 * before it, and is the speaker.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { standsForMessage } from '../../util/message-one.js';
import type { PhraseMatch } from '../phrases/noun-phrase.js';
import type { CueRule, RuleContext } from '../types.js';
import { candidateAfterCue } from './speaker-cue-content.js';
import { objectCandidateAfterCue } from './speaker-verb-object.js';

/** Cue types of what a message says or shows. */
const MESSAGE_TYPES: ReadonlySet<string> = new Set(['speech', 'writing', 'evidence', 'intention']);

export const messageOneParticiple: CueRule = {
  id: 'message-one-participle',
  apply(context: RuleContext, cue: Cue) {
    const tokens = context.doc.tokens;
    const verb = tokens[cue.verbToken];
    if (cue.kind !== 'verb' || cue.passive || !MESSAGE_TYPES.has(cue.type) || cue.firstToken !== cue.verbToken) return null;
    const one = cue.firstToken - 1;
    if (verb === undefined || !verb.lower.endsWith('ing') || !standsForMessage(tokens, one)) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const speaker: PhraseMatch = { firstToken: one, endToken: cue.firstToken, kind: 'description' };
    return candidateAfterCue(context, this.id, cue, sentence, speaker, false) ?? objectCandidateAfterCue(context, this.id, cue, sentence, speaker);
  },
};
