/** The cue finder: reporting verbs and phrases outside quotations, with the words that belong to them. */
import type { Document, Token } from '../document/types.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import { CLOSING_MARK_TOKENS } from '../quotes/quote-marks.js';
import {
  AGAINST_VERBS, BE_FORMS, MODAL_ONLY_VERBS, WISH_MODALS, CLAUSE_CUE_ADJECTIVES, CUE_ADJECTIVES, INTENTION_CUE_ADJECTIVES, LINKING_VERBS, PREPOSITION_CUE_ADJECTIVES, MAKE_CUE_PHRASES, CUE_AUXILIARIES, CUE_VERB_TYPES, FRAMING_VERBS, INTENTION_PARTICLES, RAISING_VERBS, OBJECT_CUE_VERBS, PLURAL_SUBJECT_NOUNS,
  CLAUSE_PHRASAL_VERBS, TOPIC_ONLY_VERBS, TOPIC_PREPOSITIONS, VERB_MODIFIERS, type CueVerbType,
} from '../../vocabulary/cue-verbs.js';
import { PARENTHETICAL_ADVERBS } from '../../vocabulary/speaker-words.js';
import { isDay, topicPrepositionAfter } from './topic-preposition.js';
import { RELATIVE_DAY_WORDS, WEEKDAYS } from '../../vocabulary/dates.js';
import type { Cue } from './types.js';

const FRAMING = new Set(FRAMING_VERBS);
const CLAUSE_PHRASAL = new Set(CLAUSE_PHRASAL_VERBS);
const BE = new Set(BE_FORMS);
const MODIFIERS = new Set(VERB_MODIFIERS);
const AUXILIARIES = new Set(CUE_AUXILIARIES);
const PARTICLES = new Set(INTENTION_PARTICLES);
const AGAINST = new Set(AGAINST_VERBS);
const MODAL_ONLY = new Set(MODAL_ONLY_VERBS);
const WISH = new Set(WISH_MODALS);
const TOPIC_ONLY = new Set(TOPIC_ONLY_VERBS);
const TOPICS = new Set(TOPIC_PREPOSITIONS);
const RAISING = new Set(RAISING_VERBS);
const ADJECTIVES = new Set(CUE_ADJECTIVES);
const CLAUSE_ADJECTIVES = new Set(CLAUSE_CUE_ADJECTIVES);
const LINKING = new Set(LINKING_VERBS);
const INTENTION_ADJECTIVES = new Set(INTENTION_CUE_ADJECTIVES);
const ADJECTIVE_PREPOSITIONS = new Map(Object.entries(PREPOSITION_CUE_ADJECTIVES));
/** Words that open the subject of a clause with no "that": "was sure the bill …", "is convinced she …". */
const CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'DET']);
const PARENTHETICAL = new Set(PARENTHETICAL_ADVERBS);
/** Verbs that report with a clause, and, where they do not, with an object. */
const VERB_TYPES = new Map<string, CueVerbType>([
  ...(Object.entries(OBJECT_CUE_VERBS) as [CueVerbType, readonly string[]][]).flatMap(([type, verbs]) => verbs.map((verb) => [verb, type] as const)),
  ...CUE_VERB_TYPES,
]);
/** Forms wink sometimes tags as nouns or adjectives that are still verbs of saying. */
const MISTAGGED_FORMS = new Set(['said', 'says', 'told', 'tells']);

