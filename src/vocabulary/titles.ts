/**
 * Titles and offices of people: written before a name ("French President Emmanuel Macron"), in appositives
 * ("Jane Roe, the foreign minister of Italy") and in descriptions ("the top American diplomat").
 * All lower-case; look-ups lower-case the text first.
 */

/** Nouns that name an office or occupation held by a person: the head of a title or description. */
export const PERSON_TITLE_HEADS: readonly string[] = [
  'president', 'vice-president', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'empress', 'pope', 'monarch', 'sultan', 'emir', 'sheikh', 'ayatollah', 'senator',
  'congressman', 'congresswoman', 'representative', 'lawmaker', 'legislator', 'deputy', 'mp', 'mep',
  'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'consul', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'executive',
  'director', 'head', 'chief', 'leader', 'commander', 'general', 'admiral', 'colonel', 'major', 'captain',
  'lieutenant', 'sergeant', 'officer', 'official', 'adviser', 'advisor', 'aide', 'counsellor', 'counselor',
  'attorney', 'prosecutor', 'judge', 'justice', 'lawyer', 'coach', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'batsman', 'bowler', 'pitcher', 'quarterback', 'player', 'champion',
  'founder', 'owner', 'partner', 'analyst', 'economist', 'strategist', 'pollster', 'moderator', 'professor', 'researcher',
  'scientist', 'expert', 'editor', 'correspondent', 'reporter', 'journalist', 'columnist', 'author',
  'writer', 'spokesperson', 'negotiator', 'mediator', 'inspector', 'commissioner', 'superintendent',
  'sheriff', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'pastor', 'priest', 'cleric',
  'dictator', 'strongman', 'candidate', 'nominee', 'incumbent', 'regulator', 'treasurer', 'auditor',
  'speaker', 'whip', 'president-elect', 'premier-elect', 'secretary-general', 'director-general',
  'attorney-general', 'chief-of-staff', 'tsar', 'czar', 'boss', 'banker', 'investor', 'activist',
  'campaigner', 'novelist', 'actor', 'actress', 'singer', 'rapper', 'entrepreneur', 'billionaire',
  'fullback', 'full-back', 'flanker', 'winger', 'scrum-half', 'fly-half', 'wicketkeeper', 'all-rounder',
  'skipper', 'teammate', 'team-mate', 'dissident', 'rebel', 'opener', 'centre-back', 'playmaker',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'magistrate',
  'solicitor-general', 'registrar', 'coroner', 'ombudsman', 'comptroller', 'controller', 'provost',
  'rector', 'vice-chancellor', 'warden', 'marshal', 'constable', 'detective', 'trustee',
];

/**
 * Words that can stand in a capitalised title before a name without being the head ("Foreign", "Deputy",
 * "Vice", "State" in "Secretary of State"). A title is a run of these and {@link PERSON_TITLE_HEADS}.
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'vice', 'research', 'communications', 'deputy', 'acting', 'interim', 'former', 'ex', 'prime', 'foreign', 'defence', 'defense',
  'finance', 'interior', 'home', 'trade', 'economy', 'economic', 'health', 'education', 'energy',
  'agriculture', 'transport', 'labour', 'labor', 'environment', 'culture', 'justice', 'opposition',
  'house', 'senate', 'majority', 'minority', 'state', 'treasury', 'general', 'managing', 'executive',
  'supreme', 'grand', 'crown', 'royal', 'chief', 'senior', 'junior', 'assistant', 'associate', 'under',
  'undersecretary', 'head', 'national', 'security', 'intelligence', 'police', 'army', 'military', 'party', 'press',
  'communist', 'federal', 'regional', 'provincial', 'local', 'district', 'county', 'city', 'team', 'club', 'staff',
  'coach', 'world', 'olympic', 'former', 'late', 'then', 'new', 'top', 'leading', 'outgoing', 'incoming',
  'prime', 'central', 'bank', 'development', 'affairs', 'policy', 'information', 'commerce', 'industry',
  'technology', 'science', 'sports', 'tourism', 'immigration', 'veterans', 'homeland', 'public',
  'attorney', 'solicitor', 'surgeon', 'financial', 'chancellor', 'lord', 'first', 'lady', 'second', 'the', 'of', 'and',
  'for', 'to', 'on',
  // Portfolios of ministers and offices: "Fisheries Minister", "Privatisation Minister", "Circuit Judge".
  'fisheries', 'fishery', 'water', 'housing', 'employment', 'social', 'welfare', 'family', 'women', 'youth',
  'digital', 'climate', 'mines', 'mining', 'petroleum', 'oil', 'power', 'infrastructure', 'communications',
  'telecommunications', 'transportation', 'works', 'planning', 'budget', 'investment', 'privatisation',
  'privatization', 'reconstruction', 'heritage', 'arts', 'media', 'land', 'lands', 'forestry', 'forests',
  'natural', 'resources', 'irrigation', 'religious', 'minorities', 'nationalities', 'refugees',
  'cooperation', 'integration', 'internal', 'external', 'sport', 'consumer', 'competition',
  'circuit', 'appeals', 'magistrate', 'bankruptcy', 'superior', 'administrative', 'municipal', 'town',
  'borough', 'parish', 'ward',
  // The court a judge sits on: "Superior Court Judge", "Supreme Court Justice", "High Court Judge".
  'court', 'high', 'appellate',
];

/**
 * Words before an office that say when it was held ("former", "then-" in "then-Gov. Jane Roe", "retired" in
 * "retired Gen. Jo Doe").
 */
