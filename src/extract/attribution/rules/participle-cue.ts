/** "The ministry issued a warning, saying that …": the subject of the main clause said it. */
import type { Cue } from '../../cues/types.js';
import type { Sentence } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentFrom } from '../phrases/content.js';
import { looksLikeClause } from '../phrases/clause-shape.js';
import { openingAfter } from '../phrases/content-opening.js';
import { sentenceSubject } from '../phrases/subject.js';
import { extentStart, PARTY_STATE_LABEL, standsAsSubject, toSpeaker } from '../phrases/speaker.js';
import { phraseBefore, type PhraseMatch } from '../phrases/noun-phrase.js';
import type { Candidate, CueRule, RuleContext, SpeakerPhrase } from '../types.js';
import { ABSOLUTE_PREPOSITIONS, DRAWN_REACTION_NOUNS, EMERGING_VERBS, EVIDENCE_NOUNS, GERUND_PREPOSITIONS, OBJECT_GERUND_PREPOSITIONS, RELATIVE_PRONOUNS, SAYING_SETTINGS, SENDING_VERBS, WRITTEN_MESSAGE_NOUNS } from '../../../vocabulary/speaker-words.js';
import { DAY_AND_MONTH_NAMES } from '../../../vocabulary/dates.js';
import { BE_FORMS, GLOSS_PARTICIPLE_VERBS, OBJECT_CUE_VERBS, OBJECT_TO_INFINITIVE_VERBS, SOURCE_OBJECT_VERBS, TOPIC_ONLY_VERBS, TOPIC_PREPOSITIONS } from '../../../vocabulary/cue-verbs.js';
import { topicPrepositionAfter } from '../../cues/topic-preposition.js';
import { hasPastParticipleEnding } from '../../util/participle.js';
import { OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { objectSettingStart } from '../phrases/object-end.js';
import { objectBeforeTo } from '../phrases/object-infinitive.js';
import { objectBeforeGerund } from '../phrases/object-before-gerund.js';
import { clauseBeforeCoordinator } from '../phrases/coordinated-subject.js';
import { isDecisionCue } from '../phrases/decision-object.js';
import { asideComma, participleComma, sayingGerundAfter, subjectAroundAside } from '../phrases/aside-gerund.js';
import { inQuote, isInfinitiveAt, isNounPhraseWord, isOnlyName, isQuoteMark, tokenIndexFrom } from '../phrases/tokens.js';
import type { Token } from '../../document/types.js';
import { GERUND_CLAUSE_WORDS } from '../../../vocabulary/function-words.js';

const RELATIVES = new Set(RELATIVE_PRONOUNS);
const SETTINGS = new Set(SAYING_SETTINGS);
const EMERGING = new Set(EMERGING_VERBS);
const EVIDENCE = new Set(EVIDENCE_NOUNS);
const OBJECTS = new Set([...OBJECT_PRONOUNS, ...REFLEXIVE_PRONOUNS]);
/** Names of days and months, which a participle may follow without being their act: "tweeted Friday saying …". */
const TIME_NAMES = new Set(DAY_AND_MONTH_NAMES);
const OBJECT_VERBS = new Set(Object.values(OBJECT_CUE_VERBS).flat());
const SOURCE_OBJECT = new Set(SOURCE_OBJECT_VERBS);
const GERUND_OPENERS = new Set(GERUND_PREPOSITIONS);
const DRAWN_REACTIONS = new Set(DRAWN_REACTION_NOUNS);
const OBJECT_GERUND_OPENERS = new Set(OBJECT_GERUND_PREPOSITIONS);
const CLAUSE_WORDS = new Set(GERUND_CLAUSE_WORDS);
const TOPIC_ONLY = new Set(TOPIC_ONLY_VERBS);
const OBJECT_TO_VERBS = new Set(OBJECT_TO_INFINITIVE_VERBS);
const TOPIC = new Set(TOPIC_PREPOSITIONS);
const GLOSSES = new Set(GLOSS_PARTICIPLE_VERBS);

/** A word that opens an object noun phrase: an article, a possessive, an object pronoun ("comparing him to …"), a noun or a name. */
function startsObject(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'DET' || /^(?:his|her|its|their)$/.test(token.lower) || OBJECTS.has(token.lower) || isNounPhraseWord(token));
}

