/**
 * "“…,” X said." and "…, the speaker continued.": the content stands before the speaker, the cue ends
 * the clause. A quotation reopened right after the attribution continues the same claim.
 */
import type { Cue } from '../../cues/types.js';
import { QUOTE_ONLY_VERBS, RECIPIENT_VERBS, SUBORDINATING_CONJUNCTIONS } from '../../../vocabulary/cue-verbs.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentRanges } from '../phrases/ranges.js';
import { contentBefore, endsClause, isSingleWord, isSubstantial } from '../phrases/content.js';
import { mainClauseStart } from '../phrases/clause-shape.js';
import { isAnswerFragment } from '../phrases/answer-fragment.js';
import { afterAttribution, afterRecipient } from '../phrases/content-opening.js';
import { isPossessivePronoun, tokenIndexFrom } from '../phrases/tokens.js';
import { phraseAfter } from '../phrases/noun-phrase.js';
import { sentenceAt } from '../candidate.js';
import { contentFromSentenceBefore, continuationAfter } from '../phrases/continuation.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import type { CueRule, Range, RuleContext } from '../types.js';
import { RELATIVE_PRONOUNS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import { SUBORDINATOR_LEADING_WORDS } from '../../../vocabulary/function-words.js';

const RELATIVES = new Set(RELATIVE_PRONOUNS);
const QUOTE_ONLY = new Set(QUOTE_ONLY_VERBS);
const SUBORDINATING = new Set(SUBORDINATING_CONJUNCTIONS);
const RECIPIENTS = new Set(RECIPIENT_VERBS);
const TIME = new Set(TIME_HEADS);
const LEADING_WORDS = new Set(SUBORDINATOR_LEADING_WORDS);

export const contentSpeakerCue: CueRule = {
  id: 'content-comma-speaker-cue',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    if (!endsClause(context, afterRecipient(context, cue, sentence), sentence) || takesObject(context, cue, sentence)) return null;
    // "Heading into the debate, Sanders said: “…”", "…said, “…”" or "…, a doctor had typed “…”": the
    // quotation after the cue is the content.
    const tail = afterAttribution(context, cue, sentence);
    const tailMark = context.doc.tokens[tail];
    const quoteAfter = context.doc.tokens[tail + 1];
    const quoteFollows = tailMark?.text === ',' && quoteAfter !== undefined && context.quoteIndex.quoteStartingAt(quoteAfter.start) !== undefined;
    const quoteObject = tail === afterRecipient(context, cue, sentence) && tailMark !== undefined && context.quoteIndex.quoteStartingAt(tailMark.start) !== undefined;
    if (tailMark?.text === ':') return null;
    // ("“We lost,” he said “but we learned.”" is one claim, its comma left out.)
    if (quoteObject && !(endsQuote(context, cue) && context.quoteIndex.quoteStartingAt(sentence.start) !== undefined)) return null;
    const speaker = speakerBeforeCue(context, cue, sentence);
    // "X, which supported Y, …": a relative clause reports nothing about the words before it.
    if (speaker === null || RELATIVES.has(context.doc.tokens[extentStart(speaker)]?.lower ?? '')) return null;
    const relative = relativeBefore(context, extentStart(speaker));
    const content = relative ?? contentBefore(context, extentStart(speaker), sentence);
    if (content === null) return null;
    // "The bridge, Ms. Lind said, carried …": the words on both sides are the content. "Though it went
    // well, he said, replacing her would be harder": a subordinate clause needs the main clause after it.
    const subordinate = opensSubordinateClause(context, content);
    // "When the club sold the ground, Mr. Lund said, “we were floored.”": a quotation after the attribution is
    // its own claim unless it completes a subordinate clause before the speaker.
    // ("As for the network, he said, “…”", "After the vote, …": a preposition's phrase with no verb is no clause.)
    if (quoteFollows && !endsQuote(context, cue) && !(subordinate && holdsVerb(context, content))) return null;
    const continuation = continuationAfter(context, afterAttribution(context, cue, sentence), sentence, true, subordinate);
    if ((subordinate || relative !== null) && continuation.length === 0) return null;
    // "X told him: “…,” she said. “…”": the first quotation is the colon cue's; this cue reports the next.
    const pieces = continuation.length > 0 && claimedBefore(context, cue, content) ? continuation : [...contentFromSentenceBefore(context, content, speaker), ...continuation];
    // A single word before the attribution and nothing after it ("Reportedly, Russia has asked …") is no content.
    if (isSingleWord(context, pieces)) return null;
    // "Leaders like Ortiz, she said." after a quoting paragraph: an answer with no verb of its own.
    if (!isSubstantial(context, pieces) && !isAnswerFragment(context, pieces, sentence)) return null;
    // "“…?” Vitter demanded.": a verb of intention reports words only when they are quoted.
    const quoted = pieces.some((range) => context.quoteIndex.quoteAt(range.start) !== undefined);
    if ((cue.type === 'intention' || QUOTE_ONLY.has(cue.lemma)) && !quoted) return null;
    // Paraphrase before the speaker has no marks to end it: where it starts is a guess from the sentence.
    return makeCandidate(context, this.id, pieces, cue, toSpeaker(context, speaker));
  },
};

