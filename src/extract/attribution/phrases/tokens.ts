/** Small questions about single tokens that the phrase finders ask. */
import { firstIndex } from '../../util/search.js';
import type { Sentence, Token } from '../../document/types.js';
import type { Range, RuleContext } from '../types.js';
import { POSSESSIVE_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { DASHES_AND_HYPHEN } from '../../../vocabulary/dashes.js';
import { COORDINATING_CONJUNCTIONS } from '../../../vocabulary/speaker-words.js';
import { MODIFIER_CLAUSE_OPENERS } from '../../../vocabulary/function-words.js';

const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_PRONOUN_SET = new Set(POSSESSIVE_PRONOUNS);

const INNER_CLAUSE_OPENERS = new Set(MODIFIER_CLAUSE_OPENERS);

/** A word that opens a clause inside reported words: "that", "who", "whether", a subordinating conjunction. */
export function opensInnerClause(token: Token | undefined): boolean {
  return token !== undefined && (INNER_CLAUSE_OPENERS.has(token.lower) || token.pos === 'SCONJ');
}

/** The token starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return CAPITALISED.test(token.text);
}

/**
 * The number of tokens of the first of `phrases` (each as its lower-case words) that stands at `index`:
 * 2 for "in effect" in ", in effect forcing …"; 0 when none does.
 */
export function phraseLengthAt(tokens: readonly Token[], index: number, phrases: readonly (readonly string[])[]): number {
  return phrases.find((words) => words.every((word, k) => tokens[index + k]?.lower === word))?.length ?? 0;
}

/** The token stands inside a quotation. */
export function inQuote(context: RuleContext, token: Token): boolean {
  return context.quoteIndex.quoteAt(token.start) !== undefined;
}

/** A possessive ending: "’s". */
export function isPossessive(token: Token): boolean {
  return POSSESSIVE.has(token.lower) && (token.pos === 'PART' || token.pos === 'PUNCT' || token.pos === 'X');
}

/** A word that can head a noun phrase: a noun or a name. */
export function isNounHead(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || (token.pos !== 'PUNCT' && isCapitalised(token) && token.pos !== 'PRON' && token.pos !== 'VERB' && token.pos !== 'AUX');
}

/** A word that can stand inside a noun phrase before its head. */
export function isNounPhraseWord(token: Token): boolean {
  if (isPossessive(token) || POSSESSIVE_PRONOUN_SET.has(token.lower)) return true;
  switch (token.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
    case 'DET':
      return true;
    default:
      return isCapitalised(token) && token.pos !== 'PRON' && token.pos !== 'VERB' && token.pos !== 'AUX' && token.pos !== 'PUNCT';
  }
}

/** Sentence-final punctuation. */
export function isSentenceEnd(token: Token | undefined): boolean {
  return token === undefined || token.text === '.' || token.text === '!' || token.text === '?' || token.text === '…';
}

/** Tokens that are quotation marks: straight, curly, low and angle double marks, and '' and `` written for them. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', "''", '``']);

/** A token that is a quotation mark. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_MARKS.has(token.text);
}

/**
 * "to vote", "to harshly punish", "to “check out”": token `index` is "to" and a verb follows it, past a
 * quotation mark opening the words quoted or an adverb splitting the infinitive.
 */
export function isInfinitiveAt(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'to') return false;
  let verb = index + 1;
  // The tagger reads a word opening a quotation as a noun as often as not: "to “check out” …".
  const quoted = isQuoteMark(tokens[verb]);
  if (quoted) verb += 1;
  if (tokens[verb]?.pos === 'ADV') verb += 1;
  const word = tokens[verb];
  return word?.pos === 'VERB' || (quoted && word?.pos === 'NOUN' && word.text === word.lower);
}

/** A hyphen joining two words with no space around it: "Raman-Holt". */
export function isJoiningHyphen(before: Token | undefined, hyphen: Token, after: Token | undefined): boolean {
  return (hyphen.text === '-' || hyphen.text === '\u2010' || hyphen.text === '\u2011') &&
    before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start;
}

/** Dashes that set off an aside, standing apart from the words around them. */
const ASIDE_DASHES = new Set(DASHES_AND_HYPHEN);

/** A dash with space on both sides, not a hyphen joining two words. */
export function isSpacedDash(tokens: readonly Token[], index: number): boolean {
  const dash = tokens[index];
  return dash !== undefined && ASIDE_DASHES.has(dash.text) && !isJoiningHyphen(tokens[index - 1], dash, tokens[index + 1]);
}

/** "his", "its", "their": a pronoun that opens a noun phrase rather than standing for one. */
export function isPossessivePronoun(token: Token): boolean {
  return POSSESSIVE_PRONOUN_SET.has(token.lower);
}

/** Index of the first token starting at or after `offset`, by binary search. */
export function tokenIndexFrom(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens, (token) => token.start >= offset);
}

/**
 * "wrote Jane Roe for Morning Consult", "told Capital Download": a capitalised word after another is part
 * of a name, though wink tagged it a verb.
 */
export function isNameTaggedVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token !== undefined && previous !== undefined && token.pos === 'VERB' && isCapitalised(token) && isCapitalised(previous) &&
    previous.sentence === token.sentence;
}

/**
 * A quotation mark of a nickname inside a name, Jane "JJ" Roe: the quote finder left it out of any
 * quotation, and capitalised words stand on both sides of it.
 */
export function isNicknameMark(context: RuleContext, index: number): boolean {
  const tokens = context.doc.tokens;
  const mark = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return isQuoteMark(mark) && !inQuote(context, mark as Token) && before !== undefined && after !== undefined &&
    isCapitalised(before) && isCapitalised(after);
}

