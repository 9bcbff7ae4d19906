/**
 * Checks of the fixture articles that do not pass yet, with the reason. Keys are
 * "<article>#q<n>:<found|speaker|cue|kind>", "<article>#spurious", "#not<n>", "#e<n>", "#d<n>", "#nd<n>".
 */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  '03-halifax-ferry-vote#e1':
    'a lower-case description ("Halifax regional council") is expected as an organisation name; only capitalised runs are names',
  '06-antarctic-ice-eruption#e8':
    'the single capital letter in "Dome C" is not joined to the name, and nothing general says "Dome" names a natural place',
  '13-north-sea-trawling-ruling#q2:speaker':
    '"the judgment" stands for the court that gave it: a document standing for its author is not resolved',
  '13-north-sea-trawling-ruling#e1':
    'the short form "EU court" is expected as a mention of the Court of Justice of the European Union; lower-case words after an acronym are not read as a name',
  '13-north-sea-trawling-ruling#e2':
    'the only "European Union" stands inside "Court of Justice of the European Union", and mentions do not nest',
  '15-marseille-di-stefano#e6':
    'a country\u2019s name ("Monaco") in a football story is read as the place; telling a club named like a country apart needs a list of clubs',
  '20-ohio-senate-poll#q4:cue':
    'the cue is read as the verb alone ("pledged"); the annotation keeps its auxiliary ("has pledged")',
  '20-ohio-senate-poll#q21:speaker':
    '"he said" after "Luis Ortega … said he had voted for Hollis" goes to Hollis, the last person named: Hollis is called "she" throughout, but a gender learnt from pronouns is not used',
  '20-ohio-senate-poll#not1':
    'the poll\u2019s finding runs on over the writer\u2019s appositive ", a sign that the race has become …"',
  '20-ohio-senate-poll#d4':
    '"four years ago" resolves to the day four years back (2022-10-15); the annotation gives the year (another fixture gives "two years ago" its day, so either reading fails one of them)',
  '21-missouri-voucher-veto#q2:speaker':
    'the relative pronoun in "Republican leaders who say" is kept as the speaker; it is not resolved to an unnamed plural group',
  '22-kestrel-port-sale#d7':
    '"by the end of next year" is read as the whole phrase "end of next year" with the day 2026-12-31, where the annotation gives the year; either value is defensible, the check is kept strict',
  '27-oregon-governor-live-updates#q6:speaker':
    '", according to the contracts" closing a sentence whose reported clause opens with "Fairbanks added that" is read as the source of the whole sentence, as it is for "Police have said …, according to the family\u2019s lawyers"; the contracts are evidence inside the spokesman\u2019s words',
  '27-oregon-governor-live-updates#q6:cue':
    'the claim is given the cue "according to" (see q6:speaker)',
};
