/**
 * Checks of the fixture articles that do not pass yet, with the reason. Keys are
 * "<article>#q<n>:<found|speaker|cue|kind>", "<article>#spurious", "#not<n>", "#e<n>", "#d<n>", "#nd<n>".
 */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  '03-halifax-ferry-vote#e1':
    'a lower-case description ("Halifax regional council") is expected as an organisation name; only capitalised runs are names',
  '06-antarctic-ice-eruption#e8':
    'the single capital letter in "Dome C" is not joined to the name, and nothing general says "Dome" names a natural place',
  '13-north-sea-trawling-ruling#e1':
    'the short form "EU court" is expected as a mention of the Court of Justice of the European Union; lower-case words after an acronym are not read as a name',
  '13-north-sea-trawling-ruling#e2':
    'the only "European Union" stands inside "Court of Justice of the European Union", and mentions do not nest',
  '15-marseille-di-stefano#e6':
    'a country\u2019s name ("Monaco") in a football story is read as the place; telling a club named like a country apart needs a list of clubs',
  '20-ohio-senate-poll#q4:cue':
    'the cue is read as the verb alone ("pledged"); the annotation keeps its auxiliary ("has pledged")',
  '20-ohio-senate-poll#d4':
    '"four years ago" resolves to the day four years back (2022-10-15); the annotation gives the year (another fixture gives "two years ago" its day, so either reading fails one of them)',
  '22-kestrel-port-sale#d7':
    '"by the end of next year" is read as the whole phrase "end of next year" with the day 2026-12-31, where the annotation gives the year; either value is defensible, the check is kept strict',
  '27-oregon-governor-live-updates#q6:speaker':
    '", according to the contracts" closing a sentence whose reported clause opens with "Fairbanks added that" is read as the source of the whole sentence, as it is for "Police have said …, according to the family\u2019s lawyers"; the contracts are evidence inside the spokesman\u2019s words',
  '27-oregon-governor-live-updates#q6:cue':
    'the claim is given the cue "according to" (see q6:speaker)',
  '33-rail-derailment-hearing#q1:speaker':
    'a description opening the lead ("The head of one of the country\u2019s largest freight railroads") is not resolved forward to the person the next paragraph names',
  '34-reno-senate-rally#q5:cue':
    '"She mocked Dunmore for what she called his \u201c…\u201d" is read as the object of "mocked"; the annotation gives the framing cue "called", as for "what X called a \u201c…\u201d"',
  '34-reno-senate-rally#nd2':
    '"in six years" in "more homes in six years than …" is read as a date six years on; here it is a span of time',
  '35-tax-cut-commentary#q17:speaker':
    '"When reporters asked his office … for a list of programs that could be trimmed, a spokesman, X, said only that …" is read as the reporters asking, with the relative "that" taken for the start of the content',
  '35-tax-cut-commentary#q17:cue':
    'the claim is read as the reporters\u2019 question (see q17:speaker)',
  '37-ruiz-jobs-fact-check#q17:cue':
    'the cue is read as the verb alone ("said"); the annotation keeps its auxiliary ("has said"), as the reference corpus often does',
  '40-four-day-week-opinion#nd2':
    '"a free Friday program" is read as the last Friday: a weekday describing a noun after "a" names no day, but "during a Friday visit" names one, and nothing in the words tells the two apart',
  '40-four-day-week-opinion#e2':
    'a place\u2019s name before "school board" ("the Pine Hollow school board") is read as an organisation, as the name before "care home" is',
};
