/**
 * "her loans, which she said came with conditions", "what the auditors said was waste":
 * the speaker and cue stand inside a relative clause whose subject is the relative word; what was said is
 * that word and the predicate after the cue. "what Trump says his plan would do", "the mine, which she
 * says she will keep open": the relative word is the object of a clause after the cue, which is the rest of
 * what was said. "the meddling the senator said is designed to …": a noun with no relative word before the
 * speaker.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { looksLikeClause, relativeClauseEnd } from '../phrases/clause-shape.js';
import { phraseBefore } from '../phrases/noun-phrase.js';
import { contentRanges } from '../phrases/ranges.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { inQuote, isCapitalised, isQuoteMark, isSentenceEnd, isTensedVerb } from '../phrases/tokens.js';
import type { CueRule, Range, RuleContext } from '../types.js';
import { RELATIVE_OBJECT_WORDS, RELATIVE_SUBJECT_WORDS } from '../../../vocabulary/function-words.js';

const SUBJECT_WORDS = new Set(RELATIVE_SUBJECT_WORDS);
const OBJECT_WORDS = new Set(RELATIVE_OBJECT_WORDS);

export const relativeSpeakerCue: CueRule = {
  id: 'relative-speaker-cue',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle || cue.type === 'intention') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    const speaker = speakerBeforeCue(context, cue, sentence);
    if (speaker === null || (speaker.kind === 'pronoun' && SUBJECT_WORDS.has(tokens[speaker.firstToken]?.lower ?? ''))) return null;
    const wordIndex = extentStart(speaker) - 1;
    const word = tokens[wordIndex];
    if (word === undefined || wordIndex < sentence.firstToken) return null;
    // "the cases that critics point to were …": a cue ending in its preposition has the relative word as that
    // preposition's object, and the verb after it is the predicate of the clause the relative word stands in.
    const particle = tokens[cue.endToken - 1];
    const stranded = cue.endToken - 1 > cue.verbToken && (particle?.pos === 'ADP' || particle?.lower === 'to');
    const predicate = stranded ? null : predicateAfter(tokens, cue.endToken, sentence);
    const head = predicate === null ? null : subjectOf(context, word, sentence);
    if (predicate !== null && head !== null) {
      const rest = contentFrom(context, predicate, sentence, relativeClauseEnd(context, predicate, sentence));
      return rest.length === 0 ? null : makeCandidate(context, this.id, [...head, ...rest], cue, toSpeaker(context, speaker));
    }
    // "what Trump says his plan would do": a clause with its object gone, opening with its subject (not
    // "that …", nor the small clause of "what he considers “smart”").
    if (cue.type === 'evidence') return null;
    const subject = tokens[cue.endToken];
    const opensWithSubject = subject !== undefined && subject.lower !== 'that' && /^(?:PRON|DET|PROPN|NOUN)$/.test(subject.pos);
    const clause = OBJECT_WORDS.has(word.lower) && opensWithSubject && looksLikeClause(context, cue.endToken, sentence);
    if (!clause) return null;
    const until = word.lower === 'which' ? relativeClauseEnd(context, cue.endToken, sentence) : embeddedClauseEnd(context, cue.endToken, sentence);
    const rest = contentFrom(context, cue.endToken, sentence, until);
    if (rest.length === 0) return null;
    return makeCandidate(context, this.id, [...contentRanges(context.doc, word.start, word.end), ...rest], cue, toSpeaker(context, speaker));
  },
};

/**
 * What the predicate after the cue is said of: the relative word ("which he said were …"), or a noun
 * phrase ending in a common noun right before the speaker ("the meddling the senator said is …").
 */
function subjectOf(context: RuleContext, word: Token, sentence: Sentence): Range[] | null {
  if (SUBJECT_WORDS.has(word.lower)) return contentRanges(context.doc, word.start, word.end);
  if (word.pos !== 'NOUN' || isCapitalised(word)) return null;
  const phrase = phraseBefore(context, word.index + 1, sentence);
  if (phrase === null || phrase.kind !== 'description') return null;
  const first = context.doc.tokens[phrase.firstToken] as Token;
  return contentRanges(context.doc, first.start, word.end);
}

/** The finite verb right after the cue ("said [were] accompanied"), past adverbs and an opening quote mark. */
function predicateAfter(tokens: readonly Token[], start: number, sentence: Sentence): number | null {
  let i = start;
  while (i < sentence.endToken && (tokens[i]?.pos === 'ADV' || isQuoteMark(tokens[i]))) i += 1;
  const verb = tokens[i];
  if (verb === undefined || i >= sentence.endToken) return null;
  return isTensedVerb(verb) ? start : null;
}

/**
 * Where the clause of "what he says the plan would do" ends: at a comma, a conjunction, or the verb of the
 * sentence it stands in ("… would do has endured").
 */
function embeddedClauseEnd(context: RuleContext, start: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  let verbSeen = false;
  for (let i = start; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token)) continue;
    if (token.text === ',' || token.text === ';' || token.pos === 'CCONJ' || isSentenceEnd(token)) return i;
    const verb = token.pos === 'VERB' || token.pos === 'AUX';
    const previous = tokens[i - 1] as Token;
    if (verb && verbSeen && previous.pos !== 'VERB' && previous.pos !== 'AUX' && previous.pos !== 'PART' && previous.pos !== 'ADV') return i;
    if (verb) verbSeen = true;
  }
  return sentence.endToken;
}
