/**
 * Scores the entity stage on CoNLL-style gold (one JSON document a line: `{ text, entities: [{ type, start,
 * end, text }] }` with types PER, ORG, LOC, MISC). whosaid's types map PERSON→PER, ORG→ORG, GPE and
 * LOC→LOC; NORP, EVENT and gold MISC are not scored. Reports precision, recall and F1 per type and micro,
 * for exact matches (same start, end and type) and overlap matches (same type, overlapping, one-to-one).
 */
import { extract } from '../extract/index.js';
import type { EntityType } from '../types.js';
import type { EvalOptions, EvalReport, Evaluator } from './report.js';

/** The scored types of CoNLL-2003. */
const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;
type ScoredType = (typeof SCORED_TYPES)[number];

/** How whosaid's types are scored; unlisted types are not scored. */
const TYPE_MAP: Readonly<Partial<Record<EntityType, ScoredType>>> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };

interface Labelled {
  readonly start: number;
  readonly end: number;
  readonly type: ScoredType;
  readonly text: string;
}

interface GoldDocument {
  readonly text: string;
  readonly entities: readonly { type: string; start: number; end: number; text?: string }[];
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Precision, recall and F1 in percent. */
function prf(counts: Counts): { p: number; r: number; f1: number } {
  const p = counts.predicted === 0 ? 0 : (100 * counts.tp) / counts.predicted;
  const r = counts.gold === 0 ? 0 : (100 * counts.tp) / counts.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Pairs predicted and gold items one-to-one where `matches` holds, in text order. */
function pair(predicted: readonly Labelled[], gold: readonly Labelled[], matches: (p: Labelled, g: Labelled) => boolean): Map<Labelled, Labelled> {
  const paired = new Map<Labelled, Labelled>();
  const used = new Set<Labelled>();
  for (const p of predicted) {
    const g = gold.find((candidate) => !used.has(candidate) && matches(p, candidate));
    if (g !== undefined) {
      used.add(g);
      paired.set(p, g);
    }
  }
  return paired;
}

const exactly = (p: Labelled, g: Labelled): boolean => p.start === g.start && p.end === g.end && p.type === g.type;
const overlapping = (p: Labelled, g: Labelled): boolean => p.start < g.end && g.start < p.end && p.type === g.type;
const sameSpan = (p: Labelled, g: Labelled): boolean => p.start === g.start && p.end === g.end;

/** Adds one error pattern to the tally. */
function tally(errors: Map<string, number>, kind: string, item: Labelled): void {
  const key = `${kind} ${item.type} ${JSON.stringify(item.text)}`;
  errors.set(key, (errors.get(key) ?? 0) + 1);
}

/** Scores whosaid's entities against CoNLL-style gold; see the module comment. */
export const evaluateEntities: Evaluator = (jsonl: string, options: EvalOptions): EvalReport => {
  const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });
  const exact = new Map<string, Counts>(SCORED_TYPES.map((t) => [t, zero()]));
  const overlap = new Map<string, Counts>(SCORED_TYPES.map((t) => [t, zero()]));
  const errors = new Map<string, number>();
  let words = 0;
  let seconds = 0;
  let documents = 0;

  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as GoldDocument;
    documents += 1;
    words += doc.text.split(/\s+/).filter((w) => w !== '').length;
    const began = performance.now();
    const result = extract(doc.text);
    seconds += (performance.now() - began) / 1000;

    const gold: Labelled[] = doc.entities
      .filter((e): e is { type: ScoredType; start: number; end: number; text?: string } =>
        (SCORED_TYPES as readonly string[]).includes(e.type))
      .map((e) => ({ start: e.start, end: e.end, type: e.type, text: doc.text.slice(e.start, e.end) }))
      .sort((a, b) => a.start - b.start);
    const predicted: Labelled[] = result.entities
      .flatMap((entity) => {
        const type = TYPE_MAP[entity.type];
        return type === undefined ? [] : entity.mentions.map((m) => ({ start: m.start, end: m.end, type, text: m.text }));
      })
      .sort((a, b) => a.start - b.start);

    for (const type of SCORED_TYPES) {
      const p = predicted.filter((item) => item.type === type);
      const g = gold.filter((item) => item.type === type);
      for (const [counts, matches] of [[exact.get(type), exactly], [overlap.get(type), overlapping]] as const) {
        if (counts === undefined) continue;
        counts.predicted += p.length;
        counts.gold += g.length;
        counts.tp += pair(p, g, matches).size;
      }
    }

    const exactPairs = pair(predicted, gold, exactly);
    const matchedGold = new Set(exactPairs.values());
    const wrongType = pair(predicted.filter((p) => !exactPairs.has(p)), gold.filter((g) => !matchedGold.has(g)), sameSpan);
    for (const [p, g] of wrongType) tally(errors, `wrong-type (gold ${g.type})`, p);
    const wrongGold = new Set(wrongType.values());
    for (const g of gold) if (!matchedGold.has(g) && !wrongGold.has(g)) tally(errors, 'missed', g);
    for (const p of predicted) if (!exactPairs.has(p) && !wrongType.has(p)) tally(errors, 'spurious', p);
  }

  const figures: Record<string, number> = { documents };
  const lines: string[] = [`entities: ${documents} documents, ${words} words`];
  for (const [name, table] of [['exact', exact], ['overlap', overlap]] as const) {
    const micro = zero();
    for (const type of SCORED_TYPES) {
      const counts = table.get(type) ?? zero();
      micro.tp += counts.tp;
      micro.predicted += counts.predicted;
      micro.gold += counts.gold;
      const { p, r, f1 } = prf(counts);
      figures[`${name}.${type}.p`] = p;
      figures[`${name}.${type}.r`] = r;
      figures[`${name}.${type}.f1`] = f1;
      lines.push(`${name.padEnd(8)} ${type.padEnd(5)} P ${p.toFixed(1).padStart(5)}  R ${r.toFixed(1).padStart(5)}  F1 ${f1.toFixed(1).padStart(5)}  (gold ${counts.gold}, predicted ${counts.predicted})`);
    }
    const { p, r, f1 } = prf(micro);
    figures[`${name}.micro.p`] = p;
    figures[`${name}.micro.r`] = r;
    figures[`${name}.micro.f1`] = f1;
    lines.push(`${name.padEnd(8)} micro P ${p.toFixed(1).padStart(5)}  R ${r.toFixed(1).padStart(5)}  F1 ${f1.toFixed(1).padStart(5)}`);
  }
  const wordsPerSecond = seconds === 0 ? 0 : words / seconds;
  figures['wordsPerSecond'] = wordsPerSecond;
  lines.push(`extract(): ${Math.round(wordsPerSecond)} words/s`);

  const sorted = [...errors.entries()].sort((a, b) => b[1] - a[1]);
  return {
    figures,
    lines,
    errors: sorted.slice(0, options.maxErrors).map(([key, count]) => `${count}× ${key}`),
  };
};
