/**
 * Which kinds of organisation a generic description can stand for: "the agency" takes up a government
 * body, not a company or a think tank named more often before it; "the newspaper" takes up an outlet, not a
 * company it wrote about. A kind is read from the words of the organisation's name.
 */

/**
 * Kinds of organisation; `wire` is a news agency ("Reuters"), `outlet` any other news outlet; `unmarked` is a
 * name that tells no kind ("Vestra", "Xanta Coal").
 */
export type OrganisationKind =
  'company' | 'wire' | 'outlet' | 'government' | 'legislature' | 'court' | 'school' | 'union' | 'party' | 'nonprofit' | 'unmarked';

/**
 * Name words that tell an organisation's kind: the word before "of" in "Association of Flight Attendants",
 * else the last such word of the name.
 */
export const ORGANISATION_KIND_WORDS: Readonly<Record<Exclude<OrganisationKind, 'wire' | 'unmarked'>, readonly string[]>> = {
  company: [
    'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'cos', 'cos.', 'ltd', 'ltd.', 'llc', 'llc.', 'plc', 'plc.',
    'ag', 'sa', 'nv', 'gmbh', 'limited', 'incorporated', 'company', 'companies', 'holdings', 'industries', 'group',
    'bank', 'bancorp', 'airlines', 'airline', 'airways', 'motors', 'partners', 'capital', 'securities', 'insurance',
    'investments', 'ventures', 'systems', 'technologies', 'electronics', 'energy', 'petroleum', 'pharmaceuticals',
    'steel', 'mining', 'chemicals', 'foods', 'stores', 'brothers', 'bros', 'bros.', 'financial', 'consulting',
  ],
  outlet: [
    'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'press', 'media', 'television', 'tv', 'radio',
    'broadcasting', 'daily', 'ledger', 'chronicle', 'courier', 'telegraph', 'inquirer', 'sentinel', 'dispatch',
    'bulletin', 'examiner', 'observer', 'enquirer', 'magazine',
  ],
  government: [
    'agency', 'department', 'office', 'ministry', 'administration', 'authority', 'bureau', 'commission', 'service',
    'services', 'directorate', 'treasury', 'fed', 'reserve', 'police', 'secretariat', 'army', 'navy', 'force', 'forces',
  ],
  legislature: ['congress', 'senate', 'parliament', 'assembly', 'cabinet', 'government', 'house', 'council'],
  court: ['court', 'tribunal'],
  school: ['university', 'college', 'school', 'academy'],
  union: ['union', 'unions', 'association', 'federation', 'guild', 'brotherhood', 'workers', 'teamsters'],
  party: ['party'],
  nonprofit: [
    'foundation', 'center', 'centre', 'institute', 'institution', 'fund', 'trust', 'society', 'coalition', 'alliance',
    'league', 'committee', 'organization', 'organisation', 'watch', 'project', 'network',
  ],
};

/**
 * Generic description nouns and the kinds they stand for; a noun left out takes any kind. A name that holds
 * the noun itself ("Tern Freight Group" for "the group") fits whatever its kind. A news agency is no
 * newspaper; "the agency" that takes up no speaker written just before is a government's.
 */
export const DESCRIPTION_NOUN_KINDS: Readonly<Record<string, readonly OrganisationKind[]>> = {
  agency: ['government', 'unmarked'],
  ministry: ['government'],
  union: ['union'],
  federation: ['union', 'nonprofit'],
  party: ['party', 'union', 'unmarked'],
  newspaper: ['outlet'],
  daily: ['outlet'],
  weekly: ['outlet'],
  magazine: ['outlet'],
  broadcaster: ['outlet'],
  network: ['outlet', 'unmarked'],
  station: ['outlet'],
  publisher: ['outlet', 'company', 'unmarked'],
  company: ['company', 'wire', 'outlet', 'unmarked'],
  firm: ['company', 'unmarked'],
  bank: ['company', 'government', 'unmarked'],
  lender: ['company', 'unmarked'],
  insurer: ['company', 'unmarked'],
  carrier: ['company', 'unmarked'],
  airline: ['company', 'unmarked'],
  maker: ['company', 'unmarked'],
  manufacturer: ['company', 'unmarked'],
  producer: ['company', 'unmarked'],
  retailer: ['company', 'unmarked'],
  group: ['company', 'wire', 'outlet', 'school', 'union', 'party', 'nonprofit', 'unmarked'],
  organisation: ['company', 'wire', 'outlet', 'union', 'party', 'nonprofit', 'unmarked'],
  organization: ['company', 'wire', 'outlet', 'union', 'party', 'nonprofit', 'unmarked'],
  movement: ['party', 'nonprofit', 'unmarked'],
};
