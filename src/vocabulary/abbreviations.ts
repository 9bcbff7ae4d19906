/**
 * Abbreviations written with a full stop that belongs to the word, not to a sentence: a state after a
 * party letter ("R-Ariz."), an honorific ("Sen."), a month ("Jan."), a company's form ("Inc."), a name's
 * suffix ("Jr."). The state abbreviations and dotted honorifics are read from their own lists.
 */
import { HONORIFICS } from './honorifics.js';
import { US_STATES } from './us-states.js';

const OTHER_ABBREVIATIONS: readonly string[] = [
  'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
  'Inc.', 'Corp.', 'Co.', 'Cos.', 'Ltd.', 'Bros.', 'Assn.', 'Dept.', 'Univ.', 'Jr.', 'Sr.', 'St.', 'Mt.', 'Ft.', 'No.',
  'U.S.', 'U.N.', 'U.K.', 'E.U.', 'a.m.', 'p.m.',
];

export const DOTTED_ABBREVIATIONS: readonly string[] = [
  ...US_STATES.filter((word) => word.endsWith('.')),
  ...HONORIFICS.filter((word) => word.endsWith('.')),
  ...OTHER_ABBREVIATIONS,
];
