import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { paragraphRanges } from '../../src/extract/document/paragraphs.js';
import { taggingText } from '../../src/extract/document/title-case-tagging.js';

const article = 'Harbor Board Rejects Ferry Plan As Too Costly\n\nThe board rejects the plan, which it calls costly, as members said on Monday.';

describe('taggingText', () => {
  it('writes the ordinary words of a Title Case title in lower case, keeping names and every offset', () => {
    const tagging = taggingText(article, paragraphRanges(article));
    expect(tagging.slice(0, 45)).toBe('Harbor board rejects Ferry plan as Too costly');
    expect(tagging.length).toBe(article.length);
    expect(tagging.slice(45)).toBe(article.slice(45));
  });

  it('writes a verb of reporting in the present in lower case though the article never does so', () => {
    const text = 'Appeals Court Rules Against Zoning Plan\n\nThe judges met on Monday.';
    expect(taggingText(text, paragraphRanges(text)).slice(0, 39)).toBe('Appeals Court rules Against Zoning Plan');
  });

  it.each([
    ['a plural of a noun of reporting', 'Jobless Claims Rise In Tarnby\n\nIt was close.'],
    ['a title in sentence case', 'Harbor board rejects ferry plan\n\nThe board rejects the plan.'],
    ['an article of one paragraph', 'Harbor Board Rejects Ferry Plan As Too Costly'],
    ['a Title Case title whose words the article never writes in lower case', 'Ines Tovar Wins In Tarnby\n\nIt was close.'],
  ])('leaves alone %s', (_label, text) => {
    expect(taggingText(text, paragraphRanges(text))).toBe(text);
  });
});

describe('readDocument on an article with a Title Case title', () => {
  const doc = readDocument(article);

  it('tags the title\'s verb as a verb, the tokens keeping the article\'s characters', () => {
    const rejects = doc.tokens.find((token) => token.text === 'Rejects');
    expect(rejects?.pos).toBe('VERB');
    expect(rejects?.lemma).toBe('reject');
    for (const token of doc.tokens) expect(article.slice(token.start, token.end)).toBe(token.text);
  });
});