export const TIME_OF_OFFICE_WORDS: readonly string[] = ['former', 'ex', 'then', 'late', 'outgoing', 'incoming', 'retired'];

/**
 * Classes of offices, for telling whether a description fits a person's known roles: a role belongs to a
 * class when it contains every word of one of the class's entries.
 */
export const TITLE_CLASSES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  diplomat: [
    ['diplomat'], ['foreign', 'minister'], ['foreign', 'secretary'], ['secretary', 'of', 'state'],
    ['foreign', 'chief'], ['foreign', 'affairs'], ['ambassador'], ['envoy'], ['consul'],
  ],
  leader: [
    ['president'], ['prime', 'minister'], ['premier'], ['chancellor'], ['king'], ['queen'], ['emperor'],
    ['monarch'], ['head', 'of', 'state'], ['head', 'of', 'government'], ['sultan'], ['emir'], ['dictator'],
  ],
  spokesperson: [['spokesman'], ['spokeswoman'], ['spokesperson']],
  executive: [['chief', 'executive'], ['ceo'], ['chairman'], ['chairwoman'], ['managing', 'director']],
  defence: [['defence', 'minister'], ['defense', 'minister'], ['defense', 'secretary'], ['defence', 'secretary']],
  finance: [['finance', 'minister'], ['treasury', 'secretary'], ['chancellor', 'of', 'the', 'exchequer']],
  legislator: [['senator'], ['congressman'], ['congresswoman'], ['lawmaker'], ['legislator'], ['mp']],
  judge: [['judge'], ['justice']],
  coach: [['coach'], ['manager']],
};

/** Title heads that say the holder is a woman ("spokeswoman", "queen"). */
export const FEMALE_TITLE_HEADS: readonly string[] = [
  'spokeswoman', 'chairwoman', 'congresswoman', 'queen', 'princess', 'empress', 'actress',
];

/** Nouns for a woman or girl that a description of an unnamed speaker may be headed by ("one mother", "his widow"). */
export const FEMALE_PERSON_NOUNS: readonly string[] = [
  'woman', 'mother', 'mom', 'wife', 'daughter', 'sister', 'grandmother', 'granddaughter', 'girl', 'widow', 'aunt',
  'niece', 'girlfriend', 'businesswoman', 'policewoman', 'schoolgirl', 'stepmother', 'fiancee', 'bride',
];

/** Nouns for a man or boy that a description of an unnamed speaker may be headed by ("one father", "her husband"). */
export const MALE_PERSON_NOUNS: readonly string[] = [
  'man', 'father', 'dad', 'husband', 'son', 'brother', 'grandfather', 'grandson', 'boy', 'widower', 'uncle',
  'nephew', 'boyfriend', 'businessman', 'policeman', 'schoolboy', 'stepfather', 'fiance', 'groom',
];

/** Title heads that say the holder is a man ("spokesman", "king"). */
export const MALE_TITLE_HEADS: readonly string[] = [
  'spokesman', 'chairman', 'congressman', 'king', 'prince', 'emperor', 'sultan', 'emir',
];

/**
 * Nouns for a person who represents or comes from a place, so that a name after them and "from" is the
 * place: "a congresswoman from Marietta", "a native from Tulsa". Party members are read from the groups
 * list ("a Democrat from Marietta").
 */
export const PLACE_PERSON_NOUNS: readonly string[] = [
  'congressman', 'congresswoman', 'congressmember', 'senator', 'representative', 'lawmaker', 'legislator',
  'delegate', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'native', 'resident', 'residents',
];

/**
 * Nouns for the people or the elected head of a town, so that a name after them and "of" is the place:
 * "the people of Ashvale", "residents of Ashvale", "a former mayor of Ashvale".
 */
export const PLACE_PEOPLE_NOUNS: readonly string[] = [
  'people', 'residents', 'citizens', 'inhabitants', 'townspeople', 'villagers', 'mayor',
];

/**
 * Research and analysis jobs, after which "at" names the employer ("a senior fellow at the Atlantic Forum");
 * jobs also held at events ("speaker", "delegate", "official") are left out.
 */
export const WORKPLACE_JOBS: readonly string[] = [
  'fellow', 'analyst', 'analysts', 'professor', 'researcher', 'researchers', 'economist', 'economists',
  'scientist', 'scientists', 'strategist', 'lecturer', 'scholar', 'scholars',
];

/**
 * Offices and services of a town, written after its name ("Dunmore Mayor Ann Roe", "Dunmore police",
 * "the Dunmore sheriff"), lower-case: the name before them is the town, never a person.
 */
export const TOWN_OFFICE_WORDS: readonly string[] = ['mayor', 'police', 'sheriff', 'councilman', 'councilwoman', 'alderman'];
