/**
 * "Trump’s claim that there have been …", "her hope that …": a noun of saying or believing, owned by the
 * speaker, with its that-clause as the content.
 */
import type { Cue } from '../../cues/types.js';
import type { Document, Sentence, Token } from '../../document/types.js';
import { CUE_NOUNS, type CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { phraseBefore } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isPossessive, isPossessivePronoun } from '../phrases/tokens.js';
import type { Candidate, RuleContext } from '../types.js';

const NOUN_TYPES = new Map<string, CueVerbType>(
  (Object.entries(CUE_NOUNS) as [CueVerbType, readonly string[]][]).flatMap(([type, nouns]) => nouns.map((noun) => [noun, type] as const)),
);
/** Adjectives that may stand between the owner and the noun: "Trump’s repeated claim that …". */
const MAX_MODIFIERS = 2;

/** The claims made with a possessed noun of saying in `doc`. */
export function possessiveNounClaims(context: RuleContext): Candidate[] {
  const { doc } = context;
  const candidates: Candidate[] = [];
  doc.tokens.forEach((token, index) => {
    const type = NOUN_TYPES.get(token.lower);
    // wink may tag the noun as a verb ("her hope that …"); after an owner it can only be a noun.
    const owned = isPossessivePronoun(doc.tokens[index - 1] ?? token) || isPossessive(doc.tokens[index - 1] ?? token);
    if (type === undefined || !(token.pos === 'NOUN' || owned) || doc.tokens[index + 1]?.lower !== 'that') return;
    const candidate = claimAt(context, doc, index, type);
    if (candidate !== null) candidates.push(candidate);
  });
  return candidates;
}

function claimAt(context: RuleContext, doc: Document, noun: number, type: CueVerbType): Candidate | null {
  const tokens = doc.tokens;
  const sentence = doc.sentences[(tokens[noun] as Token).sentence] as Sentence;
  if (context.quoteIndex.quoteAt((tokens[noun] as Token).start) !== undefined) return null;
  let owner = noun - 1;
  for (let step = 0; step < MAX_MODIFIERS && tokens[owner]?.pos === 'ADJ'; step += 1) owner -= 1;
  const marker = tokens[owner];
  if (marker === undefined || owner < sentence.firstToken) return null;
  let speaker;
  if (isPossessivePronoun(marker)) speaker = { firstToken: owner, endToken: owner + 1, kind: 'pronoun' as const };
  else if (isPossessive(marker)) speaker = phraseBefore(context, owner, sentence);
  if (speaker === undefined || speaker === null) return null;
  // The content keeps its "that", as for verbs.
  const content = contentFrom(context, noun + 1, sentence);
  if (content.length === 0) return null;
  const nounToken = tokens[noun] as Token;
  const cue: Cue = {
    kind: 'verb', type, start: nounToken.start, end: nounToken.end, firstToken: noun, endToken: noun + 1,
    verbToken: noun, lemma: nounToken.lower, passive: false, participle: false, sentence: sentence.index,
  };
  return makeCandidate(context, 'possessive-noun-cue', content, cue, toSpeaker(context, speaker));
}
