/** "The ministry issued a warning, saying that …": the subject of the main clause said it. */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom, looksLikeClause, openingAfter } from '../phrases/content.js';
import { sentenceSubject } from '../phrases/subject.js';
import { toSpeaker } from '../phrases/speaker.js';
import type { CueRule, RuleContext, SpeakerPhrase } from '../types.js';
import { RELATIVE_PRONOUNS } from '../../../vocabulary/speaker-words.js';
import { DAY_AND_MONTH_NAMES } from '../../../vocabulary/dates.js';
import { OBJECT_CUE_VERBS } from '../../../vocabulary/cue-verbs.js';
import { objectSettingStart } from '../phrases/object-end.js';
import { isNounPhraseWord } from '../phrases/tokens.js';
import type { Token } from '../../document/types.js';

const RELATIVES = new Set(RELATIVE_PRONOUNS);
/** Names of days and months, which a participle may follow without being their act: "tweeted Friday saying …". */
const TIME_NAMES = new Set(DAY_AND_MONTH_NAMES);
const OBJECT_VERBS = new Set(Object.values(OBJECT_CUE_VERBS).flat());

/** A word that opens an object noun phrase: an article, a possessive, a noun or a name. */
function startsObject(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'DET' || /^(?:his|her|its|their)$/.test(token.lower) || isNounPhraseWord(token));
}

export const participleCue: CueRule = {
  id: 'participle-cue',
  apply(context: RuleContext, cue: Cue) {
    if (!cue.participle) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const named = namedBefore(context, cue, sentence);
    const speaker = named ?? inheritedSpeaker(context, cue) ?? mainClauseSubject(context, cue, sentence);
    if (speaker === null) return null;
    const toVerb = context.doc.tokens[cue.endToken]?.lower === 'to' && context.doc.tokens[cue.endToken + 1]?.pos === 'VERB';
    const opening = toVerb ? { token: cue.endToken, introduced: true } : openingAfter(context, cue, sentence);
    const clause = opening.introduced || looksLikeClause(context, opening.token, sentence);
    // "…, citing a threat to public safety": a verb whose object is what it reports.
    // A name right before it ("Russia backing the government") makes the participle that name's, not the clause's.
    const object = !clause && named === null && OBJECT_VERBS.has(cue.lemma) && startsObject(context.doc.tokens[cue.endToken]);
    if (!clause && !object) return null;
    const content = object ? contentFrom(context, cue.endToken, sentence, objectSettingStart(context, cue.endToken, sentence.endToken))
      : contentFrom(context, opening.token, sentence);
    if (content.length === 0) return null;
    return makeCandidate(context, this.id, content, cue, speaker);
  },
};

/** "“…,” he said, adding that …": the speaker of the claim just made in the sentence. */
function inheritedSpeaker(context: RuleContext, cue: Cue): SpeakerPhrase | null {
  const previous = context.accepted[context.accepted.length - 1];
  if (previous === undefined || previous.lastSentence !== cue.sentence || previous.speaker === null) return null;
  if (previous.cue === null || previous.cue.end > cue.start) return null;
  // "Trump defended not paying an architect who said he was stiffed, saying …": the participle hangs on the
  // main clause, not on a relative clause inside it.
  if (previous.speaker.kind === 'pronoun' && RELATIVES.has(context.doc.text.slice(previous.speaker.start, previous.speaker.end).toLowerCase())) return null;
  return { start: cue.start, end: cue.start, kind: 'inherited', from: previous };
}

/** "footage of Hillary Clinton asking, “…”": the name right before the participle is its subject. */
function namedBefore(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  let first = cue.firstToken;
  while (first - 1 >= sentence.firstToken && tokens[first - 1]?.pos === 'PROPN' && !TIME_NAMES.has(tokens[first - 1]?.lower ?? '')) first -= 1;
  if (first === cue.firstToken || first === sentence.firstToken) return null;
  return toSpeaker(context, { firstToken: first, endToken: cue.firstToken, kind: 'name' });
}

/** The subject of the clause the participle hangs on. */
function mainClauseSubject(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const subject = sentenceSubject(context, sentence, cue.firstToken - 1);
  return subject === null ? null : toSpeaker(context, subject);
}
