/** Finds the noun phrase that names a speaker, reading back from a cue or forward from it. */
import { MODAL_VERBS } from '../../../vocabulary/cue-verbs.js';
import type { Sentence, Token } from '../../document/types.js';
import { FIRST_AND_SECOND_PERSON, GROUP_PRONOUNS, INDEFINITE_PERSON_PRONOUNS, PERSON_PRONOUNS, WRITER_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { NAME_PARTICLES } from '../../../vocabulary/name-connectors.js';
import { APPROXIMATORS, AUTHOR_PREPOSITIONS, COMPARATIVE_COUNTS, COUNT_INTENSIFIERS, EVIDENCE_NOUNS, LIFE_STAGES, MUTE_RELATIVE_HEADS, NOT_NAME_WORDS, NOUN_PHRASE_LINKS, PART_HEADS, POSTMODIFIERS } from '../../../vocabulary/speaker-words.js';
import { PERSON_TITLE_HEADS } from '../../../vocabulary/titles.js';
import { HONORIFICS } from '../../../vocabulary/honorifics.js';
import { CLOSING_MARK_TOKENS } from '../../quotes/quote-marks.js';
import type { RuleContext } from '../types.js';
import { cueVerbAt, inQuote, isCapitalised, isJoiningHyphen, isNicknameMark, isNounHead, isNounPhraseWord, isPossessive, isPossessivePronoun } from './tokens.js';
import { DASHES } from '../../../vocabulary/dashes.js';
import { FREE_RELATIVE_DETERMINERS, SUBJECT_CLAUSE_OPENERS } from '../../../vocabulary/function-words.js';
import { hasPastParticipleEnding } from '../../util/participle.js';
import { titleParagraph } from '../../document/paragraphs.js';
import { restrictiveThatAntecedent, restrictiveWhoAntecedent } from './restrictive-who.js';

/** A phrase as a token range [firstToken, endToken). */
export interface PhraseMatch {
  readonly firstToken: number;
  readonly endToken: number;
  readonly kind: 'pronoun' | 'name' | 'description';
  /**
   * First token of the whole speaker expression when it is longer than the phrase: "her barrister, Owen
   * Pryce-Davies" or "Jane Doe, 54, who chairs the board": what separates it from content starts there.
   */
  readonly extentStart?: number;
  /** For a relative pronoun ("Jane Roe, who said"): the phrase it stands for. */
  readonly antecedent?: PhraseMatch;
  /**
   * End token of the whole subject when a modifier follows its head: "A report released by the council in
   * June" ends after "June", the phrase after "report". The head is what the speaker is resolved by.
   */
  readonly modifierEnd?: number;
  /** Speakers joined by "and" into one subject: "the mayor and the governor", "Britain, France and Germany". */
  readonly joined?: true;
}

const STAGES = new Set(LIFE_STAGES);
const SPEAKER_PRONOUNS = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...WRITER_PRONOUNS, ...INDEFINITE_PERSON_PRONOUNS]);
const NEVER_SPEAKERS = new Set(FIRST_AND_SECOND_PERSON.filter((word) => !WRITER_PRONOUNS.includes(word)));
const LINKS = new Set(NOUN_PHRASE_LINKS);
const POSTMODIFYING = new Set(POSTMODIFIERS);
/** Read back from a verb, a phrase may also hold "on" and "with": "experts on Korea", "officials with the ministry". */
const BACKWARD_LINKS = new Set([...NOUN_PHRASE_LINKS, 'on', 'with', 'to']);
const PARTICLES = new Set(NAME_PARTICLES);
const PART = new Set(PART_HEADS);
const APPROXIMATE = new Set(APPROXIMATORS);
const INTENSIFIERS = new Set(COUNT_INTENSIFIERS);
const COMPARATIVES = new Set(COMPARATIVE_COUNTS);
const NOT_NAMES = new Set(NOT_NAME_WORDS);
const TITLE_HEADS = new Set(PERSON_TITLE_HEADS);
/** Words that, after "at", bound the number they stand before: "at least one", "at most two". */
const NUMBER_BOUNDS = new Set(['least', 'most']);
const HONORIFIC_WORDS = new Set(HONORIFICS);
/** Dashes that set off an aside: "the study -- which …". */
const ASIDE_DASHES = new Set(DASHES);
const MUTE_HEADS = new Set(MUTE_RELATIVE_HEADS);
const FREE_RELATIVE_WORDS = new Set(FREE_RELATIVE_DETERMINERS);
const MODALS = new Set(MODAL_VERBS);