/** Finds the cues of `doc` that stand outside quotations, in text order. */
export function findCues(doc: Document, quotes: QuoteIndex): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || quotes.quoteAt(token.start) !== undefined) continue;
    const next = tokens[i + 1];
    if (token.lower === 'according' && next?.lower === 'to' && next.sentence === token.sentence) {
      cues.push(makeCue(tokens, 'according-to', 'speech', i, i, i + 2, 'according to'));
      i += 1;
      continue;
    }
    // "as The New Yorker put it, “…”": "put it" reports wording.
    if (token.lemma === 'put' && next?.lower === 'it' && next.sentence === token.sentence && token.pos === 'VERB') {
      cues.push(makeCue(tokens, 'verb', 'speech', i, i, i + 2, 'put it'));
      i += 1;
      continue;
    }
    // "made clear that …", "has made it clear he …", "made the case that …": the phrase reports what is said.
    const phraseEnd = makePhraseEnd(tokens, i);
    if (phraseEnd !== null) {
      const lemma = ['make', ...tokens.slice(i + 1, phraseEnd).map((word) => word.lower)].join(' ');
      cues.push(makeCue(tokens, 'verb', 'speech', i, i, phraseEnd, lemma));
      i = phraseEnd - 1;
      continue;
    }
    const linked = linkedAdjectiveStart(tokens, i);
    if (linked !== null && isAdjectiveCue(tokens, i)) {
      cues.push(makeCue(tokens, 'verb', 'belief', i, linked, i + 1, token.lower));
      continue;
    }
    // "is determined to win", "were willing to wait": an adjective of intention before "to" and a verb.
    if (linked !== null && INTENTION_ADJECTIVES.has(token.lower) && next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') {
      cues.push({ ...makeCue(tokens, 'verb', 'intention', i, linked, i + 1, token.lower), passive: false });
      continue;
    }
    // "was critical of the plan", "remains coy about whether …": the adjective and its preposition.
    if (linked !== null && next !== undefined && ADJECTIVE_PREPOSITIONS.get(token.lower)?.includes(next.lower) === true) {
      cues.push({ ...makeCue(tokens, 'verb', 'belief', i, linked, i + 2, `${token.lower} ${next.lower}`), passive: false });
      i += 1;
      continue;
    }
    // "Japan branded the regime an “…”": a framing verb's past form that wink read as an adjective.
    const framingStem = framingTaggedAdjective(tokens, i);
    if (framingStem !== null) {
      cues.push(makeCue(tokens, 'framing', 'speech', i, i, i + 1, framingStem));
      continue;
    }
    const participleStem = participleTaggedAdjective(tokens, i) ?? perfectTaggedAdjective(tokens, i);
    const taggedNoun = isVerbTaggedNoun(tokens, i);
    const isVerb = token.pos === 'VERB' || token.pos === 'AUX' || MISTAGGED_FORMS.has(token.lower) || taggedNoun || participleStem !== null;
    if (!isVerb) continue;
    const phrasal = phrasalVerbAt(tokens, i);
    const topicless = phrasal !== null && TOPIC_ONLY.has(phrasal) && topicPrepositionAfter(tokens, i + phrasal.split(' ').length, TOPICS) === null;
    // "agreed with her aides that …": the verb alone is the cue of the clause; "agreed with her aides" reports a stance.
    const clauseAfter = phrasal !== null && CLAUSE_PHRASAL.has(phrasal) && thatFollows(tokens, i + phrasal.split(' ').length);
    if (phrasal !== null && !topicless && !clauseAfter) {
      cues.push(verbCue(tokens, i, VERB_TYPES.get(phrasal) as CueVerbType, phrasal));
      i += phrasal.split(' ').length - 1;
      continue;
    }
    // "would continue to report", "began to argue": the verb after "to" is the cue, not the one that raises it.
    if (RAISING.has(token.lemma) && next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') continue;
    // "would like to …" is a wish; "likes to swim" a habit.
    if (MODAL_ONLY.has(token.lemma) && !WISH.has(tokens[i - 1]?.lower ?? '')) continue;
    const withParticle = intentionParticle(tokens, i) !== null;
    const type = VERB_TYPES.get(token.lemma) ?? VERB_TYPES.get(singular(token.lower)) ?? VERB_TYPES.get(participleStem ?? '');
    // "spoke to NPR", "talked with aides" report nothing; "spoke about the deal", "spoke out Tuesday about
    // the deal" report its topic. "a friend commented: “…”": a colon before a quotation gives such a verb its words.
    if (TOPIC_ONLY.has(token.lemma) && topicPrepositionAfter(tokens, i + 1, TOPICS) === null && next?.text !== ':') continue;
    if (FRAMING.has(token.lemma) && (token.pos === 'VERB' || taggedNoun) && !(type === 'intention' && withParticle)) {
      cues.push(makeCue(tokens, 'framing', 'speech', i, i, i + 1, token.lemma));
    } else if (type !== undefined) {
      cues.push(verbCue(tokens, i, type, participleStem ?? token.lemma));
    } else if (token.pos === 'VERB' && framesQuoteWithAs(tokens, i, quotes)) {
      cues.push(makeCue(tokens, 'framing', 'speech', i, i, i + 1, token.lemma));
    }
  }
  return cues;
}

