/**
 * "The plan has been endorsed by the union", "“Harbour Lights” was written by Okafor": a passive cue
 * whose agent, after "by", said or backed what the subject names.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { BE_FORMS, VERB_MODIFIERS } from '../../../vocabulary/cue-verbs.js';
import { makeCandidate } from '../candidate.js';
import { contentRanges } from '../phrases/ranges.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isDecisionCue, namesDecision } from '../phrases/decision-object.js';
import type { CueRule, RuleContext } from '../types.js';
import { PERCEPTION_VERBS, QUOTE_ONLY_VERBS } from '../../../vocabulary/cue-verbs.js';

const QUOTE_ONLY = new Set(QUOTE_ONLY_VERBS);
const PERCEPTION = new Set(PERCEPTION_VERBS);
/** The preposition that opens a topic after the agent: "was asked by reporters about …". */
const TOPIC_PREPOSITION = 'about';

const BE = new Set(BE_FORMS);
const MODIFIERS = new Set(VERB_MODIFIERS);

export const passiveByAgent: CueRule = {
  id: 'passive-by-agent',
  apply(context: RuleContext, cue: Cue) {
    // "The statement was read by the mayor", "The appeal was heard by the court": what was read or perceived is
    // named, not reported.
    if (cue.kind !== 'verb' || !cue.passive || QUOTE_ONLY.has(cue.lemma) || PERCEPTION.has(cue.lemma)) return null;
    const tokens = context.doc.tokens;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    if (tokens[cue.endToken]?.lower !== 'by') return null;
    const agent = phraseAfter(context, cue.endToken + 1, sentence);
    // "The mayor was pressed by reporters about the cost": a topic after the agent; the subject is the one addressed.
    if (agent === null || tokens[agent.endToken]?.lower === TOPIC_PREPOSITION) return null;
    // The subject runs from the clause start to the "to be" before the verb.
    let be = cue.firstToken - 1;
    while (be > sentence.firstToken && !BE.has((tokens[be] as Token).lower)) {
      if (!MODIFIERS.has((tokens[be] as Token).lower) && (tokens[be] as Token).pos !== 'ADV') return null;
      be -= 1;
    }
    while (be - 1 > sentence.firstToken && (MODIFIERS.has((tokens[be - 1] as Token).lower) || isVerbGroupWord(tokens, be - 1))) be -= 1;
    let end = be;
    let start = clauseStart(tokens, end, sentence);
    // "The plan, however, was rejected by …": an adverb set off by commas stands between the subject and its verb.
    if (start - 1 > sentence.firstToken && isAside(tokens, start, end)) {
      end = start - 1;
      start = clauseStart(tokens, end, sentence);
    }
    const first = tokens[start];
    const last = tokens[end - 1];
    if (first === undefined || last === undefined || end <= start) return null;
    // "The audit showed that the bridge was built by a contractor": the passive stands in a clause after
    // "that", and the stretch before it is no subject of the cue.
    if (opensClauseAfterVerb(tokens, start, end)) return null;
    // "It was first announced by the president", "They were backed by the envoy": a pronoun alone names
    // something said before, and reports none of it.
    if (end - start === 1 && first.pos === 'PRON') return null;
    // "The ban was upheld by the court" tells a decision; "the girl was adopted by a couple" none.
    if (isDecisionCue(cue) && !namesDecision([last])) return null;
    const quote = context.quoteIndex.quoteAt(first.start);
    const content = contentRanges(context.doc, quote?.start ?? first.start, Math.max(last.end, quote?.end ?? 0));
    return content.length === 0 ? null : makeCandidate(context, this.id, content, cue, toSpeaker(context, agent));
  },
};

/** Where the clause of the subject ending before token `end` starts: after the last comma before it. */
function clauseStart(tokens: readonly Token[], end: number, sentence: Sentence): number {
  let start = end - 1;
  while (start > sentence.firstToken && (tokens[start - 1] as Token).text !== ',') start -= 1;
  return start;
}

/**
 * Whether tokens `start` to `end` hold a verb, then "that" and more words: "the audit showed that the
 * bridge", the verb's clause before the clause of the passive. "The plan that" (a relative before the verb)
 * and "The claim that rents rose" (a noun's clause, no verb before it) are subjects.
 */
function opensClauseAfterVerb(tokens: readonly Token[], start: number, end: number): boolean {
  let verb = false;
  for (let i = start; i < end - 1; i += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'that' && verb) return true;
    if (token.pos === 'VERB') verb = true;
  }
  return false;
}

/** Tokens `start` to `end` are adverbs and a comma after a comma: ", however,", ", meanwhile,". */
function isAside(tokens: readonly Token[], start: number, end: number): boolean {
  const run = tokens.slice(start, end);
  return run.length > 1 && run.at(-1)?.text === ',' && run.slice(0, -1).every((token) => token.pos === 'ADV');
}

/**
 * A word of the verb group before a passive "to be": "was [being] told", "is likely to be decided", "has
 * been read": an auxiliary, "to", an adverb, or an adjective before "to".
 */
function isVerbGroupWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.pos === 'AUX' || BE.has(token.lower) || token.lower === 'to' || token.pos === 'ADV') return true;
  return token.pos === 'ADJ' && tokens[index + 1]?.lower === 'to';
}
