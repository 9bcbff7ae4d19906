/**
 * "According to X, …" and "…, according to X.": X is the speaker. When X is a news outlet and another cue
 * in the sentence has a speaker ("According to AFP, Y said …"), X only carried the words and is left to the
 * source step. Anyone else reports what was said: "According to the family's lawyers, police said …" is
 * the lawyers' account, and the cue inside it is part of their content.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentBefore, contentFrom, isSingleWord } from '../phrases/content.js';
import { phraseAfter, type PhraseMatch } from '../phrases/noun-phrase.js';
import { speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { inQuote, isCapitalised, isSentenceEnd, isSpacedDash, lastWord } from '../phrases/tokens.js';
import { contentRanges } from '../phrases/ranges.js';
import { isSummingAppositive } from '../phrases/renaming-tail.js';
import type { CueRule, Range, RuleContext } from '../types.js';
import type { CueType } from '../../../types.js';
import { EVIDENCE_NOUNS, SUBJECT_JOINERS } from '../../../vocabulary/speaker-words.js';
import { isNewsOutlet } from '../../../vocabulary/outlets.js';
import { DASHES } from '../../../vocabulary/dashes.js';
import { SOURCE_RELATIVES } from '../../../vocabulary/function-words.js';
import { hasPastParticipleEnding } from '../../util/participle.js';

const EVIDENCE = new Set(EVIDENCE_NOUNS);
const SEPARATORS = new Set([',', ...DASHES]);
const RELATIVES = new Set(SOURCE_RELATIVES);
const JOINERS = new Set(SUBJECT_JOINERS);

const MAX_APPOSITIVE_TOKENS = 12;

export const accordingTo: CueRule = {
  id: 'according-to',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'according-to') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    const phrase = phraseAfter(context, cue.endToken, sentence) ?? mistaggedPhrase(tokens, cue.endToken, sentence);
    if (phrase === null) return null;
    // "According to a new survey by Gallup, …", "a lawsuit filed by the union, …": the phrase runs on to its comma.
    const speaker = opensClause(tokens, cue, sentence) ? withModifiers(tokens, phrase, sentence) : phrase;
    const after = skipAppositive(tokens, speaker.endToken, sentence);
    const outlet = isNewsOutlet(context.doc.text.slice((tokens[phrase.firstToken] as Token).start, (tokens[phrase.endToken - 1] as Token).end));
    const next = tokens[after];
    if (opensClause(tokens, cue, sentence) && next?.text === ',') {
      if (outlet && otherCueHasSpeaker(context, cue, sentence, (other) => other.firstToken > after)) return null;
      const content = contentFrom(context, after + 1, sentence);
      const type = reportedBy(tokens, speaker.endToken - 1);
      // "According to the mayor, basically.": a lone word is a reply to something before, not content.
      return content.length === 0 || isSingleWord(context, content) ? null : makeCandidate(context, this.id, content, cue, toSpeaker(context, speaker), type);
    }
    // "…, according to a survey released Tuesday, but many say …": the phrase and its modifiers end at a comma
    // before a conjunction opening another clause.
    const joinedAt = joinedComma(tokens, after, sentence);
    const joined = joinedAt !== null;
    const toEnd = !joined && runsToSentenceEnd(tokens, speaker.endToken, sentence);
    // "…, according to X." and "… — or worse — according to X.": a comma or a dash sets the phrase off.
    if (SEPARATORS.has(tokens[cue.firstToken - 1]?.text ?? '') && (toEnd || joined)) {
      if (outlet && otherCueHasSpeaker(context, cue, sentence, (other) => other.firstToken < cue.firstToken)) return null;
      const content = afterLoneDash(context, contentBefore(context, cue.firstToken, sentence), cue.firstToken);
      const whole = toEnd ? { ...speaker, endToken: relativeComma(tokens, speaker.endToken, sentence) ?? lastWord(tokens, sentence) } : { ...speaker, endToken: joinedAt ?? speaker.endToken };
      const type = reportedBy(tokens, speaker.endToken - 1);
      return content === null || content.length === 0 ? null : makeCandidate(context, this.id, content, cue, toSpeaker(context, whole), type);
    }
    return null;
  },
};

/**
 * "Fares have gone up every year - a rise of 40 percent, according to the union.": a lone dash before the
 * closing phrase sets off what the source vouches for; a pair of dashes is an aside inside the content.
 */
