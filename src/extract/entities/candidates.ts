/**
 * Candidate names: runs of capitalised tokens in a sentence, joined by the small words that sit inside
 * names ("Bank of England", "Ludwig van Beethoven", "Jean-Claude", "Procter & Gamble"). A capital at the
 * start of a sentence or in a line of capitals is kept only as a weak candidate, for later stages to confirm.
 */
import type { Document, Token } from '../document/types.js';
import { NAME_COMPOUND_SUFFIXES, NAME_PARTICLES, OF_HEADS, PURPOSE_PREPOSITIONS } from '../../vocabulary/name-connectors.js';
import { isNewsOutlet } from '../../vocabulary/outlets.js';
import { INDEFINITE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { isPluralNounForm } from '../util/plural.js';
import { isLexiconOrdinaryWord, lexiconKinds } from '../util/compromise-lexicon.js';
import { isCapitalised, isClauseInitial, touches } from './tokens.js';
import {
  countryByDemonym,
  countryByName,
  countryReferredTo,
  isCalendarName,
  isEventFinalWord,
  isHonorific,
  isKnownLocation,
  isKnownOrganisation,
  isLocationFinalWord,
  isNorpGroup,
  isLocationInitialWord,
  isOrgFinalWord,
  isOrgInitialWord,
  isTitleHead,
  isTitleModifier,
  isUsStateName,
} from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An "s" or "men" last. */
const S_OR_MEN_END = /(?:s|men)$/u;
/** A capitalised word. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Two to six capitals. */
const CAPITALS_WORD = /^\p{Lu}{2,6}$/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A single capital letter. */
const LONE_CAPITAL = /^\p{Lu}$/u;
/** A possessive ending token. */
const POSSESSIVE_ENDING = /^['\u2019]s?$/u;
/** A capitalised word of two to five letters. */
const SHORT_CAPITALISED_WORD = /^\p{Lu}\p{Ll}{1,4}$/u;
/** A lower-case word of one to three letters. */
const SHORT_LOWER_LINK = /^\p{Ll}{1,3}$/u;
/** A lower-case word of two to four letters. */
const SHORT_LOWER_WORD = /^\p{Ll}{2,4}$/u;

/** A run of tokens that may be a name. */
export interface Candidate {
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token. */
  readonly end: number;
  /** True when only a sentence-initial capital says it is a name: it needs support elsewhere. */
  readonly weak: boolean;
}

const particles: ReadonlySet<string> = new Set(NAME_PARTICLES);
const indefinitePronouns: ReadonlySet<string> = new Set(INDEFINITE_PRONOUNS);
// Parts of speech a lone sentence-initial name can be tagged with ("May" the name is tagged a noun).
const NOUN_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'X']);
const ofHeads: ReadonlySet<string> = new Set(OF_HEADS);
const compoundSuffixes: ReadonlySet<string> = new Set(NAME_COMPOUND_SUFFIXES);
// "for" opens a body's purpose wherever it stands; the others only before words that name no place or day.
const purposePrepositions: ReadonlySet<string> = new Set(PURPOSE_PREPOSITIONS.filter((word) => word !== 'for'));
// How far after a possessive the head of a body's name may stand ("Women’s Tennis Association").
const MAX_WORDS_AFTER_POSSESSIVE = 2;
// Particles that open a clause as a word of their own, not a name ("Do they …").
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['do', 'y']);

/** True when "of" after `left` continues the name ("Bank of", "Secretary of", "Gulf of"). */
function ofContinues(left: Token): boolean {
  const word = left.lower;
  return ofHeads.has(word) || isOrgInitialWord(word) || isOrgFinalWord(word) || isTitleHead(word) ||
    isLocationInitialWord(word) || isLocationFinalWord(word) || isEventFinalWord(word) ||
    (isTitleModifier(word) && word !== 'of' && word !== 'the');
}

/** True for a word that heads an organisation's name ("Organisation", "Committee", "Fund"). */
function isOrgHeadWord(token: Token): boolean {
  return CAPITAL_START.test(token.text) && (isOrgInitialWord(token.lower) || isOrgFinalWord(token.lower));
}

