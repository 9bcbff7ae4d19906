/**
 * The subject of a verb after "and" that is not the sentence's: the relative pronoun of a clause set off by a
 * comma ("investors, who own the flats and say …"), the subject of a clause opened by a conjunction ("after
 * he benched the captain and claimed …"), or of a later clause of the sentence ("…, but tenants opposed it and said …").
 */
import type { Sentence, Token } from '../../document/types.js';
import { SUBORDINATING_CONJUNCTIONS, VERB_MODIFIERS } from '../../../vocabulary/cue-verbs.js';
import { CLAUSE_MARKS } from '../../../vocabulary/clause-breaks.js';
import { DASHES } from '../../../vocabulary/dashes.js';
import { EVENT_FINAL_WORDS } from '../../../vocabulary/event-heads.js';
import { COORDINATING_CONJUNCTIONS, RELATIVE_PRONOUNS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import type { RuleContext } from '../types.js';
import { joinedSubjectAfter } from './joined-subject.js';
import { phraseAfter, type PhraseMatch } from './noun-phrase.js';
import { inQuote, isQuoteMark, verbAt } from './tokens.js';

const MODIFIERS = new Set(VERB_MODIFIERS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const DASH_SET = new Set(DASHES);

/**
 * The subject of the verb after the coordinator at token `coordinator`, when a clause inside the sentence
 * gives it; `unknown` when such a clause stands there but its subject may not be the verb's; else null.
 */
export function subjectBeforeCoordinator(context: RuleContext, coordinator: number, sentence: Sentence): PhraseMatch | 'unknown' | null {
  return relativeBeforeCoordinator(context, coordinator, sentence) ?? subordinateBeforeCoordinator(context, coordinator, sentence) ??
    clauseBeforeCoordinator(context, coordinator, sentence);
}

const COORDINATORS = new Set(COORDINATING_CONJUNCTIONS);

/**
 * "Landlords backed the bill, but tenants opposed it and said …", "(they want fewer stops and suggest …)": a
 * later clause, opened by a clause mark (a comma only with a conjunction after it), with a subject and a verb
 * of its own before the coordinator at token `coordinator`: its subject, the nearest such, not the sentence's
 * first. Null when none stands there, or when the coordinator is inside a relative clause.
 */
export function clauseBeforeCoordinator(context: RuleContext, coordinator: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  for (let i = coordinator - 1; i > sentence.firstToken; i -= 1) {
    const token = tokens[i] as Token;
    if (!CLAUSE_MARK_SET.has(token.text) || inQuote(context, token)) continue;
    // "…, which paid more and asked …": a relative clause is the relative reader's; its subject is not read here.
    if (RELATIVES.has(tokens[i + 1]?.lower ?? '')) return null;
    const joined = COORDINATORS.has(tokens[i + 1]?.lower ?? '');
    // "The hall proved a refuge, a room shielded from …": after a bare comma a phrase and a participle describe.
    if (token.text === ',' && !joined) continue;
    // "met the operator — a firm based abroad — and said …": a bracket or dash closed before the coordinator is an aside.
    if (token.text !== ',' && closedBefore(tokens, i, coordinator)) continue;
    const start = joined ? i + 2 : i + 1;
    const subject = joinedSubjectAfter(context, phraseAfter(context, start, sentence), sentence);
    if (subject === null || subject.endToken >= coordinator) continue;
    let verb = subject.endToken;
    while (verb < coordinator && (tokens[verb]?.pos === 'ADV' || MODIFIERS.has(tokens[verb]?.lower ?? ''))) verb += 1;
    if (verb < coordinator && verbAt(context, verb)) return subject;
  }
  return null;
}

/** Most tokens between a relative pronoun and the "and" of a second verb in its clause. */
const MAX_COORDINATED_RELATIVE_TOKENS = 15;
/** Relative pronouns that open a clause set off by a comma: "…, who …", "…, which …". */
const NON_RESTRICTIVE_RELATIVES = new Set(['who', 'which']);
/** Marks that end a clause: the relative clause is searched for no further back. */
const CLAUSE_MARK_SET = new Set(CLAUSE_MARKS);

/**
 * "… Chinese investors, who make up most of the applicants and see the visa as …": a verb after "and" in
 * a relative clause set off by a comma has the relative pronoun as subject, not the sentence's subject.
 */
function relativeBeforeCoordinator(context: RuleContext, coordinator: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const first = Math.max(sentence.firstToken, coordinator - MAX_COORDINATED_RELATIVE_TOKENS);
  for (let i = coordinator - 1; i > first; i -= 1) {
    const token = tokens[i] as Token;
    if (!CLAUSE_MARK_SET.has(token.text)) continue;
    const relative = tokens[i + 1];
    // "…, which he had planned before …": a relative that is the object of its clause is no subject.
    const verb = tokens[i + 2]?.pos;
    const subject = verb === 'VERB' || verb === 'AUX' || verb === 'ADV';
    return token.text === ',' && subject && relative !== undefined && NON_RESTRICTIVE_RELATIVES.has(relative.lower)
      ? { firstToken: i + 1, endToken: i + 2, kind: 'pronoun' }
      : null;
  }
  return null;
}

const SUBORDINATORS = new Set(SUBORDINATING_CONJUNCTIONS);
/** Heads of descriptions that say nothing: events and times. */
const SPEECHLESS_HEADS = new Set([...EVENT_FINAL_WORDS, ...TIME_HEADS]);

/**
 * "The coach drew criticism after he benched the captain and claimed …", "Though the mayor praised the bank
 * and called for refunds, …": a verb after "and" in a clause opened by a conjunction, with no comma between,
 * shares that clause's subject when it is a pronoun or a name (a person or body that can speak), or any
 * subject when the clause opens the sentence, not the main clause's. A description with its verb there
 * mid-sentence ("… when campus police stopped her and ordered her out") leaves the subject `unknown`: it
 * may be the verb's subject, or the main clause's may be; unless it is an event or a time, which says nothing.
 */
function subordinateBeforeCoordinator(context: RuleContext, coordinator: number, sentence: Sentence): PhraseMatch | 'unknown' | null {
  const tokens = context.doc.tokens;
  const first = Math.max(sentence.firstToken, coordinator - MAX_COORDINATED_RELATIVE_TOKENS);
  for (let i = coordinator - 1; i >= first; i -= 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_MARK_SET.has(token.text)) return null;
    // "Though she called the fees “unfair” and …": a quoted word inside the clause is passed over.
    if (isQuoteMark(token) || inQuote(context, token)) continue;
    if (!SUBORDINATORS.has(token.lower)) continue;
    const subject = joinedSubjectAfter(context, phraseAfter(context, i + 1, sentence), sentence);
    // A description ("the mayor") is taken only when the clause opens the sentence: mid-sentence it is as
    // often the object of a verb before it as a subject.
    const description = subject?.kind === 'description' && i !== sentence.firstToken;
    if (subject === null || subject.endToken >= coordinator) return null;
    let verb = subject.endToken;
    while (verb < coordinator && (tokens[verb]?.pos === 'ADV' || MODIFIERS.has(tokens[verb]?.lower ?? ''))) verb += 1;
    const pos = tokens[verb]?.pos;
    if (verb >= coordinator || (pos !== 'VERB' && pos !== 'AUX')) return null;
    if (!description) return subject;
    // "after the meeting ended and said …": an event or a time says nothing; the main clause's subject speaks.
    return SPEECHLESS_HEADS.has(tokens[subject.endToken - 1]?.lower ?? '') ? null : 'unknown';
  }
  return null;
}

/** The bracket or dash at token `open` is closed before token `end`: a ")" or another dash stands between. */
function closedBefore(tokens: readonly Token[], open: number, end: number): boolean {
  const mark = (tokens[open] as Token).text;
  const closing = mark === '(' ? ')' : mark;
  for (let i = open + 1; i < end; i += 1) if ((tokens[i] as Token).text === closing || (DASH_SET.has(mark) && DASH_SET.has((tokens[i] as Token).text))) return true;
  return false;
}