export const participleCue: CueRule = {
  id: 'participle-cue',
  apply(context: RuleContext, cue: Cue) {
    // "she said, referring to the flood": the writer's gloss on the words, not words of hers.
    if (GLOSSES.has(cue.lemma)) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    const emerged = emergedRecord(context, cue, sentence);
    if (emerged !== null) return claimAfter(context, cue, sentence, null, emerged, asideStart(context, cue.endToken, sentence));
    // "The senator, despite admitting that …, voted", "The mayor, saying that …, left": an aside between the
    // subject and its verb is the subject's. "Ms. Lee, commenting on the strike, said …": speaking of a topic
    // there is the manner of the report that follows.
    const opened = cue.participle ? participleComma(context, cue) : -1;
    const comma = TOPIC_ONLY.has(cue.lemma) ? -1 : opened >= 0 ? opened : isAsideGerund(context, cue, sentence) ? asideComma(context, cue) : -1;
    const around = comma < 0 ? null : subjectAroundAside(context, cue, sentence, comma);
    if (around !== null) return claimAfter(context, cue, sentence, null, toSpeaker(context, around.subject), around.close);
    // "she said at a briefing announcing that …": the speaker of the claim the setting belongs to.
    const setting = cue.participle ? null : settingBefore(context, cue, sentence);
    if (setting !== null) return claimAfter(context, cue, sentence, null, inheritedSpeaker(context, cue) ?? senderOf(context, setting, sentence));
    if (!cue.participle) {
      // "refuses to name anyone, apart from noting that …": the aside is the speaker's of the claim before it.
      if (isAsideGerund(context, cue, sentence)) return claimAfter(context, cue, sentence, null, speakerOfObjectBefore(context, cue));
      if (!gerundAfterPreposition(context, cue, sentence)) {
        // "fined Ana Ruiz for saying …": the verb's object said it.
        const object = objectBeforeGerund(context, cue, sentence);
        return object === null ? null : claimAfter(context, cue, sentence, null, toSpeaker(context, object));
      }
      return claimAfter(context, cue, sentence, null, subjectBeforeGerund(context, cue, sentence) ?? speakerOfObjectBefore(context, cue));
    }
    const fronted = frontedSubject(context, cue, sentence);
    // Its content ends at the comma before the subject, or at the closing mark of a quotation ending there.
    // "Writing for a panel that …, Roe noted": a participle opening the sentence reports only what follows it at once.
    if (fronted !== null && cue.firstToken === sentence.firstToken && context.doc.tokens[cue.endToken]?.pos === 'ADP') return null;
    if (fronted !== null) return claimAfter(context, cue, sentence, null, toSpeaker(context, fronted), extentStart(fronted));
    const named = namedBefore(context, cue, sentence) ?? labelledNameBefore(context, cue, sentence);
    return claimAfter(context, cue, sentence, named, named ?? inheritedSpeaker(context, cue) ?? mainClauseSubject(context, cue, sentence));
  },
};

