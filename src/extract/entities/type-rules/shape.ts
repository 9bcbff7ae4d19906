/**
 * The last resort, from the shape of the name alone: an acronym is an organisation ("OSCE"), a name ending
 * in a plural that is no person's name is a team, a band or a body ("Eagles", "Harbour Hawks"), two or
 * three capitalised words are a person, longer names an organisation unless none of their words is an
 * ordinary word.
 */
import { lexiconKinds } from '../../util/compromise-lexicon.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Two or more capitals, digits, full stops, ampersands or hyphens. */
const CODE_WORD = /^[\p{Lu}\d.&-]{2,}$/u;
/** A lower-case letter and "s" last. */
const LOWER_S_END = /\p{Ll}s$/u;
/** Anything but a lower-case letter first. */
const NOT_LOWER_START = /^\P{Ll}/u;
/** An "s" last after a letter other than s, i, u or an apostrophe. */
const PLURAL_S_END = /[^siu'\u2019]s$/u;

/**
 * True for a word written as a plural whose singular the lexicon knows as an ordinary word ("Blacks"), or,
 * when the word is the whole name (`alone`), does not know at all ("Hawks"): after a given name the lexicon
 * does not know, such a word is more often a surname ("Ana Pires").
 */
function isPluralOfNoName(word: string, alone: boolean): boolean {
  if (!PLURAL_S_END.test(word)) return false;
  const singular = lexiconKinds(word.slice(0, -1));
  if (singular.includes('common-word')) return true;
  return alone && singular.length === 0 && lexiconKinds(word).length === 0;
}

/** A guess from the shape of the name; always answers. */
export const shapeRule: TypeRule = {
  id: 'entity-shape',
  type: (m) => {
    // Particles ("van der") do not count as words of the name.
    const words = m.bare.split(/\s+/).filter((word) => NOT_LOWER_START.test(word));
    if (words.length === 1 && CODE_WORD.test(m.bare)) return { type: 'ORG', strength: 0 };
    // "Canal+", "Disney+": a brand.
    if (m.bare.endsWith('+')) return { type: 'ORG', strength: 0 };
    // A plural names a team or a band ("Eagles", "All Blacks"), unless its singular is a name ("the
    // Clintons" are a family) or it only ends like a plural ("Jones", "Adams" are surnames the lexicon
    // knows; "Harris", "Cyrus" do not end in a plural "-s").
    const last = words[words.length - 1] ?? '';
    if (LOWER_S_END.test(last) && isPluralOfNoName(last, words.length === 1)) return { type: 'ORG', strength: 0 };
    if (words.length <= 3) return { type: 'PERSON', strength: 0 };
    // Longer names with no ordinary word and no small joining word in them are people's names too
    // ("Aung San Suu Kyi", not "Marrow Chamber of Commerce").
    const joined = words.length < m.bare.split(/\s+/).length;
    const ordinary = joined || words.some((word) => lexiconKinds(word.replace(/\.$/u, '')).includes('common-word'));
    return { type: ordinary ? 'ORG' : 'PERSON', strength: 0 };
  },
};