function afterLoneDash(context: RuleContext, content: Range[] | null, cueToken: number): Range[] | null {
  const first = content?.[0];
  if (content === null || first === undefined) return content;
  const tokens = context.doc.tokens;
  const dashes: number[] = [];
  for (let i = cueToken - 1; i >= 0 && (tokens[i] as Token).start >= first.start; i -= 1) {
    const token = tokens[i] as Token;
    if (isSpacedDash(tokens, i) && !inQuote(context, token)) dashes.push(i);
  }
  const dash = dashes.length === 1 ? tokens[(dashes[0] as number) + 1] : undefined;
  if (dash === undefined || dash.index >= cueToken - 1) return content;
  const last = content[content.length - 1] as Range;
  return contentRanges(context.doc, dash.start, last.end);
}

/** "according to polls" reports evidence; "according to Ms. Roe" speech. */
function reportedBy(tokens: readonly Token[], head: number): CueType {
  return EVIDENCE.has((tokens[head] as Token).lower) ? 'evidence' : 'speech';
}

/** Nothing but the phrase's own modifiers up to the sentence end: "two people familiar with the matter." */
function runsToSentenceEnd(tokens: readonly Token[], from: number, sentence: Sentence): boolean {
  for (let i = from; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (isSentenceEnd(token) || relativeComma(tokens, i, sentence) === i) return true;
    if (endsModifiers(tokens, i)) return false;
  }
  return true;
}

/** The comma before a conjunction right after the phrase's own modifiers ("a survey released Tuesday, but"), or null. */
function joinedComma(tokens: readonly Token[], from: number, sentence: Sentence): number | null {
  for (let i = from; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ',') return tokens[i + 1]?.pos === 'CCONJ' ? i : null;
    if (isSentenceEnd(token) || endsModifiers(tokens, i)) return null;
  }
  return null;
}

/** A word that cannot modify the phrase after "according to": a finite verb, an auxiliary, "that". */
function endsModifiers(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const participle = /(?:ed|en|ing)$/.test(token.lower);
  const modifier = tokens[i + 1]?.pos === 'NOUN';
  // "League to Restore Our Rivers": a capitalised word inside a name, whatever its tag.
  const name = /^\p{Lu}/u.test(token.text);
  return (token.pos === 'VERB' && !participle && !modifier && !name) || token.pos === 'AUX' || token.lower === 'that';
}

/**
 * The comma opening the writer's clause about the source or the sentence at or after token `from`: a relative
 * clause ("…, whose figures …") or a noun phrase summing up the sentence ("…, a step that would …"); or null.
 */
function relativeComma(tokens: readonly Token[], from: number, sentence: Sentence): number | null {
  for (let i = from; i < sentence.endToken; i += 1) {
    if (tokens[i]?.text === ',' && (RELATIVES.has(tokens[i + 1]?.lower ?? '') || isSummingAppositive(tokens, i + 1))) return i;
  }
  return null;
}

/** Past ", the farm minister of Chile," or ", who wrote to the council,": the token after, or `start`. */
function skipAppositive(tokens: readonly Token[], start: number, sentence: Sentence): number {
  if (tokens[start]?.text !== ',') return start;
  const first = tokens[start + 1];
  if (first === undefined || !(first.pos === 'DET' || first.lower === 'who' || first.lower === 'which' || first.pos === 'NUM')) return start;
  for (let j = start + 2; j < sentence.endToken && j <= start + MAX_APPOSITIVE_TOKENS; j += 1) {
    if (tokens[j]?.text === ',') return j;
  }
  return start;
}

/**
 * Most tokens of "by Gallup", "filed by the state Department of Labor and Industry" or "and a second
 * complaint by the state of Ohio" after the phrase.
 */
const MAX_MODIFIER_TOKENS = 20;