/** Most tokens of an object between a phrasal verb and the "that" of its clause: "agreed with her aides that". */
const MAX_OBJECT_BEFORE_THAT = 6;

/** "that" stands within a short object after `start`, before any comma, in the same sentence. */
function thatFollows(tokens: readonly Token[], start: number): boolean {
  for (let i = start; i < start + MAX_OBJECT_BEFORE_THAT; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== tokens[start - 1]?.sentence || token.text === ',') return false;
    if (token.lower === 'that') return true;
  }
  return false;
}

/** A reporting verb, with "did" before it, "by saying" or an intention's particle ("called for") after it. */
function verbCue(tokens: readonly Token[], verb: number, type: CueVerbType, lemma: string): Cue {
  const token = tokens[verb] as Token;
  let first = verb;
  const before = tokens[verb - 1];
  if (before !== undefined && before.sentence === token.sentence && AUXILIARIES.has(before.lower)) first = verb - 1;
  let end = verb + lemma.split(' ').length;
  const next = tokens[verb + 1];
  const gerund = tokens[verb + 2];
  if (end > verb + 1) return makeCue(tokens, 'verb', type, verb, first, end, lemma);
  if (next?.lower === 'by' && gerund !== undefined && gerund.lower.endsWith('ing') && CUE_VERB_TYPES.get(gerund.lemma) === 'speech') end = verb + 3;
  else if (type === 'intention' && intentionParticle(tokens, verb) !== null) end = (intentionParticle(tokens, verb) as number) + 1;
  else if (AGAINST.has(lemma) && next?.lower === 'against') end = verb + 2;
  return makeCue(tokens, 'verb', type, verb, first, end, lemma);
}

/** Days named between a verb and its particle: "called Friday for", "called on Monday for". */
const DAYS = new Set([...WEEKDAYS, ...RELATIVE_DAY_WORDS]);

/**
 * The index of an intention's particle after its verb ("called for"), past a day named between them ("called
 * Friday for", "called on Monday for"); null when none follows, as in "called on Monday" alone, where "on" opens the day.
 */
function intentionParticle(tokens: readonly Token[], verb: number): number | null {
  let index = verb + 1;
  if (tokens[index]?.lower === 'on' && DAYS.has(tokens[index + 1]?.lower ?? '')) index += 2;
  else if (DAYS.has(tokens[index]?.lower ?? '')) index += 1;
  const particle = tokens[index];
  return particle !== undefined && particle.sentence === (tokens[verb] as Token).sentence && PARTICLES.has(particle.lower) ? index : null;
}

/** Phrasal cue verbs of the lists by their verb, longest first, as the words after the verb: "lay" → [["out"]]. */
const PHRASAL_VERBS = new Map<string, string[][]>();
for (const entry of [...VERB_TYPES.keys()].filter((verb) => verb.includes(' ')).sort((a, b) => b.length - a.length)) {
  const [verb = '', ...rest] = entry.split(' ');
  PHRASAL_VERBS.set(verb, [...(PHRASAL_VERBS.get(verb) ?? []), rest]);
}

/**
 * "laid out", "railed against", "spoke out about": the phrasal cue verb whose verb stands at `verb`, or null.
 * "weighed in on Friday" is no "weigh in on": a day after the preposition makes it one of time.
 */
function phrasalVerbAt(tokens: readonly Token[], verb: number): string | null {
  const token = tokens[verb] as Token;
  const words = PHRASAL_VERBS.get(token.lemma)?.find((rest) => !(TOPICS.has(rest.at(-1) ?? '') && isDay(tokens[verb + 1 + rest.length])) && rest.every((word, k) => {
    const after = tokens[verb + 1 + k];
    return after?.lower === word && after.sentence === token.sentence;
  }));
  return words === undefined ? null : [token.lemma, ...words].join(' ');
}

