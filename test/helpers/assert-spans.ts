/** One check for every span of an extraction: inside the text, and its text is the slice it names. */
import type { Extraction, Span } from '../../src/types.js';

/** Every span of `result`, with a path saying where it sits. */
export function allSpans(result: Extraction): { path: string; span: Span }[] {
  const spans: { path: string; span: Span }[] = [];
  result.claims.forEach((claim, i) => {
    claim.content.forEach((span, j) => spans.push({ path: `claims[${i}].content[${j}]`, span }));
    if (claim.cue) spans.push({ path: `claims[${i}].cue`, span: claim.cue });
    if (claim.speaker) spans.push({ path: `claims[${i}].speaker.mention`, span: claim.speaker.mention });
    if (claim.source) spans.push({ path: `claims[${i}].source.mention`, span: claim.source.mention });
  });
  result.entities.forEach((entity, i) =>
    entity.mentions.forEach((span, j) => spans.push({ path: `entities[${i}].mentions[${j}]`, span })),
  );
  result.dates.forEach((date, i) => spans.push({ path: `dates[${i}].span`, span: date.span }));
  return spans;
}

/** Spans that break the invariant `0 <= start <= end <= text.length && text.slice(start, end) === span.text`. */
export function invalidSpans(result: Extraction): string[] {
  return allSpans(result)
    .filter(({ span }) => {
      const inside = Number.isInteger(span.start) && Number.isInteger(span.end) &&
        span.start >= 0 && span.start <= span.end && span.end <= result.text.length;
      return !inside || result.text.slice(span.start, span.end) !== span.text;
    })
    .map(({ path, span }) => `${path} ${JSON.stringify(span)}`);
}
