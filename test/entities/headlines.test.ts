import { describe, expect, it } from 'vitest';
import { entitiesOf, typedMentions } from './helpers.js';

/** The names of the PERSON entities of `text`. */
function personNames(text: string): string[] {
  return entitiesOf(text).filter((e) => e.type === 'PERSON').map((e) => e.name);
}

describe('Title Case lines: the words of a headline are not names', () => {
  it.each([
    ['Sly Kamala Harris Courts Farmers In Iowa.\n\nKamala Harris spoke at a fair.', ['Kamala Harris']],
    ['Years Of Working Beside Lincoln Shaped Her, Says Aide.\n\nThe aide spoke of Lincoln.', ['Lincoln']],
    ['Nancy Pelosi Leaves Talks As The New Mitch McConnell Waits.\n\nPelosi left early.', ['Nancy Pelosi', 'Mitch McConnell']],
    ['Kevin Smith Is Right About Roads.\n\nSmith spoke on Monday.', ['Kevin Smith']],
    // Words the lexicon does not know, written in lower case in the article, are no names.
    ['Rural Renters Back Gloria Nunez.\n\nMost renters in the county backed Nunez.', ['Gloria Nunez']],
    ['Tenant Turnout Lifts Nunez.\n\nThe turnout of each tenant rose, Nunez said.', ['Nunez']],
    // A headline may hold one figure, and a negation split off its verb.
    ['Gloria Nunez Splits With Party On 2019 Budget Plan.\n\nNunez spoke.', ['Gloria Nunez']],
    ['Gloria Nunez Won’t Attend Hearing, Aide Says.\n\nNunez spoke.', ['Gloria Nunez']],
  ])('%s', (text, expected) => {
    expect(personNames(text)).toEqual(expected);
  });

  it('keeps a body named with a capitalised "Of"', () => {
    expect(typedMentions('Bank Of England Raises Rates Again.\n\nThe bank met.')).toEqual(['ORG:Bank Of England']);
  });

  it('keeps a name the article writes capitalised only', () => {
    expect(personNames('Renters Back Okonkwo.\n\nThe renters said they trust Okonkwo.')).toEqual(['Okonkwo']);
  });

  it('keeps a surname that the article also writes as an ordinary word, after a given name', () => {
    expect(personNames('Ruth Baker Opens Bakery.\n\nShe was a baker for years, Baker said.')).toEqual(['Ruth Baker']);
  });

  it('keeps a given name with its surname that is also an ordinary word', () => {
    expect(personNames('Video: Kevin Key Explains Budget Cuts.\n\nKey spoke.')).toContain('Kevin Key');
  });

  it('leaves a sentence in ordinary case whole', () => {
    expect(typedMentions('The Bank of England raised rates.')).toEqual(['ORG:Bank of England']);
  });

  it('leaves a line with figures, a table of results, alone', () => {
    expect(personNames('1. Kevin Miles (Canada) 10.2 2. Frank Bolt (Kenya) 10.3')).toEqual(['Kevin Miles', 'Frank Bolt']);
  });
});

describe('a person’s name before an event named after it', () => {
  it('splits the name off the event', () => {
    const text = 'Volunteers joined "Bernie Sanders Election Day," an effort in Iowa. Sanders thanked them.';
    expect(typedMentions(text)).toEqual(['PERSON:Bernie Sanders', 'EVENT:Election Day', 'GPE:Iowa', 'PERSON:Sanders']);
  });

  it('keeps an event whose name holds a given name second ("Martin Luther King Day")', () => {
    expect(typedMentions('Schools closed for Martin Luther King Day.')).toEqual(['EVENT:Martin Luther King Day']);
  });
});

describe('an epithet before a full name', () => {
  it.each([
    ['Voters met Sneaky Hillary Clinton in town.', ['Hillary Clinton']],
    ['The ad mocked Little Marco Rubio again.', ['Marco Rubio']],
  ])('%s', (text, expected) => {
    expect(personNames(text)).toEqual(expected);
  });

  it('keeps a given name the lexicon does not know ("Cornell")', () => {
    expect(personNames('The group hired Cornell Kevin Smith.')).toEqual(['Cornell Kevin Smith']);
  });
});