function makeCue(tokens: readonly Token[], kind: Cue['kind'], type: CueVerbType, verb: number, first: number, end: number, lemma: string): Cue {
  const verbToken = tokens[verb] as Token;
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[end - 1] as Token;
  return {
    kind,
    type,
    start: firstToken.start,
    end: lastToken.end,
    firstToken: first,
    endToken: end,
    verbToken: verb,
    lemma,
    passive: kind !== 'according-to' && verbToken.pos !== 'ADJ' && isPassive(tokens, verb),
    participle: kind === 'verb' && verbToken.lower.endsWith('ing') && (afterComma(tokens, first) || afterNameOrTime(tokens, first) || opensSentence(tokens, first) || afterOpeningPreposition(tokens, first)),
    sentence: verbToken.sentence,
  };
}

/** "is said", "was reportedly told": a form of "to be" before a past participle. */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  const verbToken = tokens[verb] as Token;
  if (verbToken.lower.endsWith('ing')) return false;
  for (let i = verb - 1; i >= 0 && i >= verb - 3; i -= 1) {
    const token = tokens[i] as Token;
    if (token.sentence !== verbToken.sentence) return false;
    if (BE.has(token.lower)) return token.lower !== '’s' && token.lower !== "'s" ? true : token.pos === 'AUX';
    if (!MODIFIERS.has(token.lower) && token.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * "The Post reports that …", "Trump claims that …": a third-person verb that wink read as a plural noun,
 * known by its subject before it and "that" after it.
 */
function isVerbTaggedNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (token.pos !== 'NOUN' || before === undefined) return false;
  if (!token.lower.endsWith('s')) return isPluralVerbTaggedNoun(tokens, index);
  const toVerb = after?.lower === 'to' && tokens[index + 2]?.pos === 'VERB';
  // "The mayor’s deputy, Ana Ruiz, plans to …": after a name set off by commas, "to" or "that".
  if ((toVerb || after?.lower === 'that') && closesAppositive(tokens, index - 1)) return VERB_TYPES.has(singular(token.lower));
  // "…, the Harbour Gazette reports.": a name, the verb, the sentence's end.
  const closing = (after === undefined || after.text === '.') && before.pos === 'PROPN';
  // "Hale notes they were …", "…, which documents how …": after a name or a subject pronoun, what opens a clause or an object.
  // "Hale also notes how …": an adverb may stand between the subject and the verb.
  const subject = before.pos === 'ADV' || before.lower === 'both' ? index - 2 : index - 1;
  const opensClause = after !== undefined && CLAUSE_OPENERS.has(after.lower) && (isSubject(tokens, subject) || afterDeterminedNoun(tokens, subject + 1));
  // "The leaflet then references police records", "Hale demands a recount": a name, a determined noun or a subject pronoun,
  // then an object; a name with a verb after it ("The US claims Russia may …") reads as a headline's noun phrase too often.
  const nameClause = after?.pos === 'PROPN' && /^(?:AUX|VERB)$/.test(tokens[index + 2]?.pos ?? '');
  const object = after !== undefined && OBJECT_START.has(after.pos) && !nameClause && (isSubject(tokens, subject) || afterDeterminedNoun(tokens, subject + 1));
  if (after?.lower !== 'that' && after?.text !== ':' && !toVerb && !closing && !opensClause && !object) return false;
  if (!(before.pos === 'PROPN' || before.pos === 'NOUN' || before.pos === 'PRON' || opensClause || object || isSubject(tokens, index - 1))) return false;
  return VERB_TYPES.has(singular(token.lower));
}

/**
 * The comma at `comma` closes a name set off after the subject: "The mayor’s deputy, Ana Ruiz,". Another
 * comma opens it, and the sentence does not open with a phrase of its own ("In Dover, …").
 */
function closesAppositive(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',' || tokens[comma - 1]?.pos !== 'PROPN') return false;
  const sentence = (tokens[comma] as Token).sentence;
  let opening = comma - 2;
  while (opening > 0 && tokens[opening]?.sentence === sentence && tokens[opening]?.text !== ',') opening -= 1;
  let first = opening;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first -= 1;
  const firstToken = tokens[first];
  return tokens[opening]?.text === ',' && opening > first && firstToken !== undefined && !/^(?:ADP|SCONJ|ADV)$/.test(firstToken.pos);
}

