/**
 * "The senator has used the phrase “…” often", "She coined the term “…”": a verb of speaking a set piece of
 * wording, "the" and a noun for it, then the quotation, which is the subject's words. The verb and the noun
 * are the cue.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { TERM_NOUNS, TERM_USE_VERBS } from '../../../vocabulary/cue-nouns.js';
import { makeCandidate, quoteContent, sentenceAt } from '../candidate.js';
import { speakerBeforeCue, standsAsSubject, toSpeaker } from '../phrases/speaker.js';
import { inQuote, tokenIndexFrom } from '../phrases/tokens.js';
import type { QuoteRule, RuleContext } from '../types.js';

const TERMS = new Set(TERM_NOUNS);
const USE_VERBS = new Set(TERM_USE_VERBS);

export const termUseQuote: QuoteRule = {
  id: 'term-use-quote',
  apply(context: RuleContext, quote: Quote) {
    const cue = termUseCue(context, quote);
    if (cue === null) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    // "has never used the phrase": a negated use reports no words.
    const speaker = speakerBeforeCue(context, cue, sentence);
    if (speaker === null || !standsAsSubject(context, speaker, sentence)) return null;
    return makeCandidate(context, this.id, quoteContent(quote), cue, toSpeaker(context, speaker), 'speech');
  },
};

/**
 * The cue "used the phrase" right before the opening mark of `quote`: a finite verb of the list (not an
 * infinitive: "refused to use the word “…”" reports a refusal), "the", and a noun for wording, none of them
 * inside a quotation; null otherwise.
 */
function termUseCue(context: RuleContext, quote: Quote): Cue | null {
  const tokens = context.doc.tokens;
  const mark = tokenIndexFrom(tokens, quote.start);
  const noun = tokens[mark - 1];
  const article = tokens[mark - 2];
  const verb = tokens[mark - 3];
  if (tokens[mark]?.start !== quote.start || noun === undefined || article === undefined || verb === undefined) return null;
  if (!TERMS.has(noun.lower) || article.lower !== 'the' || verb.pos !== 'VERB' || !USE_VERBS.has(verb.lemma)) return null;
  if (tokens[mark - 4]?.lower === 'to' || inQuote(context, verb as Token)) return null;
  return {
    kind: 'verb', type: 'speech', start: verb.start, end: noun.end, firstToken: mark - 3, endToken: mark, verbToken: mark - 3,
    lemma: verb.lemma, passive: false, participle: false, sentence: sentenceAt(context, verb.start),
  };
}
