import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findEntities } from '../../src/extract/entities/index.js';

describe('entity spans', () => {
  it.each([
    [''],
    ['   \n\n  '],
    ['““ ,, ’s —'],
    ['Mr. Blinken’s warning. Mr. Wang’s trip. The US’s plan.'],
    ['DENVER 2019-05-06\nDENVER 4 Dallas 1\nDenver beat Dallas.'],
    ['Émile Zola met Ségolène Royal in Besançon. 🎉 Zola said “Bonjour”.'],
    ['al-Assad and Zain-ul-Abidin met Pieter van der Merwe.'],
  ])('are slices of the text: %j', (text) => {
    const { entities, descriptions } = findEntities(readDocument(text));
    for (const entity of entities) {
      expect(entity.mentions.length).toBeGreaterThan(0);
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const d of descriptions) expect(text.slice(d.span.start, d.span.end)).toBe(d.span.text);
  });

  it('strips possessives from mentions', () => {
    const text = 'Mr. Blinken’s warning came as the US’s plan changed.';
    const mentions = findEntities(readDocument(text)).entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toEqual(expect.arrayContaining(['Mr. Blinken', 'US']));
    expect(mentions.some((m) => /’s$/.test(m))).toBe(false);
  });
});
