import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findQuotes } from '../../src/extract/quotes/find-quotes.js';

/** The texts of the quotations found in `text`. */
function quotesOf(text: string): string[] {
  return findQuotes(readDocument(text)).quotes.map((quote) => text.slice(quote.start, quote.end));
}

describe('findQuotes', () => {
  it.each([
    ['“We won,” she said.', ['“We won,”']],
    ['"We won," she said. "We will win again."', ['"We won,"', '"We will win again."']],
    ['He spoke.\n\n”Mr. Roe is right,” she said.', ['”Mr. Roe is right,”']],
    ['He spoke.\n\n” … what I learned is that the plan is dead,” she said.', ['” … what I learned is that the plan is dead,”']],
    ['He spoke.\n\n”... what I learned is that the plan is dead,” she said.', ['”... what I learned is that the plan is dead,”']],
  ])('pairs the marks of %s, one standing the wrong way round at a paragraph start', (text, quotes) => {
    expect(quotesOf(text)).toEqual(quotes);
  });

  it.each([
    ['“We will go on.\n\n” The crowd cheered.'],
    ['The crowd cheered.\n\n” ,'],
    ['The crowd cheered.\n\n” The mayor left.'],
  ])('opens no quotation with a closing mark before no word: %s', (text) => {
    expect(quotesOf(text).filter((quote) => quote.startsWith('”'))).toEqual([]);
  });
});
