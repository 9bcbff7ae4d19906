/**
 * Given names borne by women and by men alike, lower-case, which the lexicon gives one sex: such a name says
 * nothing of its bearer's gender ("Jesse", "Kim", "Alex").
 */
export const EITHER_SEX_GIVEN_NAMES: readonly string[] = [
  'alex', 'ali', 'andrea', 'angel', 'ashley', 'avery', 'bailey', 'billie', 'blair', 'bobbie', 'cameron', 'carey', 'carmen',
  'casey', 'charlie', 'chris', 'dana', 'darcy', 'devon', 'drew', 'eden', 'elliot', 'emerson', 'frankie', 'gabriel',
  'hayden', 'jackie', 'jaime', 'jamie', 'jean', 'jesse', 'jessie', 'jody', 'jordan', 'jules', 'kelly', 'kendall',
  'kerry', 'kim', 'kris', 'lee', 'leslie', 'lesley', 'lindsay', 'lindsey', 'logan', 'lou', 'lynn', 'marion', 'max', 'mel', 'patrice',
  'morgan', 'nicola', 'pat', 'peyton', 'quinn', 'reagan', 'riley', 'robin', 'rory', 'sam', 'sasha', 'shannon',
  'shelby', 'sidney', 'stacy', 'sydney', 'taylor', 'terry', 'toni', 'tracy', 'val', 'whitney',
];
