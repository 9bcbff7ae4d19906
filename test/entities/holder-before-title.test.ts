import { describe, expect, it } from 'vitest';
import { entityMentioning, typedMentions } from './helpers.js';

describe('a body or a town before a title and a name', () => {
  it.each([
    ['White House Press Secretary Ada Lintz said so.', ['ORG:White House', 'PERSON:Ada Lintz']],
    ['Reuters Chief Editor Ada Lintz spoke.', ['ORG:Reuters', 'PERSON:Ada Lintz']],
    ['NATO Secretary General Ada Lintz spoke.', ['ORG:NATO', 'PERSON:Ada Lintz']],
    ['The levy was backed by Dunmore Mayor Ada Lintz.', ['GPE:Dunmore', 'PERSON:Ada Lintz']],
    ['The levy was backed by Tarn Valley Council President Ada Lintz.', ['ORG:Tarn Valley Council', 'PERSON:Ada Lintz']],
    ['The report was sent to TVPD Commissioner Ada Lintz.', ['ORG:TVPD', 'PERSON:Ada Lintz']],
    ['It was backed by Republican Secretary of State Ada Lintz.', ['NORP:Republican', 'PERSON:Ada Lintz']],
    ['It was backed by Libertarian Ada Lintz.', ['NORP:Libertarian', 'PERSON:Ada Lintz']],
  ])('%s is split', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });

  it('gives the person the title, with the body that holds it, as a role', () => {
    expect(entityMentioning('White House Press Secretary Ada Lintz said so.', 'Ada Lintz')?.roles).toEqual(['White House Press Secretary']);
  });

  it.each([
    ['The Foreign Ministry said so.', ['ORG:Foreign Ministry']],
    ['The Associated Press reported it.', ['ORG:Associated Press']],
    ['The appeal went to Supreme Court Justice Ada Lintz.', ['PERSON:Ada Lintz']],
    ['It was sent by Republican National Committee Chairman Ada Lintz.', ['ORG:Republican National Committee', 'PERSON:Ada Lintz']],
    ['It was signed by US Secretary of State Ada Lintz.', ['GPE:US', 'PERSON:Ada Lintz']],
  ])('%s is not', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});
