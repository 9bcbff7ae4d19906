/**
 * "his donations, which he said were accompanied by favours", "what the senators said was gerrymandering":
 * the speaker and cue stand inside a relative clause whose subject is the relative word; what was said is
 * that word and the predicate after the cue.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom, relativeClauseEnd } from '../phrases/content.js';
import { contentRanges } from '../phrases/ranges.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { isQuoteMark } from '../phrases/tokens.js';
import type { CueRule, RuleContext } from '../types.js';

/** Words that stand for the subject of the predicate after the cue. */
const SUBJECT_WORDS = new Set(['which', 'that', 'what', 'who']);

export const relativeSpeakerCue: CueRule = {
  id: 'relative-speaker-cue',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || cue.type === 'intention' || cue.type === 'evidence') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    const predicate = predicateAfter(tokens, cue.endToken, sentence);
    if (predicate === null) return null;
    const speaker = speakerBeforeCue(context, cue, sentence);
    if (speaker === null || (speaker.kind === 'pronoun' && SUBJECT_WORDS.has(tokens[speaker.firstToken]?.lower ?? ''))) return null;
    const subject = tokens[extentStart(speaker) - 1];
    if (subject === undefined || !SUBJECT_WORDS.has(subject.lower) || extentStart(speaker) - 1 < sentence.firstToken) return null;
    const rest = contentFrom(context, predicate, sentence, relativeClauseEnd(context, predicate, sentence));
    if (rest.length === 0) return null;
    const content = [...contentRanges(context.doc, subject.start, subject.end), ...rest];
    return makeCandidate(context, this.id, content, cue, toSpeaker(context, speaker));
  },
};

/** The finite verb right after the cue ("said [were] accompanied"), past adverbs and an opening quote mark. */
function predicateAfter(tokens: readonly Token[], start: number, sentence: Sentence): number | null {
  let i = start;
  while (i < sentence.endToken && (tokens[i]?.pos === 'ADV' || isQuoteMark(tokens[i]))) i += 1;
  const verb = tokens[i];
  if (verb === undefined || i >= sentence.endToken) return null;
  const finite = verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing'));
  return finite ? start : null;
}
