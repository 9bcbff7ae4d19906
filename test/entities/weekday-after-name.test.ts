import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.js';

describe('a weekday written after a name', () => {
  it.each([
    ['Ruiz campaigned in Nevada Thursday.', ['PERSON:Ruiz', 'GPE:Nevada']],
    ['The figures came in a Reuters Monday report.', ['ORG:Reuters']],
    ['Early Tuesday, the storm reached the coast.', []],
  ])('%s is no part of the name', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });

  it.each([
    ['Shoppers lined up on Black Friday.', 'Black Friday'],
    ['Polls closed on Super Tuesday.', 'Super Tuesday'],
  ])('%s keeps the name of a day whole', (text, name) => {
    expect(typedMentions(text).map((label) => label.slice(label.indexOf(':') + 1))).toEqual([name]);
  });
});