/** The claim of the participle's clause or object, said by `speaker`; `named` is a name right before the participle. */
function claimAfter(
  context: RuleContext, cue: Cue, sentence: Sentence, named: SpeakerPhrase | null, speaker: SpeakerPhrase | null, until?: number,
): Candidate | null {
  // "…, approving the budget": a bare "-ing" form of a verb of decision tells no decision taken.
  if (speaker === null || isDecisionCue(cue)) return null;
  // "…, urging voters to back the plan": the object and its infinitive are the request.
  const toVerb = isInfinitiveAt(context.doc.tokens, cue.endToken) || (OBJECT_TO_VERBS.has(cue.lemma) && objectBeforeTo(context, cue.endToken, sentence));
  const opening = toVerb ? { token: cue.endToken, introduced: true } : openingAfter(context, cue, sentence);
  // "Having said that, …": a "that" or "this" before a comma points back to words said before.
  if (/^(?:that|this)$/.test(context.doc.tokens[opening.token]?.lower ?? '') && /^[,.;]$/.test(context.doc.tokens[opening.token + 1]?.text ?? '')) return null;
  const clause = opening.introduced || looksLikeClause(context, opening.token, sentence);
  // "…, citing a risk to public health": a verb whose object is what it reports.
  // A name right before it ("Spain supporting the army") makes the participle that name's, not the clause's;
  // after "with" a poll or a record showing something ("…, with one survey showing her ahead") reports that object up to a comma.
  const withEvidence = named !== null && cue.type === 'evidence' && context.doc.tokens[tokenIndexFrom(context.doc.tokens, named.start) - 1]?.lower === 'with';
  const object = !clause && (named === null || withEvidence) && OBJECT_VERBS.has(cue.lemma) && startsObject(context.doc.tokens[cue.endToken]);
  // "…,” she said, speaking of the mayor’s health": a verb of speaking reports the topic after its preposition.
  const topic = clause || object || named !== null ? null : topicAfter(context, cue);
  if (!clause && !object && topic === null) return null;
  const objectEnd = withEvidence ? asideStart(context, cue.endToken, sentence) : until ?? sentence.endToken;
  const objectAt = topic ?? cue.endToken;
  const content = object || topic !== null ? contentFrom(context, objectAt, sentence, objectSettingStart(context, objectAt, objectEnd))
  : contentFrom(context, opening.token, sentence, until);
  if (content.length === 0) return null;
  // "…, echoing Jane Roe": the name is whose words were repeated, not the words.
  if (object && SOURCE_OBJECT.has(cue.lemma) && isOnlyName(context.doc.tokens, cue.endToken, content)) return null;
  return makeCandidate(context, participleCue.id, content, cue, speaker);
}

/** Where the topic of a participle of speaking ("speaking of", "talking about") starts, after its preposition; null when it has none. */
function topicAfter(context: RuleContext, cue: Cue): number | null {
  if (!TOPIC_ONLY.has(cue.lemma)) return null;
  const preposition = topicPrepositionAfter(context.doc.tokens, cue.endToken, TOPIC);
  return preposition !== null && startsObject(context.doc.tokens[preposition + 1]) ? preposition + 1 : null;
}

/** "began by saying that …", "was criticized for saying that …": a gerund right after a preposition. */
function gerundAfterPreposition(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const verb = tokens[cue.verbToken];
  const preposition = tokens[cue.firstToken - 1];
  if (cue.kind !== 'verb' || cue.firstToken !== cue.verbToken || cue.firstToken - 1 <= sentence.firstToken) return false;
  if (verb === undefined || !verb.lower.endsWith('ing') || preposition === undefined || !GERUND_OPENERS.has(preposition.lower)) return false;
  // "was criticized for saying", "apologized for saying": the preposition right after the verb, no object between,
  // or a reaction the subject drew ("drew sharp criticism for saying").
  let before = cue.firstToken - 2;
  while (before > sentence.firstToken && tokens[before]?.pos === 'ADV') before -= 1;
  const drawn = DRAWN_REACTIONS.has(tokens[before]?.lower ?? '');
  return !OBJECT_GERUND_OPENERS.has(preposition.lower) || tokens[before]?.pos === 'VERB' || tokens[before]?.pos === 'AUX' || drawn;
}

/**
 * The main clause's subject does the gerund only when no clause of its own opens between them
 * ("expects Holt to win by saying …" is Holt's), and no quotation or other cue stands there.
 */
function subjectBeforeGerund(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const subject = sentenceSubject(context, sentence, cue.firstToken - 1);
  if (subject === null) return null;
  for (let i = subject.endToken; i < cue.firstToken - 1; i += 1) {
    const token = context.doc.tokens[i] as Token;
    // "reached out to parents by saying …": "to" before a noun phrase opens no clause.
    const infinitive = token.lower === 'to' && context.doc.tokens[i + 1]?.pos === 'VERB';
    if (CLAUSE_WORDS.has(token.lower) || infinitive || token.pos === 'SCONJ' || isQuoteMark(token) || inQuote(context, token)) return null;
  }
  return toSpeaker(context, subject);
}