/** The noun phrase ending just before token `end`, inside `sentence`. */
export function phraseBefore(context: RuleContext, end: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const last = end - 1;
  const head = tokens[last];
  if (head === undefined || last < sentence.firstToken || inQuote(context, head)) return null;
  // "the study, which notes …", "the study -- which notes …": wink may read "which" as a determiner when the
  // verb after it looks like a noun.
  const setOff = tokens[last - 1]?.text === ',' || ASIDE_DASHES.has(tokens[last - 1]?.text ?? '');
  // "the county clinic which reported …": a "which" right after its noun opens a clause too.
  const restrictiveWhich = head.lower === 'which' && last - 1 >= sentence.firstToken && isNounHead(tokens[last - 1] as Token);
  // "Republican leaders who say …": a "who" right after its noun stands for that noun's phrase.
  const restrictiveWho = head.lower === 'who' && last - 1 >= sentence.firstToken && isNounHead(tokens[last - 1] as Token);
  // "a lobby group that plans to …", "cities that support the rule": a "that" right after its noun, before the verb.
  const restrictiveThat = head.lower === 'that' && last - 1 >= sentence.firstToken && isNounHead(tokens[last - 1] as Token);
  const relativeAfterComma = ((head.lower === 'who' || head.lower === 'which') && setOff) || restrictiveWhich || restrictiveWho || restrictiveThat;
  if (head.pos === 'PRON' || SPEAKER_PRONOUNS.has(head.lower) || relativeAfterComma) {
    if (relativeAfterComma) {
      const named = phraseBefore(context, setOff ? last - 1 : last, sentence);
      const read = named === null ? null : restrictiveWho ? restrictiveWhoAntecedent(context, named) : restrictiveThat ? restrictiveThatAntecedent(context, named) : named;
      const antecedent = read !== null && head.lower === 'which' ? evidenceByAuthor(context, read, sentence) ?? read : read;
      // The relative pronoun is where the speaker expression meets its verb: what precedes the antecedent
      // ("goes to Governor Jane Doe, who said") does not make it an object.
      // The text says "who" at the attribution: that is the mention; the antecedent is what it stands for.
      if (antecedent === null) return restrictiveWho ? pronoun(head, last) : null;
      // "after a stroke, which proved …": a "which" standing for a thing that cannot speak gives no speaker.
      if (head.lower === 'which' && MUTE_HEADS.has(tokens[antecedent.endToken - 1]?.lower ?? '')) return null;
      return { firstToken: last, endToken: last + 1, kind: 'pronoun', extentStart: last, antecedent };
    }
    const part = tokens[last - 2];
    // "One of them said …", "Two of them told …": a part of a group named before.
    if (head.lower === 'them' && tokens[last - 1]?.lower === 'of' && part !== undefined && PART.has(part.lower) && last - 2 >= sentence.firstToken) {
      return { firstToken: last - 2, endToken: last + 1, kind: 'description' };
    }
    // "the families, many of whom say …": a part of the phrase before the comma (or dash).
    const partSetOff = tokens[last - 3]?.text === ',' || ASIDE_DASHES.has(tokens[last - 3]?.text ?? '');
    if (head.lower === 'whom' && tokens[last - 1]?.lower === 'of' && part !== undefined && PART.has(part.lower) && partSetOff) {
      const antecedent = phraseBefore(context, last - 3, sentence);
      return antecedent === null ? null : { firstToken: last - 2, endToken: last + 1, kind: 'pronoun', extentStart: last - 2, antecedent };
    }
    return pronoun(head, last);
  }
  // "Both said they would.", "In the end, many said …", "After the vote, all agreed …": a word of part standing
  // alone as the subject, opening the sentence or after a comma, before the verb.
  const opening = last === sentence.firstToken && head.pos === 'DET';
  if (PART.has(head.lower) && (opening || (setOff && /^(?:VERB|AUX)$/.test(tokens[end]?.pos ?? '')))) {
    return { firstToken: last, endToken: end, kind: 'description' };
  }
  // "Lynch said …": wink may read a sentence's first word as a verb when a verb follows it.
  // "Lynch said …", "Rep. Lena Ward said": wink may read a name as a verb when a verb follows it.
  // A capitalised word right before the cue's verb is a name whatever its tag.
  const verbTaggedName = head.pos === 'VERB' && isCapitalised(head);
  // "the mother of three said": a number after "of" and a noun ends the phrase.
  const countOfNoun = head.pos === 'NUM' && tokens[last - 1]?.lower === 'of' && tokens[last - 2]?.pos === 'NOUN';
  // "the attorney general said": a title read as an adjective after a noun.
  const titleAdjective = head.pos === 'ADJ' && TITLE_HEADS.has(head.lower) && tokens[last - 1]?.pos === 'NOUN';
  // "The brief said", "the accused told": an adjective right after an article, before the verb, is its noun.
  const adjectiveAsNoun = isAdjectiveTaggedHead(tokens, last, sentence);
  // "separate studies agree": a plural noun read as a verb, after a modifier and before the verb.
  const verbTaggedPlural = head.pos === 'VERB' && /s$/.test(head.lower) && tokens[end]?.pos === 'VERB' &&
    /^(?:ADJ|DET)$/.test(tokens[last - 1]?.pos ?? '') && last - 1 >= sentence.firstToken;
  // "at least one has said": a number bounded by "at least" or "at most" stands for people.
  const boundedCount = head.pos === 'NUM' && isNumberBound(tokens, last - 1);
  if (!isNounHead(head) && !verbTaggedName && !countOfNoun && !titleAdjective && !adjectiveAsNoun && !verbTaggedPlural && !boundedCount) return null;
  let first = last;
  while (first - 1 >= sentence.firstToken) {
    const token = tokens[first - 1] as Token;
    if (inQuote(context, token)) break;
    // "the law, which city officials said will …": the relative word after a comma, a dash or its noun opens
    // the clause the phrase stands in ("in which …" is read whole by the speaker reader; "asked which agency
    // said" is a question).
    if (token.lower === 'which' && opensRelative(tokens, first - 2)) break;
    // "involved in what several auditors called “sloppy bookkeeping”": "what" opens a free relative, no part of its subject.
    if (FREE_RELATIVE_WORDS.has(token.lower)) break;
    if (token.pos === 'DET') {
      first -= 1;
      const link = tokens[first - 1];
      if (link !== undefined && first - 1 >= sentence.firstToken && BACKWARD_LINKS.has(link.lower) && headsLink(tokens, first - 2, link, sentence)) continue;
      if (joinsPlace(tokens, first - 1, sentence)) {
        first -= 2;
        continue;
      }
      break;
    }
    // "should calm anxious lenders": a word read as an adjective right after a modal is the modal's verb.
    if (token.pos === 'ADJ' && MODALS.has(tokens[first - 2]?.lower ?? '')) break;
    if (isNounPhraseWord(token) || isMistaggedName(tokens, first - 1, sentence) || isParticipleModifier(tokens, first - 1, sentence)) first -= 1;
    else if (isNicknameMark(context, first - 1)) first -= 1;
    // "newly released figures", "recently revised figures": an adverb grading the participle before the noun.
    else if (isParticipleAdverb(tokens, first - 1)) first -= 1;
    else if (isJoiningHyphen(tokens[first - 2], token, tokens[first])) first -= 1;
    // "the well-known author": the word before the noun closes a hyphenated compound, whatever its tag.
    else if (first - 3 >= sentence.firstToken && isJoiningHyphen(tokens[first - 3], tokens[first - 2] as Token, token)) first -= 3;
    else if (BACKWARD_LINKS.has(token.lower) && first - 2 >= sentence.firstToken && headsLink(tokens, first - 2, token, sentence)) first -= 1;
    else if (PARTICLES.has(token.lower) && particleChainReachesName(tokens, first)) first -= 1;
    else if (isHonorificStop(tokens, first - 1)) first -= 1;
    else if (isNumberBound(tokens, first - 1)) first -= 2;
    // "two or three of the judges", "one or more of the owners": a range of counts before "of".
    else if (isCountRange(tokens, first - 1) && tokens[first + 1]?.lower === 'of') first -= 2;
    // "nearly half", "about 40 percent": an adverb making the count approximate.
    // Only where it opens the subject, at the sentence's start or after a comma ("as about 100 workers" is left as it was).
    else if (APPROXIMATE.has(token.lower) && (tokens[first]?.pos === 'NUM' || PART.has(tokens[first]?.lower ?? '')) &&
      (first - 1 === sentence.firstToken || tokens[first - 2]?.text === ',')) first -= 1;
    // "Dutch and Swedish ministers", "state and local officials": two modifiers joined by "and" before the
    // head, both capitalised or neither, unless the first opens the sentence ("Founder and chief designer Tom
    // Lee"); "mishandled the inquiry and Jane Roe said" joins no words: the head after "and" opens a clause.
    else if (token.lower === 'and' && first < last && isModifier(tokens[first]) && isModifier(tokens[first - 2]) &&
      (first - 2 === sentence.firstToken || sameCase(tokens[first], tokens[first - 2]))) first -= 1;
    else break;
  }
  return finish(context, first, end, sentence);
}

