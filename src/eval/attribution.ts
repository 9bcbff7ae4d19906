/**
 * Attribution evaluation: runs `extract` on gold documents and reports content, cue, speaker and attribution
 * figures with the definitions of the evaluation README (Jaccard ≥ 0.5 one-to-one content matching, speaker
 * right when the predicted mention overlaps the gold source, attribution = content match and speaker right).
 */
import { extract } from '../extract/index.js';
import type { Extraction } from '../types.js';
import { parseAttributionGold, type GoldDocument } from './attribution-gold.js';
import {
  addCounts,
  HIGH_CONFIDENCE,
  scoreDocument,
  zeroCounts,
  type AttributionCounts,
  type AttributionErrors,
} from './attribution-score.js';
import { pct, percent, prf, prfLine, wordCount } from './metrics.js';
import type { EvalReport, Evaluator } from './report.js';

/** Reads one gold document; the default runs `extract` with the document's publication date. */
export type Reader = (doc: GoldDocument) => Extraction;

const readWithExtract: Reader = (doc) =>
  extract({ text: doc.text, ...(doc.publishedAt === null ? {} : { publishedAt: doc.publishedAt }) });

/** Error items of every category interleaved (misattributed, missed, spurious, …), at most `max`. */
function interleave(all: readonly AttributionErrors[], max: number): string[] {
  const lists = [
    all.flatMap((e) => e.misattributed),
    all.flatMap((e) => e.missed),
    all.flatMap((e) => e.spurious),
  ];
  const result: string[] = [];
  for (let i = 0; result.length < max && lists.some((list) => i < list.length); i += 1) {
    for (const list of lists) {
      const item = list[i];
      if (item !== undefined && result.length < max) result.push(item);
    }
  }
  return result;
}

/** Figures and lines from summed counts, the word count and the time spent reading. */
function report(c: AttributionCounts, documents: number, words: number, seconds: number): Omit<EvalReport, 'errors'> {
  const content = prf(c.contentMatched, c.predicted, c.gold);
  const boundary = prf(c.boundaryMatched, c.predicted, c.gold);
  const attribution = prf(c.speakerRight, c.predicted, c.gold);
  const wordsPerSecond = seconds === 0 ? 0 : words / seconds;
  const cueAccuracy = percent(c.cueRight, c.contentMatched);
  const speakerAccuracy = percent(c.speakerRight, c.contentMatched);
  const highConfidencePrecision = percent(c.confidentRight, c.confident);
  const highConfidenceShareOfRight = percent(c.confidentRight, c.speakerRight);
  const kinds = [
    ['direct', c.goldDirect, c.matchedDirect, c.rightDirect],
    ['mixed', c.goldMixed, c.matchedMixed, c.rightMixed],
    ['indirect', c.goldIndirect, c.matchedIndirect, c.rightIndirect],
  ] as const;
  const figures: Record<string, number> = {
    documents,
    words,
    gold: c.gold,
    predicted: c.predicted,
    contentPrecision: content.precision,
    contentRecall: content.recall,
    contentF1: content.f1,
    boundaryPrecision: boundary.precision,
    boundaryRecall: boundary.recall,
    boundaryF1: boundary.f1,
    cueAccuracy,
    speakerAccuracy,
    attributionPrecision: attribution.precision,
    attributionRecall: attribution.recall,
    attributionF1: attribution.f1,
    highConfidenceClaims: c.confident,
    highConfidencePrecision,
    highConfidenceShareOfRight,
    wordsPerSecond,
  };
  for (const [kind, gold, matched, right] of kinds) {
    figures[`${kind}ContentRecall`] = percent(matched, gold);
    figures[`${kind}AttributionRecall`] = percent(right, gold);
  }
  const lines = [
    `attribution: ${documents} documents, ${words} words, ${c.gold} gold attributions, ${c.predicted} predicted claims`,
    prfLine('content (overlap, Jaccard≥0.5)', content, c.contentMatched, c.predicted, c.gold),
    prfLine('content (boundary)', boundary, c.boundaryMatched, c.predicted, c.gold),
    `cue accuracy on matched contents      ${pct(cueAccuracy)}%  (${c.cueRight} of ${c.contentMatched})`,
    `speaker accuracy on matched contents  ${pct(speakerAccuracy)}%  (${c.speakerRight} of ${c.contentMatched})`,
    prfLine('attribution (content + speaker)', attribution, c.speakerRight, c.predicted, c.gold),
    ...kinds.map(
      ([kind, gold, matched, right]) =>
        `recall ${kind.padEnd(9)} content ${pct(percent(matched, gold))}  attribution ${pct(percent(right, gold))}` +
        `   (${matched} and ${right} of ${gold} gold)`,
    ),
    `confidence ≥ ${HIGH_CONFIDENCE}: ${c.confident} claims, precision ${highConfidencePrecision.toFixed(1)}%,` +
      ` holding ${highConfidenceShareOfRight.toFixed(1)}% of right attributions (${c.confidentRight} of ${c.speakerRight})`,
    `speed: ${Math.round(wordsPerSecond)} words/s (extract only, ${seconds.toFixed(2)} s)`,
  ];
  return { figures, lines };
}

/**
 * Scores attributions on gold documents read by `reader`; {@link evaluateAttribution} reads with `extract`.
 * Separate so tests can score hand-made extractions.
 */
export function evaluateAttributionWith(reader: Reader, jsonl: string, maxErrors: number): EvalReport {
  const documents = parseAttributionGold(jsonl);
  let counts = zeroCounts();
  let words = 0;
  let milliseconds = 0;
  const errors: AttributionErrors[] = [];
  for (const doc of documents) {
    const before = performance.now();
    const extraction = reader(doc);
    milliseconds += performance.now() - before;
    words += wordCount(doc.text);
    const score = scoreDocument(doc, extraction);
    counts = addCounts(counts, score.counts);
    errors.push(score.errors);
  }
  return { ...report(counts, documents.length, words, milliseconds / 1000), errors: interleave(errors, maxErrors) };
}

/**
 * Attribution evaluator over PolNeAR-style JSON Lines (`{ id, publishedAt, text, attributions: [{ type,
 * content, cue, source }] }`): content P/R/F1 by overlap and by boundary, cue and speaker accuracy on matched
 * contents, attribution P/R/F1, recall by kind, words/s and high-confidence calibration.
 * @throws Error when a line is not in the gold format.
 */
export const evaluateAttribution: Evaluator = (jsonl, options) =>
  evaluateAttributionWith(readWithExtract, jsonl, options.maxErrors);
