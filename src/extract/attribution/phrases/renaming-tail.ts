/**
 * A noun phrase the writer sets after reported words to rename their last noun: "… would back the new fund,
 * the largest of its kind", "… cut the levy on fluorinated gases, known as F-gases".
 */
import type { Sentence, Token } from '../../document/types.js';
import { RELATIVE_PRONOUNS } from '../../../vocabulary/speaker-words.js';
import type { RuleContext } from '../types.js';
import { looksLikeClause } from './clause-shape.js';
import { inQuote, isQuoteMark } from './tokens.js';
import { hasPastParticipleEnding } from '../../util/participle.js';

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that end the renaming noun phrase's own words: a relative clause may follow ("the alliance that …"). */
const RELATIVES = new Set([...RELATIVE_PRONOUNS, 'whose', 'where']);
/** Tags before a participle that modifies the noun after it: "the [presumed] favorite", "a [newly] built road". */
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV']);
/** Prepositions after a past participle that make it a reduced relative clause: "a plan backed by the unions". */
const PARTICIPLE_LINKS = new Set(['by', 'for', 'to', 'in', 'at', 'on', 'with', 'from']);

/** The verb at `index`, after a noun, opens a reduced relative clause: "fighting for …", "backed by …". */
function isReducedRelative(tokens: readonly Token[], index: number): boolean {
  const verb = tokens[index] as Token;
  return verb.lower.endsWith('ing') || (hasPastParticipleEnding(verb.lower) && PARTICIPLE_LINKS.has(tokens[index + 1]?.lower ?? ''));
}

/** Words that show a list rather than a renaming: "the mayor, the governor and the council". */
const LIST_JOINERS = new Set(['and', 'or']);

/**
 * "a former mayor and ambassador": the conjunction at `index` joins a bare noun to the one before, two titles
 * of one person under one article; a list opens each item with its own word ("and the council", "and Ruiz").
 */
function isSharedHead(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.pos === 'NOUN' && tokens[index + 1]?.pos === 'NOUN' && tokens[index + 2]?.pos !== 'NOUN';
}

/** Articles that open a noun phrase summing up the clause before its comma: ", a move that …". */
const SUMMING_ARTICLES = new Set(['a', 'an']);
const SUMMING_LINKS = new Set(['that', 'which']);

/** Tags that open the subject of a relative clause with no relative word: "a plan [the union] has called …". */
const CONTACT_SUBJECT_TAGS = new Set(['DET', 'PRON', 'PROPN']);

/**
 * The token at `index`, after a comma, opens "a move that …", "an admission which …", "a plan the union has
 * called …": an article, a noun, and "that", "which" or the subject of a clause describing the noun.
 */
export function isSummingAppositive(tokens: readonly Token[], index: number): boolean {
  const link = tokens[index + 2];
  if (!SUMMING_ARTICLES.has(tokens[index]?.lower ?? '') || tokens[index + 1]?.pos !== 'NOUN' || link === undefined) return false;
  return SUMMING_LINKS.has(link.lower) || (CONTACT_SUBJECT_TAGS.has(link.pos) && link.sentence === tokens[index]?.sentence);
}

/** Words after "the" that place what came before in a series of events: ", the latest blow to …". */
const SERIES_PLACES = new Set(['latest', 'newest']);

/**
 * The token at `index`, after a comma, opens "the latest …" or "the newest …": the writer's placing of the
 * clause or object before it in a series ("…, the newest turn in a long feud"), however it goes on.
 */
export function isPlaceInSeries(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === 'the' && SERIES_PLACES.has(tokens[index + 1]?.lower ?? '');
}

/** Where a renaming phrase after the last comma before `end` starts (its comma); `end` when there is none. */
export function renamingTailStart(context: RuleContext, start: number, end: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  let comma = end - 1;
  while (comma > start + 1 && (tokens[comma] as Token).text !== ',') comma -= 1;
  return comma > start + 1 && isRenamingTail(context, start, comma, end, sentence) ? comma : end;
}

/**
 * The comma at `comma` (outside quotations) opens a renaming phrase that runs to `end`: "known as" and a name,
 * or, after reported words that form a clause from `start`, an article and a noun phrase that is no clause of
 * its own ("…, the fees would rise" is one), no list ("…, the council and the mayor") and holds no quotation
 * or further comma.
 */
function isRenamingTail(context: RuleContext, start: number, comma: number, end: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[comma + 1];
  if (first === undefined || comma + 2 >= end || inQuote(context, first)) return false;
  for (let i = comma + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ',' || isQuoteMark(token) || inQuote(context, token)) return false;
    // "called for fairness, the end of loopholes that help the rich and for relief …": a list of objects.
    if (LIST_JOINERS.has(token.lower) && tokens[i + 1]?.pos === 'ADP') return false;
  }
  if (first.lower === 'known' && tokens[comma + 2]?.lower === 'as') return true;
  // ", a decision that hurt the town" sums up the whole clause, and stays with it unless an attribution follows.
  if (!ARTICLES.has(first.lower) || isSummingAppositive(tokens, comma + 1)) return false;
  for (let i = comma + 2; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (RELATIVES.has(token.lower)) break;
    if ((LIST_JOINERS.has(token.lower) && !isSharedHead(tokens, i)) || token.pos === 'AUX') return false;
    if (token.pos !== 'VERB' || MODIFIER_TAGS.has(tokens[i - 1]?.pos ?? '')) continue;
    // "the first woman elected to the post" describes the noun; "the fees rose" is a clause of its own.
    if (!isReducedRelative(tokens, i)) return false;
    break;
  }
  // "projects savings of $410,000 a year, a sliver of its budget": a figure the writer puts in proportion.
  return looksLikeClause(context, clauseStartAfter(tokens, start, comma), sentence) || endsInFigure(tokens, comma);
}

/** Most words of the unit after a figure that ends an object: "$410,000 [a year]", "12 [percent]". */
const MAX_UNIT_TOKENS = 3;

/** A number stands among the last words before the comma at `comma`. */
function endsInFigure(tokens: readonly Token[], comma: number): boolean {
  for (let i = comma - 1; i >= comma - 1 - MAX_UNIT_TOKENS; i -= 1) if (tokens[i]?.pos === 'NUM') return true;
  return false;
}

/**
 * Where the clause of reported words from `start` opens, past "that" and a phrase it sets off between commas
 * ("that, if elected, she would …"), before `limit`.
 */
function clauseStartAfter(tokens: readonly Token[], start: number, limit: number): number {
  const after = tokens[start]?.lower === 'that' ? start + 1 : start;
  if (tokens[after]?.text !== ',') return after;
  let close = after + 1;
  while (close < limit && (tokens[close] as Token).text !== ',') close += 1;
  return close < limit ? close + 1 : after;
}