/**
 * "On Monday the board released its findings by announcing that …": when no subject is found, the speaker of the
 * claim whose object ends right before the gerund's preposition, or before the comma that sets the gerund's
 * phrase aside ("refuses to name anyone, apart from noting …").
 */
function speakerOfObjectBefore(context: RuleContext, cue: Cue): SpeakerPhrase | null {
  const previous = context.accepted[context.accepted.length - 1];
  const comma = asideComma(context, cue);
  const opening = context.doc.tokens[comma < 0 ? cue.firstToken - 1 : comma];
  const end = previous?.content[previous.content.length - 1]?.end;
  if (previous === undefined || opening === undefined || previous.lastSentence !== cue.sentence || end === undefined) return null;
  if (context.doc.text.slice(end, opening.start).trim() !== '') return null;
  return inheritedSpeaker(context, cue);
}

/**
 * ", apart from noting …", ", while insisting that …": a gerund of saying after a comma, perhaps adverbs, and a
 * preposition.
 */
function isAsideGerund(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  const comma = asideComma(context, cue);
  return comma > sentence.firstToken && sayingGerundAfter(context, cue.firstToken - 1) === cue;
}

/** Most tokens of the addressee between a noun of saying and its participle: "a letter [to the board of directors] urging". */
const MAX_ADDRESSEE_TOKENS = 7;
/** Tags of an addressee's words after "to": "the city's board", "state election officials", "the head of the agency". */
const ADDRESSEE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'ADP']);

/**
 * "at a briefing announcing …", "a letter to the board urging …": the index of a noun naming where something was
 * said, right before a participle of saying or before the addressee's phrase after "to" ("tweets attempting to …"
 * report no words); null when there is none.
 */
function settingBefore(context: RuleContext, cue: Cue, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const verb = tokens[cue.verbToken];
  // "a letter to the council opposing the levy": a stance or a wish only in a written message.
  const words = cue.type === 'speech' || cue.type === 'writing';
  const settings = words ? SETTINGS : cue.type === 'intention' ? WRITTEN_MESSAGES : null;
  if (settings === null || cue.kind !== 'verb' || cue.firstToken !== cue.verbToken || verb === undefined || !verb.lower.endsWith('ing')) return null;
  if (settings.has(tokens[cue.firstToken - 1]?.lower ?? '')) return cue.firstToken - 1;
  for (let i = cue.firstToken - 2; i > sentence.firstToken && i >= cue.firstToken - 1 - MAX_ADDRESSEE_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.lower !== 'to') {
      if (!ADDRESSEE_TAGS.has(token.pos)) return null;
      continue;
    }
    // "a memo sent Friday to the council …": a day or a date may stand between the message and its addressee.
    const setting = messageBeforeDate(tokens, i - 1);
    return settings.has(tokens[setting]?.lower ?? '') && i + 1 < cue.firstToken ? setting : null;
  }
  return null;
}

/** The index before a phrase of a day ending at `index` ("on Thursday", "Friday"), or `index` itself. */
function messageBeforeDate(tokens: readonly Token[], index: number): number {
  if (!TIME_NAMES.has(tokens[index]?.lower ?? '')) return index;
  return tokens[index - 1]?.lower === 'on' ? index - 2 : index - 1;
}

const SENDING = new Set(SENDING_VERBS);
const WRITTEN_MESSAGES = new Set(WRITTEN_MESSAGE_NOUNS);

/**
 * "The council sent a letter to the mayor urging …": the subject of the clause whose verb of sending or writing
 * takes the noun of saying at `setting` as its object wrote the words.
 */
function senderOf(context: RuleContext, setting: number, sentence: Sentence): SpeakerPhrase | null {
  const object = phraseBefore(context, setting + 1, sentence);
  const verb = object === null ? -1 : extentStart(object) - 1;
  if (verb <= sentence.firstToken || !SENDING.has(context.doc.tokens[verb]?.lemma ?? '')) return null;
  // "a group of parents with children in the district sent …": read back from the verb over the subject's modifiers.
  const subject = phraseBefore(context, verb, sentence);
  return subject === null || !standsAsSubject(context, subject, sentence) ? null : toSpeaker(context, subject);
}

