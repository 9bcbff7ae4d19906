import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { singleQuotationsAsDouble } from '../../src/extract/quotes/single-quote-style.js';
import { invalidSpans } from '../helpers/assert-spans.js';

describe('singleQuotationsAsDouble', () => {
  it.each([
    ['‘We will appeal,’ the company said.', '“We will appeal,” the company said.'],
    ["'It is over,' she said. 'We lost.'", '"It is over," she said. "We lost."'],
    ['‘The voters’ anger is real,’ he said.', '“The voters’ anger is real,” he said.'],
    ['He called it ‘a gimmick’, adding: ‘We can’t trust them.’', 'He called it “a gimmick”, adding: “We can’t trust them.”'],
    ['‘The ’90s are gone,’ he said.', '“The ’90s are gone,” he said.'],
    ['‘We will go on.\n\n‘Nobody stops us,’ she said.', '“We will go on.\n\n“Nobody stops us,” she said.'],
  ])('reads the quotations of an article quoting in single marks as double: %s', (text, reading) => {
    expect(singleQuotationsAsDouble(text)).toBe(reading);
  });

  it('reads the single quotations of the title as double even when the article quotes in double marks', () => {
    const text = 'Mayor calls ferry plan ‘a gift to developers’.\n\n“It is a gift,” the mayor said. “Nothing less.”';
    expect(singleQuotationsAsDouble(text)).toBe('Mayor calls ferry plan “a gift to developers”.\n\n“It is a gift,” the mayor said. “Nothing less.”');
  });

  it('leaves the single marks of a long first paragraph, or of an article of one paragraph, alone', () => {
    const one = 'Mayor calls ferry plan ‘a gift to developers’. “It is a gift,” the mayor said. “Nothing less.”';
    expect(singleQuotationsAsDouble(one)).toBe(one);
    const long = `${'The council met for hours and argued about the plan again and again while the crowd waited outside '.repeat(2)}‘in vain’.\n\n“It is a gift,” the mayor said.`;
    expect(singleQuotationsAsDouble(long)).toBe(long);
  });

  it.each([
    ['an article quoting in double marks, with a quote inside a quote', '“He told me ‘never again’,” she said. “I believed him,” she added.'],
    ['apostrophes only', 'The members’ vote, held in the ’90s, can’t be undone, the Smiths’ lawyer said.'],
    ['straight apostrophes only', "It's the drivers' choice, and they won't wait, the union's leader said."],
    ['wire copy quoting in doubled marks', "``It is over,'' she said. ''We lost,'' he said of the 'final' vote."],
  ])('leaves alone %s', (_label, text) => {
    expect(singleQuotationsAsDouble(text)).toBe(text);
  });
});

describe('extract() on an article quoting in single marks', () => {
  const text = '‘We have listened,’ the minister told MPs. ‘Nobody can say we ignored the “silent majority”.’\n\n' +
    'A spokesman said the figures were ‘deeply misleading’.';
  const result = extract(text);

  it('finds the quotes, with their kind', () => {
    expect(result.claims.map((claim) => [claim.kind, claim.speaker?.mention.text, claim.content.map((span) => span.text)])).toEqual([
      ['direct', 'the minister', ['‘We have listened,’', '‘Nobody can say we ignored the “silent majority”.’']],
      ['mixed', 'A spokesman', ['the figures were ‘deeply misleading’']],
    ]);
  });

  it('gives every span the article’s own characters', () => {
    expect(result.text).toBe(text);
    expect(invalidSpans(result)).toEqual([]);
  });
});
