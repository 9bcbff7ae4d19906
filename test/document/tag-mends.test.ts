/**
 * Part-of-speech tags mended in place: a word owned by a possessive and followed by a noun is no verb; a plain
 * word between a relative word with a plural noun and a preposition is the relative clause's verb; a given name
 * between a colon and a name is a name; in a title, a verb of reporting in -s after a bare noun is a verb.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { mendedPos } from '../../src/extract/document/tag-mends.js';
import type { PartOfSpeech } from '../../src/extract/document/types.js';

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

  it.each([
    ['The parks that residents point to are closed.', 'point'],
    ['Several of the parks that residents point to as unsafe are old.', 'point'],
  ])('reads the verb of a relative clause ending in its preposition: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('VERB');
  });

  it.each([
    ['A surprise at last: Ted Lowe left the party.', 'Ted'],
    ['Rivals no more: Ted Varga backs the mayor.\n\nThe two met on Monday.', 'Ted'],
  ])('reads a given name after a colon as a name: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('PROPN');
  });

  it.each([
    ['Her advice: Ask Ines Lowe.', 'Ask'],
    ['The rule: Meet Ines Lowe first.', 'Meet'],
  ])('keeps a verb after a colon that is no given name: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('VERB');
  });

  it.each([
    ['Council spokeswoman Hope Varga said the vote was delayed.', 'Hope'],
    ['The letter went to aides to Will Osei, the clerk said.', 'Will'],
    ['Two deputies, Faith Lowe and Grace Aydin, said the road was shut.', 'Faith'],
  ])('reads a word with a capital inside a sentence before a name as a name: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('PROPN');
  });

  it.each([
    // At the start of a sentence a capitalised verb before a name may be a verb.
    ['Ask Ines Lowe about the vote.', 'Ask'],
    ['Meet Ines Lowe, the new clerk.', 'Meet'],
  ])('keeps a verb before a name at the start of a sentence: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('VERB');
  });

  it.each([
    ['Appeals court rules against county’s zoning plan.\n\nThe judges met on Monday.', 'rules'],
  ])('reads a verb of reporting in a title after a bare noun: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('VERB');
  });

  it.each([
    // Outside the title, or after a determiner, the noun compound stands.
    ['The judges met on Monday.\n\nAppeals court rules against hearsay are strict.', 'rules'],
    ['The court rules against hearsay are strict.\n\nThe judges met on Monday.', 'rules'],
  ])('keeps the noun of a compound: %s', (text, word) => {
    expect(tagOf(text, word)).toBe('NOUN');
  });

  /** A token as the mend reads it, from "word/TAG". */
  const tagged = (item: string): { text: string; pos: PartOfSpeech } => {
    const [text, pos] = item.split('/') as [string, PartOfSpeech];
    return { text, pos };
  };
  it.each([
    ['the/DET critics/NOUN point/NOUN to/PART'],
    ['that/DET critic/NOUN point/NOUN to/PART'],
    ['that/DET critics/NOUN points/NOUN to/PART'],
    ['that/DET critics/NOUN point/NOUN ./PUNCT'],
  ])('keeps the noun: %s', (words) => {
    const [before, previous, token, next] = words.split(' ').map(tagged);
    expect(mendedPos(before, previous, token as { text: string; pos: PartOfSpeech }, next)).toBe('NOUN');
  });

  it.each([
    ['in/ADP 2016/NUM sent/NOUN the/DET'],
    ['since/ADP 1998/NUM kept/NOUN them/PRON'],
  ])('reads the verb after a year: %s', (words) => {
    const [before, previous, token, next] = words.split(' ').map(tagged);
    expect(mendedPos(before, previous, token as { text: string; pos: PartOfSpeech }, next)).toBe('VERB');
  });
  it.each([
    // A plural, a word after no preposition, a word before no determiner, a cue verb's past form.
    ['in/ADP 2016/NUM sales/NOUN the/DET'],
    ['of/ADP 2016/NUM budget/NOUN the/DET'],
    ['in/ADP 2016/NUM sent/NOUN letters/NOUN'],
    ['in/ADP 2016/NUM found/NOUN the/DET'],
  ])('keeps the noun after a year: %s', (words) => {
    const [before, previous, token, next] = words.split(' ').map(tagged);
    expect(mendedPos(before, previous, token as { text: string; pos: PartOfSpeech }, next)).toBe('NOUN');
  });
});