/** "“…,” he said, adding that …": the speaker of the claim just made in the sentence. */
function inheritedSpeaker(context: RuleContext, cue: Cue): SpeakerPhrase | null {
  const previous = outerReport(context.accepted, context.accepted.length - 1);
  if (previous === undefined || previous.speaker === null || previous.cue === null || previous.cue.end > cue.start) return null;
  // "“…,” said Roe, speaking of …. “…”": the claim's words may run on past the sentence of its cue.
  const sentenceStart = context.doc.tokens[(context.doc.sentences[cue.sentence] as Sentence).firstToken]?.start ?? 0;
  if (previous.lastSentence !== cue.sentence && (previous.cue.start < sentenceStart || previous.lastSentence < cue.sentence)) return null;
  // "Moreau defended firing a cook who said she was underpaid, saying …": the participle hangs on the
  // main clause, not on a relative clause inside it.
  if (previous.speaker.kind === 'pronoun' && RELATIVES.has(context.doc.text.slice(previous.speaker.start, previous.speaker.end).toLowerCase())) return null;
  return { start: cue.start, end: cue.start, kind: 'inherited', from: previous };
}

/**
 * The claim at `index` of `accepted`, or, when its cue stands inside the words of an earlier claim ("Roe told
 * them that she believes …, saying …"), that earlier claim: a participle after a report within a report hangs
 * on the outer one.
 */
function outerReport(accepted: readonly Candidate[], index: number): Candidate | undefined {
  const last = accepted[index];
  const cue = last?.cue;
  if (cue === null || cue === undefined) return last;
  for (let i = index - 1; i >= 0; i -= 1) {
    const earlier = accepted[i] as Candidate;
    if (earlier.lastSentence < (last as Candidate).firstSentence) break;
    if (earlier.content.some((range) => range.start <= cue.start && cue.end <= range.end)) return earlier;
  }
  return last;
}

/** Most tokens of a party and state label between commas: "R-Tenn.", "D-N.Y.". */
const MAX_LABEL_TOKENS = 6;

/**
 * "…, such as Sen. Ann Bell, R-Tenn., now saying …": a name with its party and state set off by commas, right
 * before the participle (an adverb may stand between), is its subject, not the main clause's.
 */
function labelledNameBefore(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  let comma = cue.firstToken - 1;
  while (comma > sentence.firstToken && tokens[comma]?.pos === 'ADV') comma -= 1;
  if (tokens[comma]?.text !== ',') return null;
  let opening = comma - 1;
  while (opening > sentence.firstToken && opening >= comma - MAX_LABEL_TOKENS && tokens[opening]?.text !== ',') opening -= 1;
  const labelStart = tokens[opening + 1];
  const labelEnd = tokens[comma - 1];
  if (tokens[opening]?.text !== ',' || labelStart === undefined || labelEnd === undefined || opening + 1 >= comma) return null;
  if (!PARTY_STATE_LABEL.test(context.doc.text.slice(labelStart.start, labelEnd.end))) return null;
  const name = phraseBefore(context, opening, sentence);
  return name?.kind === 'name' ? toSpeaker(context, name) : null;
}

/** "a recording of Dana Moreau asking, “…”": the name right before the participle is its subject. */
function namedBefore(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const tokens = context.doc.tokens;
  let first = cue.firstToken;
  while (first - 1 >= sentence.firstToken && tokens[first - 1]?.pos === 'PROPN' && !TIME_NAMES.has(tokens[first - 1]?.lower ?? '')) first -= 1;
  if (first === cue.firstToken || first === sentence.firstToken) return null;
  return toSpeaker(context, { firstToken: first, endToken: cue.firstToken, kind: 'name' });
}

/**
 * "After saying that the plan was dead, the governor left", "Citing a risk to patients, the board …": a
 * participle opening the sentence, or after a preposition of time, is said by the main clause's subject after its
 * comma, where its content ends.
 */
