/** The cue verbs of the vocabulary by their type, phrasal verbs and verbs with an object included. */
import { CUE_VERB_TYPES, OBJECT_CUE_VERBS, type CueVerbType } from '../../vocabulary/cue-verbs.js';

/** Verbs that report with a clause, and, where they do not, with an object. */
export const VERB_TYPES: ReadonlyMap<string, CueVerbType> = new Map<string, CueVerbType>([
  ...(Object.entries(OBJECT_CUE_VERBS) as [CueVerbType, readonly string[]][]).flatMap(([type, verbs]) => verbs.map((verb) => [verb, type] as const)),
  ...CUE_VERB_TYPES,
]);
