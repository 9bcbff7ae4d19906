/** A quotation claimed for the subject of the cue that reaches it: "has used the phrase “…”", "says things like “…”". */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import type { CueType } from '../../../types.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import type { Candidate, RuleContext } from '../types.js';
import { speakerBeforeCue, standsAsSubject, toSpeaker } from './speaker.js';

/** The claim of `quote` said by the subject of `cue`, or null when no phrase stands as that subject. */
export function quoteOfCueSubject(context: RuleContext, rule: string, quote: Quote, cue: Cue, cueType?: CueType): Candidate | null {
  const sentence = context.doc.sentences[cue.sentence] as Sentence;
  const speaker = speakerBeforeCue(context, cue, sentence);
  if (speaker === null || !standsAsSubject(context, speaker, sentence)) return null;
  return makeCandidate(context, rule, quoteContent(quote), cue, toSpeaker(context, speaker), cueType);
}