function frontedSubject(context: RuleContext, cue: Cue, sentence: Sentence): PhraseMatch | null {
  if (cue.firstToken - 1 !== sentence.firstToken && cue.firstToken !== sentence.firstToken) return null;
  const subject = sentenceSubject(context, sentence, sentence.endToken);
  if (subject === null) return null;
  const before = extentStart(subject) - 1;
  return commaAt(context, before) || (isQuoteMark(context.doc.tokens[before]) && commaAt(context, before - 1)) ? subject : null;
}

/** The first comma or opening parenthesis after token `from` in the sentence, or the sentence's end. */
function asideStart(context: RuleContext, from: number, sentence: Sentence): number {
  for (let i = from; i < sentence.endToken; i += 1) if (commaAt(context, i) || context.doc.tokens[i]?.text === '(') return i;
  return sentence.endToken;
}

function commaAt(context: RuleContext, index: number): boolean {
  return context.doc.tokens[index]?.text === ',';
}

/** "after footage emerged showing …", "a report emerged suggesting …": the record that came to light, right before its verb. */
function emergedRecord(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const verb = context.doc.tokens[cue.firstToken - 1];
  if (cue.type !== 'evidence' || verb?.pos !== 'VERB' || !EMERGING.has(verb.lemma)) return null;
  const record = phraseBefore(context, cue.firstToken - 1, sentence);
  const head = context.doc.tokens[(record?.endToken ?? 0) - 1];
  return record === null || head === undefined || !EVIDENCE.has(head.lower) ? null : toSpeaker(context, record);
}

/** The subject of the clause the participle hangs on, as a speaker. */
function mainClauseSubject(context: RuleContext, cue: Cue, sentence: Sentence): SpeakerPhrase | null {
  const subject = participleSubject(context, cue, sentence);
  return subject === null ? null : toSpeaker(context, subject);
}

/** The subject of the clause a participle after a comma hangs on, or null when the participle is its object's. */
export function participleSubject(context: RuleContext, cue: Cue, sentence: Sentence): PhraseMatch | null {
  // "The lights were off, and she grew upset, shouting …": the participle hangs on the nearest clause.
  const later = commaAt(context, cue.firstToken - 1) ? clauseBeforeCoordinator(context, cue.firstToken - 1, sentence) : null;
  const subject = later ?? sentenceSubject(context, sentence, cue.firstToken - 1, true);
  if (subject !== null && isDummySubject(context.doc.tokens, subject)) return null;
  return subject === null || afterAbsoluteObject(context, subject.endToken, cue.firstToken) ? null : subject;
}

const BE = new Set(BE_FORMS);

/**
 * "it is forbidden when voting …", "it's customary when speaking …": an "it" before a form of "to be" and an
 * adjective or past participle stands for no one; whoever does the participle goes unnamed.
 */
function isDummySubject(tokens: readonly Token[], subject: PhraseMatch): boolean {
  const predicate = tokens[subject.endToken + 1];
  if (tokens[subject.firstToken]?.lower !== 'it' || subject.endToken - subject.firstToken !== 1 || predicate === undefined) return false;
  return BE.has(tokens[subject.endToken]?.lower ?? '') && (predicate.pos === 'ADJ' || (predicate.pos === 'VERB' && hasPastParticipleEnding(predicate.lower)));
}

const ABSOLUTE = new Set(ABSOLUTE_PREPOSITIONS);

/**
 * "… stay calm despite early backers of the bill, such as Jane Roe, now saying …": a "with" or
 * "despite" between the subject and the participle, no verb after it, and an aside set off inside its object
 * make the participle the object's; "filed a complaint with the board, claiming …" stays the subject's.
 */
function afterAbsoluteObject(context: RuleContext, from: number, participle: number): boolean {
  let asides = 0;
  for (let i = participle - 1; i > from; i -= 1) {
    const token = context.doc.tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (token.text === ',') asides += 1;
    if (ABSOLUTE.has(token.lower)) return asides > 1;
  }
  return false;
}