const EVIDENCE = new Set(EVIDENCE_NOUNS);
const AUTHOR_LINKS = new Set(AUTHOR_PREPOSITIONS);

/**
 * "a report by the state housing ministry, which says": a "which" after the author of a piece of evidence
 * stands for the evidence, the phrase whose head noun comes before "by" or "from"; null when `author` follows
 * no such noun.
 */
function evidenceByAuthor(context: RuleContext, author: PhraseMatch, sentence: Sentence): PhraseMatch | null {
  const link = author.firstToken - 1;
  if (link <= sentence.firstToken || !AUTHOR_LINKS.has(context.doc.tokens[link]?.lower ?? '')) return null;
  const evidence = phraseBefore(context, link, sentence);
  const noun = context.doc.tokens[link - 1];
  if (evidence === null || evidence.kind === 'pronoun' || noun === undefined || !EVIDENCE.has(noun.lower)) return null;
  return { firstToken: evidence.firstToken, endToken: author.endToken, kind: 'description' };
}

/** "at least" or "at most" ending at `index`, right before the number it bounds: "at least one has said". */
function isNumberBound(tokens: readonly Token[], index: number): boolean {
  return NUMBER_BOUNDS.has(tokens[index]?.lower ?? '') && tokens[index - 1]?.lower === 'at' && tokens[index + 1]?.pos === 'NUM';
}

