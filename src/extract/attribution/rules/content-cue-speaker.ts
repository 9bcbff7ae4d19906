/** "“…,” said X, the …": the cue right after the content's comma, the speaker after the cue. */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { WEEKDAYS } from '../../../vocabulary/dates.js';
import { CUE_VERB_TYPES } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentBefore, endsClause, isSubstantial } from '../phrases/content.js';
import { afterAttribution } from '../phrases/content-opening.js';
import { continuationAfter } from '../phrases/continuation.js';
import { nameInApposition, phraseAfter } from '../phrases/noun-phrase.js';
import { afterParenthesis, toSpeaker } from '../phrases/speaker.js';
import type { CueRule, RuleContext } from '../types.js';
import { CUE_TIME_ADVERBS } from '../../../vocabulary/function-words.js';

export const contentCueSpeaker: CueRule = {
  id: 'content-comma-cue-speaker',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle) return null;
    // "The ministers, who were left out, derided the deal": a verb that reports only its object ("deride",
    // "slam") never stands between the content and a speaker after it, as "said" does.
    // "…, saw their savings fall, …": only verbs of saying or writing invert after their content.
    const type = CUE_VERB_TYPES.get(cue.lemma);
    if (type !== 'speech' && type !== 'writing') return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const start = speakerStart(context, cue.endToken, sentence);
    const described = phraseAfter(context, start, sentence);
    if (described === null || isTimeWord(context.doc.tokens[described.firstToken])) return null;
    // "…, said the firm's chief executive, Jane Roe, who …": the name in apposition is the speaker.
    const named = nameInApposition(context, described, sentence);
    const speaker = named !== null && closesApposition(context, named.endToken, sentence) ? named : described;
    // "…, said at a Denver fundraiser": after a preposition, only a name is the speaker.
    if (context.doc.tokens[start]?.pos === 'ADP' && described.kind !== 'name') return null;
    const speakerEnd = afterParenthesis(context, speaker.endToken, sentence);
    if (!endsClause(context, speakerEnd, sentence)) return null;
    // "…, said the ruling “…”", "…, blasted the mayor as a “disgrace”": a quotation right after the phrase,
    // or "as" and a quotation, is content, so the phrase is no speaker.
    if (opensQuotation(context, speakerEnd) || (context.doc.tokens[speakerEnd]?.lower === 'as' && framedAs(context, speakerEnd + 1))) return null;
    const content = contentBefore(context, cue.firstToken, sentence);
    if (content === null || !isSubstantial(context, content)) return null;
    const pieces = [...content, ...continuationAfter(context, afterAttribution(context, cue, sentence, speakerEnd), sentence)];
    return makeCandidate(context, this.id, pieces, cue, toSpeaker(context, speaker));
  },
};

/** Words of time that may stand between the cue and its speaker: "said Tuesday Senator Jane Roe". */
const TIME_WORDS = new Set([...WEEKDAYS, ...CUE_TIME_ADVERBS]);

function isTimeWord(token: Token | undefined): boolean {
  return token !== undefined && TIME_WORDS.has(token.lower);
}

/**
 * Where the speaker starts after the cue: past words of time and a short prepositional phrase ("said in a
 * phone interview Senator Jane Roe", "said Tuesday Jane Roe").
 */
function speakerStart(context: RuleContext, from: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  let i = from;
  while (isTimeWord(tokens[i])) i += 1;
  const preposition = tokens[i];
  if (preposition?.pos === 'ADP' && i < sentence.endToken) {
    const object = phraseAfter(context, i + 1, sentence);
    if (object !== null && object.kind === 'description') {
      const next = phraseAfter(context, object.endToken, sentence);
      if (next !== null && next.kind === 'name') return object.endToken;
    }
  }
  return i;
}

/** The name in apposition ends at token `index`: a comma, the sentence's end or its full stop ("…, Jane Roe and …" does not). */
function closesApposition(context: RuleContext, index: number, sentence: Sentence): boolean {
  return index >= sentence.endToken || APPOSITION_ENDS.has(context.doc.tokens[index]?.text ?? '');
}

const APPOSITION_ENDS = new Set([',', '.', ';']);

/** A quotation opens at token `index`. */
function opensQuotation(context: RuleContext, index: number): boolean {
  const token = context.doc.tokens[index];
  return token !== undefined && context.quoteIndex.quoteStartingAt(token.start) !== undefined;
}

/** "as a “disgrace”", "as “reckless”": a quotation, perhaps after an article, opens at token `index`. */
function framedAs(context: RuleContext, index: number): boolean {
  return opensQuotation(context, context.doc.tokens[index]?.pos === 'DET' ? index + 1 : index);
}
