/**
 * A name after a person's job and "at" is where the person works, an organisation: "an analyst at Calder
 * Hughes", "a senior fellow at the Atlantic Security Forum". After a research or analysis job the name is
 * the employer whatever its last word (a forum, an institute), with or without "the"; after another job
 * ("a reporter at Kennedy Airport", "a speaker at the Baltic Trade Conference") only a name written
 * straight after "at" that does not end like an event or a place.
 */
import { WORKPLACE_JOBS } from '../../../vocabulary/titles.js';
import { isEventFinalWord, isGpeFinalWord, isLocationFinalWord, isTitleHead } from '../vocabulary-index.js';
import type { MentionContext, TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A lower-case letter first. */
const LOWER_START = /^\p{Ll}/u;

const RESEARCH_JOBS: ReadonlySet<string> = new Set(WORKPLACE_JOBS);

/** True when the name ends like an event or a place, which the head-word rules type. */
function endsLikeEventOrPlace(m: MentionContext): boolean {
  const last = m.tokens[m.tokens.length - 1];
  if (m.tokens.length < 2 || last === undefined) return false;
  return isEventFinalWord(last.text) || isLocationFinalWord(last.text) || isGpeFinalWord(last.text);
}

/** ORG for a name after "<job> at" or "<research job> at the". */
export const workplaceRule: TypeRule = {
  id: 'entity-workplace',
  type: (m) => {
    const the = m.doc.tokens[m.first - 1]?.lower === 'the';
    const at = the ? m.first - 2 : m.first - 1;
    const job = m.doc.tokens[at - 1];
    if (m.doc.tokens[at]?.lower !== 'at' || job === undefined || job.sentence !== m.tokens[0]?.sentence) return null;
    if (RESEARCH_JOBS.has(job.lower)) return { type: 'ORG', strength: 2 };
    const occupation = !the && LOWER_START.test(job.text) && isTitleHead(job.text);
    return occupation && !endsLikeEventOrPlace(m) ? { type: 'ORG', strength: 2 } : null;
  },
};