/** The "or" at `index` joins two ends of a count: "two [or] three", "one [or] more". */
function isCountRange(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1];
  return tokens[index]?.lower === 'or' && tokens[index - 1]?.pos === 'NUM' && after !== undefined && (after.pos === 'NUM' || COMPARATIVES.has(after.lower));
}

/**
 * The token at `index` stands right before a relative "which": a comma, a dash or a noun, or a preposition
 * after a noun ("a market in which buyers seek …").
 */
function opensRelative(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.pos === 'ADP' && tokens[index - 1] !== undefined && isNounHead(tokens[index - 1] as Token)) return true;
  return token !== undefined && (token.text === ',' || ASIDE_DASHES.has(token.text) || isNounHead(token));
}

/**
 * "registered voters", "newly released figures": a past participle right before the noun it describes, itself
 * after an article, a number, an adjective, an adverb, a preposition, a comma or the sentence's start.
 */
function isParticipleModifier(tokens: readonly Token[], index: number, sentence: Sentence): boolean {
  const token = tokens[index] as Token;
  if (token.pos !== 'VERB' || tokens[index + 1]?.pos !== 'NOUN') return false;
  const before = tokens[index - 1];
  // "…, elected officials say": a comma before the participle opens a clause as the sentence's start does.
  // "his running mate", "Trump’s elected successor": after an owner too.
  const owner = before !== undefined && (isPossessive(before) || isPossessivePronoun(before));
  const opening = index === sentence.firstToken || owner || (before !== undefined && (/^(?:DET|NUM|ADJ|ADV|ADP)$/.test(before.pos) || before.text === ','));
  // "has also included members": after an auxiliary and its adverb the participle is the verb of a perfect tense.
  if (before?.pos === 'ADV' && tokens[index - 2]?.pos === 'AUX') return false;
  if (hasPastParticipleEnding(token.lower)) return opening;
  // "where nursing experts say": a gerund before its noun, after a word that opens a clause.
  return token.lower.endsWith('ing') && token.lower !== 'including' && (opening || CLAUSE_WORDS.has(before?.lower ?? ''));
}