/** True when, among the capitalised words just before `at`, an organisation head is followed by `preposition`. */
function followsOrgPreposition(doc: Document, at: number, preposition: string): boolean {
  for (let i = at - 1; i > 0 && at - i < 8; i -= 1) {
    const token = doc.tokens[i];
    if (token === undefined) return false;
    if (token.text === preposition) return isOrgHeadWord(doc.tokens[i - 1] as Token);
    if (!isCapitalised(token) && token.text !== 'and') return false;
  }
  return false;
}

/** True for a possessive ending ("’s", "’") written against the word before it. */
function isPossessiveOf(left: Token, token: Token): boolean {
  return POSSESSIVE_ENDING.test(token.text) && touches(left, token);
}

/** True for a plural of an ordinary noun, the owner in a body's name ("Fishermen’s", "Builders’"). */
function ownerIsCommonNoun(left: Token): boolean {
  if (countryReferredTo(left.text) !== undefined || !S_OR_MEN_END.test(left.lower)) return false;
  const kinds = lexiconKinds(left.lower);
  return kinds.length === 0 || (kinds.length === 1 && kinds[0] === 'common-word');
}

/** True when the capitalised words from `at` (up to two) include an organisation's last word. */
function endsOnOrgHead(doc: Document, at: number, end: number): boolean {
  for (let i = at; i < end && i < at + MAX_WORDS_AFTER_POSSESSIVE; i += 1) {
    const token = doc.tokens[i];
    if (token === undefined || !isCapitalised(token)) return false;
    if (isOrgFinalWord(token.text)) return true;
  }
  return false;
}

/** Kinds of compromise's lexicon that name a place. */
const PLACE_LEXICON_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'country', 'place']);

/** True when compromise's lexicon knows `phrase` as a place. */
function lexiconNamesPlace(phrase: string): boolean {
  return lexiconKinds(phrase).some((kind) => PLACE_LEXICON_KINDS.has(kind));
}

/** True for a place the vocabulary or the lexicon knows ("Paris", "The Hague"). */
function isPlaceName(phrase: string): boolean {
  return countryReferredTo(phrase) !== undefined || isKnownLocation(phrase) || lexiconNamesPlace(phrase);
}

/** True for a word that names a place or a day by itself ("Paris", "Ohio", "Monday"). */
function namesPlaceOrDay(word: string): boolean {
  return isPlaceName(word) || isUsStateName(word) || isCalendarName(word) ||
    lexiconKinds(word).some((kind) => kind === 'month' || kind === 'weekday');
}

/**
 * True when the hyphen at `at` joins the two syllables of a given name written after its family name, the
 * second in lower case ("Ban Ki-moon", "Moon Jae-in"): a short syllable no dictionary knows before it, the
 * family name before that, and no word that makes a compound after it ("Bush-era").
 */
function isSyllableAfterHyphen(doc: Document, at: number): boolean {
  const hyphen = doc.tokens[at] as Token;
  const left = doc.tokens[at - 1];
  const family = doc.tokens[at - 2];
  const next = doc.tokens[at + 1];
  if (left === undefined || family === undefined || next === undefined || family.sentence !== hyphen.sentence) return false;
  if (!touches(left, hyphen) || !touches(hyphen, next) || doc.tokens[at + 2]?.text === '-') return false;
  return SHORT_CAPITALISED_WORD.test(left.text) && CAPITALISED_WORD.test(family.text) && !isLexiconOrdinaryWord(left.lower) &&
    SHORT_LOWER_WORD.test(next.text) && !compoundSuffixes.has(next.text);
}

/**
 * How many tokens from `at` continue the name begun before it: a connector and the capitalised token
 * after it, or 0 when the run ends here.
 */
