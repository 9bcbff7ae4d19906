/**
 * "X referred to the incident as a “…”", "… and accused them of “…”": a verb whose quoted object is the
 * speaker's own wording. A verb joined by "and" takes the subject of its sentence.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { contentRanges } from '../phrases/ranges.js';
import { objectSettingStart } from '../phrases/object-end.js';
import { extentStart, PARTY_STATE_LABEL, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { inQuote, isNounPhraseWord, isQuoteMark, tokenIndexFrom } from '../phrases/tokens.js';
import type { Quote } from '../../quotes/types.js';
import { COORDINATING_CONJUNCTIONS } from '../../../vocabulary/speaker-words.js';
import { OBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';
import type { PhraseMatch } from '../phrases/noun-phrase.js';
import type { CueRule, Range, RuleContext, SpeakerPhrase } from '../types.js';

/** Most tokens between the verb and the quotation, past an appositive of the object. */
const MAX_GAP_TOKENS = 8;
const COORDINATORS = new Set(COORDINATING_CONJUNCTIONS);
const OBJECT_PRONOUN = new Set(OBJECT_PRONOUNS);

export const framingVerbQuote: CueRule = {
  id: 'framing-verb-quote',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'framing' || cue.passive) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    let quoteStart: number | null = null;
    const aside = isAsAside(context, cue, sentence);
    for (let i = cue.endToken, skipped = 0; i < sentence.endToken && i <= cue.endToken + MAX_GAP_TOKENS + skipped; i += 1) {
      const token = tokens[i] as Token;
      if (isQuoteMark(token) && context.quoteIndex.quoteStartingAt(token.start) !== undefined) {
        quoteStart = token.start;
        break;
      }
      // "described the chief, a former judge, as “…”", "called Sen. Roe, D-Ore., “…”": an appositive of the
      // object; "characterized him as, “…”": a comma after "as".
      const appositive = token.text === ',' && i > cue.endToken ? appositiveEnd(context, i, sentence) : null;
      if (appositive !== null) {
        skipped += appositive - i + 1;
        i = appositive;
      }
      else if (token.text === ',' && tokens[i - 1]?.lower === 'as') skipped += 1;
      // "as the paper called them in a column, “…”": the aside's comma stands before the quoted words.
      else if (token.text === ',' && aside && isQuoteMark(tokens[i + 1])) skipped += 1;
      else if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return null;
    }
    if (quoteStart === null) return null;
    const quote = context.quoteIndex.quoteStartingAt(quoteStart);
    if (quote === undefined) return null;
    const phrase = speakerBeforeCue(context, cue, sentence, true);
    if (phrase === null) return null;
    // "called the council’s members “cowards”", "described the plan as a “…”": the object belongs with
    // the quoted words. "accused them of “…”", "referred to the plan as a “…”": the words before "of" or a
    // verb's own preposition name what the speaker spoke of, and the quotation alone is what was said.
    const objectIndex = cue.endToken;
    const objectStart = tokens[objectIndex];
    const markIndex = tokenIndexFrom(tokens, quote.start);
    const particle = objectStart?.pos === 'ADP' && objectStart.lower !== 'as';
    const linked = particle || [tokens[markIndex - 1], tokens[markIndex - 2]].some((token) => token !== undefined && /^(?:of|to)$/i.test(token.text));
    const hasObject = objectStart !== undefined && objectStart.start < quote.start;
    // "was describing as “reckless” a post about …": with no object before it, "as" opens the quoted words.
    const asFirst = objectStart?.lower === 'as' && objectIndex === markIndex - 1;
    // "called him a “genius” for …": a pronoun object stands for someone named before; the wording starts at the quotation.
    const pronounObject = OBJECT_PRONOUN.has(objectStart?.lower ?? '') && objectIndex === markIndex - 1;
    let content = hasObject && !linked && !aside ? objectWithQuote(context, pronounObject ? markIndex : objectIndex, quote, sentence) : quoteContent(quote);
    if (asFirst) content = contentFrom(context, objectIndex, sentence, tokenIndexFrom(tokens, quote.end));
    const outer = outerReport(context, phrase, sentence);
    if (outer !== null) return makeCandidate(context, this.id, withFreeRelative(context, phrase, content), outer.cue, outer.speaker);
    return makeCandidate(context, this.id, withRelativeWord(context, phrase, content), cue, toSpeaker(context, phrase));
  },
};

/**
 * "(or, as the paper called them, “…”)": a clause of "as" whose object is a pronoun for what the sentence
 * names; the quotation set off after it is the wording, on its own.
 */
function isAsAside(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  if (!OBJECT_PRONOUN.has(tokens[cue.endToken]?.lower ?? '')) return false;
  const phrase = speakerBeforeCue(context, cue, sentence);
  return phrase !== null && tokens[extentStart(phrase) - 1]?.lower === 'as';
}

