/** Part-of-speech tags mended in place: a word owned by a possessive and followed by a noun is no verb. */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';

/** The tag of the first token written `word` in `text`. */
function tagOf(text: string, word: string): string | undefined {
  return readDocument(text).tokens.find((token) => token.text === word)?.pos;
}

describe('tag mends', () => {
  it.each([
    ["Halvor's works council said it would fight the closure.", 'works'],
    ['Its works council said it had not been consulted.', 'works'],
    ["The plant's works manager quit on Friday.", 'works'],
    ['The firm\u2019s works council and its board disagreed.', 'works'],
  ])('reads a noun: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('NOUN');
  });

  it.each([
    ["Harlow's water works closed.", 'works'],
    ["Marta's plan works well.", 'works'],
    ['The council works on the budget.', 'works'],
    ["Dalby's goes on sale next week.", 'goes'],
  ])('keeps the verb: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('VERB');
  });
});
