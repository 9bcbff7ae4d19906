/**
 * Definite descriptions of people ("the top American diplomat", "the spokeswoman", "China’s foreign
 * policy chief") resolved to the one person they fit: the country named in the description must be the
 * country of one of the person's roles, and the office must be of the same class ("diplomat" fits
 * "Secretary of State"); a description is resolved only when exactly one person mentioned before it fits.
 * An indefinite description that no one named before fits stands for the person named after it in the
 * same or the next paragraph, when exactly one fits: news opens on "A judge on Wednesday refused …" and
 * names "Superior Court Justice Jane Roe" in the next paragraph.
 */
import type { Document } from '../document/types.js';
import { FEMALE_TITLE_HEADS, MALE_TITLE_HEADS, TITLE_CLASSES } from '../../vocabulary/titles.js';
import type { Cluster } from './cluster.js';
import { titlePhraseAt, type TitlePhrase } from './noun-phrase.js';
import { roleKey, type WrittenRole } from './roles.js';
import { countryReferredTo, honorificGender } from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** "a" or "an". */
const INDEFINITE_ARTICLE = /^an?$/i;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/** A description found in the text and the cluster it stands for. */
export interface FoundDescription {
  readonly first: number;
  /** Index just past its last token. */
  readonly end: number;
  readonly text: string;
  /** Index of the cluster it stands for. */
  readonly cluster: number;
}

const femaleHeads: ReadonlySet<string> = new Set(FEMALE_TITLE_HEADS);
const maleHeads: ReadonlySet<string> = new Set(MALE_TITLE_HEADS);

/** The countries a role or description names ("US Secretary of State" → United States). */
function countriesIn(text: string): Set<string> {
  const words = text.split(/[\s\u2019']+/).filter((word) => word !== '' && word !== 's');
  const countries = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    for (let n = 3; n >= 1; n -= 1) {
      const country = countryReferredTo(words.slice(i, i + n).join(' '));
      if (country !== undefined) countries.add(country.name);
    }
  }
  return countries;
}

/** The classes of office a role or description belongs to ("foreign policy chief" → diplomat). */
function classesOf(text: string): Set<string> {
  const words = new Set(text.toLowerCase().split(/[^\p{L}-]+/u));
  const classes = new Set<string>();
  for (const [name, entries] of Object.entries(TITLE_CLASSES)) {
    if (entries.some((entry) => entry.every((word) => words.has(word)))) classes.add(name);
  }
  return classes;
}

/** What a description says about the person it stands for. */
interface Profile {
  readonly countries: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  readonly head: string;
}

/** What a role's text says, read once per role text however many descriptions it is tested against. */
interface RoleReader {
  readonly countries: (text: string) => ReadonlySet<string>;
  readonly classes: (text: string) => ReadonlySet<string>;
}

/** `read`, remembering its answer for each text it is given during one reading of a document. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = read(text);
      answers.set(text, answer);
    }
    return answer;
  };
}

/** True when `roles` (and the honorifics of `cluster`) fit the description's profile. */
function fits(profile: Profile, cluster: Cluster, roles: readonly WrittenRole[], read: RoleReader): boolean {
  if (cluster.type !== 'PERSON' || roles.length === 0) return false;
  const genders = new Set(cluster.mentions.map((m) => (m.honorific === null ? null : honorificGender(m.honorific))));
  if (femaleHeads.has(profile.head) && genders.has('male')) return false;
  if (maleHeads.has(profile.head) && genders.has('female')) return false;
  const roleCountries = new Set(roles.flatMap((role) => [...read.countries(role.text)]));
  for (const country of profile.countries) if (!roleCountries.has(country)) return false;
  const headWritten = roles.some((role) => roleKey(role.text).split(/\s+/).includes(profile.head));
  if (headWritten) return true;
  if (profile.classes.size === 0) return false;
  return roles.some((role) => [...read.classes(role.text)].some((name) => profile.classes.has(name)));
}

/** Definite title phrases of `doc` outside the token ranges in `taken`. */
function definitePhrases(doc: Document, taken: readonly boolean[]): TitlePhrase[] {
  const phrases: TitlePhrase[] = [];
  for (let i = 0; i < doc.tokens.length; i += 1) {
    const token = doc.tokens[i];
    if (token === undefined || taken[i] === true) continue;
    if (token.lower !== 'the' && !CAPITAL_START.test(token.text)) continue;
    const phrase = titlePhraseAt(doc, i);
    if (phrase === null) continue;
    let free = true;
    for (let k = phrase.first; k < phrase.end; k += 1) if (taken[k] === true) free = false;
    // "the French President Emmanuel Macron": a title written before a name is no description.
    const after = doc.tokens[phrase.end];
    if (!free || (after !== undefined && CAPITAL_START.test(after.text) && after.sentence === token.sentence)) continue;
    phrases.push(phrase);
    i = phrase.end - 1;
  }
  return phrases;
}

/** The clusters first named after `phrase`, in its paragraph or the next, that `fit`. */
function namedAfter(doc: Document, phrase: TitlePhrase, clusters: readonly Cluster[], fit: (index: number) => boolean): number[] {
  const paragraphOf = (token: number): number => doc.sentences[doc.tokens[token]?.sentence ?? -1]?.paragraph ?? -1;
  const paragraph = paragraphOf(phrase.first);
  const found: number[] = [];
  clusters.forEach((cluster, index) => {
    const firstMention = cluster.mentions[0];
    if (firstMention === undefined || firstMention.first < phrase.end) return;
    const distance = paragraphOf(firstMention.first) - paragraph;
    if (distance >= 0 && distance <= 1 && fit(index)) found.push(index);
  });
  return found;
}

/**
 * Finds definite descriptions of people and resolves each to the only cluster that fits it, among the
 * clusters mentioned before it. `roles` are the written roles per cluster; their tokens, and people's
 * names, are no descriptions.
 */
export function resolveDescriptions(
  doc: Document,
  clusters: readonly Cluster[],
  roles: readonly (readonly WrittenRole[])[],
): FoundDescription[] {
  const taken: boolean[] = new Array<boolean>(doc.tokens.length).fill(false);
  for (const list of roles) for (const role of list) for (let k = role.first; k < role.end; k += 1) taken[k] = true;
  for (const cluster of clusters) {
    if (cluster.type !== 'PERSON') continue;
    for (const m of cluster.mentions) for (let k = m.first; k < m.end; k += 1) taken[k] = true;
  }

  const read: RoleReader = { countries: remembered(countriesIn), classes: remembered(classesOf) };
  const found: FoundDescription[] = [];
  for (const phrase of definitePhrases(doc, taken)) {
    const first = doc.tokens[phrase.first];
    const last = doc.tokens[phrase.end - 1];
    if (first === undefined || last === undefined) continue;
    const text = doc.text.slice(first.start, last.end);
    const profile: Profile = { countries: countriesIn(text), classes: classesOf(text), head: phrase.head };
    const matches: number[] = [];
    clusters.forEach((cluster, index) => {
      const before = (cluster.mentions[0]?.start ?? Infinity) < first.start;
      if (before && fits(profile, cluster, roles[index] ?? [], read)) matches.push(index);
    });
    if (matches.length === 0 && INDEFINITE_ARTICLE.test(first.text)) matches.push(...namedAfter(doc, phrase, clusters, (index) => fits(profile, clusters[index] as Cluster, roles[index] ?? [], read)));
    const only = matches[0];
    if (matches.length === 1 && only !== undefined) found.push({ first: phrase.first, end: phrase.end, text, cluster: only });
  }
  return found;
}
