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
    ['The North Atlantic Treaty Organization met. NATO agreed.', ['ORG North Atlantic Treaty Organization: North Atlantic Treaty Organization|NATO']],
    ['Michael Jordan scored. Jordan said it was easy.', ['PERSON Michael Jordan: Michael Jordan|Jordan']],
  ])('%s', (text, expected) => {
    expect(clusters(text)).toEqual(expected);
  });

  it.each([
    // A capital stands for its country only when the article names the country.
    ['He flew to Paris on Monday.', ['GPE Paris: Paris']],
    // Two people sharing a surname stay apart; the surname alone joins the latest one.
    ['George Bush met Laura Bush. Bush said no.', ['PERSON George Bush: George Bush', 'PERSON Laura Bush: Laura Bush|Bush']],
  ])('keeps apart: %s', (text, expected) => {
    expect(clusters(text)).toEqual(expected);
  });
});
