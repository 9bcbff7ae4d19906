/**
 * The subject after a phrase of setting with no comma after it: "In a radio interview Moreau declared …", "In
 * Reno Marsh said …".
 */
import type { Sentence, Token } from '../../document/types.js';
import { SAYING_SETTINGS, SETTING_PREPOSITIONS } from '../../../vocabulary/speaker-words.js';
import { DAY_AND_MONTH_NAMES, YEAR_NUMBER } from '../../../vocabulary/dates.js';
import { HONORIFICS } from '../../../vocabulary/honorifics.js';
import type { RuleContext } from '../types.js';
import type { PhraseMatch } from './noun-phrase.js';
import { inQuote } from './tokens.js';

const OPENERS = new Set(SETTING_PREPOSITIONS);
const SETTINGS = new Set(SAYING_SETTINGS);
const DAYS_AND_MONTHS = new Set(DAY_AND_MONTH_NAMES);
/** Honorifics written with their full stop ("Mr.", "Sen."), which no name of a place ends with. */
const STOPPED_HONORIFICS = new Set(HONORIFICS.filter((honorific) => honorific.endsWith('.')));

/** A day, month or year, after which the names are the subject's: "On Sunday Ortiz", "In 2019 Ortiz". */
function isDate(token: Token | undefined): boolean {
  return token !== undefined && (DAYS_AND_MONTHS.has(token.lower) || YEAR_NUMBER.test(token.text));
}

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
 * cue run from the setting's last noun into the subject; the subject is the last name (with the honorific before
 * it: "In Reno Mr. Ortiz said"), or the names after a day, month or year. Null when `phrase` does not end in such a run of names inside such a setting.
 */
export function subjectAfterOpeningSetting(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  if (phrase.kind === 'pronoun' || !opensWithSetting(context, sentence, phrase.endToken)) return null;
  let first = phrase.endToken;
  while (first - 1 >= phrase.firstToken && tokens[first - 1]?.pos === 'PROPN' && !isDate(tokens[first - 1])) first -= 1;
  const afterDate = isDate(tokens[first - 1]);
  if (first === phrase.endToken || first <= sentence.firstToken) return null;
  // "In Reno Mr. Ortiz": a name opened by an honorific after the setting's own.
  let honorific = phrase.endToken - 1;
  while (honorific > first && !STOPPED_HONORIFICS.has((tokens[honorific] as Token).text)) honorific -= 1;
  // "on Sunday Ortiz", "in 2019 Ortiz": the names after a date; "with the Ledger Ortiz", "in Reno Marsh": a run
  // of names after the setting's own, whose last (or the honorific opening it) starts the subject.
  if (!afterDate && phrase.endToken - first < 2) return null;
  const start = afterDate ? first : honorific > first ? honorific : phrase.endToken - 1;
  return { firstToken: start, endToken: phrase.endToken, kind: 'name' };
}

/**
 * "In a radio interview Moreau declared": with no comma after an opening phrase of setting, the names
 * after its setting noun are the subject, not part of the phrase.
 */
export function nameAfterSettingNoun(context: RuleContext, phrase: PhraseMatch): PhraseMatch | null {
  const tokens = context.doc.tokens;
  if (tokens[phrase.firstToken - 1]?.pos !== 'ADP') return null;
  let first = phrase.endToken;
  while (first - 1 > phrase.firstToken && tokens[first - 1]?.pos === 'PROPN') first -= 1;
  const setting = tokens[first - 1];
  if (first === phrase.endToken || setting === undefined || !SETTINGS.has(setting.lower)) return null;
  return { firstToken: first, endToken: phrase.endToken, kind: 'name' };
}
