/**
 * "The board said yes.", "The clerk said yes, yes, yes, all morning": a verb of saying whose object is a
 * bare answer. The answer, repeated or not, is what was said; "said no to the plan" (a refusal of a thing)
 * and "said no decision had been made" (a clause) are not answers.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { ANSWER_WORDS } from '../../../vocabulary/function-words.js';
import { makeCandidate } from '../candidate.js';
import { contentRanges } from '../phrases/ranges.js';
import { speakerBeforeCue, standsAsSubject, toSpeaker } from '../phrases/speaker.js';
import { inQuote, isSentenceEnd } from '../phrases/tokens.js';
import type { CueRule, RuleContext } from '../types.js';

const ANSWERS = new Set(ANSWER_WORDS);
/** Marks that may close an answer: a comma, a semicolon, a dash or the sentence's end. */
const ANSWER_ENDS = new Set([',', ';', '—', '–']);

export const speakerAnswerWord: CueRule = {
  id: 'speaker-answer-word',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || cue.type !== 'speech') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const last = answerEnd(context, cue.endToken, sentence);
    if (last === null) return null;
    const speaker = speakerBeforeCue(context, cue, sentence);
    if (speaker === null || !standsAsSubject(context, speaker, sentence)) return null;
    const tokens = context.doc.tokens;
    const end = (tokens[last] as Token).start + answerWord(tokens[last] as Token).length;
    const content = contentRanges(context.doc, (tokens[cue.endToken] as Token).start, end);
    return makeCandidate(context, this.id, content, cue, toSpeaker(context, speaker));
  },
};

/**
 * With an answer word at token `first` ("yes", or "yes, yes, yes" repeated between commas) that a mark or the
 * sentence's end closes, the index of its last word; null otherwise.
 */
function answerEnd(context: RuleContext, first: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const word = tokens[first];
  if (word === undefined || first >= sentence.endToken || !ANSWERS.has(answerWord(word)) || inQuote(context, word)) return null;
  // "said no." at the sentence's end is one token, read like the abbreviation "No. 5".
  if (word.lower !== answerWord(word)) return first + 1 === sentence.endToken ? first : null;
  let last = first;
  while (tokens[last + 1]?.text === ',' && tokens[last + 2]?.lower === word.lower) last += 2;
  const next = tokens[last + 1];
  return last + 1 >= sentence.endToken || isSentenceEnd(next) || ANSWER_ENDS.has(next?.text ?? '') ? last : null;
}

/** The word of `token` without a full stop the tokenizer kept on it: "no." → "no". */
function answerWord(token: Token): string {
  return token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
}