function connectorLength(doc: Document, at: number, end: number): number {
  const tokens = doc.tokens;
  const token = tokens[at];
  const left = tokens[at - 1];
  if (token === undefined || left === undefined) return 0;
  const next = tokens[at + 1];
  const afterNext = tokens[at + 2];
  if (at + 1 >= end || next === undefined) return 0;
  // "Jean-Claude", "Guinea-Bissau": a hyphen with no space on either side. Places side by side stay
  // apart ("US-Chinese relations") unless the whole is a known name.
  // "Zain-ul-Abidin": a lower-case word between hyphens.
  if (token.text === '-' && afterNext !== undefined && tokens[at + 3] !== undefined && at + 3 < end &&
    SHORT_LOWER_LINK.test(next.text) && tokens[at + 2]?.text === '-' && touches(left, token) &&
    touches(token, next) && touches(next, afterNext) && touches(afterNext, tokens[at + 3] as Token) &&
    isCapitalised(tokens[at + 3] as Token)) return 4;
  if (token.text === '-' && touches(left, token) && touches(token, next) && isCapitalised(next)) {
    const whole = `${left.text}-${next.text}`;
    const places = countryReferredTo(left.text) !== undefined || countryReferredTo(next.text) !== undefined;
    return !places || countryReferredTo(whole) !== undefined ? 2 : 0;
  }
  if (token.text === '-' && isSyllableAfterHyphen(doc, at)) return 2;
  if (token.text === '&' && isCapitalised(next)) return 2;
  // "Northern Beekeepers’ Guild", "Dutch Fishermen’s Federation": a possessive inside the name of a body.
  if (isPossessiveOf(left, token) && ownerIsCommonNoun(left) && isCapitalised(next) && endsOnOrgHead(doc, at + 1, end)) {
    return 2;
  }
  if (particles.has(token.text)) {
    if (isCapitalised(next)) return 2;
    // "van der Merwe"
    if (particles.has(next.text) && afterNext !== undefined && isCapitalised(afterNext) && at + 2 < end) return 3;
    // "al-Assad"
    if (next.text === '-' && touches(token, next) && afterNext !== undefined && touches(next, afterNext) &&
      isCapitalised(afterNext) && at + 2 < end) return 3;
    return 0;
  }
  // "of" + a nationality qualifies what follows: "the Adani Group of Indian companies".
  if (token.text === 'of' && ofContinues(left) && countryByDemonym(next.text) === undefined) {
    if (isCapitalised(next)) return 2;
    if (next.lower === 'the' && afterNext !== undefined && isCapitalised(afterNext) && at + 2 < end) return 3;
  }
  // "Council for Rivers and Wetlands in Patagonia": after an organisation head, "for" opens the
  // rest of the name, which may hold "and" and "in".
  if (token.text === 'for' && isOrgHeadWord(left) && isCapitalised(next)) return 2;
  // "Council on Water Policy", "Committee to Save the Pier", but not "told the Council on Monday".
  if (purposePrepositions.has(token.text) && isOrgHeadWord(left) && isCapitalised(next) && !namesPlaceOrDay(next.text)) {
    return next.text === 'The' ? 0 : 2;
  }
  if ((token.text === 'and' || token.text === 'in') && isCapitalised(next) && followsOrgPreposition(doc, at, 'for')) return 2;
  if (token.text === 'and' && isCapitalised(next) && joinsOrganisationName(doc, at, end)) return 2;
  if (token.text === 'and' && isCapitalised(next)) {
    // Only names known to contain "and": "Trinidad and Tobago".
    const phrase = `${left.text} and ${next.text}`;
    if (countryByName(phrase) !== undefined) return 2;
  }
  return 0;
}

/**
 * True when "and" at `at` stands inside the name of a body: before a run that ends on an organisation's
 * head ("Parks and Wildlife Commission", "Food and Drug Administration"), or as the last word of what
 * follows an organisation head's "of" ("Department of Labor and Industry"). A place, a person's name or a
 * body known on its own on either side is a second name ("Britain and France Telecom", "University of Maine and Harvard").
 */