/** Relative words that open a clause set off by commas: "the stadium, which, he said, is …". */
const CLAUSE_RELATIVES = new Set(['which', 'who']);

/**
 * "…, near the harbour, which, Ortiz said, is often crowded": a relative word between commas right before
 * the attribution is the subject of what was said, not the words before it.
 */
function relativeBefore(context: RuleContext, boundary: number): Range[] | null {
  const tokens = context.doc.tokens;
  const word = tokens[boundary - 2];
  if (tokens[boundary - 1]?.text !== ',' || word === undefined || !CLAUSE_RELATIVES.has(word.lower) || tokens[boundary - 3]?.text !== ',') return null;
  return contentRanges(context.doc, word.start, word.end);
}

/**
 * "In her memoir, Hidden Roads, the mayor noted the bridge’s age.": a verb with an object of its own after it
 * reports that object, not the words before its subject ("Split over the plan, ministers found little
 * agreement", "…, she said yes"). A phrase of time ("said this week", "said several weeks later") is no object.
 */
function takesObject(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const next = tokens[cue.endToken];
  if (RECIPIENTS.has(cue.lemma) || next === undefined) return false;
  // "…, she said yes": the answer after the verb is what was said; "…, the chief indicated as much" points back to it.
  if (next.pos === 'INTJ' || (next.lower === 'as' && tokens[cue.endToken + 1]?.lower === 'much')) return true;
  if (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ' && next.pos !== 'DET' && !isPossessivePronoun(next)) return false;
  const object = phraseAfter(context, cue.endToken, sentence);
  return object !== null && !tokens.slice(object.firstToken, object.endToken).some((token) => TIME.has(token.lower) || TIME.has(token.lemma));
}

/** The claim made last, by a cue earlier in the same sentence, already holds all of `content`. */
function claimedBefore(context: RuleContext, cue: Cue, content: readonly Range[]): boolean {
  const previous = context.accepted[context.accepted.length - 1];
  if (previous === undefined || previous.cue === null || previous.lastSentence !== cue.sentence || previous.cue.end > cue.start) return false;
  return content.every((range) => previous.content.some((piece) => piece.start <= range.start && piece.end >= range.end));
}

/** The content opens with a subordinating conjunction outside any quotation: "But when Congress cut …". */
function opensSubordinateClause(context: RuleContext, content: readonly Range[]): boolean {
  const first = content[0];
  if (first === undefined || context.quoteIndex.quoteAt(first.start) !== undefined) return false;
  const words = context.doc.text.slice(first.start, first.end).toLowerCase().split(/\s+/, 3);
  const at = LEADING_WORDS.has(words[0] ?? '') ? 1 : 0;
  if (!SUBORDINATING.has(words[at] ?? '')) return false;
  // "After some challenges, the work has been good, one official said": the main clause is already there.
  const last = content[content.length - 1] as Range;
  const sentence = context.doc.sentences[sentenceAt(context, first.start)] as Sentence;
  return mainClauseStart(context, tokenIndexFrom(context.doc.tokens, first.start), sentence) >= tokenIndexFrom(context.doc.tokens, last.end);
}

/** Some word of `content` outside quotations is a verb: "when the club sold the ground". */
function holdsVerb(context: RuleContext, content: readonly Range[]): boolean {
  const tokens = context.doc.tokens;
  return content.some((range) => {
    for (let i = tokenIndexFrom(tokens, range.start); i < tokens.length && (tokens[i] as Token).end <= range.end; i += 1) {
      const token = tokens[i] as Token;
      if ((token.pos === 'VERB' || token.pos === 'AUX') && context.quoteIndex.quoteAt(token.start) === undefined) return true;
    }
    return false;
  });
}

/** The speaker right before the cue follows a closing quote mark or its comma: "“…,” she said, “…”". */
function endsQuote(context: RuleContext, cue: Cue): boolean {
  const tokens = context.doc.tokens;
  for (let i = cue.firstToken - 1; i >= 0 && i >= cue.firstToken - 8; i -= 1) {
    const token = tokens[i] as Token;
    if (context.quoteIndex.quoteEndingAt(token.end) !== undefined) return true;
    if (token.text === '.' || token.text === '?' || token.text === '!') return false;
  }
  return false;
}
