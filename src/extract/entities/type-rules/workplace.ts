/**
 * A name after a research or analysis job and "at" is where the person works, an organisation, even when it
 * ends like an event: "a senior fellow at the Atlantic Security Forum", "an economist at Calder Hughes".
 */
import { WORKPLACE_JOBS } from '../../../vocabulary/titles.js';
import type { TypeRule } from './types.js';

const JOBS: ReadonlySet<string> = new Set(WORKPLACE_JOBS);

/** ORG for a name after "<job> at" or "<job> at the". */
export const workplaceRule: TypeRule = {
  id: 'entity-workplace',
  type: (m) => {
    let at = m.first - 1;
    if (m.doc.tokens[at]?.lower === 'the') at -= 1;
    const job = m.doc.tokens[at - 1];
    if (m.doc.tokens[at]?.lower !== 'at' || job === undefined || job.sentence !== m.tokens[0]?.sentence) return null;
    return JOBS.has(job.lower) ? { type: 'ORG', strength: 2 } : null;
  },
};