function joinsOrganisationName(doc: Document, at: number, end: number): boolean {
  const left = doc.tokens[at - 1] as Token;
  const next = doc.tokens[at + 1] as Token;
  const standsAlone = (token: Token): boolean =>
    countryReferredTo(token.text) !== undefined || isKnownLocation(token.text) || isKnownOrganisation(token.text) ||
    isHonorific(token.text) || lexiconKinds(token.lower).some((kind) => kind !== 'common-word');
  // "Urban Institute and …", "Acme Corp. and …": a body's head closes a first name; a plural one may be
  // the name's own word ("Savings and Loan Association").
  const closesName = (isOrgFinalWord(left.text) && !isPluralNounForm(left.lower)) || isOrgInitialWord(left.lower);
  if (standsAlone(left) || standsAlone(next) || closesName) return false;
  if (runEndsOnOrgHead(doc, at + 1, end)) return true;
  const lastWord = at + 2 >= end || !isCapitalised(doc.tokens[at + 2] as Token);
  return lastWord && followsOrgPreposition(doc, at, 'of');
}

/**
 * True when the capitalised run from `at` ends on an organisation's head ("Exchange Commission", "Drug
 * Administration"), not on a name after a title ("Cabinet Secretary Dan Roe").
 */
function runEndsOnOrgHead(doc: Document, at: number, end: number): boolean {
  let last = at;
  while (last + 1 < end && isCapitalised(doc.tokens[last + 1] as Token)) last += 1;
  return isOrgFinalWord((doc.tokens[last] as Token).text);
}

/**
 * True when the word may open a name even at the start of a sentence: the vocabulary or the lexicon knows
 * it as a name, or the tagger calls it a proper noun and the lexicon does not know it as an ordinary word
 * ("Eastern Ukraine" opens with an adjective).
 */
function knownNameStart(token: Token): boolean {
  if (isHonorific(token.text) || countryReferredTo(token.text) !== undefined) return true;
  const kinds = lexiconKinds(token.lower);
  if (kinds.some((kind) => kind !== 'common-word' && kind !== 'month' && kind !== 'weekday')) return true;
  return token.pos === 'PROPN' && !kinds.includes('common-word');
}

/** True for a word of two to six capitals that no dictionary knows as an ordinary word ("CNS", not "OK"). */
function isAcronym(token: Token): boolean {
  return CAPITALS_WORD.test(token.text) && !lexiconKinds(token.lower).includes('common-word');
}

/** True for a word the lexicon knows only as an ordinary word and the vocabulary not at all. */
function isOrdinaryWord(token: Token): boolean {
  const kinds = lexiconKinds(token.lower);
  if (kinds.length !== 1 || kinds[0] !== 'common-word') return false;
  return countryReferredTo(token.text) === undefined && !isKnownOrganisation(token.text) &&
    !isKnownLocation(token.text) && !isNorpGroup(token.text) && !isOrgFinalWord(token.text) && !isNewsOutlet(token.text);
}

/** True when tokens `first + 1 … end` are a known place and the whole run is not a known name. */
function isPlaceAfterAdjective(doc: Document, first: number, end: number): boolean {
  const from = doc.tokens[first];
  const next = doc.tokens[first + 1];
  const last = doc.tokens[end - 1];
  if (from === undefined || next === undefined || last === undefined) return false;
  const placeKinds = (phrase: string): boolean => countryReferredTo(phrase) !== undefined || lexiconNamesPlace(phrase);
  return !placeKinds(doc.text.slice(from.start, last.end)) && placeKinds(doc.text.slice(next.start, last.end));
}

/** True when tokens `first … end` are a place named with its article and the rest alone is not one. */
function isPlaceWithArticle(doc: Document, first: number, end: number): boolean {
  const from = doc.tokens[first];
  const next = doc.tokens[first + 1];
  const last = doc.tokens[end - 1];
  if (from === undefined || next === undefined || last === undefined) return false;
  const whole = doc.text.slice(from.start, last.end).replace(/\s+/g, ' ');
  return isPlaceName(whole) && !isPlaceName(doc.text.slice(next.start, last.end).replace(/\s+/g, ' '));
}

