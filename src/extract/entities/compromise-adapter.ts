/**
 * The only module that reads compromise: its lexicon of names (first names, surnames, cities, regions,
 * countries, organisations, sports teams, demonyms). Only the read-only lexicon is used, by key look-up,
 * so no text is parsed by compromise and the cost per query is one hash look-up.
 */
import nlp from 'compromise';

/** Kinds of names compromise's lexicon knows, as whosaid names them. */
export type LexiconKind =
  | 'first-name' | 'female-name' | 'male-name' | 'last-name' | 'person'
  | 'city' | 'region' | 'country' | 'place' | 'organization' | 'sports-team' | 'demonym'
  | 'month' | 'weekday' | 'common-word';

// compromise's tags that name something, mapped to our kinds; every other tag is an ordinary word.
const KIND_OF_TAG: Readonly<Record<string, LexiconKind>> = {
  FirstName: 'first-name',
  FemaleName: 'female-name',
  MaleName: 'male-name',
  LastName: 'last-name',
  Person: 'person',
  City: 'city',
  Region: 'region',
  Country: 'country',
  Place: 'place',
  Organization: 'organization',
  SportsTeam: 'sports-team',
  Demonym: 'demonym',
  Month: 'month',
  WeekDay: 'weekday',
};

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;

// The lexicon is compromise's built-in word list; it is only read here, never extended.
const LEXICON: Lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

/**
 * What compromise's lexicon says about a word or phrase (compared lower-case, words separated by one
 * space): the kinds of name it is, or `['common-word']` for a known ordinary word, or `[]` when unknown.
 */
export function lexiconKinds(phrase: string): readonly LexiconKind[] {
  const entry = LEXICON[phrase.toLowerCase()];
  if (entry === undefined || !Object.prototype.hasOwnProperty.call(LEXICON, phrase.toLowerCase())) return [];
  const tags = typeof entry === 'string' ? [entry] : entry;
  const kinds: LexiconKind[] = [];
  for (const tag of tags) {
    const kind = KIND_OF_TAG[tag];
    if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length > 0 ? kinds : ['common-word'];
}