/** Parts of speech that open a verb's object: "demands accountability", "references FBI criticism", "urges the". */
const OBJECT_START = new Set(['DET', 'PROPN', 'NOUN']);
/** Pronouns that stand as the subject of a third-person verb: "she notes", "which shows", "that demands". */
const SINGULAR_SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'which', 'who', 'that']);
/** Words that open a clause or an object after a verb: "notes how", "documents the", "demands they". */
const CLAUSE_OPENERS = new Set([
  'how', 'why', 'what', 'whether', 'when', 'where', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'his', 'their', 'its',
]);

/** "The woman disputes …": a noun after "the" or "a", itself at the start of its sentence or after a comma. */
function afterDeterminedNoun(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index - 1] as Token;
  const determiner = tokens[index - 2];
  if (noun.pos !== 'NOUN' || determiner === undefined || !/^(?:the|a|an)$/.test(determiner.lower)) return false;
  const opener = tokens[index - 3];
  return opener === undefined || opener.sentence !== noun.sentence || opener.text === ',';
}

/** A name (wink sometimes tags a surname as a verb: a capitalised word inside the sentence) or a subject pronoun. */
function isSubject(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (SINGULAR_SUBJECT_PRONOUNS.has(token.lower)) return token.pos === 'PRON' || token.pos === 'DET';
  if (token.pos === 'PROPN') return true;
  const inside = tokens[index - 1]?.sentence === token.sentence;
  return inside && token.pos !== 'DET' && /^\p{Lu}\p{Ll}/u.test(token.text);
}

/** "Tenants, however, question …": the index past the subject before a verb at `index`, over an adverb set off by commas. */
function subjectEnd(tokens: readonly Token[], index: number): number {
  const aside = tokens[index - 1]?.text === ',' && PARENTHETICAL.has(tokens[index - 2]?.lower ?? '') && tokens[index - 3]?.text === ',';
  return aside && index - 3 > 0 ? index - 3 : index;
}

/** Subjects a plural verb follows: "they call", "Democrats question". */
const PLURAL_SUBJECT_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
const PLURAL_NOUNS = new Set(PLURAL_SUBJECT_NOUNS);
/** Words that open a verb's object or clause, never a noun's: "call them", "show that", "support the". */
const OBJECT_OPENERS = new Set(['them', 'him', 'her', 'us', 'it', 'that', 'the', 'a', 'an', 'whether', 'some', 'their', 'these', 'those', 'how', 'why']);

/**
 * "Ruiz and Haddad call them …", "Polls show a …": a cue verb's plain form read as a noun, after a name,
 * a plural noun or a subject pronoun and before what opens an object.
 */
function isPluralVerbTaggedNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[subjectEnd(tokens, index) - 1] as Token;
  const after = tokens[index + 1];
  if (after === undefined || !VERB_TYPES.has(token.lower)) return false;
  const pluralNoun = isPluralNoun(before);
  // "Records from the audit show they paid …": a plural noun and its preposition's phrase, then a clause.
  // "the toys from the big show that opened …": the phrase ends in a noun, and "that" opens no relative clause.
  const clause = SUBJECT_PRONOUNS.has(after.lower) || (after.lower === 'that' && !/^(?:VERB|AUX)$/.test(tokens[index + 2]?.pos ?? ''));
  if (clause && /^(?:NOUN|PROPN|NUM)$/.test(before.pos) && pluralHeadBeforePhrase(tokens, index)) return true;
  // "Surveys show Okafor ahead in the north": after a plural noun, a name can be the object too.
  if (!OBJECT_OPENERS.has(after.lower) && !(pluralNoun && after.pos === 'PROPN')) return false;
  return before.pos === 'PROPN' || pluralNoun || PLURAL_SUBJECT_PRONOUNS.has(before.lower);
}

