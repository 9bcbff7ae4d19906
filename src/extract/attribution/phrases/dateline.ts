/**
 * The dateline that opens a wire story: "WASHINGTON —", "SEATTLE (AP) -", "SAN FRANCISCO, Nov 24 (Reuters) -",
 * "LONDON, March 3 (AFP) —". What it says is the desk's, never part of a subject or of reported words.
 */
import type { Sentence, Token } from '../../document/types.js';
import { DASHES_AND_HYPHEN, QUOTATION_DASH } from '../../../vocabulary/dashes.js';
import { isJoiningHyphen } from './tokens.js';

const DATELINE_DASHES = new Set([...DASHES_AND_HYPHEN, QUOTATION_DASH]);
/** Most tokens before the dash: a place, a state, a date and an agency in brackets. */
const MAX_DATELINE_TOKENS = 14;
/** Most words of the place in capitals: "RIO DE JANEIRO", "SALT LAKE CITY"; a longer run is a heading. */
const MAX_PLACE_WORDS = 4;

/** The first token after the sentence's dateline, or the sentence's first token when it opens with none. */
export function datelineEnd(tokens: readonly Token[], sentence: Sentence): number {
  let inBrackets = false;
  let placeWords = 0;
  for (let i = sentence.firstToken; i < sentence.endToken && i < sentence.firstToken + MAX_DATELINE_TOKENS; i += 1) {
    const token = tokens[i] as Token;
    if (isJoiningHyphen(tokens[i - 1], token, tokens[i + 1])) continue;
    if (DATELINE_DASHES.has(token.text) && !inBrackets) return i > sentence.firstToken && i + 1 < sentence.endToken ? i + 1 : sentence.firstToken;
    if (token.text === '(') inBrackets = true;
    else if (token.text === ')') inBrackets = false;
    else if (/\p{Lu}/u.test(token.text) && token.text === token.text.toUpperCase() && !inBrackets) placeWords += 1;
    else if (!isDatelineWord(token, tokens[i - 1], inBrackets)) return sentence.firstToken;
    if (placeWords > MAX_PLACE_WORDS) return sentence.firstToken;
  }
  return sentence.firstToken;
}

/** A comma, full stop or day number; after a comma a state or month ("Ore.", "Nov."); an agency in brackets. */
function isDatelineWord(token: Token, previous: Token | undefined, inBrackets: boolean): boolean {
  if (/^[,.]$|^\d{1,2}$/.test(token.text)) return true;
  return /^\p{Lu}/u.test(token.text) && (inBrackets || previous?.text === ',');
}
