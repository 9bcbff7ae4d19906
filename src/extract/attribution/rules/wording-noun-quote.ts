/**
 * "The mayor is rolling out a new slogan: “…”", "The paper ran her words as its headline: “…”": a clause
 * that ends in a noun for words (message, answer, headline), a colon, and a quotation. The clause's subject
 * gives the words.
 */
import type { Sentence, Token } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { WORDING_NOUNS, WORDING_RECEIVERS } from '../../../vocabulary/cue-nouns.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import { colonBeforeQuote } from '../phrases/colon-quote.js';
import { phraseBefore, type PhraseMatch } from '../phrases/noun-phrase.js';
import { standsAsSubject, toSpeaker } from '../phrases/speaker.js';
import type { QuoteRule, RuleContext } from '../types.js';

const WORDING = new Set(WORDING_NOUNS);
const RECEIVERS = new Set(WORDING_RECEIVERS);
/** What stands between a subject and its verb: "is rolling", "had to change", "has long used". */
const CHAIN = new Set(['AUX', 'PART', 'ADV', 'VERB']);

export const wordingNounQuote: QuoteRule = {
  id: 'wording-noun-quote',
  apply(context: RuleContext, quote: Quote) {
    const tokens = context.doc.tokens;
    const found = colonBeforeQuote(context, quote);
    if (found === null || !WORDING.has(tokens[found.colon - 1]?.lower ?? '')) return null;
    const { sentence, colon } = found;
    const subject = subjectOfVerbBefore(context, colon - 1, sentence);
    if (subject === null || !standsAsSubject(context, subject, sentence)) return null;
    // "She got a message: “…”": words received are someone else's.
    for (let i = subject.endToken; i < colon; i += 1) if (RECEIVERS.has((tokens[i] as Token).lemma)) return null;
    return makeCandidate(context, this.id, quoteContent(quote), null, toSpeaker(context, subject), 'speech');
  },
};

/** The subject of the last verb before token `end`: the phrase before the verb and its auxiliaries. */
function subjectOfVerbBefore(context: RuleContext, end: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let verb = end;
  while (verb > sentence.firstToken && tokens[verb]?.pos !== 'VERB') verb -= 1;
  if (tokens[verb]?.pos !== 'VERB') return null;
  let start = verb;
  while (start - 1 > sentence.firstToken && CHAIN.has(tokens[start - 1]?.pos ?? '')) start -= 1;
  return phraseBefore(context, start, sentence);
}
