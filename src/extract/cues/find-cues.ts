/** The cue finder: reporting verbs and phrases outside quotations, with the words that belong to them. */
import type { Document, Token } from '../document/types.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import { BE_FORMS, CUE_AUXILIARIES, FRAMING_VERBS, SPEECH_VERBS, VERB_MODIFIERS } from '../../vocabulary/cue-verbs.js';
import type { Cue } from './types.js';

const SPEECH = new Set(SPEECH_VERBS);
const FRAMING = new Set(FRAMING_VERBS);
const BE = new Set(BE_FORMS);
const MODIFIERS = new Set(VERB_MODIFIERS);
const AUXILIARIES = new Set(CUE_AUXILIARIES);
/** Forms wink sometimes tags as nouns or adjectives that are still verbs of saying. */
const MISTAGGED_FORMS = new Set(['said', 'says', 'told', 'tells']);

/** Finds the cues of `doc` that stand outside quotations, in text order. */
export function findCues(doc: Document, quotes: QuoteIndex): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || quotes.quoteAt(token.start) !== undefined) continue;
    const next = tokens[i + 1];
    if (token.lower === 'according' && next?.lower === 'to' && next.sentence === token.sentence) {
      cues.push(makeCue(tokens, 'according-to', i, i, i + 2, 'according to'));
      i += 1;
      continue;
    }
    const isVerb = token.pos === 'VERB' || token.pos === 'AUX' || MISTAGGED_FORMS.has(token.lower);
    if (!isVerb) continue;
    if (SPEECH.has(token.lemma)) cues.push(speechCue(tokens, i));
    else if (FRAMING.has(token.lemma) && token.pos === 'VERB') cues.push(makeCue(tokens, 'framing', i, i, i + 1, token.lemma));
  }
  return cues;
}

/** A verb of saying, with "did" before it and "by saying" after it when they are there. */
function speechCue(tokens: readonly Token[], verb: number): Cue {
  const token = tokens[verb] as Token;
  let first = verb;
  const before = tokens[verb - 1];
  if (before !== undefined && before.sentence === token.sentence && AUXILIARIES.has(before.lower)) first = verb - 1;
  let end = verb + 1;
  const by = tokens[verb + 1];
  const gerund = tokens[verb + 2];
  if (by?.lower === 'by' && gerund !== undefined && gerund.lower.endsWith('ing') && SPEECH.has(gerund.lemma)) end = verb + 3;
  return makeCue(tokens, 'speech', verb, first, end, token.lemma);
}

function makeCue(tokens: readonly Token[], kind: Cue['kind'], verb: number, first: number, end: number, lemma: string): Cue {
  const verbToken = tokens[verb] as Token;
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[end - 1] as Token;
  return {
    kind,
    start: firstToken.start,
    end: lastToken.end,
    firstToken: first,
    endToken: end,
    verbToken: verb,
    lemma,
    passive: kind !== 'according-to' && isPassive(tokens, verb),
    participle: kind === 'speech' && verbToken.lower.endsWith('ing') && tokens[first - 1]?.text === ',',
    sentence: verbToken.sentence,
  };
}

/** "is said", "was reportedly told": a form of "to be" before a past participle. */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  const verbToken = tokens[verb] as Token;
  if (verbToken.lower.endsWith('ing')) return false;
  for (let i = verb - 1; i >= 0 && i >= verb - 3; i -= 1) {
    const token = tokens[i] as Token;
    if (token.sentence !== verbToken.sentence) return false;
    if (BE.has(token.lower)) return token.lower !== '’s' && token.lower !== "'s" ? true : token.pos === 'AUX';
    if (!MODIFIERS.has(token.lower) && token.pos !== 'ADV') return false;
  }
  return false;
}
