/**
 * The resolution stage for speakers: a name to its entity, a "he" or "she" opening its sentence to the person
 * the sentence before opens with, a pronoun to the last fitting mention before it ("he"/"she" to a person not
 * given the other gender by an honorific, a title, the pronouns already taking the person up or the given
 * name; "they" to a group, "it" to an organisation or a place) or to a speaker of its number written since ("The study says … It adds"), "the speaker" to the last
 * speaker, a description to the entity the entity stage matched it with. A pronoun nothing fits stays as
 * written: no speaker is better than a wrong one.
 */
import type { Candidate, Range, SpeakerPhrase } from '../attribution/types.js';
import type { Document } from '../document/types.js';
import type { EntityAnalysis } from '../entities/index.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import type { Entity, EntityType } from '../../types.js';
import { GROUP_WORDS, PERSON_POSSESSIVES, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../../vocabulary/pronouns.js';
import { sentenceIndexAt } from '../document/sentence-at.js';
import { hasPastParticipleEnding } from '../util/participle.js';
import { RELATIVE_PRONOUNS } from '../../vocabulary/speaker-words.js';
import { headMention, indexMentions, lastMentionBefore, mentionsInside, type IndexedMention } from './mention-index.js';
import { resolveDescription } from './resolve-description.js';
import { jointSpeaker } from './joint-speaker.js';
import { descriptionGender, personGenders, pronounGender, type Gender } from './gender.js';
import { evidenceByName, participleBetween, wholeMention } from './modified-head.js';
import { writtenSpeaker, type WrittenSpeaker } from './written-speaker.js';
import { isRulingCue, previousOrganisation, takenUpSpeaker, type Ruling } from './taken-up-speaker.js';
import { openingPersonMention, opensSentence } from './opening-subject.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** No comma but one last. */
const ONE_COMMA_END = /^[^,]*,\s*$/;
/** Only white space and commas. */
const SPACES_AND_COMMAS = /^[\s,]*$/;
/** "the" and a space first. */
const THE_START = /^the\s/i;

/** A speaker as the claim reports it. */
export interface ResolvedSpeaker {
  readonly mention: Range;
  readonly entity: Entity | null;
  readonly name: string;
  /** The head when the mention runs over a modifier after it ("A post shared on Facebook"): the rest may hold a source. */
  readonly head?: Range;
}

const PERSON = new Set([...PERSON_PRONOUNS, ...PERSON_POSSESSIVES]);
const GROUP = new Set(GROUP_WORDS);
const PLURAL = new Set(PLURAL_PRONOUNS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Entity types of places, which "who" never stands for. */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);
/** "by" or "by the" right before a name: the agent of a participle. */
const AGENT_BEFORE = /\bby\s+(?:the\s+)?$/i;
/** How many paragraphs back a pronoun may look for its antecedent. */
const PRONOUN_REACH_PARAGRAPHS = 3;

/** Resolves the speaker of every candidate (in text order); the map is keyed by candidate. */
export function resolveSpeakers(
  doc: Document,
  candidates: readonly Candidate[],
  entities: EntityAnalysis,
  quoteIndex: QuoteIndex,
): Map<Candidate, ResolvedSpeaker | null> {
  const mentions = indexMentions(entities.entities);
  const genders = personGenders(entities.entities);
  const genderOf = (entity: Entity): Gender | null => genders.of(entity);
  const resolved = new Map<Candidate, ResolvedSpeaker | null>();
  /** Pronouns already resolved count as mentions for the pronouns after them. */
  const pronounMentions: IndexedMention[] = [];
  /**
   * Speakers written as names or descriptions, in text order: "The report says … It also notes …" and
   * "Labor experts say … they say" take up the last speaker, which may be no named entity.
   */
  const writtenSpeakers: WrittenSpeaker[] = [];
  let lastSpeaker: ResolvedSpeaker | null = null;
  /** The last speaker that ruled ("the court ruled that …"), whom "the judgment" stands for, and where it did. */
  let lastRuling: Ruling | null = null;
  /** The speaker each sentence opens with, by sentence index: the subject a pronoun opening the next one takes up. */
  const openingSpeakers = new Map<number, WrittenSpeaker>();
  /** Relatives that stand for a thing whose phrase holds its maker's name ("a report by the department, which"). */
  const evidenceRelatives = new Set<SpeakerPhrase>();

  const resolve = (candidate: Candidate): ResolvedSpeaker | null => {
    if (resolved.has(candidate)) return resolved.get(candidate) ?? null;
    const phrase = candidate.speaker;
    const result = phrase === null ? null : wholeMention(resolvePhrase(phrase, false, candidate.content), phrase);
    resolved.set(candidate, result);
    if (result !== null && phrase !== null && phrase.kind !== 'inherited' && phrase.kind !== 'pronoun') {
      writtenSpeakers.push(writtenSpeaker(doc, phrase, result));
    }
    if (result !== null && phrase !== null && phrase.kind !== 'inherited' && phrase.antecedent === undefined) {
      const sentence = sentenceIndexAt(doc, phrase.start);
      if (opensSentence(doc, sentence, phrase.start) && !openingSpeakers.has(sentence)) openingSpeakers.set(sentence, writtenSpeaker(doc, phrase, result));
    }
    // "a report by the department, which says …": the report a relative stands for is written there too.
    if (result !== null && phrase?.antecedent !== undefined && evidenceRelatives.has(phrase)) {
      writtenSpeakers.push(writtenSpeaker(doc, phrase.antecedent, result));
    }
    if (result !== null && phrase?.kind !== 'inherited') lastSpeaker = result;
    if (result?.entity != null && candidate.cue !== null && isRulingCue(doc, candidate.cue)) lastRuling = { speaker: result, start: candidate.cue.start };
    return result;
  };

  /**
   * `antecedent`: the phrase a relative pronoun stands for, whose last name is the one it follows;
   * `content`: the words the speaker reports, whose names a pronoun before them cannot stand for.
   */
  const resolvePhrase = (phrase: SpeakerPhrase, antecedent = false, content: readonly Range[] = []): ResolvedSpeaker | null => {
    if (phrase.kind === 'inherited') return phrase.from === undefined ? null : resolve(phrase.from);
    const text = doc.text.slice(phrase.start, phrase.end);
    const lower = text.toLowerCase();
    if (phrase.antecedent !== undefined) {
      const resolvedAntecedent = resolvePhrase(phrase.antecedent, true);
      if (resolvedAntecedent === null) return null;
      // "a report by the housing ministry, which says": the relative stands for the report, which is no
      // entity; the name its phrase holds is the report's author.
      if (lower === 'which' && evidenceByName(doc, phrase.antecedent, resolvedAntecedent)) {
        evidenceRelatives.add(phrase);
        return { mention: phrase, entity: null, name: doc.text.slice(phrase.antecedent.start, phrase.antecedent.end) };
      }
      // "Farmers on the Delta Plain, who argued": "who" stands for people, never for the place named last.
      // It is named by the phrase as written ("Farmers on the Delta Plain").
      if (lower === 'who' && resolvedAntecedent.entity !== null && PLACE_TYPES.has(resolvedAntecedent.entity.type)) {
        return { mention: phrase, entity: null, name: doc.text.slice(phrase.antecedent.start, phrase.antecedent.end) };
      }
      return { mention: phrase, entity: resolvedAntecedent.entity, name: resolvedAntecedent.name };
    }
    if (phrase.kind === 'pronoun') return pronounSpeaker(phrase, text, lower, namedInContent(phrase, content));
    const joint = antecedent ? null : jointSpeaker(doc, phrase, mentions);
    if (joint !== null) return joint;
    const description = entities.descriptions.find((d) => d.span.start < phrase.end && phrase.start < d.span.end);
    const described = description === undefined ? undefined : entities.entities.find((e) => e.id === description.entity);
    if (described !== undefined) return { mention: phrase, entity: described, name: described.name };
    const found = headMention(mentions, phrase.start, phrase.end, phrase.kind === 'description', doc.text);
    // "an indictment unsealed in federal court in Pikeville": a name in a participle phrase after the noun is no head.
    // "data released on Tuesday by the Nordic Centre": the participle's agent is the one who reports.
    const modifierName = found !== undefined && phrase.kind === 'description' && participleBetween(doc, phrase.start, found.start) &&
      !AGENT_BEFORE.test(doc.text.slice(phrase.start, found.start));
    const head = modifierName ? undefined : found;
    // A name phrase is reported as the name itself, without its titles; a description as written.
    if (head !== undefined && phrase.kind === 'name') return { mention: { start: head.start, end: head.end }, entity: head.entity, name: head.entity.name };
    if (head !== undefined) return { mention: phrase, entity: head.entity, name: head.entity.name };
    const organisation = previousOrganisation(doc, phrase, text, writtenSpeakers);
    if (organisation !== null) return organisation;
    const insideQuote = (mention: IndexedMention): boolean => quoteIndex.quoteAt(mention.start) !== undefined;
    const standsFor = resolveDescription(text, phrase.start, mentions, insideQuote);
    if (standsFor !== undefined) return { mention: phrase, entity: standsFor, name: standsFor.name };
    const takenUp = takenUpSpeaker(phrase, text, { written: writtenSpeakers, lastSpeaker, lastRuling });
    if (takenUp !== null) return takenUp;
    return { mention: phrase, entity: null, name: text };
  };

  /**
   * "He said he liked Dunmore's stand": a pronoun cannot stand for someone its own reported clause names,
   * so the entities named in the content after it, outside quotation marks, are passed over.
   */
  const namedInContent = (phrase: SpeakerPhrase, content: readonly Range[]): ReadonlySet<Entity> => {
    const named = new Set<Entity>();
    for (const piece of content) {
      if (piece.start < phrase.end) continue;
      for (const mention of mentionsInside(mentions, piece.start, piece.end)) {
        if (quoteIndex.quoteAt(mention.start) === undefined) named.add(mention.entity);
      }
    }
    return named;
  };

  /**
   * "Asked by Whitaker to share the data, he agreed": the agent of a past participle opening the sentence acts on
   * the main clause's subject, so a pronoun after the participle's comma does not stand for it. The agent's
   * mention, if any.
   */
  const frontedAgent = (phrase: SpeakerPhrase): IndexedMention | undefined => {
    const sentence = doc.sentences[sentenceIndexAt(doc, phrase.start)];
    const first = sentence === undefined ? undefined : doc.tokens[sentence.firstToken];
    if (sentence === undefined || first === undefined || first.pos !== 'VERB' || !hasPastParticipleEnding(first.lower)) return undefined;
    const opening = doc.text.slice(sentence.start, phrase.start);
    if (!ONE_COMMA_END.test(opening)) return undefined;
    return mentionsInside(mentions, sentence.start, phrase.start).find((mention) => AGENT_BEFORE.test(doc.text.slice(sentence.start, mention.start)));
  };

  /** The person sentence `index` opens with, its subject: the speaker of a claim written there, else a person named first. */
  const openingPerson = (index: number): WrittenSpeaker | undefined => {
    const speaker = openingSpeakers.get(index);
    if (speaker !== undefined) return speaker.person ? speaker : undefined;
    const first = openingPersonMention(doc, mentions, index);
    if (first === undefined) return undefined;
    return { start: first.start, speaker: { mention: first, entity: first.entity, name: first.entity.name }, plural: false, person: true, head: '' };
  };

  /**
   * "Roe mocked Lee's plan. She also said …": a "he" or "she" opening its sentence takes up the person the
   * sentence before opens with, its subject, rather than a person named after it, if that person is not given
   * the other gender and not named in the pronoun's own reported clause.
   */
  const previousOpeningSpeaker = (phrase: SpeakerPhrase, lower: string, excluded: ReadonlySet<Entity>): ResolvedSpeaker | undefined => {
    const gender = pronounGender(lower);
    if (gender === null || !PERSON.has(lower) || RELATIVE.has(lower)) return undefined;
    const sentence = sentenceIndexAt(doc, phrase.start);
    if (!opensSentence(doc, sentence, phrase.start)) return undefined;
    const previous = openingPerson(sentence - 1);
    if (previous === undefined) return undefined;
    const entity = previous.speaker.entity;
    if (entity !== null && (excluded.has(entity) || genderOf(entity) === otherGender(gender))) return undefined;
    // "A city spokesman said … “…,” she said": a description of the other gender is someone else.
    if (entity === null && descriptionGender(previous.head) === otherGender(gender)) return undefined;
    return { mention: phrase, entity, name: previous.speaker.name };
  };

  const pronounSpeaker = (phrase: SpeakerPhrase, text: string, lower: string, excluded: ReadonlySet<Entity>): ResolvedSpeaker => {
    const subject = previousOpeningSpeaker(phrase, lower, excluded);
    if (subject !== undefined) {
      if (subject.entity !== null) {
        insertSorted(pronounMentions, { start: phrase.start, end: phrase.end, entity: subject.entity });
        genders.learn(subject.entity, pronounGender(lower));
      }
      return subject;
    }
    const paragraph = doc.sentences[sentenceIndexAt(doc, phrase.start)]?.paragraph ?? 0;
    const floor = doc.paragraphs[Math.max(0, paragraph - PRONOUN_REACH_PARAGRAPHS)]?.start ?? 0;
    const antecedent = pronounAntecedent(phrase, lower, floor, excluded);
    // "One mother said her son … “…,” she said": an unnamed person written as the last speaker since the
    // last fitting name is whom "he" or "she" takes up, not a person named before.
    const described = describedPersonBefore(phrase, lower, floor);
    if (described !== undefined && (antecedent === undefined || described.start > antecedent.start)) {
      return { mention: phrase, entity: null, name: described.speaker.name };
    }
    // "The report says … It also notes": a speaker written since the last fitting mention is what "it" or
    // "they" takes up, if its number fits.
    const plural = PLURAL.has(lower);
    const written = plural || GROUP.has(lower) ? writtenSpeakers.findLast((w) => w.start < phrase.start && w.plural === plural && !w.person) : undefined;
    if (written !== undefined && written.start >= floor && (antecedent === undefined || written.start > antecedent.start)) {
      return { mention: phrase, entity: written.speaker.entity, name: written.speaker.name };
    }
    if (antecedent === undefined) {
      const previous = phrase.previousSubject === undefined ? null : resolvePhrase(phrase.previousSubject, true);
      return { mention: phrase, entity: previous?.entity ?? null, name: previous?.name ?? text };
    }
    insertSorted(pronounMentions, { start: phrase.start, end: phrase.end, entity: antecedent.entity });
    genders.learn(antecedent.entity, pronounGender(lower));
    return { mention: phrase, entity: antecedent.entity, name: antecedent.entity.name };
  };

  /**
   * The last speaker written before a "he" or "she", when it is one unnamed person whose description does not
   * state the other gender ("one mother", "a spokeswoman", "the driver"); else undefined.
   */
  const describedPersonBefore = (phrase: SpeakerPhrase, lower: string, floor: number): WrittenSpeaker | undefined => {
    const gender = pronounGender(lower);
    if (gender === null || RELATIVE.has(lower)) return undefined;
    const last = writtenSpeakers.findLast((w) => w.start < phrase.start);
    if (last === undefined || last.start < floor || last.plural || last.speaker.entity !== null) return undefined;
    const stated = descriptionGender(last.head);
    if (stated !== null) return stated === gender ? last : undefined;
    // "Donald Roe says … The Republican nominee noted …": a definite description with a title of no stated
    // gender may stand for the person named before it.
    return last.person && !THE_START.test(last.speaker.name) ? last : undefined;
  };

  const pronounAntecedent = (phrase: SpeakerPhrase, lower: string, floor: number, excluded: ReadonlySet<Entity>): IndexedMention | undefined => {
    const gender = pronounGender(lower);
    // "Mr. Roe … she said": a person the article gives the other gender is passed over.
    const asker = frontedAgent(phrase);
    const skip = (mention: IndexedMention): boolean => excluded.has(mention.entity) || asker?.entity === mention.entity ||
      quoteIndex.quoteAt(mention.start) !== undefined || (gender !== null && genderOf(mention.entity) === otherGender(gender));
    // "they" stands for a group named as such ("Democrats"), not for one person, company or country.
    const types: readonly EntityType[] | null = PERSON.has(lower) ? ['PERSON'] : PLURAL.has(lower) ? ['NORP'] : GROUP.has(lower) ? ['ORG', 'GPE'] : null;
    if (types === null) return undefined;
    // "an architect who said …": a relative pronoun stands for the phrase right before it, and only a name
    // there is an entity; a name further back is someone else.
    if (RELATIVE.has(lower)) {
      const named = lastMentionBefore(mentions, phrase.start, floor, types, skip);
      return named !== undefined && SPACES_AND_COMMAS.test(doc.text.slice(named.end, phrase.start)) ? named : undefined;
    }
    const named = lastMentionBefore(mentions, phrase.start, floor, types, skip);
    const resolved = lastMentionBefore(pronounMentions, phrase.start, floor, types, skip);
    if (named === undefined) return resolved;
    return resolved !== undefined && resolved.start > named.start ? resolved : named;
  };

  for (const candidate of candidates) resolve(candidate);
  return resolved;
}

function otherGender(gender: Gender): Gender {
  return gender === 'female' ? 'male' : 'female';
}

/** Inserts `mention` keeping `list` sorted by start. */
function insertSorted(list: IndexedMention[], mention: IndexedMention): void {
  let index = list.length;
  while (index > 0 && (list[index - 1] as IndexedMention).start > mention.start) index -= 1;
  list.splice(index, 0, mention);
}