/** "newly" in "newly released figures": an adverb in -ly before a past participle the phrase already holds. */
function isParticipleAdverb(tokens: readonly Token[], index: number): boolean {
  const adverb = tokens[index] as Token;
  const participle = tokens[index + 1];
  return adverb.pos === 'ADV' && adverb.lower.endsWith('ly') && participle?.pos === 'VERB' && hasPastParticipleEnding(participle.lower);
}

/** Most tokens of the first place before the "and" that joins a second: "in the state and around …". */
const MAX_JOINED_PLACE_TOKENS = 4;

/**
 * "observers in Ohio and around the country": the preposition at `index` opens a second place joined by "and"
 * to a first one, itself a link after the phrase's head.
 */
function joinsPlace(tokens: readonly Token[], index: number, sentence: Sentence): boolean {
  const noun = tokens[index - 2];
  if (tokens[index]?.pos !== 'ADP' || tokens[index - 1]?.lower !== 'and' || noun === undefined || !isNounHead(noun)) return false;
  for (let i = index - 3; i > sentence.firstToken && i >= index - 2 - MAX_JOINED_PLACE_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (BACKWARD_LINKS.has(token.lower)) return headsLink(tokens, i - 1, token, sentence);
    if (!isNounPhraseWord(token)) return false;
  }
  return false;
}

const CLAUSE_WORDS = new Set(SUBJECT_CLAUSE_OPENERS);

/**
 * The word at `index`, before a link, heads the phrase: "experts on Korea"; "one of the attorneys", a word of
 * part before "of"; "the polling average of …", a noun read as an adjective.
 */
function headsLink(tokens: readonly Token[], index: number, link: Token, sentence: Sentence): boolean {
  const owner = tokens[index] ?? link;
  const part = PART.has(owner.lower) || owner.pos === 'NUM' || (COMPARATIVES.has(owner.lower) && isCountRange(tokens, index - 1));
  return isNounHead(owner) || (link.lower === 'of' && part) || isAdjectiveTaggedHead(tokens, index, sentence);
}

/** Most adjectives between an article or a possessive and an adjective read as the head: "her [Democratic] rival". */
const MAX_ADJECTIVES_BEFORE_HEAD = 3;

/**
 * "The brief said", "the accused told", "the state’s polling average shows", "Her rival, Jo Marsh, said": an
 * adjective after an article, a possessive or a noun, where a phrase's head stands, is read as its noun.
 */
function isAdjectiveTaggedHead(tokens: readonly Token[], index: number, sentence: Sentence): boolean {
  if (tokens[index]?.pos !== 'ADJ') return false;
  // "her Democratic rival", "the longtime accused": adjectives may stand between.
  let previous = index - 1;
  while (previous > sentence.firstToken && previous > index - MAX_ADJECTIVES_BEFORE_HEAD && tokens[previous]?.pos === 'ADJ') previous -= 1;
  const before = tokens[previous];
  if (before === undefined || previous < sentence.firstToken) return false;
  return before.pos === 'DET' || before.pos === 'NOUN' || before.pos === 'PROPN' || isPossessive(before) || isPossessivePronoun(before);
}

/**
 * "the plan as a giveaway": a noun phrase starts at token `start` and "as" follows it, naming what the phrase is
 * taken for; "the film as a child" names a time of life instead.
 */
export function phraseThenAs(context: RuleContext, start: number, sentence: Sentence): boolean {
  const phrase = phraseAfter(context, start, sentence);
  const tokens = context.doc.tokens;
  if (phrase === null || !phraseThen(context, start, sentence, 'as')) return false;
  const next = tokens[phrase.endToken + 1];
  const noun = next?.pos === 'DET' ? tokens[phrase.endToken + 2] : next;
  return !STAGES.has(noun?.lower ?? '');
}

/** "the breach to a hacking group": a noun phrase starts at token `start` and `word` follows it. */
export function phraseThen(context: RuleContext, start: number, sentence: Sentence, word: string): boolean {
  const phrase = phraseAfter(context, start, sentence);
  return phrase !== null && context.doc.tokens[phrase.endToken]?.lower === word;
}

