/**
 * Short articles written for these tests, each with its expected claims, entities and dates. Every
 * article is checked the same way as the seed; what does not work yet is listed in
 * fixtures.known-failures.ts with the reason, and runs as an expected failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { KNOWN_FAILURES } from './fixtures.known-failures.js';
import { invalidSpans } from './helpers/assert-spans.js';
import {
  cueMatches, locate, locateContent, matchClaim, matchEntity, readGold, sourceMatches, speakerMatches, spuriousClaims,
} from './helpers/gold.js';

const DIRECTORY = 'fixtures/articles';
const articles = readdirSync(DIRECTORY).filter((name) => name.endsWith('.expected.json')).sort();

/** Runs `check` as a test, or as an expected failure when the list names it. */
function check(id: string, title: string, assertion: () => void): void {
  const reason = KNOWN_FAILURES[id];
  if (reason === undefined) it(title, assertion);
  else it.fails(`${title} [known: ${reason}]`, assertion);
}

describe.each(articles)('%s', (name) => {
  const base = name.replace('.expected.json', '');
  const gold = readGold(`${DIRECTORY}/${name}`);
  const text = readFileSync(`${DIRECTORY}/${base}.txt`, 'utf8');
  const result = extract(text, { publishedAt: gold.publishedAt });

  it('keeps every span true to the text', () => {
    expect(invalidSpans(result)).toEqual([]);
  });

  gold.quotes.forEach((quote, i) => {
    const label = `quote ${i + 1} (line ${quote.line})`;
    const claim = () => matchClaim(result, locateContent(text, quote));
    check(`${base}#q${i + 1}:found`, `finds ${label}`, () => expect(claim()).toBeDefined());
    check(`${base}#q${i + 1}:speaker`, `attributes ${label} to ${quote.speaker}`, () => {
      const found = claim();
      expect(found && speakerMatches(gold, quote, found), `${found?.speaker?.mention.text} → ${found?.speaker?.name}`).toBe(true);
    });
    check(`${base}#q${i + 1}:cue`, `gives ${label} the cue "${quote.cue}" and its outlet`, () => {
      const found = claim();
      expect(found && cueMatches(quote, found), found?.cue?.text).toBe(true);
      expect(found && sourceMatches(gold, quote, found), found?.source?.mention.text).toBe(true);
    });
    check(`${base}#q${i + 1}:kind`, `gives ${label} the kind ${quote.type}`, () => expect(claim()?.kind).toBe(quote.type));
  });

  check(`${base}#spurious`, 'makes no claim the annotation does not have', () => {
    expect(spuriousClaims(result, gold).map((c) => c.content.map((s) => s.text).join(' … '))).toEqual([]);
  });

  gold.notQuotes.forEach((notQuote, i) => {
    check(`${base}#not${i + 1}`, `does not take "${notQuote.text}" for a quote`, () => {
      const range = locate(text, notQuote.line, notQuote.text);
      const hit = result.claims.find((c) => c.content.some((s) => s.start < range.end && range.start < s.end));
      expect(hit?.content.map((s) => s.text)).toBeUndefined();
    });
  });

  gold.entities.forEach((entity, i) => {
    check(`${base}#e${i + 1}`, `finds ${entity.type} ${entity.name} with all its mentions in one entity`, () => {
      const found = matchEntity(result, entity);
      expect(found, `mentions of ${entity.name}`).toBeDefined();
      expect(found?.type).toBe(entity.type);
    });
  });

  gold.dates.forEach((date, i) => {
    check(`${base}#d${i + 1}`, `resolves "${date.text}" (line ${date.line}) to ${date.value}`, () => {
      const range = locate(text, date.line, date.text);
      expect(result.dates.find((d) => d.span.start < range.end && range.start < d.span.end)?.value).toBe(date.value);
    });
  });

  (gold.notDates ?? []).forEach((notDate, i) => {
    check(`${base}#nd${i + 1}`, `does not take "${notDate.text}" for a date`, () => {
      const range = locate(text, notDate.line, notDate.text);
      expect(result.dates.find((d) => d.span.start < range.end && range.start < d.span.end)?.span.text).toBeUndefined();
    });
  });
});
