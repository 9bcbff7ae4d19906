/** What each command prints, from its input text: no file or stream access here. */
import type { Evaluator } from '../eval/report.js';
import { extract } from '../extract/index.js';
import type { EvalCommand, EvalTask, ExtractCommand } from './args.js';
import { EVALUATORS } from './evaluators.js';
import { formatClaims } from './format-claims.js';

/** The output of `whosaid [file]` for the article `text`: JSON, or the claims listing with `--claims`. */
export function runExtract(text: string, command: ExtractCommand): string {
  const extraction = extract(text, command.publishedAt === null ? {} : { publishedAt: command.publishedAt });
  if (command.claims) return formatClaims(extraction);
  return JSON.stringify(extraction, null, command.pretty ? 2 : undefined);
}

/**
 * The output of `whosaid eval` on the gold `jsonl`: the report lines then up to N errors, or the figures
 * as JSON with `--json`.
 */
export function runEval(
  jsonl: string,
  command: EvalCommand,
  evaluators: Readonly<Record<EvalTask, Evaluator>> = EVALUATORS,
): string {
  const report = evaluators[command.task](jsonl, { maxErrors: command.maxErrors });
  if (command.json) return JSON.stringify(report.figures, null, 2);
  const errors = report.errors.slice(0, command.maxErrors);
  return [...report.lines, ...(errors.length === 0 ? [] : ['', `errors (${errors.length}):`, ...errors])].join('\n');
}
