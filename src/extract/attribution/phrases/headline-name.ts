/** Whether the words opening an article's title name someone: "Mayor", "Lawmakers", "Ann Lind", not "Notes" or "Storm". */
import type { Token } from '../../document/types.js';
import { isLexiconOrdinaryWord } from '../../util/compromise-lexicon.js';
import { singular } from '../../util/plural.js';
import { PERSON_TITLE_HEADS } from '../../../vocabulary/titles.js';
import { HEADLINE_GROUP_SUBJECTS } from '../../../vocabulary/headline-verbs.js';
import { isCapitalised } from './tokens.js';

const TITLE_HEADS = new Set(PERSON_TITLE_HEADS);
const GROUPS = new Set(HEADLINE_GROUP_SUBJECTS);

/**
 * Whether a name in a title ending in `last` names someone: a person's title, one or many ("Mayor",
 * "Lawmakers"), a group of people ("Critics", "Republicans"), or a capitalised name that is no ordinary
 * word ("Lind"). A Title Case title capitalises every word, so a capital alone names no one ("Notes", "Storm").
 */
export function headlineNamesSomeone(last: Token): boolean {
  return TITLE_HEADS.has(singular(last.lower)) || GROUPS.has(last.lower) || (last.pos === 'PROPN' && isCapitalised(last) && !isLexiconOrdinaryWord(last.text));
}
