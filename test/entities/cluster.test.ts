import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

/** The entities of `text` as "TYPE name: mention|mention". */
function clusters(text: string): string[] {
  return entitiesOf(text).map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join('|')}`);
}

describe('clusters', () => {
  it.each([
    ['Antony Blinken spoke. Mr. Blinken left. Blinken returned.', ['PERSON Antony Blinken: Antony Blinken|Mr. Blinken|Blinken']],
    ['Mr. Wang’s trip began. Wang Yi spoke.', ['PERSON Wang Yi: Mr. Wang|Wang Yi']],
    ['The US acted. The U.S. agreed. The United States won.', ['GPE United States: US|U.S.|United States']],
    ['China acted and Beijing said so.', ['GPE China: China|Beijing']],
    ['He told CBS News. CBS said no.', ['ORG CBS News: CBS News|CBS']],
    ['The Coastal Fisheries Protection Agency met. The CFPA agreed.', ['ORG Coastal Fisheries Protection Agency: Coastal Fisheries Protection Agency|CFPA']],
    ['Michael Jordan scored. Jordan said it was easy.', ['PERSON Michael Jordan: Michael Jordan|Jordan']],
    // A surname with its particles is the end of the full name.
    ['Karel van der Berg spoke. Mr. van der Berg left.', ['PERSON Karel van der Berg: Karel van der Berg|Mr. van der Berg']],
    // An organisation's last word, or its first words, stand for it.
    ['The Northern Ledger won. The judge praised the Ledger’s reporter.', ['ORG Northern Ledger: Northern Ledger|Ledger']],
    ['He robbed Cascade Mutual Bank. Cascade Mutual wrote to customers.', ['ORG Cascade Mutual Bank: Cascade Mutual Bank|Cascade Mutual']],
    // What follows "of" in a body's name, before a word for its people.
    ['Scientists at the University of Otago found it. The Otago group will publish.', ['ORG University of Otago: University of Otago|Otago']],
    // A group and its members.
    ['Two Republicans voted for it. A Republican wrote it.', ['NORP Republicans: Republicans|Republican']],
    // A party before a person's given name or honorific is the person's party, not part of the name.
    ['Democrat Lena Ortiz won. Ortiz thanked voters.', ['NORP Democrat: Democrat', 'PERSON Lena Ortiz: Lena Ortiz|Ortiz']],
    ['Republican Sen. Carl Vance objected.', ['NORP Republican: Republican', 'PERSON Carl Vance: Carl Vance']],
    // A short form of the given name with the same surname is the same person.
    ['Daniel Orwin won. Voters like Dan Orwin.', ['PERSON Daniel Orwin: Daniel Orwin|Dan Orwin']],
    // The place of a dateline keeps its type where nothing says the name is a person's.
    ['TALLOW, Ore. \u2014 The vote is near.\n\nVoters in Tallow waited. Tallow voted.',
      ['GPE Tallow: TALLOW|Tallow|Tallow', 'GPE Ore.: Ore.']],
  ])('%s', (text, expected) => {
    expect(clusters(text)).toEqual(expected);
  });

  it.each([
    // A capital stands for its country only when the article names the country.
    ['He flew to Paris on Monday.', ['GPE Paris: Paris']],
    // Two people sharing a surname stay apart; the surname alone joins the latest one.
    ['George Bush met Laura Bush. Bush said no.', ['PERSON George Bush: George Bush', 'PERSON Laura Bush: Laura Bush|Bush']],
    // An honorific that states a gender takes the surname to the person of that gender.
    ['Tom Haskell spoke first. Greta Haskell said the vote was close. Haskell added more. Mr. Haskell left early.',
      ['PERSON Tom Haskell: Tom Haskell|Mr. Haskell', 'PERSON Greta Haskell: Greta Haskell|Haskell']],
    ['Greta Haskell spoke. Tom Haskell agreed. Ms. Haskell left.',
      ['PERSON Greta Haskell: Greta Haskell|Ms. Haskell', 'PERSON Tom Haskell: Tom Haskell']],
    // And keeps it apart when the only person of that surname is of the other gender.
    ['Greta Haskell spoke. Mr. Haskell, her neighbour, disagreed.',
      ['PERSON Greta Haskell: Greta Haskell', 'PERSON Haskell: Mr. Haskell']],
    // A given name that is no short form of the other stays apart.
    ['Daniel Orwin met Dana Orwin.', ['PERSON Daniel Orwin: Daniel Orwin', 'PERSON Dana Orwin: Dana Orwin']],
    // A town is not the university named after it.
    ['Scientists at the University of Leeds found it. Leeds is wet.', ['ORG University of Leeds: University of Leeds', 'GPE Leeds: Leeds']],
    // A dateline does not make a place of a person named by title or full name.
    ['TALLOW, Ore. \u2014 The vote is near.\n\nMayor Ida Tallow spoke. Tallow won.',
      ['GPE TALLOW: TALLOW', 'GPE Ore.: Ore.', 'PERSON Ida Tallow: Ida Tallow|Tallow']],
  ])('keeps apart: %s', (text, expected) => {
    expect(clusters(text)).toEqual(expected);
  });
});