/** An auxiliary or a verb not ending in "-ing": a word that can carry a clause's tense ("would", "said", not "saying"). */
export function isTensedVerb(token: Token): boolean {
  return token.pos === 'AUX' || (token.pos === 'VERB' && !token.lower.endsWith('ing'));
}

/** Index just past the sentence's last word (before its final mark). */
export function lastWord(tokens: readonly Token[], sentence: Sentence): number {
  let end = sentence.endToken;
  while (end > sentence.firstToken && (tokens[end - 1] as Token).pos === 'PUNCT') end -= 1;
  return end;
}

/** A present participle: "-ing" that is not the whole dictionary form ("appearing", not "bring"). */
export function isParticiple(token: Token): boolean {
  return token.lower.endsWith('ing') && token.lemma !== token.lower;
}

/** A participle cue ("saying", "ruling") starts at token `index`, whatever wink tagged the word. */
export function participleCueAt(context: RuleContext, index: number): boolean {
  const token = context.doc.tokens[index];
  return token !== undefined && context.cuesBySentence.get(token.sentence)?.some((cue) => cue.firstToken === index && cue.participle) === true;
}

/** A verb stands at token `index`: one tagged so, or a cue's verb the finder read there ("Critics call them …", "call" tagged as a noun). */
export function verbAt(context: RuleContext, index: number): boolean {
  const token = context.doc.tokens[index];
  if (token === undefined) return false;
  return token.pos === 'VERB' || token.pos === 'AUX' || cueVerbAt(context, index);
}

/**
 * "The mayor has had sharp words for …", "Officials did the count …": a "have" or "do" passed over as an
 * auxiliary (`skipped`) is the clause's own verb when `next`, the word after it, is no verb.
 */
export function isOwnVerbBefore(skipped: Token | undefined, next: Token | undefined): boolean {
  if (skipped === undefined || next === undefined || /^(?:VERB|AUX|PART|PUNCT)$/.test(next.pos)) return false;
  return (skipped.pos === 'AUX' || skipped.pos === 'VERB') && (skipped.lemma === 'have' || skipped.lemma === 'do');
}

/** The verb of a verb cue stands at token `index`, whatever wink tagged the word. */
export function cueVerbAt(context: RuleContext, index: number): boolean {
  const token = context.doc.tokens[index];
  return token !== undefined && context.cuesBySentence.get(token.sentence)?.some((cue) => cue.verbToken === index && cue.kind !== 'according-to') === true;
}

/**
 * The content is one piece from token `start` made of a name alone, its capitalised title included ("President
 * Lund"): "endorsed Trump", "backs Clinton" report whom the speaker stands for; "echoing Jane Roe" names whose
 * words were repeated.
 */
export function isOnlyName(tokens: readonly Token[], start: number, content: readonly Range[]): boolean {
  const end = content.length === 1 ? content[0]?.end ?? 0 : 0;
  for (let i = start; tokens[i] !== undefined && (tokens[i] as Token).end <= end; i += 1) {
    const token = tokens[i] as Token;
    if (token.pos !== 'PROPN' && !isCapitalised(token)) return false;
  }
  return end > 0;
}

/** The dash of the same kind that closes a parenthesis opened by the dash at `index`, before `end`; -1 when none does. */
export function closingDash(tokens: readonly Token[], index: number, end: number): number {
  for (let i = index + 2; i < end - 1; i += 1) if ((tokens[i] as Token).text === (tokens[index] as Token).text) return i;
  return -1;
}

/** Whether `test` holds for a token from `from` on, before a comma or the end of `sentence`. */
export function someInClause(tokens: readonly Token[], from: number, sentence: Sentence, test: (token: Token) => boolean): boolean {
  for (let i = from; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ',' || isSentenceEnd(token)) return false;
    if (test(token)) return true;
  }
  return false;
}

const COORDINATOR_WORDS = new Set(COORDINATING_CONJUNCTIONS);
/** Most tokens of a phrase set off by commas after "and": "and, [at one point], chanted". */
const MAX_ASIDE_TOKENS = 5;

/**
 * "and, at one point, chanted", "but, in a statement, said": the comma opening a short phrase of preposition
 * or adverb set off by commas right after a coordinator, when `comma` closes it; null otherwise.
 */
export function asideAfterCoordinator(tokens: readonly Token[], comma: number, sentence: Sentence): number | null {
  for (let i = comma - 1; i > sentence.firstToken && i >= comma - 1 - MAX_ASIDE_TOKENS; i -= 1) {
    if (tokens[i]?.text !== ',') continue;
    const opener = tokens[i + 1];
    const aside = i + 1 < comma && (opener?.pos === 'ADP' || opener?.pos === 'ADV');
    return aside && COORDINATOR_WORDS.has(tokens[i - 1]?.lower ?? '') ? i : null;
  }
  return null;
}

/** The first comma after token `from` and before token `end`; null when there is none. */
export function nextComma(tokens: readonly Token[], from: number, end: number): number | null {
  for (let i = from + 1; i < end; i += 1) if (tokens[i]?.text === ',') return i;
  return null;
}

/** Articles after "as" that open what something is taken for: "as a sign of …", "as an example". */
const ROLE_ARTICLES = new Set(['a', 'an']);

/** "as" at `index` opens what the object is taken for ("as a warning"), not a clause of time ("as the vote neared"). */
export function namesRole(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === 'as' && ROLE_ARTICLES.has(tokens[index + 1]?.lower ?? '');
}
