/** Words that end the name of an event ("Paris Peace Forum", "World Cup", "Olympic Games"). */

/** Last words of event names, lower-case. */
export const EVENT_FINAL_WORDS: readonly string[] = [
  'conference', 'summit', 'games', 'olympics', 'olympiad', 'cup', 'championship', 'championships',
  'festival', 'forum', 'war', 'expo', 'exhibition', 'tournament', 'prix', 'marathon', 'trophy', 'revolution',
  'convention', 'congress', 'talks', 'dialogue', 'meeting', 'symposium', 'fair', 'biennale', 'awards',
  'derby', 'classic', 'masters', 'invitational', 'series', 'bowl', 'crusade', 'uprising', 'spring',
  'massacre', 'genocide', 'holocaust', 'crisis', 'scandal', 'accords', 'agreement', 'treaty', 'open',
  'tour', 'day', 'prize', 'award', 'olympic', 'paralympics', 'regatta', 'grand slam', 'world championship',
];

/**
 * Event words that also end organisation names ("Congress", "Party Congress"): they make an event only
 * after a year, an ordinal or an event qualifier, not alone.
 */
export const WEAK_EVENT_FINAL_WORDS: readonly string[] = ['congress', 'meeting', 'talks', 'spring'];

/** Events usually named by one word or without a head ("Olympics", "Wimbledon", "Ramadan"). */
export const KNOWN_EVENTS: readonly string[] = [
  'Olympics', 'Olympic Games', 'Paralympics', 'World Cup', 'Wimbledon', 'Tour de France', 'Super Bowl',
  'Davis Cup', 'Ryder Cup', 'Fed Cup', 'Giro d\'Italia', 'Vuelta', 'Ramadan', 'Eid', 'Christmas', 'Easter',
  'Hanukkah', 'Diwali', 'Thanksgiving', 'Holocaust', 'Brexit', 'Cold War', 'World War One', 'World War Two',
  'World War I', 'World War II', 'Second World War', 'First World War', 'Olympic',
  'Champions League', 'Europa League', 'Europa Conference League', 'Conference League', 'UEFA Cup',
  'Copa Libertadores', 'Copa America', 'Africa Cup of Nations', 'Euro 2024', 'Euro 2020',
];
