/** The `--claims` listing: one short block per claim, for reading an extraction at a glance. */
import type { Claim, Extraction, Span } from '../types.js';

/** `text` on one line (line breaks become spaces). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A span's text as written (its own quote marks tell where it starts and ends), or "(none)". */
function shown(span: Span | null): string {
  return span === null ? '(none)' : oneLine(span.text);
}

/** The block of one claim: header, speaker, cue, source, content pieces. */
export function formatClaim(claim: Claim): string[] {
  const speaker =
    claim.speaker === null
      ? '(none)'
      : claim.speaker.name === claim.speaker.mention.text
        ? shown(claim.speaker.mention)
        : `${claim.speaker.name} (${shown(claim.speaker.mention)})`;
  return [
    `${claim.id}  ${claim.kind}${claim.cueType === null ? '' : `  ${claim.cueType}`}  rule ${claim.rule}  confidence ${claim.confidence.toFixed(2)}`,
    `  speaker  ${speaker}`,
    `  cue      ${shown(claim.cue)}`,
    ...(claim.source === null ? [] : [`  source   ${shown(claim.source.mention)}`]),
    ...claim.content.map((piece, i) => `  ${i === 0 ? 'content' : '       '}  ${shown(piece)}`),
  ];
}

/** The readable listing of every claim of `extraction`, then its warnings. */
export function formatClaims(extraction: Extraction): string {
  const count = extraction.claims.length;
  const blocks = extraction.claims.map((claim) => formatClaim(claim).join('\n'));
  const header = `${count} claim${count === 1 ? '' : 's'}, ${extraction.entities.length} entities, ` +
    `${extraction.dates.length} dates` + (extraction.publishedAt === null ? '' : `, published ${extraction.publishedAt}`);
  const warnings = extraction.warnings.map((w) => `warning: ${w}`).join('\n');
  return [header, ...blocks, ...(warnings === '' ? [] : [warnings])].join('\n\n');
}
