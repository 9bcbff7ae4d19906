/** Sentence splitting: where wink's sentence ends are mended at abbreviations, and where they stay. */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';

/** The sentences of `text` as written. */
function sentencesOf(text: string): string[] {
  const doc = readDocument(text);
  return doc.sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('sentences', () => {
  it.each([
    'Sen. Lena Ward (D-Ore.) said the budget would pass.',
    'Sen. Lena Ward (R-Ariz.) on Tuesday said the budget would pass.',
    'Sen. Lena Ward (D-Nev.) Tuesday said the budget would pass.',
    'Sen. Lena Ward (R-Ga.), who chairs the panel, said the budget would pass.',
    'Sen. Lena Ward (D-N.C.) Tuesday said the budget would pass.',
    'The vote was led by Sens. Lena Ward (D-Ore.) and Tom Hale (R-Tenn.) after a long debate.',
    'The firm (Harbor Tools Inc.) Monday said its profits fell.',
    'Rep. Tom Hale, R-Tenn., said the budget would pass.',
    'The budget was cut by ex-Sen. Lena Ward in May.',
    'Atty. Gen. Tom Hale said the budget would pass.',
  ])('keeps one sentence: %s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it.each([
    ['The bill was written by Sen. Lena Ward, D-Ore. The vote is on Monday.', ['The bill was written by Sen. Lena Ward, D-Ore.', 'The vote is on Monday.']],
    ['The bill was written by Sen. Lena Ward (D-Ore.). The vote is on Monday.', ['The bill was written by Sen. Lena Ward (D-Ore.).', 'The vote is on Monday.']],
    ['The clinic was run by my ex-boss. Lena Ward left it.', ['The clinic was run by my ex-boss.', 'Lena Ward left it.']],
    ['The mayor left. (The hour was late.) Her deputy stayed.', ['The mayor left.', '(The hour was late.)', 'Her deputy stayed.']],
  ])('splits: %s', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });
});
