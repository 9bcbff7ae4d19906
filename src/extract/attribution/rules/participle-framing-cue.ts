/**
 * "Roe turned the ad against her rival, accusing him of …", "…, calling the plan a giveaway": a participle of
 * a verb that frames its object, after a comma. The subject of the clause before it framed the object; no
 * quotation is needed, as the object and what it is called or accused of are what was said.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { toSpeaker } from '../phrases/speaker.js';
import { inQuote } from '../phrases/tokens.js';
import type { CueRule, RuleContext } from '../types.js';
import { participleSubject } from './participle-cue.js';
import { objectCandidateAfterCue } from './speaker-verb-object.js';
import { OBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';

/** Pronouns that stand as the object of the framing verb: "calling it …", "calling him …". */
const OBJECT_PRONOUN = new Set([...OBJECT_PRONOUNS, 'it']);

/** Most tokens of the one accused, between the verb and "of": "accusing the city's former mayor of …". */
const MAX_ACCUSED_TOKENS = 6;

/**
 * "accusing her of lying when …", "accusing them of bias": what the object is accused of, after "of", runs on
 * as a clause would; the token where it starts, or null when no "of" follows a short object.
 */
function chargeAfter(context: RuleContext, cue: Cue, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  for (let i = cue.endToken + 1; i < sentence.endToken && i <= cue.endToken + MAX_ACCUSED_TOKENS; i += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'of') return tokens[i + 1] !== undefined && tokens[i + 1]?.pos !== 'PUNCT' ? i + 1 : null;
    if (token.pos === 'PUNCT') return null;
  }
  return null;
}

export const participleFramingCue: CueRule = {
  id: 'participle-framing-cue',
  apply(context: RuleContext, cue: Cue) {
    const tokens = context.doc.tokens;
    const verb = tokens[cue.verbToken];
    const comma = tokens[cue.firstToken - 1];
    if (cue.kind !== 'framing' || verb === undefined || !verb.lower.endsWith('ing') || comma?.text !== ',' || inQuote(context, comma)) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const subject = participleSubject(context, cue, sentence);
    if (subject === null) return null;
    const charge = chargeAfter(context, cue, sentence);
    // "…, calling it “a win for families”": a pronoun object stands for what was named before; what it is
    // called is the content.
    if (charge === null && OBJECT_PRONOUN.has(tokens[cue.endToken]?.lower ?? '')) {
      const called = contentFrom(context, cue.endToken + 1, sentence);
      return called.length === 0 ? null : makeCandidate(context, this.id, called, cue, toSpeaker(context, subject));
    }
    if (charge === null) return objectCandidateAfterCue(context, this.id, cue, sentence, subject);
    const content = contentFrom(context, charge, sentence);
    return content.length === 0 ? null : makeCandidate(context, this.id, content, cue, toSpeaker(context, subject));
  },
};

