/** Small words that join the parts of one name ("Bank of England", "Ludwig van Beethoven", "al-Assad"). */

/** Lower-case particles inside personal and place names: "Ursula von der Leyen", "Ana de la Cruz", "Erik ten Hag". */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'do', 'du', 'del', 'della', 'des', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'ten',
  'le', 'la', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'y', 'zu', 'af', 'ap',
];

/**
 * Words after which "of" continues a name rather than starting a new one ("Republic of Ireland",
 * "Battle of Britain", "Duke of Edinburgh"), besides organisation, title, place and event heads.
 */
export const OF_HEADS: readonly string[] = [
  'republic', 'kingdom', 'states', 'state', 'emirates', 'federation', 'commonwealth', 'isle', 'city', 'duke',
  'duchess', 'earl', 'prince', 'princess', 'king', 'queen', 'battle', 'siege', 'treaty', 'house', 'chamber',
  'bay', 'gulf', 'sea', 'cape', 'strait', 'straits', 'order', 'museum', 'church', 'cathedral', 'statue',
  'tower', 'palace', 'archbishop', 'bishop', 'friends', 'sons', 'daughters', 'knights', 'people', "people's",
  'chancellor', 'lord', 'lady', 'governor', 'mayor', 'president', 'minister', 'secretary', 'chief',
];

/**
 * Words written after a hyphen that make a name the first part of a compound ("Bush-era", "Tory-led",
 * "state-run"), not a given name of two syllables ("Ki-moon" in "Ban Ki-moon").
 */
export const NAME_COMPOUND_SUFFIXES: readonly string[] = [
  'era', 'led', 'run', 'like', 'wide', 'free', 'held', 'made', 'type', 'size', 'long', 'old', 'born', 'bred',
  'paid', 'less', 'ish', 'only', 'area', 'zone', 'side', 'rich', 'poor', 'shy', 'fed', 'tied', 'hit',
];

/**
 * Prepositions after the head word of a body that open what the body is for, inside its name ("Center for
 * Fair Rents", "Council on Water Policy", "Committee to Save the Pier", "Alliance against Hunger").
 */
export const PURPOSE_PREPOSITIONS: readonly string[] = ['for', 'on', 'to', 'against'];
