import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.js';

describe('words that name nothing', () => {
  it.each([
    ['Reportedly, the talks failed.'],
    ['Although he left, nothing changed.'],
    ['Everyone should stay calm.'],
    ['Translate this page.'],
    ['In May, prices rose.'],
    ['Prices rose in May 2023.'],
    ['On Sunday, prices rose.'],
    ['Prices rose on FRIDAY.'],
    ['The fall ended at 0900 GMT.'],
    ['BREAKING NEWS: PRICES RISE AGAIN'],
    ['Total: 2,000.'],
    ['Shares of the firm rose.'],
    ['I think so.'],
    ['Crews reached mine No. 2 at dawn.'],
  ])('%s', (text) => {
    expect(typedMentions(text)).toEqual([]);
  });
});

describe('names the same sentences would hide', () => {
  it.each([
    ['Theresa May spoke. May said she would stay.', ['PERSON:Theresa May', 'PERSON:May']],
    ['Shares of Vestra S.A. fell. Vestra said it would recover.', ['ORG:Vestra S.A.', 'ORG:Vestra']],
    ['MADRID 2021-03-04\nSpain said so.', ['GPE:MADRID', 'GPE:Spain']],
    ['RUGBY - SPAIN WIN\nSpain beat Portugal.', ['GPE:SPAIN', 'GPE:Spain', 'GPE:Portugal']],
  ])('%s', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});

describe('an ordinary word capitalised, which the article also writes in lower case', () => {
  it.each([
    ['Crews reopened the Basin quarry. The basin flooded in May.', []],
    ['He called it a Disgrace. Few saw any disgrace in it.', []],
  ])('%s is no name', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });

  it.each([
    ['Tom Young spoke. Young said the young voters came.', ['PERSON:Tom Young', 'PERSON:Young']],
    ['Mr. Basin spoke. The basin flooded.', ['PERSON:Mr. Basin']],
  ])('%s keeps the name', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});

describe('parts of names that name nothing alone', () => {
  it.each([
    ['Rep. Robert C. "Bobby" Lane spoke.', 'C.'],
    ['Tom Lane, Jr., spoke.', 'Jr.'],
  ])('%s has no entity "%s"', (text, part) => {
    expect(typedMentions(text).map((label) => label.slice(label.indexOf(':') + 1))).not.toContain(part);
  });

  it('keeps an initial inside a name', () => {
    expect(typedMentions('Tom C. Lane spoke.')).toEqual(['PERSON:Tom C. Lane']);
  });
});