/** The noun phrase starting at token `start`, inside `sentence`. */
export function phraseAfter(context: RuleContext, start: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined || start >= sentence.endToken || inQuote(context, first)) return null;
  // "his audience", "their lawyers": a possessive opens the phrase like an article.
  const possessive = isPossessivePronoun(first);
  if (!possessive && (first.pos === 'PRON' || SPEAKER_PRONOUNS.has(first.lower))) return pronoun(first, start);
  let end = start;
  if (first.pos === 'DET' || possessive) end += 1;
  // "by far fewer papers": an adverb that strengthens the count opens the phrase.
  else if (INTENSIFIERS.has(first.lower) && COMPARATIVES.has(tokens[start + 1]?.lower ?? '') && start + 2 < sentence.endToken) end += 1;
  while (end < sentence.endToken) {
    const token = tokens[end] as Token;
    if (inQuote(context, token) || token.pos === 'DET') break;
    if (end > start && isPossessivePronoun(token)) break;
    const next = tokens[end + 1];
    // "Critics call them …": a cue's verb tagged as a noun ends the phrase before it, when words follow it
    // ("according to NATO figures." ends on the noun).
    if (end > start && cueVerbAt(context, end) && next !== undefined && next.pos !== 'PUNCT') break;
    // "a person familiar with the talks": an adjective that takes a preposition after the noun.
    if (POSTMODIFYING.has(token.lower) && end > start && tokens[end + 1]?.pos === 'ADP' && tokens[end + 2] !== undefined && isNounPhraseWord(tokens[end + 2] as Token)) end += 3;
    else if (isNounPhraseWord(token) || isMistaggedName(tokens, end, sentence) || isNicknameMark(context, end)) end += 1;
    else if (end > start && isMistaggedSurname(tokens, end)) end += 1;
    // "the lead author", "exit polls": a noun before a noun that wink read as a verb.
    // An inflected verb right after a noun is the clause's own verb: "The senator met voters and …".
    else if (token.pos === 'VERB' && !token.lower.endsWith('ing') && next?.pos === 'NOUN' && end + 1 < sentence.endToken && !isOwnVerb(tokens, end, start)) end += 1;
    // "the union-backed Harbour Institute": the word after a joining hyphen is part of the compound.
    else if (isJoiningHyphen(tokens[end - 1], token, next) && end > start) end += next !== undefined && /^\p{L}/u.test(next.text) && end + 1 < sentence.endToken ? 2 : 1;
    // "the Post/ABC News poll": a slash written tight between two names joins them.
    else if (isNameSlash(tokens, end) && end > start && end + 1 < sentence.endToken) end += 2;
    else if (LINKS.has(token.lower) && next !== undefined && end + 1 < sentence.endToken && isNounPhraseWord(next)) end += 2;
    else if (PARTICLES.has(token.lower) && next !== undefined && isCapitalised(next)) end += 1;
    else if (isHonorificStop(tokens, end)) end += 1;
    else break;
  }
  while (end > start && !isNounHead(tokens[end - 1] as Token) && !(end - 1 > start && isMistaggedSurname(tokens, end - 1))) end -= 1;
  return end > start ? finish(context, start, end, sentence) : null;
}

/** The verb-tagged word at `index` is inflected ("met", "demanded") and follows the phrase's noun: a predicate, not a noun. */
function isOwnVerb(tokens: readonly Token[], index: number, start: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  return index > start && before !== undefined && isNounHead(before) && token.lemma !== token.lower;
}

/** A slash with no space around it between two capitalised words: "Post/ABC". */
function isNameSlash(tokens: readonly Token[], index: number): boolean {
  const slash = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return slash?.text === '/' && before !== undefined && after !== undefined && before.end === slash.start &&
    slash.end === after.start && isCapitalised(before) && isCapitalised(after);
}

/** "the Rev. Peter Roe": the full stop of an honorific written apart from it, with a name after it. */
function isHonorificStop(tokens: readonly Token[], index: number): boolean {
  const stop = tokens[index];
  const honorific = tokens[index - 1];
  const name = tokens[index + 1];
  return stop?.text === '.' && honorific !== undefined && name !== undefined && honorific.end === stop.start &&
    HONORIFIC_WORDS.has(honorific.text) && isCapitalised(name);
}

function pronoun(token: Token, index: number): PhraseMatch | null {
  if (NEVER_SPEAKERS.has(token.lower) || !SPEAKER_PRONOUNS.has(token.lower)) return null;
  return { firstToken: index, endToken: index + 1, kind: 'pronoun' };
}

