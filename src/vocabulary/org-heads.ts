/**
 * Words that end ("Adani Group", "Foreign Ministry", "Apple Inc.") or open ("Bank of England",
 * "University of Oxford") the name of an organisation. Compared with the word as written, case-insensitively
 * for the full words and exactly for the abbreviations.
 */

/** Last words of organisation names. */
export const ORG_FINAL_WORDS: readonly string[] = [
  'group', 'ministry', 'party', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.',
  'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'spa', 'bv', 'lp', 'llp', 'bank', 'council', 'union', 'association',
  'committee', 'commission', 'university', 'college', 'institute', 'institution', 'agency', 'department',
  'office', 'organization', 'organisation', 'foundation', 'fund', 'trust', 'company', 'companies', 'airlines',
  'airline', 'airways', 'motors', 'holdings', 'industries', 'army', 'navy', 'force', 'forces', 'police',
  'court', 'parliament', 'assembly', 'congress', 'senate', 'cabinet', 'government', 'administration',
  'authority', 'board', 'bureau', 'federation', 'league', 'club', 'church', 'front', 'movement', 'alliance',
  'coalition', 'network', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'press',
  'media', 'television', 'tv', 'radio', 'broadcasting', 'exchange', 'securities', 'capital', 'partners',
  'systems', 'technologies', 'technology', 'electric', 'electronics', 'energy', 'oil', 'petroleum', 'gas',
  'telecom', 'telecommunications', 'communications', 'pharmaceuticals', 'pharma', 'brigade', 'brigades',
  'battalion', 'regiment', 'guard', 'guards', 'service', 'services', 'centre', 'center', 'school',
  'hospital', 'clinic', 'circuit', 'embassy', 'consulate', 'program', 'programme', 'reserve', 'mission', 'secretariat', 'tribunal', 'brotherhood', 'fc', 'united', 'rovers',
  'wanderers', 'athletic', 'albion', 'hotspur', 'insurance', 'investments', 'ventures', 'lab', 'labs', 'laboratory',
  'laboratories', 'studios', 'entertainment', 'records', 'steel', 'mining', 'chemicals', 'foods', 'motor',
  'railways', 'railway', 'council', 'directorate', 'command', 'corps', 'unit', 'squad', 'team', 'cooperative',
  'society', 'academy', 'institute', 'observatory', 'watch', 'international', 'worldwide', 'global',
  'consulting', 'bancorp', 'financial', 'automotive', 'aerospace', 'dynamics', 'stores', 'markets', 's.a.',
  'n.v.', 'a.g.', 's.p.a.', 'spa.', 'plc.', 'co.', 'cos', 'cos.', 'llc.', 'ltd', 'pty', 'bhd', 'tbk', 'ab',
  'asa', 'oyj', 'kk', 'nl', 'sarl', 'srl', 'limited', 'incorporated', 'fed', 'treasury', 'exchequer',
  'guild', 'brothers', 'bros', 'bros.', 'semiconductors', 'semiconductor', 'lending', 'banking', 'publishing',
  'shipping', 'trading', 'brewing', 'engineering', 'manufacturing', 'logistics', 'solutions', 'developments',
  'properties', 'resources', 'minerals', 'utilities', 'ledger', 'chronicle', 'courier', 'telegraph', 'inquirer',
  'sentinel', 'dispatch', 'bulletin', 'examiner', 'syndicate', 'consortium', 'collective', 'caucus',
  'conservancy', 'ferries', 'lines', 'transit', 'buses', 'centers', 'centres', 'poll', 'research', 'polling',
  'analytics', 'strategies', 'insights', 'observer', 'enquirer', 'register',
];

/** First words of organisation names followed by "of" ("Bank of England", "Ministry of Defence"). */
export const ORG_INITIAL_WORDS: readonly string[] = [
  'bank', 'university', 'ministry', 'department', 'church', 'council', 'court', 'house', 'party',
  'institute', 'federation', 'union', 'league', 'association', 'office', 'board', 'bureau', 'commission',
  'committee', 'organization', 'organisation', 'college', 'school', 'academy', 'society', 'people',
];

/**
 * Lower-case nouns that describe an organisation, written before its name ("news agency Vestra",
 * "second division team Sporting Vila", "telecoms group Vestra").
 */
export const ORG_DESCRIPTORS: readonly string[] = [
  'agency', 'group', 'company', 'firm', 'team', 'club', 'side', 'bank', 'carrier', 'airline', 'newspaper',
  'daily', 'weekly', 'paper', 'magazine', 'broadcaster', 'network', 'station', 'insurer', 'maker', 'producer',
  'manufacturer', 'retailer', 'brewer', 'operator', 'conglomerate', 'subsidiary', 'unit', 'broker', 'exporter',
  'importer', 'distributor', 'chain', 'publisher', 'giant', 'utility', 'refiner', 'miner', 'developer',
  'champions', 'contenders', 'rivals', 'outfit', 'party', 'movement', 'organisation', 'organization',
  'federation', 'union', 'ministry', 'engineer', 'holding', 'concern', 'lender', 'fund', 'startup',
];

/** Lower-case nouns that, after a name, say it is an organisation ("Gazeta Norte daily", "Vestra shares"). */
export const ORG_FOLLOWERS: readonly string[] = [
  'daily', 'weekly', 'newspaper', 'agency', 'shares', 'stock', 'stocks', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'ceo', 'shareholders', 'subsidiary', 'unit', 'board', 'employees',
  'executives', 'officials', 'manager', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain',
  'fans', 'supporters', 'headquarters',
];

/**
 * Two-word nouns for an institution that follow its name in lower case ("the Pine Hollow care home",
 * "the Oakfield nursing home"): the name is the institution's.
 */
export const ORG_FOLLOWER_PHRASES: readonly string[] = ['care home', 'nursing home', 'retirement home', 'care facility', 'day care'];

/** Participles that give a name after an organisation's descriptor: "a group called Vestra", "a firm named Lind & Roe". */
export const NAMING_PARTICIPLES: readonly string[] = ['called', 'named'];

/**
 * Words that say a story is about a team sport: there, a town's name usually names its club ("beating
 * Sunderland 2-1", "joined from Lyon", "two points behind Ipswich Town").
 */
export const TEAM_SPORT_WORDS: readonly string[] = [
  'league', 'striker', 'midfielder', 'goalkeeper', 'winger', 'half-time', 'halftime', 'relegation', 'innings',
  'wicket', 'wickets', 'batsman', 'bowler', 'touchdown', 'quarterback', 'inning', 'homer', 'pitcher',
  'scrum', 'referee', 'substitute', 'team-mates', 'teammates', 'equaliser', 'equalizer', 'playoff', 'playoffs',
];

/** Last words of clubs named after their town, in team-sport stories ("Norwich City", "Ross County"). */
export const CLUB_FINAL_WORDS: readonly string[] = ['city', 'town', 'county', 'borough', 'villa', 'argyle', 'alexandra'];

/**
 * Lower-case nouns for the people of a body, after a short form of its name: "the Otago group" for the
 * University of Otago, "Leeds team" for the University of Leeds.
 */
export const ORG_MEMBER_NOUNS: readonly string[] = [
  'team', 'group', 'researchers', 'scientists', 'lab', 'laboratory', 'study', 'academics', 'staff',
];
