/**
 * "Everything the mayor says is spin", "That was what the coach said when he left": a free relative whose
 * speaker and cue follow the relative word, with nothing said after the cue. What was said is the relative
 * word itself; the clause after the cue ("says his plan would …", "said was …") is the other rule's.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { BE_FORMS } from '../../../vocabulary/cue-verbs.js';
import { FREE_RELATIVE_OBJECTS } from '../../../vocabulary/speaker-words.js';
import { makeCandidate } from '../candidate.js';
import type { PhraseMatch } from '../phrases/noun-phrase.js';
import { contentRanges } from '../phrases/ranges.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { inQuote } from '../phrases/tokens.js';
import type { CueRule } from '../types.js';
import { TIME_OR_CAUSE_OPENERS } from '../../../vocabulary/function-words.js';

const OBJECTS = new Set(FREE_RELATIVE_OBJECTS);
const BE = new Set(BE_FORMS);
const TIME_OPENERS = new Set(TIME_OR_CAUSE_OPENERS);

export const freeRelativeCue: CueRule = {
  id: 'free-relative-cue',
  apply(context, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || (cue.type !== 'speech' && cue.type !== 'writing' && cue.type !== 'belief')) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    const speaker = withoutObjectWord(tokens, speakerBeforeCue(context, cue, sentence));
    if (speaker === null || speaker.antecedent !== undefined) return null;
    const wordIndex = extentStart(speaker) - 1;
    const word = tokens[wordIndex];
    if (word === undefined || wordIndex < sentence.firstToken || inQuote(context, word) || !standsForWhatWasSaid(tokens, word, sentence)) return null;
    if (!endsWithCue(tokens[cue.endToken], sentence)) return null;
    return makeCandidate(context, this.id, contentRanges(context.doc, word.start, word.end), cue, toSpeaker(context, speaker));
  },
};

/** "Everything Trump says": a sentence's first word may be read as part of the name after it. */
function withoutObjectWord(tokens: readonly Token[], speaker: PhraseMatch | null): PhraseMatch | null {
  if (speaker === null || speaker.endToken - speaker.firstToken < 2 || !OBJECTS.has(tokens[speaker.firstToken]?.lower ?? '')) return speaker;
  return { firstToken: speaker.firstToken + 1, endToken: speaker.endToken, kind: speaker.kind };
}

/** "everything …", or "what …" after a form of "to be" ("that's what she said"), not a question ("asked what she said"). */
function standsForWhatWasSaid(tokens: readonly Token[], word: Token, sentence: Sentence): boolean {
  if (OBJECTS.has(word.lower)) return true;
  const before = tokens[word.index - 1];
  return word.lower === 'what' && before !== undefined && word.index - 1 >= sentence.firstToken && BE.has(before.lower);
}

/** Nothing that could be said follows the cue: a verb of the sentence ("says is …"), a clause of time ("said when …") or a mark. */
function endsWithCue(next: Token | undefined, sentence: Sentence): boolean {
  if (next === undefined || next.index >= sentence.endToken) return true;
  if (next.pos === 'PUNCT') return next.text !== ':';
  return next.pos === 'AUX' || next.pos === 'VERB' || TIME_OPENERS.has(next.lower);
}
