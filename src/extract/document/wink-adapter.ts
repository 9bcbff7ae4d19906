/**
 * The only module that talks to wink-nlp: it turns wink's tokens (counted in tokens, with preceding
 * spaces) into character-offset tokens of the unmodified text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PartOfSpeech } from './types.js';

/** A token as wink sees it, placed in the text. */
export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: PartOfSpeech;
  readonly lemma: string;
  /** True for the first token of a wink sentence. */
  readonly startsSentence: boolean;
}

// Loading the model is the costly part; the instance is read-only afterwards, so one is shared.
const wink = winkNLP(model);
const its = wink.its;

/** Tokenises and tags `text`; whitespace tokens are dropped, every token's offsets index `text`. */
export function winkTokens(text: string): RawToken[] {
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as never) as unknown as string[];
  const sentenceStarts = new Set<number>();
  const sentenceSpans = doc.sentences().out(its.span as never) as unknown as [number, number][];
  for (const span of sentenceSpans) sentenceStarts.add(span[0]);

  const result: RawToken[] = [];
  let cursor = 0;
  let pendingSentenceStart = false;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    let start = cursor + (spaces[i] ?? '').length;
    if (text.slice(start, start + value.length) !== value) {
      // wink normally reproduces the text exactly; if it ever does not, find the token from the cursor.
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    const pos = (tags[i] ?? 'X') as PartOfSpeech;
    const startsSentence: boolean = pendingSentenceStart || sentenceStarts.has(i);
    if (pos === 'SPACE' || value.trim() === '') {
      pendingSentenceStart = startsSentence;
      continue;
    }
    pendingSentenceStart = false;
    result.push({ start, end, text: value, pos, lemma: lemmas[i] ?? value.toLowerCase(), startsSentence });
  }
  return result;
}
