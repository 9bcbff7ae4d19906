/** The speaker phrase on either side of a cue, with what may stand between them. */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { VERB_MODIFIERS } from '../../../vocabulary/cue-verbs.js';
import { NEGATIONS } from '../../../vocabulary/speaker-words.js';
import type { RuleContext, SpeakerPhrase } from '../types.js';
import { phraseBefore, type PhraseMatch } from './noun-phrase.js';

const MODIFIERS = new Set(VERB_MODIFIERS);
const NEGATION = new Set(NEGATIONS);

/** Turns a token-range phrase into a speaker phrase over characters. */
export function toSpeaker(context: RuleContext, phrase: PhraseMatch): SpeakerPhrase {
  const first = context.doc.tokens[phrase.firstToken] as Token;
  const last = context.doc.tokens[phrase.endToken - 1] as Token;
  return { start: first.start, end: last.end, kind: phrase.kind };
}

/**
 * The speaker written before a cue: "Mr. Smith said", "he also said", "Jane Doe, the chief executive,
 * said". Null when nothing names one, or when the cue is negated ("did not say").
 */
export function speakerBeforeCue(context: RuleContext, cue: Cue, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let end = cue.firstToken;
  while (end - 1 >= sentence.firstToken) {
    const token = tokens[end - 1] as Token;
    if (NEGATION.has(token.lower)) return null;
    if (MODIFIERS.has(token.lower) || (token.pos === 'ADV' && token.lower !== 'who')) end -= 1;
    else break;
  }
  const before = tokens[end - 1];
  if (before?.text === ',' && end - 1 > sentence.firstToken) return nameBeforeAppositive(context, end - 1, sentence);
  return phraseBefore(context, end, sentence);
}

/** "Jane Doe, the chief executive of Foo, said": the name before an appositive that ends at `comma`. */
function nameBeforeAppositive(context: RuleContext, comma: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const appositive = phraseBefore(context, comma, sentence);
  if (appositive === null || appositive.kind === 'pronoun') return null;
  const opening = tokens[appositive.firstToken - 1];
  if (opening?.text !== ',') return null;
  const name = phraseBefore(context, appositive.firstToken - 1, sentence);
  return name !== null && name.kind === 'name' ? name : null;
}

/** The token just before the speaker phrase, skipping nothing: what the phrase follows. */
export function tokenBefore(context: RuleContext, phrase: PhraseMatch): Token | undefined {
  return context.doc.tokens[phrase.firstToken - 1];
}
