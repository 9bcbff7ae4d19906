/**
 * Scores the date stage on TimeML gold (TimeBank as JSON Lines, see the evaluation README).
 *
 * Measure: DATE and TIME timexes only (durations and sets are not dates). A predicted date matches a gold
 * timex when their character spans overlap, one-to-one, largest overlap first; precision, recall and F1 are
 * over those matches. Day accuracy: among matched gold timexes whose value is a full date (YYYY-MM-DD…), the
 * share whose predicted value names the same day.
 */
import { readDocument } from '../extract/document/read-document.js';
import { findDates } from '../extract/dates/index.js';
import type { EvalOptions, EvalReport, Evaluator } from './report.js';

/** One annotated time expression of the gold file. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

/** One annotated document of the gold file. */
export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  /** Document creation time, YYYY-MM-DD. */
  readonly dct: string;
  readonly timexes: readonly GoldTimex[];
}

/** What a date finder returns for scoring: a span and a value (null when unresolved). */
export interface PredictedDate {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
}

/** A date finder under evaluation. */
export type DatePredictor = (text: string, dct: string) => readonly PredictedDate[];

const SCORED_TYPES = new Set(['DATE', 'TIME']);
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Parses the JSON Lines gold file; blank lines are skipped. */
export function readGold(jsonl: string): GoldDocument[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDocument);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Pairs gold and predicted spans one-to-one by overlap, largest overlap first. */
function matchSpans(
  gold: readonly GoldTimex[],
  predicted: readonly PredictedDate[],
): Map<number, number> {
  const pairs: { g: number; p: number; size: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0) pairs.push({ g: gi, p: pi, size });
    }),
  );
  pairs.sort((a, b) => b.size - a.size || a.g - b.g || a.p - b.p);
  const goldToPredicted = new Map<number, number>();
  const usedPredicted = new Set<number>();
  for (const { g, p } of pairs) {
    if (goldToPredicted.has(g) || usedPredicted.has(p)) continue;
    goldToPredicted.set(g, p);
    usedPredicted.add(p);
  }
  return goldToPredicted;
}

/** True when `value` names `day`: a date at that day, or an interval ("a/b") starting or ending on it. */
function namesDay(value: string, day: string): boolean {
  return value.split('/').some((end) => end.slice(0, 10) === day);
}

function context(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 40), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 40).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(start, end)}]${after}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

/** Scores any date finder on parsed gold; `evaluateDates` calls it with {@link findDates}. */
export function scoreDates(
  documents: readonly GoldDocument[],
  predict: DatePredictor,
  options: EvalOptions,
): EvalReport {
  let goldCount = 0;
  let predictedCount = 0;
  let matched = 0;
  let dayGold = 0;
  let dayRight = 0;
  let words = 0;
  let elapsed = 0;
  const missed: string[] = [];
  const spurious: string[] = [];
  const wrongDay: string[] = [];

  for (const doc of documents) {
    const gold = doc.timexes.filter((t) => SCORED_TYPES.has(t.type));
    words += doc.text.split(/\s+/).filter((w) => w !== '').length;
    const began = performance.now();
    // Some creation times carry a clock time; the date stage takes the day (YYYY-MM-DD).
    const predicted = predict(doc.text, doc.dct.slice(0, 10));
    elapsed += performance.now() - began;

    const pairs = matchSpans(gold, predicted);
    goldCount += gold.length;
    predictedCount += predicted.length;
    matched += pairs.size;
    const matchedPredicted = new Set(pairs.values());

    gold.forEach((g, gi) => {
      const pi = pairs.get(gi);
      if (pi === undefined) {
        missed.push(`missed ${doc.id} ${g.type} ${g.value} ${context(doc.text, g.start, g.end)}`);
        return;
      }
      if (!FULL_DATE.test(g.value)) return;
      const p = predicted[pi];
      dayGold += 1;
      if (p !== undefined && p.value !== null && namesDay(p.value, g.value.slice(0, 10))) {
        dayRight += 1;
      } else {
        wrongDay.push(
          `wrong-day ${doc.id} dct=${doc.dct} gold=${g.value} got=${p?.value ?? 'null'} ` +
            context(doc.text, p?.start ?? g.start, p?.end ?? g.end),
        );
      }
    });
    predicted.forEach((p, pi) => {
      if (!matchedPredicted.has(pi)) {
        spurious.push(`spurious ${doc.id} ${p.value ?? 'null'} ${context(doc.text, p.start, p.end)}`);
      }
    });
  }

  const precision = percent(matched, predictedCount);
  const recall = percent(matched, goldCount);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const dayAccuracy = percent(dayRight, dayGold);
  const wordsPerSecond = elapsed === 0 ? 0 : Math.round((words * 1000) / elapsed);
  const figures = {
    gold: goldCount,
    predicted: predictedCount,
    matched,
    spanPrecision: round(precision),
    spanRecall: round(recall),
    spanF1: round(f1),
    dayGold,
    dayRight,
    dayAccuracy: round(dayAccuracy),
    wordsPerSecond,
  };
  const lines = [
    `dates: ${documents.length} documents, ${goldCount} DATE/TIME timexes, ${predictedCount} predicted`,
    `span overlap  P ${figures.spanPrecision}  R ${figures.spanRecall}  F1 ${figures.spanF1}`,
    `day accuracy  ${figures.dayAccuracy}% (${dayRight} of ${dayGold} matched full dates)`,
    `speed         ${wordsPerSecond} words/s (${words} words)`,
  ];
  // Wrong days first: they mislead a reader more than a missed or extra span.
  const errors = [...wrongDay, ...spurious, ...missed].slice(0, options.maxErrors);
  return { figures, lines, errors };
}

/** Runs {@link findDates} over each gold document, against its creation date, and scores it. */
export const evaluateDates: Evaluator = (jsonl, options) =>
  scoreDates(
    readGold(jsonl),
    (text, dct) => findDates(readDocument(text), dct).dates.map((d) => ({ ...d.span, value: d.value })),
    options,
  );
