/**
 * "In the latest county poll, Roe leads Hale by four points.": a poll or study named by a phrase opening
 * the sentence is the source of the finding after its comma.
 */
import type { Sentence, Token } from '../../document/types.js';
import { FRAMING_EVIDENCE_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { nounClaims, nounCue } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { Candidate, RuleContext } from '../types.js';
import { opensSentence } from './framing-noun-phrase.js';

const NOUN_TYPES = new Map(FRAMING_EVIDENCE_NOUNS.map((word) => [word, 'evidence' as const]));
/** Most words of a participle phrase after the noun: ", taken in early May,". */
const MAX_PARTICIPLE_TOKENS = 8;

/** The claims framed by a phrase naming a poll or study in `doc`. */
export function framingEvidenceClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, _type, sentence) => claimAt(context, noun, sentence));
}

function claimAt(context: RuleContext, noun: number, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  const preposition = sentence.firstToken === noun ? undefined : findPreposition(tokens, noun, sentence);
  if (preposition === undefined || !opensSentence(tokens, preposition, sentence)) return null;
  const phrase = phraseAfter(context, preposition + 1, sentence);
  if (phrase === null || phrase.kind === 'pronoun' || phrase.endToken !== noun + 1) return null;
  const comma = clauseStart(tokens, noun + 1, sentence);
  if (comma === null) return null;
  // "In the poll, most voters said …": a cue of the clause's own gives the finding its speaker.
  if ((context.cuesBySentence.get(sentence.index) ?? []).some((cue) => cue.firstToken > comma)) return null;
  const content = contentFrom(context, comma + 1, sentence);
  if (content.length === 0) return null;
  return makeCandidate(context, 'framing-evidence-phrase', content, nounCue(context, noun, 'evidence'), toSpeaker(context, phrase));
}

/** The "in" before the noun's phrase, when only the phrase's own words stand between them. */
function findPreposition(tokens: readonly Token[], noun: number, sentence: Sentence): number | undefined {
  for (let i = noun - 1; i >= sentence.firstToken; i -= 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'in') return i;
    if (token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX') return undefined;
  }
  return undefined;
}

/** The comma that opens the clause: right after the noun, or after a participle phrase ", taken in May,". */
function clauseStart(tokens: readonly Token[], after: number, sentence: Sentence): number | null {
  if (tokens[after]?.text !== ',') return null;
  const next = tokens[after + 1];
  if (next === undefined || !isPastParticiple(next)) return after;
  for (let i = after + 2; i < sentence.endToken && i <= after + 1 + MAX_PARTICIPLE_TOKENS; i += 1) {
    if ((tokens[i] as Token).text === ',') return i;
  }
  return null;
}

/** "conducted", "taken": a past participle, which wink may read as an adjective. */
export function isPastParticiple(token: Token): boolean {
  if (token.pos === 'ADJ') return token.lower.endsWith('ed');
  return token.pos === 'VERB' && token.lower !== token.lemma && !token.lower.endsWith('ing');
}
