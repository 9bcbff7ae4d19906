/**
 * "As reported by the wire service, the fund …", "As noted in the audit, the fund …": a clause of "as" opening
 * its sentence, with a participle of saying and "by" an agent or "in" a writing, hands on the words of the
 * clause after its comma. Without an agent or a writing ("As reported earlier, …") it is no attribution.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { ASIDE_CUE_VERBS } from '../../../vocabulary/construction-verbs.js';
import { EVIDENCE_NOUNS, REPORTING_DOCUMENT_NOUNS } from '../../../vocabulary/speaker-words.js';
import { hasPastParticipleEnding } from '../../util/participle.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom, isSubstantial } from '../phrases/content.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { CueRule, RuleContext } from '../types.js';
import { leadingWordsEnd } from './as-speaker-cue.js';

const ASIDE_VERBS = new Set(ASIDE_CUE_VERBS);
const WRITINGS = new Set([...EVIDENCE_NOUNS, ...REPORTING_DOCUMENT_NOUNS]);

export const asPassiveSource: CueRule = {
  id: 'as-passive-source',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || !ASIDE_VERBS.has(cue.lemma) || cue.verbToken !== cue.endToken - 1) return null;
    const tokens = context.doc.tokens;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const verb = tokens[cue.verbToken] as Token;
    const as = cue.firstToken - 1;
    if (tokens[as]?.lower !== 'as' || as !== leadingWordsEnd(tokens, sentence) || !hasPastParticipleEnding(verb.lower)) return null;
    const link = tokens[cue.endToken]?.lower;
    if (link !== 'by' && link !== 'in') return null;
    const source = phraseAfter(context, cue.endToken + 1, sentence);
    if (source === null || source.kind === 'pronoun' || tokens[source.endToken]?.text !== ',') return null;
    // "As noted in the audit": the writing's head noun names it as one.
    if (link === 'in' && !WRITINGS.has(tokens[source.endToken - 1]?.lower ?? '')) return null;
    const pieces = contentFrom(context, source.endToken + 1, sentence);
    if (!isSubstantial(context, pieces)) return null;
    return makeCandidate(context, this.id, pieces, cue, toSpeaker(context, source));
  },
};

