/** Scores one extraction against one gold document: counts and readable error items. */
import type { Claim, ClaimKind, Extraction } from '../types.js';
import type { GoldAttribution, GoldDocument } from './attribution-gold.js';
import { agree, charJaccard, matchOneToOne, sameBoundaries, type Range } from './match.js';
import { excerpt } from './metrics.js';

/** Content matching threshold: character Jaccard of predicted and gold content. */
export const CONTENT_JACCARD = 0.5;
/** Claims at or above this confidence are checked for calibration. */
export const HIGH_CONFIDENCE = 0.9;

/** Every count the attribution report is built from; sums over documents. */
export interface AttributionCounts {
  readonly predicted: number;
  readonly gold: number;
  /** Gold contents matched one-to-one by overlap (Jaccard ≥ 0.5). */
  readonly contentMatched: number;
  /** Gold contents matched one-to-one with equal trimmed boundaries. */
  readonly boundaryMatched: number;
  /** Overlap matches whose cues agree. */
  readonly cueRight: number;
  /** Overlap matches whose speakers agree: the right attributions. */
  readonly speakerRight: number;
  readonly goldDirect: number;
  readonly goldMixed: number;
  readonly goldIndirect: number;
  readonly matchedDirect: number;
  readonly matchedMixed: number;
  readonly matchedIndirect: number;
  readonly rightDirect: number;
  readonly rightMixed: number;
  readonly rightIndirect: number;
  /** Predicted claims with confidence ≥ 0.9. */
  readonly confident: number;
  /** Of those, the right attributions. */
  readonly confidentRight: number;
}

/** Error items of one document, by category, in text order. */
export interface AttributionErrors {
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
  readonly misattributed: readonly string[];
}

/** Counts and errors of one document. */
export interface DocumentScore {
  readonly counts: AttributionCounts;
  readonly errors: AttributionErrors;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** All counts at zero. */
export function zeroCounts(): AttributionCounts {
  return {
    predicted: 0, gold: 0, contentMatched: 0, boundaryMatched: 0, cueRight: 0, speakerRight: 0,
    goldDirect: 0, goldMixed: 0, goldIndirect: 0, matchedDirect: 0, matchedMixed: 0, matchedIndirect: 0,
    rightDirect: 0, rightMixed: 0, rightIndirect: 0, confident: 0, confidentRight: 0,
  };
}

/** The sum of two sets of counts. */
export function addCounts(a: AttributionCounts, b: AttributionCounts): AttributionCounts {
  const sum: Mutable<AttributionCounts> = zeroCounts();
  for (const key of Object.keys(sum) as (keyof AttributionCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

const KIND_KEY: Record<ClaimKind, 'Direct' | 'Mixed' | 'Indirect'> = {
  direct: 'Direct',
  mixed: 'Mixed',
  indirect: 'Indirect',
};

/** Content pieces as one excerpt, as written (quote marks included), pieces joined by " … ". */
function quoteText(text: string, pieces: readonly Range[]): string {
  return excerpt(pieces.map((p) => text.slice(p.start, p.end)).join(' … '));
}

function rangeText(text: string, range: Range | null): string {
  return range === null ? '(none)' : excerpt(text.slice(range.start, range.end), 60);
}

/**
 * Matches the claims of `extraction` to the attributions of `doc` and counts what is right.
 * Content: one-to-one by character Jaccard ≥ 0.5, best first; boundary: a separate one-to-one matching
 * that also needs equal trimmed boundaries. Cue and speaker are judged on the overlap matches.
 */
export function scoreDocument(doc: GoldDocument, extraction: Extraction): DocumentScore {
  const { text } = doc;
  const claims: readonly Claim[] = extraction.claims;
  const gold: readonly GoldAttribution[] = doc.attributions;
  const jaccard = (p: number, g: number): number => charJaccard(claims[p]?.content ?? [], gold[g]?.content ?? []);
  const overlapPairs = matchOneToOne(claims.length, gold.length, jaccard, CONTENT_JACCARD);
  const boundaryPairs = matchOneToOne(
    claims.length,
    gold.length,
    (p, g) => (sameBoundaries(text, claims[p]?.content ?? [], gold[g]?.content ?? []) ? jaccard(p, g) : 0),
    CONTENT_JACCARD,
  );

  const counts: Mutable<AttributionCounts> = zeroCounts();
  counts.predicted = claims.length;
  counts.gold = gold.length;
  counts.contentMatched = overlapPairs.length;
  counts.boundaryMatched = boundaryPairs.length;
  for (const attribution of gold) counts[`gold${KIND_KEY[attribution.type]}` as const] += 1;

  const missed: string[] = [];
  const spurious: string[] = [];
  const misattributed: string[] = [];
  const matchOfGold = new Map(overlapPairs.map((pair) => [pair.gold, pair.predicted]));
  const matchedClaims = new Set(overlapPairs.map((pair) => pair.predicted));
  const rightClaims = new Set<number>();

  gold.forEach((attribution, g) => {
    const p = matchOfGold.get(g);
    const claim = p === undefined ? undefined : claims[p];
    const kind = KIND_KEY[attribution.type];
    if (p === undefined || claim === undefined) {
      missed.push(
        `missed [${doc.id}] ${quoteText(text, attribution.content)} — source: ${rangeText(text, attribution.source)}`,
      );
      return;
    }
    counts[`matched${kind}` as const] += 1;
    if (agree(claim.cue, attribution.cue)) counts.cueRight += 1;
    if (agree(claim.speaker?.mention ?? null, attribution.source)) {
      counts.speakerRight += 1;
      counts[`right${kind}` as const] += 1;
      rightClaims.add(p);
    } else {
      misattributed.push(
        `misattributed [${doc.id}] ${quoteText(text, attribution.content)} — ` +
          `gold source: ${rangeText(text, attribution.source)}, ` +
          `predicted speaker: ${rangeText(text, claim.speaker?.mention ?? null)} (rule ${claim.rule})`,
      );
    }
  });

  claims.forEach((claim, p) => {
    if (claim.confidence >= HIGH_CONFIDENCE) {
      counts.confident += 1;
      if (rightClaims.has(p)) counts.confidentRight += 1;
    }
    if (!matchedClaims.has(p)) {
      spurious.push(
        `spurious [${doc.id}] ${quoteText(text, claim.content)} — ` +
          `speaker: ${rangeText(text, claim.speaker?.mention ?? null)} ` +
          `(rule ${claim.rule}, confidence ${claim.confidence.toFixed(2)})`,
      );
    }
  });

  return { counts, errors: { missed, spurious, misattributed } };
}
