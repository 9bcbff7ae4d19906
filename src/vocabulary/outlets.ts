/**
 * News outlets and agencies: the names that carry words ("told CBS News", "according to Reuters") rather
 * than speak them. Plain data; look-ups go through {@link isNewsOutlet}.
 */

/** Canonical names of news agencies, the wire services, as they are usually written. */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters', 'Associated Press', 'Agence France-Presse', 'Bloomberg', 'Bloomberg News', 'Xinhua',
  'Xinhua News Agency', 'TASS', 'RIA Novosti', 'Interfax', 'Kyodo News', 'Yonhap', 'ANSA', 'EFE',
  'Deutsche Presse-Agentur', 'Press Trust of India', 'Anadolu Agency', 'Dow Jones', 'United Press International',
  'Jiji Press', 'Canadian Press', 'Australian Associated Press', 'Press Association', 'Ukrinform',
  'Central News Agency', 'Korean Central News Agency', 'Antara', 'Bernama', 'Saudi Press Agency', 'WAFA',
  'Islamic Republic News Agency', 'Fars News Agency', 'Tasnim News Agency', 'Sputnik',
];

/** Canonical names of news outlets and agencies, as they are usually written. */
export const NEWS_OUTLETS: readonly string[] = [
  ...NEWS_AGENCIES,
  // Broadcasters
  'CBS News', 'CBS', 'NBC News', 'NBC', 'ABC News', 'ABC', 'CNN', 'Fox News', 'MSNBC', 'CNBC', 'PBS', 'NPR',
  'BBC', 'BBC News', 'ITV', 'Sky News', 'Channel 4 News', 'Al Jazeera', 'Al Arabiya', 'France 24', 'Euronews',
  'Deutsche Welle', 'DW', 'RT', 'CCTV', 'CGTN', 'NHK', 'CBC', 'CBC News', 'Radio Free Europe', 'Voice of America',
  'RAI', 'RTE', 'Channel NewsAsia', 'KBS', 'Arirang', 'Phoenix TV', 'ZDF', 'ARD',
  // Newspapers and magazines
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
  'Wall Street Journal', 'USA Today', 'Los Angeles Times', 'Chicago Tribune', 'Boston Globe', 'The Boston Globe',
  'New York Post', 'Politico', 'Axios', 'The Hill', 'Newsweek', 'The Atlantic', 'The New Yorker',
  'The Guardian', 'Guardian', 'The Times', 'The Sunday Times', 'The Telegraph', 'Daily Telegraph', 'The Independent',
  'Financial Times', 'The Economist', 'Daily Mail', 'The Sun', 'Daily Mirror', 'The Observer', 'Evening Standard',
  'Le Monde', 'Le Figaro', 'Libération', 'Der Spiegel', 'Spiegel', 'Die Zeit', 'Bild', 'Frankfurter Allgemeine Zeitung',
  'Süddeutsche Zeitung', 'Handelsblatt', 'El País', 'El Mundo', 'La Repubblica', 'Corriere della Sera',
  'La Stampa', 'Il Sole 24 Ore', 'NRC Handelsblad', 'De Telegraaf', 'Neue Zürcher Zeitung', 'Kommersant',
  'Izvestia', 'Pravda', 'Novaya Gazeta', 'Vedomosti', 'People’s Daily', "People's Daily", 'Global Times',
  'China Daily', 'South China Morning Post', 'Caixin', 'The Japan Times', 'Japan Times', 'Asahi Shimbun',
  'Yomiuri Shimbun', 'Mainichi Shimbun', 'Nikkei', 'Nikkei Asia', 'The Korea Herald', 'Korea Herald',
  'The Korea Times', 'Korea Times', 'Times of India', 'The Times of India', 'The Hindu', 'Hindustan Times',
  'The Straits Times', 'Straits Times', 'Bangkok Post', 'The Nation', 'Jakarta Post', 'The Jakarta Post',
  'Haaretz', 'Jerusalem Post', 'The Jerusalem Post', 'Times of Israel', 'The Times of Israel', 'Kyiv Independent',
  'Kyiv Post', 'Sydney Morning Herald', 'The Australian', 'Globe and Mail', 'The Globe and Mail',
  'Toronto Star', 'National Post', 'Clarín', 'Folha de S.Paulo', 'O Globo', 'Mail & Guardian',
  // Online
  'Bloomberg Businessweek', 'Business Insider', 'BuzzFeed News', 'HuffPost', 'Huffington Post',
  'Vox', 'Vice News', 'The Daily Beast', 'Daily Beast', 'Breitbart', 'Breitbart News', 'ProPublica',
  'The Intercept', 'Semafor', 'Forbes', 'TechCrunch', 'The Verge',
  'Slate', 'Salon', 'Mother Jones', 'The Daily Caller', 'Daily Caller', 'Drudge Report', 'National Review',
  'Washington Examiner', 'The Washington Times', 'Washington Times', 'Rolling Stone', 'Vanity Fair', 'Fortune',
  // Fact-checkers and poll aggregators, which publish findings as outlets do
  'PolitiFact', 'FactCheck.org', 'Snopes', 'FiveThirtyEight', 'RealClearPolitics', 'Real Clear Politics',
];

