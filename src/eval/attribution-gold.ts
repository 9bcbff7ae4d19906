/** The gold format of attribution evaluation (PolNeAR-style JSON Lines) and its reader. */
import type { ClaimKind } from '../types.js';
import type { Range } from './match.js';

/** One annotated attribution: content pieces, cue and source, as character ranges of the document. */
export interface GoldAttribution {
  readonly id: string;
  readonly type: ClaimKind;
  /** One or more pieces, in text order. */
  readonly content: readonly Range[];
  readonly cue: Range | null;
  /** The speaker as written at the attribution; null when the text names none. */
  readonly source: Range | null;
}

/** One annotated document. */
export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  /** YYYY-MM-DD, or null. */
  readonly publishedAt: string | null;
  readonly attributions: readonly GoldAttribution[];
}

const KINDS: readonly string[] = ['direct', 'mixed', 'indirect'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRange(value: unknown, where: string, textLength: number): Range {
  if (!isRecord(value) || !Number.isInteger(value.start) || !Number.isInteger(value.end)) {
    throw new Error(`${where}: expected { start, end } with integer offsets`);
  }
  const start = value.start as number;
  const end = value.end as number;
  if (start < 0 || end < start || end > textLength) {
    throw new Error(`${where}: range ${start}–${end} is outside the text (length ${textLength})`);
  }
  return { start, end };
}

function readAttribution(value: unknown, where: string, textLength: number): GoldAttribution {
  if (!isRecord(value)) throw new Error(`${where}: expected an object`);
  const type = value.type;
  if (typeof type !== 'string' || !KINDS.includes(type)) {
    throw new Error(`${where}: type must be direct, mixed or indirect, got ${JSON.stringify(type)}`);
  }
  if (!Array.isArray(value.content) || value.content.length === 0) {
    throw new Error(`${where}: content must be a non-empty array of ranges`);
  }
  const content = value.content.map((piece, i) => readRange(piece, `${where}.content[${i}]`, textLength));
  const optional = (key: 'cue' | 'source'): Range | null =>
    value[key] === null || value[key] === undefined ? null : readRange(value[key], `${where}.${key}`, textLength);
  return {
    id: typeof value.id === 'string' ? value.id : where,
    type: type as ClaimKind,
    content,
    cue: optional('cue'),
    source: optional('source'),
  };
}

/**
 * Reads gold documents from JSON Lines; blank lines are skipped.
 * @throws Error naming the line and field when a line is not valid JSON or not in the gold format.
 */
export function parseAttributionGold(jsonl: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  jsonl.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
    }
    if (!isRecord(value) || typeof value.text !== 'string') throw new Error(`${where}: expected { text, ... }`);
    if (!Array.isArray(value.attributions)) throw new Error(`${where}: expected an "attributions" array`);
    const text = value.text;
    documents.push({
      id: typeof value.id === 'string' ? value.id : where,
      text,
      publishedAt: typeof value.publishedAt === 'string' ? value.publishedAt : null,
      attributions: value.attributions.map((a, i) => readAttribution(a, `${where} attributions[${i}]`, text.length)),
    });
  });
  return documents;
}
