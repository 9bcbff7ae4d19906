import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.js';

describe('a group written after the place or body it belongs to', () => {
  it.each([
    ['Ohio Democrats met in Columbus.', ['GPE:Ohio', 'NORP:Democrats', 'GPE:Columbus']],
    ['Two Senate Republicans objected.', ['ORG:Senate', 'NORP:Republicans']],
  ])('%s is split', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });

  it.each([
    ['Syrian Kurds fled north.', ['NORP:Syrian Kurds']],
    ['The Cleveland Indians won again.', ['ORG:Cleveland Indians']],
    ['A West Indian bowler took four wickets.', ['NORP:West Indian']],
  ])('%s stays whole', (text, expected) => {
    expect(typedMentions(text)).toEqual(expected);
  });
});
