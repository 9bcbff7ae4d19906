/**
 * "A longtime critic of the toll, Ms. Roe voted against it.": a phrase opening the sentence with a noun for
 * one who holds a stance and its "of" describes the subject after the comma, who holds the stance on what
 * "of" names, as "Ms. Roe is a longtime critic of the toll" would say.
 */
import type { Sentence, Token } from '../../document/types.js';
import { STANCE_HOLDER_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { SUBJECT_RELATIVE_WORDS } from '../../../vocabulary/function-words.js';
import { makeCandidate } from '../candidate.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { nounClaims } from '../phrases/noun-cue.js';
import { contentRanges } from '../phrases/ranges.js';
import { toSpeaker } from '../phrases/speaker.js';
import { nextComma } from '../phrases/tokens.js';
import type { Candidate, RuleContext } from '../types.js';
import type { Cue } from '../../cues/types.js';
import { stanceHolderLemma } from '../../cues/stance-holder-cues.js';

const HOLDERS: ReadonlyMap<string, 'belief'> = new Map(STANCE_HOLDER_NOUNS.map((noun) => [noun, 'belief'] as const));
const INDEFINITE = new Set(['a', 'an']);
const RELATIVES = new Set(SUBJECT_RELATIVE_WORDS);
/** Words that describe the holder between "a" and the noun: "a [passionate and outspoken] defender". */
const MODIFIER_TAGS = new Set(['ADJ', 'ADV', 'CCONJ']);

/** The claims of stance-holder phrases that open their sentence in `doc`. */
export function frontedStanceHolderClaims(context: RuleContext): Candidate[] {
  return nounClaims(context, HOLDERS, (noun, _type, sentence) => claimAt(context, noun, sentence));
}

function claimAt(context: RuleContext, noun: number, sentence: Sentence): Candidate | null {
  const tokens = context.doc.tokens;
  if (tokens[noun + 1]?.lower !== 'of' || !opensWithIndefinite(tokens, noun, sentence)) return null;
  // The comma after the topic, which must hold a word.
  const comma = nextComma(tokens, noun + 1, sentence.endToken);
  if (comma === null || comma === noun + 2) return null;
  const subject = phraseAfter(context, comma + 1, sentence);
  // "A critic of the plan, who gave only her first name, …": a relative clause is no subject.
  if (subject === null || RELATIVES.has(tokens[subject.firstToken]?.lower ?? '')) return null;
  const verb = tokens[subject.endToken];
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.lower.endsWith('ing')) return null;
  const content = contentRanges(context.doc, (tokens[noun + 2] as Token).start, (tokens[comma - 1] as Token).end);
  return makeCandidate(context, 'fronted-stance-holder', content, holderCue(tokens, noun, sentence), toSpeaker(context, subject));
}

/** "A [passionate] defender": only "a" or "an" and words describing the holder stand before the noun at `noun`. */
function opensWithIndefinite(tokens: readonly Token[], noun: number, sentence: Sentence): boolean {
  let i = noun - 1;
  while (i > sentence.firstToken && MODIFIER_TAGS.has(tokens[i]?.pos ?? '')) i -= 1;
  return i === sentence.firstToken && INDEFINITE.has(tokens[i]?.lower ?? '');
}

/** The cue: from "a" through "of", as "is a firm opponent of" is read after "to be". */
function holderCue(tokens: readonly Token[], noun: number, sentence: Sentence): Cue {
  const first = tokens[sentence.firstToken] as Token;
  const of = tokens[noun + 1] as Token;
  return {
    kind: 'verb', type: 'belief', start: first.start, end: of.end, firstToken: sentence.firstToken, endToken: noun + 2,
    verbToken: noun, lemma: stanceHolderLemma((tokens[noun] as Token).lower), passive: false, participle: false, sentence: first.sentence,
  };
}
