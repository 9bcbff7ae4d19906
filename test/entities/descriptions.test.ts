import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findEntities } from '../../src/extract/entities/index.js';

/** "description → entity name" for every resolved description of `text`. */
function resolved(text: string): string[] {
  const { entities, descriptions } = findEntities(readDocument(text));
  return descriptions.map((d) => `${d.span.text} → ${entities.find((e) => e.id === d.entity)?.name ?? '?'}`);
}

describe('descriptions', () => {
  it.each([
    [
      'US Secretary of State Jane Roe met Wang Yi, China’s senior diplomat, on Monday. Later the top American diplomat left.',
      ['the top American diplomat → Jane Roe'],
    ],
    [
      'Chinese President Xi Jinping met Wang Yi, China’s senior diplomat, on Monday. It was China’s foreign policy chief’s first trip.',
      ['China’s foreign policy chief → Wang Yi'],
    ],
    [
      'Mao Ning, the foreign ministry spokeswoman, spoke. Later the spokeswoman added more.',
      ['the spokeswoman → Mao Ning'],
    ],
    // An indefinite description in a lede, named in the next paragraph.
    [
      'A judge on Monday refused bail to the former mayor.\n\nCircuit Judge Orla Penn said the risk of flight was high.',
      ['A judge → Orla Penn'],
    ],
  ])('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  it.each([
    // Two diplomats of no stated country: "the diplomat" is ambiguous.
    ['Antony Blinken, the US diplomat, met Wang Yi, China’s senior diplomat, on Monday. Later the diplomat left.'],
    // Nobody has a role the description fits.
    ['Antony Blinken spoke. Later the speaker continued.'],
    // The description comes before any person.
    ['The top American diplomat spoke. Antony Blinken, the US Secretary of State, left.'],
    // Two judges named after it: which one is meant is not said.
    ['A judge on Monday refused bail.\n\nCircuit Judge Orla Penn and Judge Ivo Marsh heard the case.'],
    // The judge is named too far after it.
    ['A judge on Monday refused bail.\n\nThe hearing was short.\n\nThe case goes on.\n\nCircuit Judge Orla Penn left.'],
  ])('leaves unresolved: %s', (text) => {
    expect(resolved(text)).toEqual([]);
  });
});
