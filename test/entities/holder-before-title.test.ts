import { describe, expect, it } from 'vitest';
import { entityMentioning, typedMentions } from './helpers.js';

describe('a body or a town before a title and a name', () => {
  it.each([
    ['White House Press Secretary Ada Lintz said so.', ['ORG:White House', 'PERSON:Ada Lintz']],
    ['Reuters Chief Editor Ada Lintz spoke.', ['ORG:Reuters', 'PERSON:Ada Lintz']],
    ['NATO Secretary General Ada Lintz spoke.', ['ORG:NATO', 'PERSON:Ada Lintz']],
    ['The levy was backed by Dunmore Mayor Ada Lintz.', ['GPE:Dunmore', 'PERSON:Ada Lintz']],
  ])('%s is split', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });

  it('gives the person the title as a role', () => {
    expect(entityMentioning('White House Press Secretary Ada Lintz said so.', 'Ada Lintz')?.roles).toEqual(['Press Secretary']);
  });

  it.each([
    ['The Foreign Ministry said so.', ['ORG:Foreign Ministry']],
    ['The Associated Press reported it.', ['ORG:Associated Press']],
  ])('%s is not', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});
