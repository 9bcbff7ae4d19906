/**
 * "She often says things such as, “…”", "He would write stuff like “…”": a verb of saying or writing whose
 * object is a noun for sayings and an example of them, quoted after "like" or "such as". The quotation is the
 * subject's words; the verb is the cue.
 */
import type { Cue } from '../../cues/types.js';
import type { Token } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { SAYING_EXAMPLE_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { quoteOfCueSubject } from '../phrases/subject-quote.js';
import { tokenIndexFrom } from '../phrases/tokens.js';
import type { QuoteRule, RuleContext } from '../types.js';

const EXAMPLE_NOUNS = new Set(SAYING_EXAMPLE_NOUNS);
/** Marks that may set the example off: "things such as, “…”". */
const SEPARATORS = new Set([',', ':']);

export const exampleSayingQuote: QuoteRule = {
  id: 'example-saying-quote',
  apply(context: RuleContext, quote: Quote) {
    const cue = exampleCue(context, quote);
    return cue === null ? null : quoteOfCueSubject(context, this.id, quote, cue);
  },
};

/**
 * The cue of speech or writing right before "things like" or "things such as" (perhaps with a comma or a colon)
 * before the opening mark of `quote`; null otherwise.
 */
function exampleCue(context: RuleContext, quote: Quote): Cue | null {
  const tokens = context.doc.tokens;
  const mark = tokenIndexFrom(tokens, quote.start);
  if (tokens[mark]?.start !== quote.start) return null;
  let i = SEPARATORS.has(tokens[mark - 1]?.text ?? '') ? mark - 2 : mark - 1;
  if (tokens[i]?.lower === 'as' && tokens[i - 1]?.lower === 'such') i -= 2;
  else if (tokens[i]?.lower === 'like') i -= 1;
  else return null;
  const noun = tokens[i] as Token | undefined;
  if (noun === undefined || !EXAMPLE_NOUNS.has(noun.lower)) return null;
  const cues = context.cuesBySentence.get(noun.sentence) ?? [];
  const cue = cues.find((other) => other.endToken === i && other.kind === 'verb');
  if (cue === undefined || cue.passive || cue.participle || (cue.type !== 'speech' && cue.type !== 'writing')) return null;
  // "said things like “…” were common": a verb after the quotation makes the noun a subject.
  const after = tokens[tokenIndexFrom(tokens, quote.end)];
  return after === undefined || after.sentence !== noun.sentence || after.pos === 'PUNCT' ? cue : null;
}
