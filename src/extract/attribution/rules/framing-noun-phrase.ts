/**
 * "In her view, the deal was a mistake.", "By his own admission, …", "In the eyes of many voters, …": a
 * phrase opening the sentence names whose view or word the clause after its comma is.
 */
import type { Sentence, Token } from '../../document/types.js';
import type { CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { FRAMING_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { SENTENCE_CONNECTIVES } from '../../../vocabulary/speaker-words.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { phraseAfter, type PhraseMatch } from '../phrases/noun-phrase.js';
import { nounClaims, nounCue, nounOwner } from '../phrases/noun-cue.js';
import { toSpeaker } from '../phrases/speaker.js';
import { contentRanges } from '../phrases/ranges.js';
import { isSentenceEnd } from '../phrases/tokens.js';
import type { Candidate, Range, RuleContext } from '../types.js';
import { WRITER_POSSESSIVES } from '../../../vocabulary/pronouns.js';
import { VIEW_LEADING_WORDS } from '../../../vocabulary/function-words.js';

/** Each noun with its type and the prepositions that may open the phrase. */
const NOUN_TYPES: ReadonlyMap<string, CueVerbType> = new Map(
  Object.values(FRAMING_NOUNS).flatMap((types) => Object.entries(types).flatMap(([type, words]) => words.map((word) => [word, type as CueVerbType] as const))),
);
const PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(FRAMING_NOUNS).map(([preposition, types]) => [preposition, new Set(Object.values(types).flat())]),
);
const WRITER = new Set(WRITER_POSSESSIVES);
/** Words that may stand before the phrase at the sentence's start: "But in his view, …". */
const OPENERS = new Set([...SENTENCE_CONNECTIVES, ...VIEW_LEADING_WORDS]);

/** The claims framed by a phrase of view or admission in `doc`. */
export function framingNounClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, NOUN_TYPES, (noun, type, sentence) => claimAt(context, noun, type, sentence));
}

function claimAt(context: RuleContext, noun: number, type: CueVerbType, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  const found = ownerOrOf(context, noun, sentence);
  if (found === null) return null;
  const [phrase, comma] = found;
  // "By Trump’s own admission": a capitalised preposition opening the sentence is read into the name.
  const speaker = tokens[phrase.firstToken]?.pos === 'ADP' ? { ...phrase, firstToken: phrase.firstToken + 1 } : phrase;
  // "In my view, …": the writer's own view is no one's reported words.
  if (WRITER.has(tokens[speaker.firstToken]?.lower ?? '')) return null;
  const preposition = tokens[(speaker.firstToken < noun ? speaker.firstToken : noun - 1) - 1];
  if (preposition === undefined || !PREPOSITIONS.get(preposition.lower)?.has((tokens[noun] as Token).lower)) return null;
  const content = opensSentence(tokens, preposition.index, sentence)
    ? (tokens[comma]?.text === ',' ? contentFrom(context, comma + 1, sentence) : [])
    : closingContent(context, preposition.index, comma, sentence);
  if (content.length === 0) return null;
  return makeCandidate(context, 'framing-noun-phrase', content, nounCue(context, noun, type), toSpeaker(context, speaker));
}

/** The speaker and the token after the phrase: "her view" (owner) or "the view of X". */
function ownerOrOf(context: RuleContext, noun: number, sentence: Sentence): [PhraseMatch, number] | null {
  const tokens = context.doc.tokens;
  const owner = nounOwner(context, noun, sentence, false);
  if (owner !== null) return [owner, noun + 1];
  if (tokens[noun - 1]?.lower !== 'the' || tokens[noun + 1]?.lower !== 'of') return null;
  const phrase = phraseAfter(context, noun + 2, sentence);
  return phrase === null ? null : [phrase, phrase.endToken];
}

/**
 * "The deal was a mistake, in her view.": a phrase that closes its sentence frames the words before it.
 * Empty when more follows the phrase.
 */
function closingContent(context: RuleContext, preposition: number, after: number, sentence: Sentence): Range[] {
  const tokens = context.doc.tokens;
  const next = tokens[after];
  const first = tokens[sentence.firstToken] as Token;
  if (preposition <= sentence.firstToken || (after < sentence.endToken && (next === undefined || !isSentenceEnd(next)))) return [];
  return contentRanges(context.doc, first.start, (tokens[preposition] as Token).start);
}

/** Token `index` starts its sentence, or follows only a connective there ("But in his view"). */
export function opensSentence(tokens: readonly Token[], index: number, sentence: Sentence): boolean {
  if (index === sentence.firstToken) return true;
  return index === sentence.firstToken + 1 && OPENERS.has(tokens[sentence.firstToken]?.lower ?? '');
}