/** True for a one-letter organisation after "on": the platform in "said on X". */
function isPlatformLetter(doc: Document, at: number): boolean {
  const token = doc.tokens[at];
  const next = doc.tokens[at + 1];
  if (token === undefined || doc.tokens[at - 1]?.lower !== 'on' || !LONE_CAPITAL.test(token.text)) return false;
  return (next === undefined || !touches(token, next)) && isKnownOrganisation(token.text);
}

/** True when characters [start, end) of `text` hold a line break; read in place, the gap is mostly a space. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Finds the candidate names of one sentence that is written in ordinary case. */
function sentenceCandidates(doc: Document, firstToken: number, endToken: number): Candidate[] {
  const tokens = doc.tokens;
  const found: Candidate[] = [];
  let i = firstToken;
  while (i < endToken) {
    const token = tokens[i];
    if (token === undefined) break;
    if (!isCapitalised(token)) {
      if (isPlatformLetter(doc, i)) found.push({ first: i, end: i + 1, weak: false });
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < endToken) {
      const next = tokens[j];
      // A name never runs over a line break ("Jane Roe" / "OSLO 2020-01-02").
      if (next === undefined || hasLineBreak(doc.text, (tokens[j - 1] as Token).end, next.start)) break;
      if (isCapitalised(next)) {
        j += 1;
        continue;
      }
      const length = connectorLength(doc, j, endToken);
      if (length === 0) break;
      j += length;
    }
    // "Canal+", "Disney+": a plus sign against the name ends it.
    const plus = tokens[j];
    if (plus?.text === '+' && j < endToken && touches(tokens[j - 1] as Token, plus) &&
      (tokens[j + 1] === undefined || !touches(plus, tokens[j + 1] as Token))) j += 1;
    let first = i;
    let weak = false;
    if (isClauseInitial(doc, token)) {
      if (j - i > 1 && particles.has(token.lower) && !CLAUSE_WORDS.has(token.lower)) {
        // "De la Cruz added": a particle opening a surname.
      } else if (j - i > 1 && token.lower === 'the' && isPlaceWithArticle(doc, i, j)) {
        // "The Hague said", "THE HAGUE (Reuters)": the article is part of the name.
      } else if (j - i > 1 && isTitleHead(token.text)) {
        // "Justice Rowena Fairclough ruled": a title, split off the name later (split-title.ts).
      } else if (!knownNameStart(token)) {
        // Alone, an ordinary word may still be a name ("Okafor claimed", "May said"), to be confirmed by
        // the rest of the article; before other capitalised words it opens the sentence ("Eastern Ukraine").
        // Closed-class words ("Reportedly", "Although", "The", "Everything") are never names.
        const closedClass = indefinitePronouns.has(token.lower);
        if (j - i === 1 && NOUN_TAGS.has(token.pos) && !closedClass) weak = true;
        else if (j - i === 1 || token.pos !== 'PROPN' || closedClass || isPlaceAfterAdjective(doc, i, j)) first += 1;
      } else if (j - first === 1) {
        // "CNS reported …": capitals throughout are no sentence's capital.
        weak = !knownNameStart({ ...token, pos: 'X' }) && !isAcronym(token);
      }
    }
    // A run cannot start on a connector left behind by dropping its first word.
    while (first < j && !isCapitalised(tokens[first] as Token)) first += 1;
    // One ordinary word capitalised inside a sentence ("Men's doubles", "Total") needs support too.
    if (j - first === 1 && !weak && isOrdinaryWord(tokens[first] as Token)) weak = true;
    if (first < j) found.push({ first, end: j, weak });
    i = j;
  }
  return found;
}

/** Candidate names of the ordinary-case sentences of `doc`, in text order. */
export function findCandidates(doc: Document, capitalsLines: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of doc.sentences) {
    if (capitalsLines.has(sentence.index)) continue;
    found.push(...sentenceCandidates(doc, sentence.firstToken, sentence.endToken));
  }
  return found;
}
