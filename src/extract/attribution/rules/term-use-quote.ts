/**
 * "The senator has used the phrase “…” often", "She coined the term “…”", "She added the words, “…”": a verb of
 * speaking a set piece of wording, "the" and a noun for it, then the quotation, which is the subject's words. The verb and the noun
 * are the cue.
 */
import type { Cue } from '../../cues/types.js';
import type { Token } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { TERM_NOUNS, TERM_SAYING_VERBS, TERM_USE_VERBS } from '../../../vocabulary/cue-nouns.js';
import { sentenceAt } from '../candidate.js';
import { quoteOfCueSubject } from '../phrases/subject-quote.js';
import { inQuote, tokenIndexFrom } from '../phrases/tokens.js';
import type { QuoteRule, RuleContext } from '../types.js';

const TERMS = new Set(TERM_NOUNS);
const USE_VERBS = new Set(TERM_USE_VERBS);
const SAYING_VERBS = new Set(TERM_SAYING_VERBS);
const SEPARATORS = new Set([',', ':']);

export const termUseQuote: QuoteRule = {
  id: 'term-use-quote',
  apply(context: RuleContext, quote: Quote) {
    const cue = termUseCue(context, quote);
    // "has never used the phrase": a negated use reports no words (no subject is read past the negation).
    return cue === null ? null : quoteOfCueSubject(context, this.id, quote, cue, 'speech');
  },
};

/**
 * The cue "used the phrase" right before the opening mark of `quote` (or before its comma or colon): a finite
 * verb of the list (not an infinitive: "refused to use the word “…”" reports a refusal), "the", and a noun for
 * wording, none of them inside a quotation; null otherwise.
 */
function termUseCue(context: RuleContext, quote: Quote): Cue | null {
  const tokens = context.doc.tokens;
  const mark = tokenIndexFrom(tokens, quote.start);
  // "added the words, “…”": a comma or a colon may set the quotation off from its noun.
  const setOff = SEPARATORS.has(tokens[mark - 1]?.text ?? '');
  const nounIndex = setOff ? mark - 2 : mark - 1;
  const noun = tokens[nounIndex];
  const article = tokens[nounIndex - 1];
  const verb = tokens[nounIndex - 2];
  if (tokens[mark]?.start !== quote.start || noun === undefined || article === undefined || verb === undefined) return null;
  if (!TERMS.has(noun.lower) || article.lower !== 'the' || verb.pos !== 'VERB') return null;
  // "said the words “…” were …": a verb of saying reaches a quotation set off after its noun only; right after
  // the noun, the quotation may belong to a clause that the noun opens.
  if (!USE_VERBS.has(verb.lemma) && !(setOff && SAYING_VERBS.has(verb.lemma))) return null;
  if (tokens[nounIndex - 3]?.lower === 'to' || inQuote(context, verb as Token)) return null;
  return {
    kind: 'verb', type: 'speech', start: verb.start, end: noun.end, firstToken: nounIndex - 2, endToken: nounIndex + 1, verbToken: nounIndex - 2,
    lemma: verb.lemma, passive: false, participle: false, sentence: sentenceAt(context, verb.start),
  };
}
