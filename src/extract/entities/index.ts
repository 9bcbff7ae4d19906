/**
 * The entity stage: mentions of people, organisations, places, groups and events, clustered per referent.
 *
 * 1. candidates: capitalised runs of ordinary-case sentences (`candidates.ts`);
 * 2. runs of Title Case lines cut at ordinary words (`title-case-runs.ts`), an epithet dropped before a full
 *    name (`epithet-before-name.ts`), a person's name split off an event named after it (`name-before-event.ts`),
 *    a group split off the place or body before it (`group-after-place.ts`), a weekday dropped after a name
 *    (`weekday-after-name.ts`), then titles split off the names they precede (`split-title.ts`);
 * 3. names in lines of capitals, when known from the vocabulary or from step 1 (`capitals-lines.ts`);
 * 4. typing, first rule that answers (`type-rules/`), told whether the article reports a team sport
 *    (`team-sport.ts`), then document-level consistency (`consistency.ts`);
 * 5. clusters, one per referent (`cluster.ts`);
 * 6. roles written next to people's names (`roles.ts`), then definite descriptions (`descriptions.ts`).
 */
import type { Document, Token } from '../document/types.js';
import type { Entity, Span } from '../../types.js';
import { capitalsLineCandidates } from './capitals-lines.js';
import { findCandidates, type Candidate } from './candidates.js';
import { clusterMentions } from './cluster.js';
import { makeConsistent } from './consistency.js';
import { resolveDescriptions } from './descriptions.js';
import { typedMention, type TypedMention } from './mentions.js';
import { findRoles, roleKey } from './roles.js';
import { splitTitle } from './split-title.js';
import { isTeamSportStory } from './team-sport.js';
import { dropEpithetBeforeName } from './epithet-before-name.js';
import { splitNameBeforeEvent } from './name-before-event.js';
import { splitGroupAfterPlace } from './group-after-place.js';
import { dropWeekdayAfterName } from './weekday-after-name.js';
import { splitTitleCaseRun } from './title-case-runs.js';
import { isCapitalsLine, isTitleCaseSentence } from '../document/headline-case.js';
import { lowerCaseWords } from './tokens.js';
import { lexiconKinds } from '../util/compromise-lexicon.js';
import {
  isEventFinalWord,
  isLocationFinalWord,
  isOrgFinalWord,
  isTitleHead,
  isTitleModifier,
} from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital and a lower-case letter first. */
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

/** A definite description ("the top American diplomat") that stands for an entity. */
export interface ResolvedDescription {
  readonly span: Span;
  /** Id of the entity it stands for. */
  readonly entity: string;
}

/** What the entity stage gives later stages. */
export interface EntityAnalysis {
  /** One per referent, in order of first mention, ids "e1", "e2", … */
  readonly entities: readonly Entity[];
  /** Descriptions resolved to an entity where that is unambiguous. */
  readonly descriptions: readonly ResolvedDescription[];
}

/** True for a word that names by itself: not a head word ("News", "Group") nor an ordinary word. */
function isNameWord(word: string): boolean {
  if (isOrgFinalWord(word) || isEventFinalWord(word) || isLocationFinalWord(word) || isTitleHead(word)) return false;
  if (isTitleModifier(word)) return false;
  const kinds = lexiconKinds(word);
  return !(kinds.length === 1 && kinds[0] === 'common-word');
}

/** The lower-cased names, and words of multi-word names, met as strong candidates. */
function seenNames(doc: Document, candidates: readonly Candidate[]): Set<string> {
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.weak) continue;
    const first = doc.tokens[candidate.first];
    const last = doc.tokens[candidate.end - 1];
    if (first === undefined || last === undefined) continue;
    seen.add(doc.text.slice(first.start, last.end).replace(/\s+/g, ' ').toLowerCase());
    for (let i = candidate.first; i < candidate.end && candidate.end - candidate.first > 1; i += 1) {
      const token = doc.tokens[i];
      if (token !== undefined && CAPITALISED_START.test(token.text) && token.text.length > 2 && isNameWord(token.lower)) {
        seen.add(token.lower);
      }
    }
  }
  return seen;
}

/** Finds and clusters the entities of `doc`. */
export function findEntities(doc: Document): EntityAnalysis {
  const capitalsLines = new Set<number>();
  for (const sentence of doc.sentences) if (isCapitalsLine(doc, sentence.index)) capitalsLines.add(sentence.index);

  const typed: TypedMention[] = [];
  const names: Candidate[] = [];
  const titles = new Map<Candidate, { first: number; end: number }>();
  const titleCase = new Set<number>();
  for (const sentence of doc.sentences) if (isTitleCaseSentence(doc, sentence.index)) titleCase.add(sentence.index);
  const ordinaryWords = lowerCaseWords(doc);
  const runs = findCandidates(doc, capitalsLines).flatMap((candidate) =>
    (titleCase.has((doc.tokens[candidate.first] as Token).sentence)
      ? splitTitleCaseRun(doc, candidate, ordinaryWords)
      : splitNameBeforeEvent(doc, dropEpithetBeforeName(doc, candidate))))
    .flatMap((run) => splitGroupAfterPlace(doc, run))
    .flatMap((run) => dropWeekdayAfterName(doc, run));
  for (const candidate of runs) {
    const split = splitTitle(doc, candidate);
    names.push(...split.inTitle);
    if (split.name !== null) {
      names.push(split.name);
      if (split.title !== null) titles.set(split.name, split.title);
    }
  }
  names.push(...capitalsLineCandidates(doc, capitalsLines, seenNames(doc, names)));
  const teamSport = isTeamSportStory(doc);
  for (const candidate of names) {
    const mention = typedMention(doc, candidate, titles.get(candidate) ?? null, teamSport);
    if (mention !== null) typed.push(mention);
  }
  typed.sort((a, b) => a.start - b.start);

  const clusters = clusterMentions(makeConsistent(doc, typed, ordinaryWords));
  const roles = findRoles(doc, clusters);
  const descriptions = resolveDescriptions(doc, clusters, roles);

  const entities: Entity[] = clusters.map((cluster, index) => {
    const written: string[] = [];
    const keys = new Set<string>();
    for (const role of roles[index] ?? []) {
      if (keys.has(roleKey(role.text))) continue;
      keys.add(roleKey(role.text));
      written.push(role.text);
    }
    for (const description of descriptions) {
      if (description.cluster !== index || keys.has(roleKey(description.text))) continue;
      keys.add(roleKey(description.text));
      written.push(description.text);
    }
    return {
      id: `e${index + 1}`,
      type: cluster.type,
      name: cluster.name,
      mentions: cluster.mentions.map((m) => ({ start: m.start, end: m.endChar, text: m.text })),
      roles: written,
    };
  });
  return {
    entities,
    descriptions: descriptions.map((d) => {
      const first = doc.tokens[d.first];
      const last = doc.tokens[d.end - 1];
      const start = first?.start ?? 0;
      const end = last?.end ?? start;
      return { span: { start, end, text: doc.text.slice(start, end) }, entity: `e${d.cluster + 1}` };
    }),
  };
}
