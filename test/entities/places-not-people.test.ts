import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.js';

describe('places the lexicon knows as given names', () => {
  it.each([
    ['The deal went to a Tulsa-based lender, Pruitt said.', ['GPE:Tulsa', 'PERSON:Pruitt']],
    ['Georgia voters lined up early.', ['GPE:Georgia']],
    ['Beverly Mayor Ann Roe said the town would grieve.', ['GPE:Beverly', 'PERSON:Ann Roe']],
    ['Virginia lawmakers met. Later, Virginia said the vote would wait.', ['GPE:Virginia', 'GPE:Virginia']],
  ])('%s', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});

describe('people who bear such names stay people', () => {
  it.each([
    ['Virginia Hale spoke first. Then Hale left.', ['PERSON:Virginia Hale', 'PERSON:Hale']],
    ['Ms. Georgia Banks spoke.', ['PERSON:Ms. Georgia Banks']],
  ])('%s', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});

describe('a state name used alone as the given name of a person named in full', () => {
  // The full name is typed from its shape only (the lexicon knows "Virginia" as no given name), too weak
  // to retype the lone word, which the state list types a place.
  it.fails('Virginia Hale spoke first. Then Virginia left.', () => {
    expect(typedMentions('Virginia Hale spoke first. Then Virginia left.')).toEqual(['PERSON:Virginia Hale', 'PERSON:Virginia']);
  });
});