/** "documents", "voters", "police": a noun read as plural. */
function isPluralNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && (/[^s]s$/.test(token.lower) || PLURAL_NOUNS.has(token.lower));
}

/** Pronouns that open a clause as its subject: "show he took …". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words of a preposition's phrase after a subject's head: "from his 1995 tax return". */
const PHRASE_WORDS = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
/** Most words of that phrase. */
const MAX_PHRASE_WORDS = 6;

/** A plural noun, a preposition and its phrase stand right before token `index`: "documents from his tax return". */
function pluralHeadBeforePhrase(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 1 && i >= index - 1 - MAX_PHRASE_WORDS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'ADP' && i < index - 1) return isPluralNoun(tokens[i - 1]);
    if (!PHRASE_WORDS.has(token.pos) || token.sentence !== (tokens[index] as Token).sentence) return false;
  }
  return false;
}

/**
 * "Japan branded the regime …": a past form of a framing verb read as an adjective, between a name or a
 * pronoun and the opening of an object; its verb, or null.
 */
function framingTaggedAdjective(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (token.pos !== 'ADJ' || !token.lower.endsWith('ed') || before === undefined || after === undefined) return null;
  if (!(before.pos === 'PROPN' || before.pos === 'PRON') || !(after.pos === 'DET' || after.pos === 'PROPN' || OBJECT_OPENERS.has(after.lower))) return null;
  return verbOfForm(token.lower, 'ed', FRAMING);
}

/**
 * The verb among `verbs` that `word`, ending in `suffix`, is a form of: "praised" → "praise", "branded" →
 * "brand", "dubbed" → "dub", "promising" → "promise"; null when none is.
 */
function verbOfForm(word: string, suffix: 'ed' | 'ing', verbs: { has(verb: string): boolean }): string | null {
  const base = word.slice(0, -suffix.length);
  const stems = [`${base}e`, base, base.slice(0, -1)];
  return stems.find((stem) => verbs.has(stem)) ?? null;
}

/** Most words of the object between a verb and "as" before a quotation. */
const MAX_AS_OBJECT_TOKENS = 6;

/**
 * "admires the general as a “strong leader”", "rated the claim as “false”": any verb whose object is set
 * "as" a quotation frames the quoted words as the subject's own.
 */
function framesQuoteWithAs(tokens: readonly Token[], verb: number, quotes: QuoteIndex): boolean {
  for (let i = verb + 1; i <= verb + MAX_AS_OBJECT_TOKENS + 1; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== (tokens[verb] as Token).sentence) return false;
    if (token.lower === 'as') {
      if (i === verb + 1) return false;
      const next = tokens[i + 1]?.pos === 'DET' ? tokens[i + 2] : tokens[i + 1];
      return next !== undefined && quotes.quoteStartingAt(next.start) !== undefined;
    }
    if (!OBJECT_WORDS.has(token.pos) && token.text !== '%') return false;
  }
  return false;
}
const OBJECT_WORDS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON', 'ADP']);

/** "reports" → "report", "charges" → "charge", "stresses" → "stress". */
function singular(word: string): string {
  if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Prepositions of time that take a participle clause: "before asking her, “…”". */
const TIME_PREPOSITIONS = new Set(['before', 'after', 'while', 'when', 'since', 'upon']);

/** "before asking her, …", "a recording of Marta Lindqvist asking, …": a participle after a time word or a name. */
function afterNameOrTime(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.sentence !== (tokens[first] as Token).sentence) return false;
  return TIME_PREPOSITIONS.has(before.lower) || (before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text));
}

/** "Citing a risk to patients, the board …": a participle opening its sentence. */
function opensSentence(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.sentence !== (tokens[first] as Token).sentence;
}

/** "In defending his record, the mayor …", "By saying that …, she …": a participle after a preposition opening its sentence. */
function afterOpeningPreposition(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.pos === 'ADP' && opensSentence(tokens, first - 1);
}

