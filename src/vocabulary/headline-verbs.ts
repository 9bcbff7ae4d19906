/**
 * Verbs that headlines use for what someone said or holds, in the present: "Senator Rips Ferry Plan",
 * "Mayor Goes After Rival", "Council Weighs Plans for a Levy". Outside a title most of them report nothing
 * ("rips the page", "weighs 90 kilos"), so they are read in an article's title only. An entry may be
 * phrasal: the verb's dictionary form, then the words that follow it ("go after").
 */
import type { CueVerbType } from './cue-verbs.js';

/** Headline verbs whose object is what is reported, by what they report. */
export const HEADLINE_OBJECT_VERBS: Readonly<Partial<Record<CueVerbType, readonly string[]>>> = {
  belief: [
    'rip', 'hammer', 'bash', 'knock', 'pan', 'skewer', 'torch', 'trash', 'shred', 'grill', 'roast',
    'go after', 'tear into', 'lay into', 'break with', 'take aim at', 'swipe at', 'call out', 'unload on', 'rail at',
  ],
  intention: ['urge', 'seek', 'weigh', 'mull', 'eye', 'call for', 'push for', 'press for'],
  // "One Video Sums Up the Housing Crisis": in a title, whatever is summed up is what the subject holds.
  speech: [
    'sum up', 'demand', 'deny', 'admit', 'announce', 'propose', 'promise', 'pledge', 'accuse', 'predict', 'unveil', 'outline',
    'tout', 'mock', 'confirm', 'acknowledge',
  ],
};

/** Headline verbs of speaking whose words are the quotation right after them: "Mayor Speaks ‘From the Heart’ at Rally". */
export const HEADLINE_QUOTING_VERBS: readonly string[] = ['speak', 'talk'];


/**
 * Groups of people a headline names as the subject of its verb, by their plural ("Critics Slam Ferry Plan",
 * "Republicans Call For Inquiry"): ordinary words, which a capital alone does not make a name.
 */
export const HEADLINE_GROUP_SUBJECTS: readonly string[] = [
  'critics', 'experts', 'officials', 'voters', 'parents', 'residents', 'activists', 'advocates', 'protesters',
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'economists', 'analysts', 'scientists',
  'doctors', 'teachers', 'workers', 'students', 'veterans', 'investors', 'supporters', 'opponents',
];
