/** Which evaluator each `whosaid eval` task runs. */
import { evaluateAttribution } from '../eval/attribution.js';
import { evaluateDates } from '../eval/dates.js';
import { evaluateEntities } from '../eval/entities.js';
import type { Evaluator } from '../eval/report.js';
import type { EvalTask } from './args.js';

/** The dispatch table of `whosaid eval`: one evaluator per task. */
export const EVALUATORS: Readonly<Record<EvalTask, Evaluator>> = {
  attribution: evaluateAttribution,
  entities: evaluateEntities,
  dates: evaluateDates,
};