/** Common short or alternative forms of outlets, mapped to the canonical entry of {@link NEWS_OUTLETS}. */
export const NEWS_OUTLET_ALIASES: Readonly<Record<string, string>> = {
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  DPA: 'Deutsche Presse-Agentur',
  dpa: 'Deutsche Presse-Agentur',
  PTI: 'Press Trust of India',
  UPI: 'United Press International',
  KCNA: 'Korean Central News Agency',
  IRNA: 'Islamic Republic News Agency',
  VOA: 'Voice of America',
  RFE: 'Radio Free Europe',
  'RFE/RL': 'Radio Free Europe',
  NYT: 'The New York Times',
  WSJ: 'The Wall Street Journal',
  FT: 'Financial Times',
  WaPo: 'The Washington Post',
  SCMP: 'South China Morning Post',
  'Yonhap News Agency': 'Yonhap',
  'Kyodo': 'Kyodo News',
  'Kyodo news agency': 'Kyodo News',
  'Interfax news agency': 'Interfax',
  'Tass': 'TASS',
  Politifact: 'PolitiFact',
  '538': 'FiveThirtyEight',
  RCP: 'RealClearPolitics',
};

/**
 * What `outletKey` would change: white space at either end, other than single spaces, curly apostrophes,
 * a leading "the". Most names have none, and one test is cheaper than the four rewrites.
 */
const NEEDS_KEYING = /^\s|\s$|\s\s|[^\S ]|[\u2018\u2019]|^the\s/i;

/** Form used for comparisons: curly apostrophes straightened, spaces collapsed, a leading "the" dropped. */
function outletKey(name: string): string {
  if (!NEEDS_KEYING.test(name)) return name;
  return name.trim().replace(/[\u2018\u2019]/g, "'").replace(/^the\s+/i, '').replace(/\s+/g, ' ');
}

const OUTLET_KEYS: ReadonlySet<string> = new Set([
  ...NEWS_OUTLETS.map(outletKey),
  ...Object.keys(NEWS_OUTLET_ALIASES).map(outletKey),
]);
const UPPER_OUTLET_KEYS: ReadonlySet<string> = new Set([...OUTLET_KEYS].map((key) => key.toUpperCase()));

/**
 * True when `name` is a news outlet or agency ("Reuters", "CBS News", "the AP", "The Guardian").
 * Case matters (so "the nation" is not "The Nation"), except that an ALL-CAPS name ("REUTERS") matches;
 * a leading "the" and the kind of apostrophe do not matter.
 */
export function isNewsOutlet(name: string): boolean {
  const key = outletKey(name);
  if (OUTLET_KEYS.has(key)) return true;
  return key === key.toUpperCase() && UPPER_OUTLET_KEYS.has(key);
}

const AGENCY_KEYS: ReadonlySet<string> = new Set(NEWS_AGENCIES.map(outletKey));

/** True when `name` is a news agency, a wire service ("Reuters", "the AP", "Xinhua"), as {@link isNewsOutlet} reads names. */
export function isNewsAgency(name: string): boolean {
  const key = outletKey(name);
  const canonical = NEWS_OUTLET_ALIASES[key] ?? NEWS_OUTLET_ALIASES[name.trim()];
  return AGENCY_KEYS.has(key) || (canonical !== undefined && AGENCY_KEYS.has(outletKey(canonical)));
}