/** Most tokens of an appositive set off by commas inside the object: "the chief, [a former judge on the bench],". */
const MAX_APPOSITIVE_TOKENS = 8;

/**
 * With the comma at `comma` after an object, the index of the comma that closes an appositive of it ("the
 * chief, a former judge, as", "Sen. Roe, D-Ore., “…”"): words of a noun phrase or a party and state label, then
 * "as" or a quotation mark (perhaps after an article) after the closing comma; null otherwise.
 */
function appositiveEnd(context: RuleContext, comma: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  for (let i = comma + 1; i < sentence.endToken && i <= comma + MAX_APPOSITIVE_TOKENS; i += 1) {
    if (tokens[i]?.text !== ',') continue;
    if (i === comma + 1) return null;
    const words = tokens.slice(comma + 1, i);
    const label = PARTY_STATE_LABEL.test(context.doc.text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end));
    // "the mayor of Leeds": a preposition inside the phrase, not opening it.
    const phrase = isNounPhraseWord(words[0] as Token) && words.every((word) => isNounPhraseWord(word) || word.pos === 'ADP');
    if (!label && !phrase) return null;
    // "a “coward”": an article may open the quoted words' phrase.
    const next = tokens[i + 1]?.pos === 'DET' ? tokens[i + 2] : tokens[i + 1];
    return next?.lower === 'as' || isQuoteMark(next) ? i : null;
  }
  return null;
}

/**
 * "The mayor denounced what she called a “…”": a pronoun after "what" stands for the subject of the verb
 * before it, and "what she called …" is the object of that report.
 */
function outerReport(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): { cue: Cue; speaker: SpeakerPhrase } | null {
  const what = phrase.firstToken - 1;
  if (phrase.kind !== 'pronoun' || context.doc.tokens[what]?.lower !== 'what') return null;
  const cue = (context.cuesBySentence.get(sentence.index) ?? []).find((other) => other.endToken === what);
  const speaker = cue === undefined ? null : speakerBeforeCue(context, cue, sentence, true);
  return cue === undefined || speaker === null ? null : { cue, speaker: toSpeaker(context, speaker) };
}

/**
 * "called Moreau a “born schemer” who is “wholly unfit”": the object, the quotation and what
 * continues it, up to the setting of the report or a second predicate ("… and stopped short of …").
 */
function objectWithQuote(context: RuleContext, objectIndex: number, quote: Quote, sentence: Sentence): Range[] {
  const tokens = context.doc.tokens;
  const afterQuote = tokenIndexFrom(tokens, quote.end);
  let end = objectSettingStart(context, afterQuote - 1, sentence.endToken);
  for (let i = afterQuote - 1; i < end; i += 1) {
    const predicate = COORDINATORS.has((tokens[i] as Token).lower) && /^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '');
    if (predicate) {
      end = tokens[i - 1]?.text === ',' ? i - 1 : i;
      break;
    }
    // "a “tirade,” a string of late-night emails": after a comma (perhaps closing a quotation), only more quoted
    // words continue it.
    const token = tokens[i] as Token;
    const plainComma = token.text === ',' && !inQuote(context, token);
    const quotedComma = isQuoteMark(token) && tokens[i - 1]?.text === ',' && context.quoteIndex.quoteEndingAt(token.end) !== undefined;
    if ((plainComma || quotedComma) && !opensQuotedItem(context, i + 1)) {
      end = plainComma ? i : i + 1;
      break;
    }
  }
  return contentFrom(context, objectIndex, sentence, end);
}

/** A list item of quoted words starts at `index`: "“bully”", "a “bully”". */
function opensQuotedItem(context: RuleContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[index];
  const mark = first?.pos === 'DET' || first?.lower === 'and' ? tokens[index + 1] : first;
  return mark !== undefined && isQuoteMark(mark) && context.quoteIndex.quoteStartingAt(mark.start) !== undefined;
}

/**
 * "quit after what he called a “tirade”", where no report holds the free relative: "what" and the quoted words are
 * the content, in two pieces, leaving out the speaker and the cue between them.
 */
function withRelativeWord(context: RuleContext, phrase: PhraseMatch, content: Range[]): Range[] {
  const what = context.doc.tokens[phrase.firstToken - 1];
  if (what?.lower !== 'what' || content.length === 0) return content;
  return [{ start: what.start, end: what.end }, ...content];
}

/**
 * "denounced what she called a “reckless gamble”": the free relative that names the speaker's wording is
 * the content as a whole, from "what" to the end of the quoted words.
 */
function withFreeRelative(context: RuleContext, phrase: PhraseMatch, content: Range[]): Range[] {
  const what = context.doc.tokens[phrase.firstToken - 1];
  const last = content[content.length - 1];
  if (what?.lower !== 'what' || last === undefined) return content;
  return contentRanges(context.doc, what.start, last.end);
}
