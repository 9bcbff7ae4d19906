/**
 * Reads the reference annotation format of fixtures/ (quotes with line, speaker, cue, kind; entities;
 * dates) and compares an extraction with it.
 */
import { readFileSync } from 'node:fs';
import type { Claim, Extraction } from '../../src/types.js';

export interface GoldQuote {
  readonly line: number;
  readonly type: 'direct' | 'indirect' | 'mixed';
  readonly speaker: string | null;
  readonly via?: string;
  readonly cue: string | null;
  readonly source?: string;
  readonly content: string | readonly string[];
}

export interface GoldEntity {
  readonly name: string;
  readonly type: string;
  readonly mentions: readonly string[];
  readonly roles?: readonly string[];
}

export interface Gold {
  readonly document: string;
  readonly publishedAt: string;
  readonly quotes: readonly GoldQuote[];
  readonly notQuotes: readonly { line: number; text: string; why: string }[];
  readonly entities: readonly GoldEntity[];
  readonly dates: readonly { line: number; text: string; value: string }[];
  readonly notDates?: readonly { line: number; text: string; why: string }[];
}

export interface Located {
  readonly start: number;
  readonly end: number;
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

/** Folds the differences that do not matter when comparing names: apostrophes, case, spaces. */
export function fold(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Offset where 1-based `line` starts. */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let i = 1; i < line; i += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** Finds `needle` at or after the start of `line`; throws if the annotation names text that is not there. */
export function locate(text: string, line: number, needle: string): Located {
  const start = text.indexOf(needle, lineStart(text, line));
  if (start < 0) throw new Error(`gold text not found from line ${line}: ${needle}`);
  return { start, end: start + needle.length };
}

/** The character ranges of a gold quote's content. */
export function locateContent(text: string, quote: GoldQuote): Located[] {
  const pieces = typeof quote.content === 'string' ? [quote.content] : quote.content;
  const ranges: Located[] = [];
  let line = quote.line;
  let from = lineStart(text, line);
  for (const piece of pieces) {
    const start = text.indexOf(piece, from);
    if (start < 0) throw new Error(`gold content not found from line ${line}: ${piece}`);
    ranges.push({ start, end: start + piece.length });
    from = start + piece.length;
    line += 1;
  }
  return ranges;
}

function overlap(a: readonly Located[], b: readonly Located[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

/** The predicted claim whose content overlaps the gold content most, if any does. */
export function matchClaim(result: Extraction, gold: readonly Located[]): Claim | undefined {
  let best: Claim | undefined;
  let bestOverlap = 0;
  for (const claim of result.claims) {
    const shared = overlap(claim.content, gold);
    if (shared > bestOverlap) {
      best = claim;
      bestOverlap = shared;
    }
  }
  return best;
}

/** Every name the gold gives for `name`: itself and the mentions of the gold entity so named. */
export function namesOf(gold: Gold, name: string): Set<string> {
  const names = new Set([fold(name)]);
  const entity = gold.entities.find((e) => fold(e.name) === fold(name));
  entity?.mentions.forEach((mention) => names.add(fold(mention)));
  return names;
}

/** The predicted speaker is the gold one, by name or by what the text says. */
export function speakerMatches(gold: Gold, quote: GoldQuote, claim: Claim): boolean {
  if (quote.speaker === null) return claim.speaker === null;
  if (claim.speaker === null) return false;
  const names = namesOf(gold, quote.speaker);
  return names.has(fold(claim.speaker.name)) || names.has(fold(claim.speaker.mention.text));
}

/** The predicted cue is the gold one, or one of them holds the other ("referred" in "referred to … as"). */
export function cueMatches(quote: GoldQuote, claim: Claim): boolean {
  if (quote.cue === null) return claim.cue === null;
  if (claim.cue === null) return false;
  const gold = fold(quote.cue);
  const predicted = fold(claim.cue.text);
  return gold === predicted || gold.startsWith(predicted) || predicted.startsWith(gold);
}

/** The predicted source is the gold outlet. */
export function sourceMatches(gold: Gold, quote: GoldQuote, claim: Claim): boolean {
  if (quote.source === undefined) return true;
  return claim.source !== null && namesOf(gold, quote.source).has(fold(claim.source.mention.text));
}

/** Mentions compare as written, case included ("LEEDS" in a dateline is not "Leeds" the club). */
function asWritten(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The predicted entity holding every gold mention, with the gold type; undefined if none does. */
export function matchEntity(result: Extraction, entity: GoldEntity) {
  const wanted = entity.mentions.map(asWritten);
  return result.entities.find((candidate) => {
    const texts = new Set(candidate.mentions.map((m) => asWritten(m.text)));
    return wanted.every((mention) => texts.has(mention));
  });
}

/**
 * Claims of words said or written whose content overlaps no gold quote. The reference annotates quotations,
 * so claims of beliefs, evidence and intentions (`cueType`) are not counted against it.
 */
export function spuriousClaims(result: Extraction, gold: Gold): Claim[] {
  const goldRanges = gold.quotes.map((quote) => locateContent(result.text, quote));
  return result.claims.filter((claim) =>
    (claim.cueType === null || claim.cueType === 'speech' || claim.cueType === 'writing') &&
    !goldRanges.some((ranges) => overlap(claim.content, ranges) > 0));
}