/** Drops words that open a sentence without belonging to the phrase, and says what kind it is. */
function finish(context: RuleContext, first: number, end: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let start = first;
  while (start < end - 1) {
    const token = tokens[start] as Token;
    if (isNumberBound(tokens, start + 1)) break;
    if (NOT_NAMES.has(token.lower) || BACKWARD_LINKS.has(token.lower)) start += 1;
    else break;
  }
  // "After, she said": a word that opens a clause is no speaker by itself.
  if (start === end - 1 && NOT_NAMES.has((tokens[start] as Token).lower)) return null;
  // The head is the last word before any linking preposition: "researchers at the University of X".
  let headIndex = end - 1;
  for (let i = start + 1; i < end; i += 1) {
    if (BACKWARD_LINKS.has((tokens[i] as Token).lower) && (tokens[i] as Token).lower !== '&') {
      headIndex = i - 1;
      break;
    }
  }
  const head = tokens[headIndex] as Token;
  // "Officials in Ohio said": a title opening the sentence is capitalised for that reason alone.
  const titleWord = TITLE_HEADS.has(head.lower) || TITLE_HEADS.has(head.lower.replace(/s$/, ''));
  // "Data from the census bureau show": a noun of evidence opening the sentence, whatever its tag, is no name.
  const sentenceInitial = headIndex === sentence.firstToken && ((head.pos !== 'PROPN' && head.pos !== 'VERB') || titleWord || EVIDENCE.has(head.lower));
  // "…, Former Navy Doctor Says.": a title written in Title Case capitalises a common noun; it was tagged
  // as the ordinary word the article writes it as elsewhere (document/title-case-tagging.ts).
  const titleNoun = head.pos === 'NOUN' && inTitle(context, sentence);
  const kind = isCapitalised(head) && !sentenceInitial && !titleNoun ? 'name' : 'description';
  return { firstToken: start, endToken: end, kind };
}

/** Whether `sentence` stands in the article's title. */
function inTitle(context: RuleContext, sentence: Sentence): boolean {
  return sentence.paragraph === 0 && titleParagraph(context.doc.text, context.doc.paragraphs) !== null;
}

/** A capitalised word tagged as a verb inside a run of names: "Wade" in "Senator Wade Kimball". */
function isMistaggedName(tokens: readonly Token[], index: number, sentence: Sentence): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (!isCapitalised(token) || next?.pos !== 'PROPN' || !isCapitalised(next) || token.pos !== 'VERB') return false;
  // After a comma or a closing quote mark the capitalised word starts the speaker: "“…,” Don Fowler said".
  const afterMark = previous !== undefined && (previous.text === ',' || CLOSING_MARK_TOKENS.has(previous.text));
  return index === sentence.firstToken || afterMark || (previous !== undefined && previous.pos !== 'PUNCT' && previous.pos !== 'PRON');
}

/**
 * "Her aide, Lisa Grant, said", "Lisa Mark said": a capitalised word tagged as a verb right after a name, and
 * before a comma, a bracket or a verb in lower case, ends the name.
 */
function isMistaggedSurname(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (token.pos !== 'VERB' || !isCapitalised(token) || previous?.pos !== 'PROPN' || !isCapitalised(previous) || next === undefined) return false;
  return next.text === ',' || next.text === '(' || next.text === ')' || (next.pos === 'VERB' && next.text === next.lower);
}

/** "de la Cruz": particles, then a capitalised word. */
function particleChainReachesName(tokens: readonly Token[], index: number): boolean {
  let i = index;
  while (tokens[i] !== undefined && PARTICLES.has((tokens[i] as Token).lower)) i += 1;
  const name = tokens[i];
  return name !== undefined && isCapitalised(name);
}

/** Both words are capitalised, or neither is. */
function sameCase(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && isCapitalised(a) === isCapitalised(b);
}

/** A word that can be joined to another by "and" inside a noun phrase: "Dutch and Swedish", "trade and industry". */
function isModifier(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'ADJ' || token.pos === 'NOUN' || (token.pos === 'PROPN' && isCapitalised(token)));
}

/**
 * "Vance's lawyer, Jane Roe", "said the firm's chief executive, Jane Roe": the name in apposition right after a
 * description, standing for the whole expression (its extent starts at the description); null if there is none.
 */
export function nameInApposition(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): PhraseMatch | null {
  if (phrase.kind !== 'description' || context.doc.tokens[phrase.endToken]?.text !== ',') return null;
  const appositive = phraseAfter(context, phrase.endToken + 1, sentence);
  return appositive?.kind === 'name' ? { ...appositive, extentStart: phrase.firstToken } : null;
}
