/**
 * "his theory of the country’s role", "Clinton’s comments on the shooting": a noun of saying or of stance,
 * owned by the speaker, with the topic after a preposition as the content.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import type { CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { BELIEF_TOPIC_PREPOSITIONS, TOPIC_CUE_NOUNS, TOPIC_NOUN_PREPOSITIONS } from '../../../vocabulary/cue-nouns.js';
import { DAY_AND_MONTH_NAMES } from '../../../vocabulary/dates.js';
import { makeCandidate } from '../candidate.js';
import { boundOwner, complementEnd, followsCue, nounClaims, nounCue, nounOwner, typesOf } from '../phrases/noun-cue.js';
import { contentRanges } from '../phrases/ranges.js';
import { inQuote } from '../phrases/tokens.js';
import { toSpeaker } from '../phrases/speaker.js';
import { pastTimePhrase } from '../phrases/subject.js';
import type { Candidate, RuleContext } from '../types.js';

const NOUN_TYPES = typesOf(TOPIC_CUE_NOUNS);
const PREPOSITIONS = new Set(TOPIC_NOUN_PREPOSITIONS);
const BELIEF_PREPOSITIONS = new Set(BELIEF_TOPIC_PREPOSITIONS);
/** "his remarks on Saturday": a date after the preposition is no topic. */
const DATE_WORDS = new Set(DAY_AND_MONTH_NAMES);

/** The claims made with a possessed noun and its topic in `doc`. */
export function possessiveNounTopicClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, type, sentence) => claimAt(context, noun, type, sentence));
}

function claimAt(context: RuleContext, noun: number, type: CueVerbType, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  // "her remarks Tuesday on …", "his remarks in 2019 on …": a time may stand between the noun and its topic.
  const preposition = pastTimePhrase(tokens, noun + 1);
  if (!PREPOSITIONS.has(tokens[preposition]?.lower ?? '') || DATE_WORDS.has(tokens[preposition + 1]?.lower ?? '')) return null;
  if (BELIEF_PREPOSITIONS.has(tokens[preposition]?.lower ?? '') && type !== 'belief') return null;
  // "What is the mayor’s view of the port?": a question asks for the stance and reports none.
  const last = tokens[sentence.endToken - 1];
  if (last?.text === '?' && !inQuote(context, last)) return null;
  const owner = nounOwner(context, noun, sentence, false);
  if (owner === null) return null;
  const end = complementEnd(context, preposition, sentence);
  if (end <= preposition + 1) return null;
  const speaker = boundOwner(context, owner, sentence);
  // After a cue, only as that cue's object, with the owner standing for the cue's subject.
  if (followsCue(context, owner.firstToken, sentence) && (speaker === owner || !isCueObject(context, owner.firstToken, end, sentence))) return null;
  const content = contentRanges(context.doc, (tokens[preposition + 1] as Token).start, (tokens[end - 1] as Token).end);
  return makeCandidate(context, 'possessive-noun-topic', content, nounCue(context, noun, type), toSpeaker(context, speaker));
}

/**
 * "The mayor continues her praise of …", "kept up his attacks on …": the phrase is the object of the cue
 * right before it, a tensed verb, with no verb of its own after its topic, so it reports no clause of that cue.
 */
function isCueObject(context: RuleContext, first: number, end: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const stop = tokens[end];
  if (end < sentence.endToken && stop?.pos !== 'PUNCT') return false;
  // "was sent to defend his remarks on …": whose words an infinitive's object are is left open.
  const object = (cue: Cue) => (cue.endToken === first || (cue.endToken === first - 1 && tokens[cue.endToken]?.lower === 'up')) && tokens[cue.firstToken - 1]?.lower !== 'to';
  return (context.cuesBySentence.get(sentence.index) ?? []).some(object);
}
