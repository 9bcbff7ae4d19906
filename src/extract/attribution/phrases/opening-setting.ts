/** The subject after a phrase of setting that opens the sentence with no comma: "In Reno Marsh said …". */
import type { Sentence, Token } from '../../document/types.js';
import { SETTING_PREPOSITIONS } from '../../../vocabulary/speaker-words.js';
import { DAY_AND_MONTH_NAMES } from '../../../vocabulary/dates.js';
import type { RuleContext } from '../types.js';
import type { PhraseMatch } from './noun-phrase.js';
import { inQuote } from './tokens.js';

const OPENERS = new Set(SETTING_PREPOSITIONS);
const DAYS_AND_MONTHS = new Set(DAY_AND_MONTH_NAMES);

/**
 * The sentence opens with a preposition of setting ("In an interview with …", "At a rally in …", "On
 * Sunday …") or a participle and its preposition ("Speaking to reporters …"), and no comma, quotation or
 * other verb stands between that opening and token `end`.
 */
function opensWithSetting(context: RuleContext, sentence: Sentence, end: number): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[sentence.firstToken] as Token;
  const participle = first.pos === 'VERB' && first.lower.endsWith('ing') && tokens[sentence.firstToken + 1]?.pos === 'ADP';
  if (!participle && !(first.pos === 'ADP' && OPENERS.has(first.lower))) return false;
  for (let i = sentence.firstToken + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX' || inQuote(context, token)) return false;
  }
  return true;
}

/**
 * "In an interview with the Ledger Ortiz said", "At a rally in Reno Marsh told", "On Sunday Ortiz said": with
 * no comma after a phrase of setting that opens the sentence, the names that end the phrase read before the
 * cue run from the setting's last noun into the subject; the subject is the last name, or the names after a
 * day or month. Null when `phrase` does not end in such a run of names inside such a setting.
 */
export function subjectAfterOpeningSetting(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  if (phrase.kind === 'pronoun' || !opensWithSetting(context, sentence, phrase.endToken)) return null;
  let first = phrase.endToken;
  while (first - 1 >= phrase.firstToken && tokens[first - 1]?.pos === 'PROPN' && !DAYS_AND_MONTHS.has(tokens[first - 1]?.lower ?? '')) first -= 1;
  const afterDay = DAYS_AND_MONTHS.has(tokens[first - 1]?.lower ?? '');
  if (first === phrase.endToken || first <= sentence.firstToken) return null;
  // "on Sunday Ortiz": the names after a day or month; "with the Ledger Ortiz", "in Reno Marsh": a run of names
  // after the setting's own, whose last is the subject.
  if (!afterDay && phrase.endToken - first < 2) return null;
  const start = afterDay ? first : phrase.endToken - 1;
  return { firstToken: start, endToken: phrase.endToken, kind: 'name' };
}