/**
 * Where the modifiers after an opening phrase end, at the comma that closes them: "by Politico", "filed by
 * the SEC", a second source joined by "and". `start` itself when no comma comes first, or a finite verb, a
 * quotation or the sentence's end does.
 */
function modifiersEnd(tokens: readonly Token[], start: number, sentence: Sentence): number {
  const first = tokens[start];
  const opensModifier = first !== undefined &&
    (first.pos === 'ADP' || first.pos === 'CCONJ' || (first.pos === 'VERB' && hasPastParticipleEnding(first.lower)));
  if (!opensModifier) return start;
  for (let j = start + 1; j < sentence.endToken && j <= start + MAX_MODIFIER_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.text === ',') return j;
    if (token.pos === 'AUX' || isSentenceEnd(token) || /^["\u201C\u201D]$/.test(token.text)) return start;
  }
  return start;
}

/**
 * The opening phrase with its modifiers up to the comma; joined (no one entity) when a second source is
 * joined to it ("a complaint by the SEC and a lawsuit by Ohio"), not a name's own "and" ("Securities and Exchange").
 */
function withModifiers(tokens: readonly Token[], phrase: PhraseMatch, sentence: Sentence): PhraseMatch {
  const end = modifiersEnd(tokens, phrase.endToken, sentence);
  for (let i = phrase.endToken; i < end; i += 1) {
    const joiner = tokens[i] as Token;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const insideName = before !== undefined && after !== undefined && isCapitalised(before) && isCapitalised(after);
    if (JOINERS.has(joiner.lower) && !insideName) return { ...phrase, endToken: end, joined: true };
  }
  return { ...phrase, endToken: end };
}

/** The phrase opens its sentence, perhaps after a connective: "Additionally, according to …". */
function opensClause(tokens: readonly Token[], cue: Cue, sentence: Sentence): boolean {
  for (let i = sentence.firstToken; i < cue.firstToken; i += 1) {
    const token = tokens[i] as Token;
    if (!(token.pos === 'ADV' || token.pos === 'CCONJ' || token.text === ',')) return false;
  }
  return true;
}

/**
 * Another cue of the sentence, where the content would be, names its own speaker: "According to AFP,
 * Mr. Smith said …". A cue inside the phrase's own aside ("according to X, who spoke to NPR,") does not count.
 */
function otherCueHasSpeaker(context: RuleContext, cue: Cue, sentence: Sentence, where: (other: Cue) => boolean): boolean {
  return (context.cuesBySentence.get(cue.sentence) ?? []).some(
    (other) => other !== cue && where(other) && other.kind === 'verb' && (other.type === 'speech' || other.type === 'writing') && !other.passive &&
      !isBareParticiple(context, other) &&
      speakerBeforeCue(context, other, sentence) !== null,
  );
}

/** "a document outlining its stance": a verb in -ing with no "to be" before it describes, it does not report. */
function isBareParticiple(context: RuleContext, cue: Cue): boolean {
  const tokens = context.doc.tokens;
  const verb = tokens[cue.verbToken] as Token;
  return verb.lower.endsWith('ing') && tokens[cue.firstToken - 1]?.pos !== 'AUX';
}

/** Most words of a phrase after "according to" read without its tags. */
const MAX_PHRASE_TOKENS = 6;

/**
 * "according to police,", "according to exit polls,": only a noun phrase can follow "according to", so a
 * short run of words up to the comma is one, whatever tags wink gave its words.
 */
function mistaggedPhrase(tokens: readonly Token[], start: number, sentence: Sentence): PhraseMatch | null {
  let end = start;
  while (end < sentence.endToken && end < start + MAX_PHRASE_TOKENS) {
    const token = tokens[end] as Token;
    if (token.text === ',' || isSentenceEnd(token) || token.pos === 'AUX' || token.pos === 'PUNCT') break;
    end += 1;
  }
  const stop = tokens[end];
  if (end === start || !(stop === undefined || stop.text === ',' || isSentenceEnd(stop))) return null;
  return { firstToken: start, endToken: end, kind: 'description' };
}
