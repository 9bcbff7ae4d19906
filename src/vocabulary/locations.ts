/** Places without a government (OntoNotes LOC): continents, regions, seas, rivers, mountain ranges. */

/** Names of continents, regions and natural features, as written. */
export const LOCATIONS: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America',
  'Antarctica', 'Oceania', 'Australasia', 'Eurasia', 'Middle East', 'Near East', 'Far East', 'Balkans',
  'Caucasus', 'Scandinavia', 'Nordic', 'Baltics', 'Arctic', 'Antarctic', 'Mediterranean', 'Pacific',
  'Atlantic', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Arctic Ocean', 'Black Sea', 'Red Sea',
  'Caspian Sea', 'Baltic Sea', 'North Sea', 'South China Sea', 'East China Sea', 'Sea of Japan',
  'Sea of Azov', 'Persian Gulf', 'Gulf of Mexico', 'Gulf of Aden', 'Strait of Hormuz', 'Taiwan Strait',
  'Caribbean', 'Central Asia', 'Southeast Asia', 'South Asia', 'East Asia', 'West Asia', 'Asia-Pacific',
  'Indo-Pacific', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Central Africa',
  'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Sahara', 'Western Europe', 'Eastern Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'Siberia', 'Amazon', 'Himalayas', 'Alps',
  'Andes', 'Rockies', 'Urals', 'Danube', 'Nile', 'Yangtze', 'Mekong', 'Rhine', 'Thames', 'Volga',
  'Dnipro', 'Dnieper', 'Euphrates', 'Tigris', 'Jordan River', 'Mississippi', 'Gaza Strip', 'Golan Heights',
  'Korean Peninsula', 'Arabian Peninsula', 'Iberian Peninsula', 'Crimean Peninsula', 'Patagonia',
  'Mesopotamia', 'Levant', 'Maghreb', 'Midwest', 'New England', 'Silicon Valley', 'Wall Street',
  'Earth', 'Hollywood', 'Northern Hemisphere', 'Southern Hemisphere',
  'Capitol', 'Capitol Hill', 'Beltway',
  'Gulf', 'West', 'East', 'West Bank', 'Gaza', 'Balkan', 'Persian Gulf region', 'Kashmir', 'Donbas', 'Donbass', 'Kurdistan', 'Tibet', 'Xinjiang',
];

/** Last words of names of natural places, lower-case ("Lake Victoria" opens with one; see below). */
export const LOCATION_FINAL_WORDS: readonly string[] = [
  'sea', 'ocean', 'river', 'lake', 'mountains', 'mountain', 'hills', 'valley', 'desert', 'island',
  'islands', 'peninsula', 'gulf', 'bay', 'strait', 'straits', 'canal', 'coast', 'basin', 'plateau',
  'plain', 'plains', 'forest', 'glacier', 'delta', 'reef', 'shoal', 'atoll', 'lagoon', 'archipelago', 'cape', 'falls', 'channel',
  'highlands', 'lowlands', 'steppe', 'region', 'mount', 'heights', 'corridor', 'border', 'park', 'stadium',
  'arena', 'square', 'airport', 'street', 'avenue', 'road', 'bridge', 'hemisphere', 'strip',
];

/**
 * Last words of names of natural places that many towns are named by ("Sioux Falls", "Palm Springs",
 * "Cedar Rapids", "Beverly Hills"): after "in" or "from" with no article, such a name is a town.
 */
export const TOWN_FEATURE_FINAL_WORDS: readonly string[] = ['falls', 'springs', 'rapids', 'heights', 'hills', 'bluffs'];

/** Words before a known region that name a part of it ("North Atlantic", "Western Europe"). */
export const COMPASS_WORDS: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upper', 'lower',
];

/** Last words of names of places with a government (OntoNotes GPE): "Maricopa County", "Hebei Province". */
export const GPE_FINAL_WORDS: readonly string[] = [
  'county', 'province', 'prefecture', 'oblast', 'krai', 'township', 'borough', 'municipality', 'parish',
  'governorate', 'canton', 'emirate', 'city',
];

/** First words of names of places with a government, before "of" ("State of Ohio", "City of Tarnby"). */
export const GPE_INITIAL_WORDS: readonly string[] = [
  'city', 'state', 'province', 'county', 'commonwealth', 'district', 'town', 'village', 'republic', 'kingdom',
  'principality', 'emirate', 'municipality',
];

/** First words of names of natural places ("Lake Victoria", "Mount Everest", "Cape Horn"). */
export const LOCATION_INITIAL_WORDS: readonly string[] = ['lake', 'mount', 'mt.', 'cape', 'gulf', 'isle', 'sea'];

/**
 * Words written after a hyphen against a place to describe something by where it is ("a Reno-based
 * developer", "a Lagos-born singer", "Houston-area schools"), lower-case.
 */
export const PLACE_COMPOUND_WORDS: readonly string[] = ['based', 'born', 'area', 'headquartered'];
