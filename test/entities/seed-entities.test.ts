import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findEntities } from '../../src/extract/entities/index.js';
import type { EntityType } from '../../src/types.js';

interface GoldEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: readonly string[];
  readonly roles?: readonly string[];
}

const text = readFileSync(new URL('../../fixtures/seed/article.txt', import.meta.url), 'utf8');
const gold = (JSON.parse(readFileSync(new URL('../../fixtures/seed/expected.json', import.meta.url), 'utf8')) as {
  entities: GoldEntity[];
}).entities;
const analysis = findEntities(readDocument(text));

describe('seed article entities', () => {
  it.each(gold.map((g) => [g.name, g] as const))('%s', (_name, expected) => {
    const owners = new Set(
      expected.mentions.map((mention) => analysis.entities.find((e) => e.mentions.some((m) => m.text === mention))?.id),
    );
    // Every listed mention is a mention of one and the same predicted entity.
    expect(owners.size).toBe(1);
    const entity = analysis.entities.find((e) => owners.has(e.id));
    expect(entity?.type).toBe(expected.type);
    expect(entity?.name).toBe(expected.name);
    for (const role of expected.roles ?? []) expect(entity?.roles).toContain(role);
  });

  it('gives every mention its own text', () => {
    for (const entity of analysis.entities) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('numbers entities in order of first mention', () => {
    const starts = analysis.entities.map((e) => e.mentions[0]?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(analysis.entities.map((e) => e.id)).toEqual(analysis.entities.map((_, i) => `e${i + 1}`));
  });

  it('resolves the descriptions of the seed', () => {
    const resolved = analysis.descriptions.map((d) => [d.span.text, analysis.entities.find((e) => e.id === d.entity)?.name]);
    expect(resolved).toContainEqual(['the top American diplomat', 'Antony Blinken']);
    expect(resolved).toContainEqual(['China’s foreign policy chief', 'Wang Yi']);
  });
});