/** ", saying …", ", even suggesting …": a comma, perhaps an adverb, then the participle. */
function afterComma(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before?.text === ',') return true;
  // "… a “careful steward,” likening her …": the comma stands inside the closing quotation mark.
  if (before !== undefined && CLOSING_MARK_TOKENS.has(before.text) && tokens[first - 2]?.text === ',') return true;
  return before?.pos === 'ADV' && tokens[first - 2]?.text === ',';
}

/**
 * "are afraid that …", "was confident that …", "was sure the bill …": an adjective of belief (after "to be")
 * before its clause.
 */
function isAdjectiveCue(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (!ADJECTIVES.has(token.lower) || next === undefined || next.sentence !== token.sentence) return false;
  return next.lower === 'that' || (CLAUSE_ADJECTIVES.has(token.lower) && CLAUSE_SUBJECT_TAGS.has(next.pos));
}

/** "is critical", "has remained so confident": the token of "to be" (or a verb like it) before an adjective, adverbs between. */
function linkedAdjectiveStart(tokens: readonly Token[], index: number): number | null {
  for (let i = index - 1; i >= 0 && i >= index - 3; i -= 1) {
    const before = tokens[i] as Token;
    if (BE.has(before.lower) || (LINKING.has(before.lemma) && before.pos === 'VERB')) return i;
    if (before.pos !== 'ADV' && before.pos !== 'PART') return null;
  }
  return null;
}

/**
 * ", promising to lift …", "is promising cheaper fares": a participle after a comma, or after "to be" and
 * before an object, that wink read as an adjective; its verb, or null.
 */
function participleTaggedAdjective(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  if (!token.lower.endsWith('ing')) return null;
  // ", warning that …", ", offering broad new …": after a comma, wink may read the participle as a noun.
  if (token.pos === 'NOUN') return tokens[index - 1]?.text === ',' && opensParticipleObject(tokens[index + 1]) ? verbOfForm(token.lower, 'ing', VERB_TYPES) : null;
  if (token.pos !== 'ADJ') return null;
  const progressive = BE.has(tokens[index - 1]?.lower ?? '') && /^(?:DET|ADJ|NOUN)$/.test(tokens[index + 1]?.pos ?? '');
  if (tokens[index - 1]?.text !== ',' && !progressive) return null;
  return verbOfForm(token.lower, 'ing', VERB_TYPES);
}

/** What opens a participle's clause or object and not a compound noun ("warning signs"): "that", a determiner, a pronoun, a name. */
function opensParticipleObject(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'that' || /^(?:DET|PRON|PROPN)$/.test(token.pos));
}

/** Forms of "to have" that make a following past participle perfect ("has detailed", "had outlined"). */
const HAVE_FORMS = new Set(['has', 'have', 'had', 'having', "'ve", '’ve']);

/**
 * "The agency has also detailed the price …": a past participle after a form of "to have", perhaps with
 * adverbs between, and before an object, that wink read as an adjective; its verb, or null.
 */
function perfectTaggedAdjective(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  if (token.pos !== 'ADJ' || !token.lower.endsWith('ed') || !/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[index + 1]?.pos ?? '')) return null;
  let before = index - 1;
  while (tokens[before]?.pos === 'ADV' && before > index - 3) before -= 1;
  return HAVE_FORMS.has(tokens[before]?.lower ?? '') ? verbOfForm(token.lower, 'ed', VERB_TYPES) : null;
}

/** "make clear" phrases as word sequences after the verb. */
const MAKE_PHRASES = MAKE_CUE_PHRASES.map((phrase) => phrase.split(' '));

/**
 * "made clear", "has made it clear", "made the case that": the token after the phrase when a form of "make"
 * at `index` opens one of `MAKE_CUE_PHRASES`, or null.
 */
function makePhraseEnd(tokens: readonly Token[], index: number): number | null {
  const token = tokens[index] as Token;
  if (token.lemma !== 'make' || token.pos !== 'VERB') return null;
  const phrase = MAKE_PHRASES.find((words) => words.every((word, k) => tokens[index + 1 + k]?.lower === word && tokens[index + 1 + k]?.sentence === token.sentence));
  return phrase === undefined ? null : index + 1 + phrase.length;
}
