/**
 * "Roe leads Hale by four points in the latest poll.", "Half the forest is gone, by one estimate.": a
 * poll, study or estimate named by a phrase closing the sentence is the source of the clause before it.
 */
import type { Sentence, Token } from '../../document/types.js';
import { CLOSING_EVIDENCE_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { makeCandidate } from '../candidate.js';
import { isSubstantial } from '../phrases/content.js';
import { mainClauseStart } from '../phrases/clause-shape.js';
import { nounClaims, nounCue } from '../phrases/noun-cue.js';
import { contentRanges } from '../phrases/ranges.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isJoiningHyphen, isQuoteMark, isSentenceEnd, lastWord } from '../phrases/tokens.js';
import type { Candidate, RuleContext } from '../types.js';
import { isPastParticiple } from './framing-evidence-phrase.js';

const NOUN_TYPES = new Map(Object.values(CLOSING_EVIDENCE_NOUNS).flat().map((word) => [word, 'evidence' as const]));
const PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(CLOSING_EVIDENCE_NOUNS).map(([preposition, words]) => [preposition, new Set(words)]),
);
/** Words of the phrase between the preposition and the noun: "one of the first online", "some snap and", "most recent". */
const PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'CCONJ', 'PRON']);
/** Most tokens between the preposition and the noun. */
const MAX_PHRASE_TOKENS = 8;
/** Tags of a sentence's first word that open a phrase before its main clause: "Despite …, she …". */
const SUBORDINATE_TAGS = new Set(['ADP', 'SCONJ']);

/** The claims sourced to a closing phrase that names a poll or an estimate in `doc`. */
export function closingEvidenceClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, _type, sentence) => claimAt(context, noun, sentence));
}

function claimAt(context: RuleContext, noun: number, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  const preposition = phraseStart(tokens, noun, sentence);
  if (preposition === null || !PREPOSITIONS.get((tokens[preposition] as Token).lower)?.has((tokens[noun] as Token).lower)) return null;
  // "In the poll, most voters said …", "…, most voters told the survey": a cue of the sentence has its own source.
  if ((context.cuesBySentence.get(sentence.index) ?? []).length > 0 || !closesSentence(tokens, noun + 1, sentence)) return null;
  const comma = tokens[preposition - 1]?.text === ',';
  // "The hall was built by the count.": "by" without a comma before it names a passive's agent.
  if (!comma && (tokens[preposition] as Token).lower === 'by') return null;
  // "Nurses took part in the survey.", "She was named in the study": a verb's own preposition names no source.
  if (tokens[preposition - 1]?.pos === 'VERB' || tokens[preposition - 2]?.pos === 'VERB' && tokens[preposition - 1]?.pos === 'NOUN') return null;
  const end = comma ? preposition - 1 : preposition;
  let start = sentence.firstToken;
  // "Despite early gains, she fell in the poll.": the phrase before the main clause is not the finding.
  if (SUBORDINATE_TAGS.has((tokens[start] as Token).pos)) {
    const main = mainClauseStart(context, start, sentence);
    if (main + 1 < end) start = main + 1;
  }
  if (start >= end) return null;
  const content = contentRanges(context.doc, (tokens[start] as Token).start, (tokens[end - 1] as Token).end);
  if (!isSubstantial(context, content)) return null;
  const speaker = { firstToken: preposition + 1, endToken: lastWord(tokens, sentence), kind: 'description' as const };
  return makeCandidate(context, 'closing-evidence-phrase', content, nounCue(context, noun, 'evidence'), toSpeaker(context, speaker));
}

/** The preposition opening the noun's phrase ("in one of the first polls"), or null when a clause word comes first. */
function phraseStart(tokens: readonly Token[], noun: number, sentence: Sentence): number | null {
  for (let i = noun - 1; i > sentence.firstToken && i >= noun - 1 - MAX_PHRASE_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (PREPOSITIONS.has(token.lower)) return i;
    const hyphen = isJoiningHyphen(tokens[i - 1], token, tokens[i + 1]);
    if (!(PHRASE_TAGS.has(token.pos) || token.lower === 'of' || hyphen)) return null;
  }
  return null;
}

/**
 * Only the noun's own modifiers follow it up to the sentence's end: nothing, a participle ("conducted
 * after the debate by …", "released Friday") or an infinitive ("to emerge"), with no clause of their own.
 */
function closesSentence(tokens: readonly Token[], after: number, sentence: Sentence): boolean {
  const first = tokens[after];
  if (first === undefined || isSentenceEnd(first) || after >= sentence.endToken) return true;
  const infinitive = first.lower === 'to' && tokens[after + 1]?.pos === 'VERB';
  if (!(isPastParticiple(first) || infinitive)) return false;
  for (let i = after + 1; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (isSentenceEnd(token)) return true;
    // "by papers such as the Ledger, the Courier and the Star": a comma between names of a list stays inside the phrase.
    const name = tokens[i + 1]?.lower === 'the' ? tokens[i + 2] : tokens[i + 1];
    const listComma = token.text === ',' && tokens[i - 1]?.pos === 'PROPN' && name?.pos === 'PROPN';
    if (token.pos === 'AUX' || token.lower === 'that' || (token.text === ',' && !listComma) || token.text === ';' || isQuoteMark(token)) return false;
    const verbAfterTo = tokens[i - 1]?.lower === 'to';
    if (token.pos === 'VERB' && !verbAfterTo && !isPastParticiple(token) && !token.lower.endsWith('ing')) return false;
  }
  return true;
}
