/**
 * "State television quoted the minister as saying that …", "quoted a spokesman, Lin Bo, as saying …", "The
 * minister was quoted (by state television) as saying …": the one quoted said the words; whoever quoted them carried them, and is left to the source step.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentBefore, contentFrom } from '../phrases/content.js';
import { afterAttribution, openingAfter } from '../phrases/content-opening.js';
import { nameInApposition, phraseAfter, phraseBefore, type PhraseMatch } from '../phrases/noun-phrase.js';
import { extentStart, speakerBeforeCue, toSpeaker } from '../phrases/speaker.js';
import { isSentenceEnd } from '../phrases/tokens.js';
import type { CueRule, RuleContext } from '../types.js';
import { BE_FORMS, QUOTING_VERBS } from '../../../vocabulary/cue-verbs.js';

const QUOTING = new Set(QUOTING_VERBS);
const BE = new Set(BE_FORMS);
const AGENT_MARK = 'by';
const MANNER_MARK = 'as';

export const quotedAsSaying: CueRule = {
  id: 'quoted-as-saying',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || !QUOTING.has(cue.lemma)) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const tokens = context.doc.tokens;
    const object = cue.passive ? null : phraseAfter(context, cue.endToken, sentence);
    // "quoted a coast guard spokesman, Lin Bo, as saying": the name in apposition is the one quoted.
    const named = object === null ? null : nameInApposition(context, object, sentence);
    const quoted = named !== null && tokens[named.endToken]?.text === ',' ? named : object;
    const agent = cue.passive && tokens[cue.endToken]?.lower === AGENT_MARK ? phraseAfter(context, cue.endToken + 1, sentence) : null;
    const as = quoted === named && named !== null ? named.endToken + 1 : quoted?.endToken ?? agent?.endToken ?? cue.endToken;
    if (tokens[as]?.lower !== MANNER_MARK) return null;
    const saying = sayingCue(context, as + 1);
    if (saying === null) return null;
    const speaker = quoted ?? passiveSubject(context, cue, sentence);
    if (speaker === null) return null;
    const content = inverted(context, saying) ? contentBefore(context, subjectStart(context, cue, speaker, sentence), sentence)
      : contentFrom(context, openingAfter(context, saying, sentence).token, sentence);
    return content === null || content.length === 0 ? null : makeCandidate(context, this.id, content, saying, toSpeaker(context, speaker), saying.type);
  },
};

/**
 * "“…,” the paper quoted an organiser as saying, without naming him.", "“…,” the coach was quoted as
 * saying by a daily paper on Saturday.": nothing reported follows the cue and its adjuncts.
 */
function inverted(context: RuleContext, saying: Cue): boolean {
  const sentence = context.doc.sentences[saying.sentence] as Sentence;
  const tokens = context.doc.tokens;
  let next = saying.endToken;
  if (tokens[next]?.lower === AGENT_MARK) next = phraseAfter(context, next + 1, sentence)?.endToken ?? next;
  const after = tokens[afterAttribution(context, saying, sentence, next)];
  return after === undefined || after.sentence !== saying.sentence || after.text === ',' || isSentenceEnd(after);
}

/** Where the attribution starts: the subject of the quoting verb, or the one quoted in the passive. */
function subjectStart(context: RuleContext, cue: Cue, speaker: PhraseMatch, sentence: Sentence): number {
  if (cue.passive) return extentStart(speaker);
  const subject = phraseBefore(context, cue.firstToken, sentence);
  return subject === null ? cue.firstToken : extentStart(subject);
}

/** The cue of a verb of saying or writing in its -ing form at token `index` ("as saying", "as writing"), or null. */
function sayingCue(context: RuleContext, index: number): Cue | null {
  const token = context.doc.tokens[index] as Token | undefined;
  if (token === undefined || !token.lower.endsWith('ing')) return null;
  const cue = context.cuesBySentence.get(token.sentence)?.find((other) => other.verbToken === index);
  return cue !== undefined && (cue.type === 'speech' || cue.type === 'writing') ? cue : null;
}

/** "The minister was quoted as saying": the subject before the form of "to be". */
function passiveSubject(context: RuleContext, cue: Cue, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let be = cue.firstToken - 1;
  while (be > sentence.firstToken && tokens[be]?.pos === 'ADV') be -= 1;
  if (!BE.has(tokens[be]?.lower ?? '')) return null;
  return speakerBeforeCue(context, { ...cue, firstToken: be, passive: false }, sentence);
}
