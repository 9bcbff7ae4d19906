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
    // A state, a country's region or a known city before a title.
    ['Oregon Attorney General Ada Lintz sued.', ['GPE:Oregon', 'PERSON:Ada Lintz']],
    ['Nevada Secretary of State Ada Lintz said so.', ['GPE:Nevada', 'PERSON:Ada Lintz']],
    ['The appeal went to Kansas Supreme Court Justice Ada Lintz.', ['GPE:Kansas', 'PERSON:Ada Lintz']],
    // A title inside the run, before a person's name: the place or body opening it is a name of its own.
    ['Interim PDA Chairwoman Ada Lintz said so.', ['ORG:PDA', 'PERSON:Ada Lintz']],
    ['Tarn Valley Labour Party Chairman Ada Lintz said so.', ['ORG:Tarn Valley Labour Party', 'PERSON:Ada Lintz']],
    ['Audit Chairman Ada Lintz said so.', ['PERSON:Ada Lintz']],
    ['Tarn Valley Council Research Director Vikram Osei said so.', ['ORG:Tarn Valley Council', 'PERSON:Vikram Osei']],
    // A plural title before the first of the names it is shared by.
    ['Senators Ada Lintz and Vikram Osei wrote to him.', ['PERSON:Ada Lintz', 'PERSON:Vikram Osei']],
    // The force or the body before a rank written short: the rank stays with the name.
    ['Navy Capt. Ada Lintz testified.', ['ORG:Navy', 'PERSON:Capt. Ada Lintz']],
    ['Retired Marine Corps Gen. Ada Lintz spoke.', ['ORG:Marine Corps', 'PERSON:Gen. Ada Lintz']],
    ['Retired Gen. Ada Lintz spoke.', ['PERSON:Gen. Ada Lintz']],
  ])('%s is split', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });

  it('gives the person the title, with the body that holds it, as a role', () => {
    expect(entityMentioning('White House Press Secretary Ada Lintz said so.', 'Ada Lintz')?.roles).toEqual(['White House Press Secretary']);
  });

  it('gives the person the whole title inside the run as a role', () => {
    expect(entityMentioning('Audit Chairman Ada Lintz said so.', 'Ada Lintz')?.roles).toEqual(['Audit Chairman']);
  });

  it('gives the person the title, with the place it serves, as a role', () => {
    expect(entityMentioning('Oregon Attorney General Ada Lintz sued.', 'Ada Lintz')?.roles).toEqual(['Oregon Attorney General']);
  });

  it.each([
    ['The Foreign Ministry said so.', ['ORG:Foreign Ministry']],
    ['The Associated Press reported it.', ['ORG:Associated Press']],
    ['The appeal went to Supreme Court Justice Ada Lintz.', ['PERSON:Ada Lintz']],
    ['It was sent by Republican National Committee Chairman Ada Lintz.', ['ORG:Republican National Committee', 'PERSON:Ada Lintz']],
    ['It was signed by US Secretary of State Ada Lintz.', ['GPE:US', 'PERSON:Ada Lintz']],
    ['Col. Ada Lintz spoke.', ['PERSON:Col. Ada Lintz']],
    ['She was treated at Queen Ada Hospital.', ['ORG:Queen Ada Hospital']],
    ['The Ottawa Senators won again.', ['ORG:Ottawa Senators']],
    ['The Hampton Dr. Lintz Clinic opened.', ['ORG:Hampton Dr. Lintz Clinic']],
  ])('%s is not', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});
