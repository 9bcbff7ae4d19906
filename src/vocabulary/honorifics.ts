/** Honorifics written before a person's name ("Mr. Li", "Dr Smith", "Sen. Warren"). */

/**
 * Honorifics and abbreviated ranks, with and without the full stop. A capitalised word after one of
 * these is a person's name. Offices written in full ("Judge", "Justice", "Bishop", "Rabbi") are titles
 * (vocabulary/titles.ts): they become roles, not part of the name.
 */
export const HONORIFICS: readonly string[] = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Mx.', 'Messrs', 'Messrs.', 'Dr', 'Dr.', 'Prof', 'Prof.',
  'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Rev.', 'Revd', 'Fr', 'Fr.', 'Sr', 'Sr.', 'Sen', 'Sen.', 'Sens', 'Sens.', 'Rep', 'Rep.', 'Reps', 'Reps.',
  'Gov', 'Gov.', 'Gen', 'Gen.', 'Lt', 'Lt.', 'Col', 'Col.', 'Capt', 'Capt.', 'Cmdr', 'Cmdr.', 'Sgt', 'Sgt.',
  'Maj', 'Maj.', 'Adm', 'Adm.', 'Cpl', 'Cpl.', 'Pvt', 'Pvt.', 'Hon', 'Hon.', 'Pres', 'Pres.', 'Supt', 'Supt.',
  'Insp', 'Insp.', 'Det', 'Det.', 'Atty', 'Atty.', 'Mme', 'Mme.', 'Mlle', 'Mlle.', 'M.', 'Herr', 'Frau', 'Sheikh', 'Sheik',
  'Mullah', 'Brother', 'Sister', 'Father', 'Monsignor', 'Msgr', 'Msgr.', 'Dato', "Datuk", 'Tun', 'Tan Sri',
];

/**
 * Elected offices written short, with their full stop ("Gov. Jane Roe", "Sen. Tom Hale"): titles like
 * "Governor" and "Senator" written in full, so they become the person's role and stay out of the name, as
 * does a rank written before one of them ("Lt. Gov."). Ranks by themselves ("Col. Jane Roe", "Dr.") stay
 * honorifics, part of the name; so do offices written without the full stop, which may be words of other
 * names ("Rep" in a name of a firm).
 */
export const OFFICE_ABBREVIATIONS: readonly string[] = ['Sen.', 'Sens.', 'Rep.', 'Reps.', 'Gov.', 'Pres.'];
/** Ranks written short before an elected office ("Lt. Gov. Jane Roe"). */
export const OFFICE_RANK_ABBREVIATIONS: readonly string[] = ['Lt.'];
/** Offices written short in two words, neither an office alone ("Atty. Gen." for attorney general). */
export const TWO_WORD_OFFICE_ABBREVIATIONS: readonly (readonly [string, string])[] = [['Atty.', 'Gen.']];

/** Honorifics that say the person is a woman. */
export const FEMALE_HONORIFICS: readonly string[] = [
  'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dame', 'Lady', 'Mme', 'Mme.', 'Mlle', 'Mlle.', 'Frau', 'Sister',
];

/** Honorifics that say the person is a man. */
export const MALE_HONORIFICS: readonly string[] = [
  'Mr', 'Mr.', 'Messrs', 'Messrs.', 'Sir', 'Lord', 'Herr', 'M.', 'Father', 'Brother', 'Sheikh', 'Sheik',
];
