/** Organisations named in news without a telling head word ("NATO", "Kremlin", "Hamas"), as written. */

/** Names of international bodies, governments' seats, armed groups and large companies. */
export const ORGANISATIONS: readonly string[] = [
  'United Nations', 'UN', 'U.N.', 'European Union', 'EU', 'E.U.', 'NATO', 'Nato', 'WHO', 'IMF', 'World Bank',
  'WTO', 'OPEC', 'OPEC+', 'ASEAN', 'African Union', 'G7', 'G-7', 'G20', 'G-20', 'G8', 'BRICS', 'OSCE', 'OECD',
  'UNESCO', 'UNICEF', 'UNHCR', 'IAEA', 'Interpol', 'Europol', 'Red Cross', 'Red Crescent', 'Kremlin',
  'Pentagon', 'White House', 'Downing Street', 'Elysee', 'Élysée', 'Congress', 'Senate', 'Parliament',
  'Bundestag', 'Duma', 'Knesset', 'Politburo', 'Taliban', 'Hamas', 'Hezbollah', 'Hizbollah', 'Islamic State',
  'ISIS', 'ISIL', 'al-Qaeda', 'al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'Houthis', 'Boko Haram', 'al-Shabaab',
  'PLO', 'IRA', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'GRU', 'MI5', 'MI6', 'Mossad', 'NASA', 'SEC', 'Fed',
  'Federal Reserve', 'ECB', 'Bundesbank', 'Amnesty International', 'Human Rights Watch', 'Greenpeace',
  'Medecins Sans Frontieres', 'Doctors Without Borders', 'FIFA', 'UEFA', 'IOC', 'NBA', 'NFL', 'NHL', 'MLB',
  'Labour', 'Liberal Democrats', 'Bundesrat',
  'Apple', 'Google', 'Alphabet', 'Microsoft', 'Amazon.com', 'Meta', 'Facebook', 'Twitter', 'Tesla',
  'Huawei', 'Alibaba', 'Tencent', 'Samsung', 'Toyota', 'Volkswagen', 'Boeing', 'Airbus', 'Gazprom',
  'Rosneft', 'Sinopec', 'Exxon', 'ExxonMobil', 'Chevron', 'Shell', 'BP', 'Goldman Sachs', 'JPMorgan',
  'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'Deutsche Bank', 'UBS', 'Credit Suisse', 'Nasdaq',
  'OpenAI', 'TikTok', 'ByteDance', 'Security Council', 'General Assembly',
  // Social platforms; "X" is taken as one only after "on" (see entities/candidates.ts).
  'X', 'Instagram', 'YouTube', 'Telegram', 'WhatsApp', 'Threads', 'Bluesky', 'Truth Social', 'LinkedIn', 'Reddit',
];

/** Religious, political and ethnic groups named by their members (OntoNotes NORP: "Democrats", "Kurds"). */
export const NORP_GROUPS: readonly string[] = [
  'Democrats', 'Republicans', 'Democrat', 'Republican', 'Democratic', 'Conservatives', 'Tories', 'Tory', 'Socialists',
  'Libertarian', 'Libertarians', 'Socialist', 'Communist',
  // Religions, named like their members
  'Islam', 'Christianity', 'Judaism', 'Hinduism', 'Buddhism', 'Sikhism',
  'Communists', 'Liberals', 'Greens', 'Muslims', 'Muslim', 'Christians', 'Christian', 'Jews', 'Jewish',
  'Catholics', 'Catholic', 'Protestants', 'Protestant', 'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites',
  'Hindus', 'Hindu', 'Buddhists', 'Buddhist', 'Sikhs', 'Sikh', 'Kurds', 'Kurdish', 'Arabs', 'Arab',
  'Latinos', 'Latino', 'Hispanics', 'Hispanic', 'European', 'Europeans', 'Asian', 'Asians', 'African',
  'Africans', 'Western', 'Westerners', 'Baltic', 'Nordic', 'Islamist', 'Islamists', 'Evangelicals',
  'Tatar', 'Tatars', 'Chechen', 'Chechens', 'Uyghur', 'Uyghurs', 'Uighur', 'Uighurs', 'Pashtun', 'Tamil',
  'Tamils', 'Sinhalese', 'Hutu', 'Tutsi', 'Bolshevik', 'Bolsheviks', 'Nazi', 'Nazis', 'Soviet', 'Moslem',
  'Moslems', 'Islamic', 'Jew', 'Serb', 'Serbs', 'Croats', 'Bosniaks', 'Pashtuns', 'Basque', 'Basques',
  'Flemish', 'Walloon', 'Zionist', 'Marxist', 'Maoist', 'Maoists', 'Sufi', 'Alawite', 'Alawites', 'Druze',
  'Orthodox', 'Anglican', 'Lutheran', 'Mormon', 'Mormons', 'Afrikaner', 'Afrikaners', 'Zulu', 'Bedouin',
];
