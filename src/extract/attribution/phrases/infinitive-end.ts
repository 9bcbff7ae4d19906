/**
 * Where reported words that are an infinitive ("agreed to release the funds …") give way to an adjunct of the
 * writer's own telling why or when the subject acted: "so the work could start", "after the vote was held";
 * to a second predicate of the subject: "wanted to stay, but was sent home"; or to a participle telling what else
 * the subject does: "hopes to enrol a million people, focusing on students".
 */
import type { Sentence, Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import { CLAUSE_SUBJECT_PRONOUNS, FINITE_AUXILIARIES, TRAILING_CLAUSE_SUBORDINATORS } from '../../../vocabulary/function-words.js';
import { looksLikeClause } from './clause-shape.js';
import { isAsideParticiple } from './object-end.js';
import { inQuote, namesRole, opensInnerClause } from './tokens.js';

/** Most tokens of a request's object before its infinitive: "urged [the county board] to …". */
const MAX_OBJECT_TOKENS = 5;
/** Words that open a clause of purpose or result after an infinitive's object: "so the work could start". */
const PURPOSE_OPENERS = new Set(['so']);
const SUBORDINATORS = new Set(TRAILING_CLAUSE_SUBORDINATORS.filter((word) => word !== 'while'));
const FINITE = new Set(FINITE_AUXILIARIES);
/** Conjunctions that join a second predicate to the subject. */
const PREDICATE_JOINERS = new Set(['and', 'but']);
/** Personal pronouns that can open a clause of their own. */
const SUBJECT_PRONOUNS = new Set(CLAUSE_SUBJECT_PRONOUNS);

/**
 * With content from token `start` that opens on an infinitive (perhaps after a request's object), the index where
 * a clause of purpose, time or reason ("so …", "after …") or a second predicate (", but was …") starts after it,
 * outside quotations; `end` otherwise.
 */
export function infinitiveAdjunctStart(context: RuleContext, start: number, end: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  const infinitive = infinitiveOpening(tokens, start);
  if (infinitive < 0) return end;
  // "wanted to know who …": the clause may open right after the infinitive's verb.
  let embedded = opensInnerClause(tokens[infinitive + 2]);
  for (let i = infinitive + 3; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token)) continue;
    // "go after the loophole": a particle right after the verb is no subordinator; nor is "so-called" one.
    // "… as an example of …" names what the object is taken for, no clause of time.
    const opener = (PURPOSE_OPENERS.has(token.lower) || SUBORDINATORS.has(token.lower)) && tokens[i - 1]?.pos !== 'VERB' && tokens[i + 1]?.pos !== 'PUNCT' &&
      !namesRole(tokens, i);
    if (opener && looksLikeClause(context, i + 1, sentence)) return i;
    // "wants to enrol a million people, focusing on …": a participle after a comma tells what the subject does.
    if (token.text === ',' && isAsideParticiple(tokens, i + 1)) return i;
    if (PREDICATE_JOINERS.has(token.lower) && FINITE.has(tokens[i + 1]?.lower ?? '')) return tokens[i - 1]?.text === ',' ? i - 1 : i;
    // "seek to cut costs and lenders look to …": a clause with its own subject joined after the infinitive.
    if (PREDICATE_JOINERS.has(token.lower) && !embedded && startsJoinedClause(tokens, i + 1) && looksLikeClause(context, i + 1, sentence)) {
      return tokens[i - 1]?.text === ',' ? i - 1 : i;
    }
    // "to make sure that costs fall and wages rise": after a clause opener, a joined clause is that clause's.
    if (opensInnerClause(token)) embedded = true;
  }
  return end;
}

/**
 * The token at `index`, after "and" or "but", opens a subject of its own: a noun or a name, or a personal
 * pronoun, perhaps after an article or a possessive ("and lenders look to …", "but the banks want …"), not a
 * verb sharing the infinitive's "to" ("and cut fees").
 */
function startsJoinedClause(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index];
  if (first === undefined) return false;
  if (first.pos === 'PRON') return SUBJECT_PRONOUNS.has(first.lower);
  return first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'DET';
}


/** The index of "to" when the content at `start` opens on an infinitive, or on a short object and one; -1 otherwise. */
function infinitiveOpening(tokens: readonly Token[], start: number): number {
  for (let i = start; i < start + MAX_OBJECT_TOKENS; i += 1) {
    const token = tokens[i];
    if (token === undefined) return -1;
    if (token.lower === 'to' && tokens[i + 1]?.pos === 'VERB') return i;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.pos === 'SCONJ') return -1;
  }
  return -1;
}
