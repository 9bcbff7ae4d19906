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

  describe('text without full stops', () => {
    const clause = 'the mayor said the ferry would run again in May and the council agreed';
    it('cuts a sentence that runs past 150 tokens at the end of a clause', () => {
      const text = Array.from({ length: 12 }, () => clause).join(', ');
      const doc = readDocument(text);
      expect(doc.sentences.length).toBeGreaterThan(1);
      for (const sentence of doc.sentences) expect(sentence.endToken - sentence.firstToken).toBeLessThanOrEqual(160);
      // Each part but the last ends with the comma that closed its clause, and no text is lost between parts.
      expect(doc.sentences.slice(0, -1).every((sentence) => text.slice(sentence.end - 1, sentence.end) === ',')).toBe(true);
      expect(doc.sentences.map((sentence) => text.slice(sentence.start, sentence.end)).join(' ')).toBe(text);
    });

    it('cuts one with no clause mark at all after 300 tokens', () => {
      const text = Array.from({ length: 30 }, () => clause).join(' ');
      const doc = readDocument(text);
      expect(doc.sentences.map((sentence) => sentence.endToken - sentence.firstToken)).toEqual([300, doc.tokens.length - 300]);
    });

    it('keeps a long sentence of news whole', () => {
      const text = `${Array.from({ length: 8 }, () => clause).join(', ')}.`;
      expect(readDocument(text).sentences).toHaveLength(1);
    });
  });
});
