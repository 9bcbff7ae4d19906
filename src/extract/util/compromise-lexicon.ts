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
const KIND_OF_TAG: ReadonlyMap<string, LexiconKind> = new Map<string, LexiconKind>([
  ['FirstName', 'first-name'],
  ['FemaleName', 'female-name'],
  ['MaleName', 'male-name'],
  ['LastName', 'last-name'],
  ['Person', 'person'],
  ['City', 'city'],
  ['Region', 'region'],
  ['Country', 'country'],
  ['Place', 'place'],
  ['Organization', 'organization'],
  ['SportsTeam', 'sports-team'],
  ['Demonym', 'demonym'],
  ['Month', 'month'],
  ['WeekDay', 'weekday'],
]);

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;

// The lexicon is compromise's built-in word list; it is only read here, never extended.
const LEXICON: Lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

// Shared answers, so that the common look-ups allocate nothing.
const NO_KINDS: readonly LexiconKind[] = Object.freeze([]);
const COMMON_WORD: readonly LexiconKind[] = Object.freeze(['common-word'] as LexiconKind[]);
const ONE_KIND: ReadonlyMap<LexiconKind, readonly LexiconKind[]> = new Map(
  [...KIND_OF_TAG.values()].map((kind) => [kind, Object.freeze([kind])] as const),
);

/** The kinds of one lexicon entry. */
function kindsOf(entry: string | readonly string[]): readonly LexiconKind[] {
  if (typeof entry === 'string') {
    const kind = KIND_OF_TAG.get(entry);
    return kind === undefined ? COMMON_WORD : ONE_KIND.get(kind) ?? COMMON_WORD;
  }
  const kinds: LexiconKind[] = [];
  for (const tag of entry) {
    const kind = KIND_OF_TAG.get(tag);
    if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length > 0 ? Object.freeze(kinds) : COMMON_WORD;
}

/**
 * The kinds of every entry of the lexicon, worked out once when the module loads: a look-up is then one
 * probe of a map, where the lexicon object would need two and a new array for an entry of several tags.
 */
const KINDS_BY_KEY: ReadonlyMap<string, readonly LexiconKind[]> = new Map(
  Object.keys(LEXICON).flatMap((key) => {
    const entry = LEXICON[key];
    return entry === undefined ? [] : [[key, kindsOf(entry)] as const];
  }),
);

/**
 * What compromise's lexicon says about a word or phrase (compared lower-case, words separated by one
 * space): the kinds of name it is, or `['common-word']` for a known ordinary word, or `[]` when unknown.
 */
export function lexiconKinds(phrase: string): readonly LexiconKind[] {
  return KINDS_BY_KEY.get(phrase.toLowerCase()) ?? NO_KINDS;
}

/** True for a surname, or a person's name, in compromise's lexicon ("Smith"). */
export function isLexiconSurname(word: string): boolean {
  const kinds = lexiconKinds(word);
  return kinds.includes('last-name') || kinds.includes('person');
}

/** True for a given name in compromise's lexicon ("Tom", "Antony"). */
export function isLexiconGivenName(word: string): boolean {
  const kinds = lexiconKinds(word);
  return kinds.includes('first-name') || kinds.includes('male-name') || kinds.includes('female-name');
}

/** True for a word compromise's lexicon knows, and only as an ordinary word ("black", "wins"), not as a name. */
export function isLexiconOrdinaryWord(word: string): boolean {
  const kinds = lexiconKinds(word);
  return kinds.length === 1 && kinds[0] === 'common-word';
}
