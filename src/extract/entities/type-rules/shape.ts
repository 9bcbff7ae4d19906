/**
 * The last resort, from the shape of the name alone: an acronym is an organisation ("OSCE"), two or three
 * capitalised words are a person, longer names an organisation.
 */
import { lexiconKinds } from '../compromise-adapter.js';
import type { TypeRule } from './types.js';

/** A guess from the shape of the name; always answers. */
export const shapeRule: TypeRule = {
  id: 'entity-shape',
  type: (m) => {
    // Particles ("van der") do not count as words of the name.
    const words = m.bare.split(/\s+/).filter((word) => /^\P{Ll}/u.test(word));
    if (words.length === 1 && /^[\p{Lu}\d.&-]{2,}$/u.test(m.bare)) return { type: 'ORG', strength: 0 };
    // "Canal+", "Disney+": a brand.
    if (m.bare.endsWith('+')) return { type: 'ORG', strength: 0 };
    // A plural of an ordinary noun names a team or a band ("Eagles", "All Blacks").
    const last = words[words.length - 1] ?? '';
    if (/\p{Ll}s$/u.test(last) && lexiconKinds(last.slice(0, -1)).includes('common-word')) return { type: 'ORG', strength: 0 };
    if (words.length <= 3) return { type: 'PERSON', strength: 0 };
    return { type: 'ORG', strength: 0 };
  },
};
