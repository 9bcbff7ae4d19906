import { describe, expect, it } from 'vitest';
import { contextRule } from '../../src/extract/entities/type-rules/context.js';
import { countryRule } from '../../src/extract/entities/type-rules/country.js';
import { datelineRule } from '../../src/extract/entities/type-rules/dateline.js';
import { eventHeadRule } from '../../src/extract/entities/type-rules/event-head.js';
import { lawHeadRule } from '../../src/extract/entities/type-rules/law-head.js';
import { stateAfterTownRule } from '../../src/extract/entities/type-rules/state-after-town.js';
import { givenNameRule } from '../../src/extract/entities/type-rules/given-name.js';
import { honorificRule } from '../../src/extract/entities/type-rules/honorific.js';
import { knownEventRule } from '../../src/extract/entities/type-rules/known-event.js';
import { knownLocationRule } from '../../src/extract/entities/type-rules/known-location.js';
import { knownOrganisationRule } from '../../src/extract/entities/type-rules/known-organisation.js';
import { lexiconRule } from '../../src/extract/entities/type-rules/lexicon.js';
import { locationHeadRule } from '../../src/extract/entities/type-rules/location-head.js';
import { nationalityAfterRule } from '../../src/extract/entities/type-rules/nationality-after.js';
import { nationalityRule } from '../../src/extract/entities/type-rules/nationality.js';
import { orgContextRule } from '../../src/extract/entities/type-rules/org-context.js';
import { orgHeadRule } from '../../src/extract/entities/type-rules/org-head.js';
import { outletRule } from '../../src/extract/entities/type-rules/outlet.js';
import { placeInsideRule } from '../../src/extract/entities/type-rules/place-inside.js';
import { placeHeadRule } from '../../src/extract/entities/type-rules/place-head.js';
import { placeOfRule } from '../../src/extract/entities/type-rules/place-of.js';
import { placeFromRule } from '../../src/extract/entities/type-rules/place-from.js';
import { placeCompoundRule } from '../../src/extract/entities/type-rules/place-compound.js';
import { usStateRule } from '../../src/extract/entities/type-rules/us-state.js';
import { townOfficeRule } from '../../src/extract/entities/type-rules/town-office.js';
import { townFeatureRule } from '../../src/extract/entities/type-rules/town-feature.js';
import { workplaceRule } from '../../src/extract/entities/type-rules/workplace.js';
import { placePrepositionRule } from '../../src/extract/entities/type-rules/place-preposition.js';
import { sportsClubRule } from '../../src/extract/entities/type-rules/sports-club.js';
import { shapeRule } from '../../src/extract/entities/type-rules/shape.js';
import { teamRule } from '../../src/extract/entities/type-rules/team.js';
import { titleRule } from '../../src/extract/entities/type-rules/title.js';
import type { TypeRule } from '../../src/extract/entities/type-rules/types.js';
import type { EntityType } from '../../src/types.js';
import { mentionIn } from './helpers.js';

type Row = readonly [text: string, mention: string, expected: EntityType | null];

/** Each rule with sentences it types and sentences it must leave alone (expected null). */
const TABLES: readonly (readonly [TypeRule, readonly Row[]])[] = [
  [outletRule, [
    ['He told CBS News on Sunday.', 'CBS News', 'ORG'],
    ['According to Reuters, it fell.', 'Reuters', 'ORG'],
    ['He met Antony Blinken.', 'Antony Blinken', null],
    ['The nation said no.', 'nation', null],
    ['The Atlantic ran the essay.', 'Atlantic', 'ORG'],
    ['He told the Australian that he would stay.', 'Australian', 'ORG'],
    ['Australian Prime Minister Ada Lintz spoke.', 'Australian', null],
    ['PolitiFact rated the claim false.', 'PolitiFact', 'ORG'],
    ['An essay in Slate argued otherwise.', 'Slate', 'ORG'],
    ['Marshes along the Atlantic coast are shrinking.', 'Atlantic', null],
  ]],
  [countryRule, [
    ['Talks with the U.S. stalled.', 'U.S.', 'GPE'],
    ['Beijing said no.', 'Beijing', 'GPE'],
    ['He went to United States soil.', 'United States', 'GPE'],
    ['Chinese firms grew.', 'Chinese', null],
    ['He met Wang Yi.', 'Wang Yi', null],
  ]],
  [nationalityRule, [
    ['Chinese firms grew.', 'Chinese', 'NORP'],
    ['Many Americans agreed.', 'Americans', 'NORP'],
    ['Syrian Kurds fled.', 'Syrian Kurds', 'NORP'],
    ['Southeast Asian leaders met.', 'Southeast Asian', 'NORP'],
    ['Few scholars of Islam agreed.', 'Islam', 'NORP'],
    ['Some West Africans voted.', 'West Africans', 'NORP'],
    ['West Virginia voted.', 'West Virginia', null],
    ['North Korea fired.', 'North Korea', null],
    ['Most Oklahomans backed the levy.', 'Oklahomans', 'NORP'],
    ['A Texan won the race.', 'Texan', 'NORP'],
    ['China grew.', 'China', null],
    ['Oklahoma grew.', 'Oklahoma', null],
  ]],
  [knownLocationRule, [
    ['A tour of Europe began.', 'Europe', 'LOC'],
    ['Ships in the Black Sea waited.', 'Black Sea', 'LOC'],
    ['A tour of Munich began.', 'Munich', null],
    ['Sea temperatures in the North Atlantic rose.', 'North Atlantic', 'LOC'],
    ['Few places on Earth are colder.', 'Earth', 'LOC'],
    ['Staff on Capitol Hill left early.', 'Capitol Hill', 'LOC'],
    ['Capitol Police closed the road.', 'Capitol Police', null],
    ['He flew to North Carolina.', 'North Carolina', null],
  ]],
  [knownOrganisationRule, [
    ['NATO members agreed.', 'NATO', 'ORG'],
    ['The Kremlin said no.', 'Kremlin', 'ORG'],
    ['Nato members agreed.', 'Nato', 'ORG'],
    ['Who said so?', 'Who', null],
  ]],
  [placeCompoundRule, [
    ['The mill went to a Tulsa-based investor.', 'Tulsa', 'GPE'],
    ['A Madeleine-born chef opened it.', 'Madeleine', 'GPE'],
    ['Schools in the Austin-area districts closed.', 'Austin', 'GPE'],
    ['A Grand Rapids-headquartered firm bid.', 'Grand Rapids', 'GPE'],
    ['Madeleine Ortiz - based in Tulsa - bid.', 'Madeleine Ortiz', null],
    ['A Tulsa-style chili won.', 'Tulsa', null],
    ['Madeleine based her bid on costs.', 'Madeleine', null],
  ]],
  [usStateRule, [
    ['Georgia voters were split.', 'Georgia', 'GPE'],
    ['Turnout in North Carolina rose.', 'North Carolina', 'GPE'],
    ['Storms hit North Florida again.', 'North Florida', 'GPE'],
    ['Voters in Western Pennsylvania split.', 'Western Pennsylvania', 'GPE'],
    ['North Tarrow voted.', 'North Tarrow', null],
    ['The VA said the clinic would close.', 'VA', null],
    ['Georgia Banks spoke first.', 'Georgia Banks', null],
  ]],
  [townOfficeRule, [
    ['Officers said Beverly police had been warned.', 'Beverly', 'GPE'],
    ['Madeleine police said the road was shut.', 'Madeleine', 'GPE'],
    ['The Dunmore sheriff said so.', 'Dunmore', 'GPE'],
    ['Riot police fired tear gas.', 'Riot', null],
    ['Tarnby Mayor Ada Lintz said so.', 'Tarnby', 'GPE'],
    ['Local police said so.', 'Local', null],
    ['Madeleine Roe police the border.', 'Madeleine Roe', null],
    ['They asked Beverly about it.', 'Beverly', null],
  ]],
  [knownEventRule, [
    ['He won at Wimbledon.', 'Wimbledon', 'EVENT'],
    ['He won in Paris.', 'Paris', null],
  ]],
  [honorificRule, [
    ['It was Mr. Wang who spoke.', 'Mr. Wang', 'PERSON'],
    ['It was Dr Smith who spoke.', 'Dr Smith', 'PERSON'],
    ['It was Wang who spoke.', 'Wang', null],
  ]],
  [titleRule, [
    ['It was spokeswoman Mao Ning who spoke.', 'Mao Ning', 'PERSON'],
    ['It was the firm Mao Ning that spoke.', 'Mao Ning', null],
    ['It was activist investor Ridgeway Capital that spoke.', 'Ridgeway Capital', null],
  ]],
  [orgHeadRule, [
    ['The Wagner Group grew.', 'Wagner Group', 'ORG'],
    ['The Foreign Ministry said no.', 'Foreign Ministry', 'ORG'],
    ['The Hartley Civic Poll found a lead.', 'Hartley Civic Poll', 'ORG'],
    ['The Dunmore Observer reported it.', 'Dunmore Observer', 'ORG'],
    ['The Madeleine Enquirer reported it.', 'Madeleine Enquirer', 'ORG'],
    ['The Dunmore Register reported it.', 'Dunmore Register', 'ORG'],
    ['The Corran Water Lab tested the wells.', 'Corran Water Lab', 'ORG'],
    ['The Bank of Japan acted.', 'Bank of Japan', 'ORG'],
    ['The Institute for Fair Rents objected.', 'Institute for Fair Rents', 'ORG'],
    ['The Council on Water Policy met.', 'Council on Water Policy', 'ORG'],
    ['The case went to the Tenth Circuit.', 'Tenth Circuit', 'ORG'],
    ['The Norwegian Embassy in Lisbon said so.', 'Norwegian Embassy', 'ORG'],
    ['She runs the Coastal Housing Program.', 'Coastal Housing Program', 'ORG'],
    ['Shares of Smith & Lind fell.', 'Smith & Lind', 'ORG'],
    ['He met Antony Blinken.', 'Antony Blinken', null],
  ]],
  [orgContextRule, [
    ['The state news agency Vestra reported it.', 'Vestra', 'ORG'],
    ['Gazeta Norte daily said so.', 'Gazeta Norte', 'ORG'],
    ['Parents formed a group called Save Dunmore Pier.', 'Save Dunmore Pier', 'ORG'],
    ['She has a son called Tomas Lind.', 'Tomas Lind', null],
    ['Vestra’s shares fell.', 'Vestra', 'ORG'],
    ['Vestra spokesman Tom Lind said so.', 'Vestra', 'ORG'],
    ['She mocked Anne Roe’s supporters.', 'Anne Roe', null],
    ['The company, Corlane Midstream, denied it.', 'Corlane Midstream', 'ORG'],
    ['The firm’s founder, Anne Roe, denied it.', 'Anne Roe', null],
    ['The dissident Li Ming was held.', 'Li Ming', null],
    ['Li’s arrest was criticised.', 'Li', null],
    ['The property developer Anne-Marie Kessler lost.', 'Anne-Marie Kessler', null],
    ['Sofia Marchetti, a retail analyst at Calder Hughes, said so.', 'Calder Hughes', null],
    ['She ran the Birch Meadow care home for a decade.', 'Birch Meadow', 'ORG'],
    ['She cared for Anne Roe at home.', 'Anne Roe', null],
  ]],
  [stateAfterTownRule, [
    ['The rally in Dunmore, Tenn., drew a crowd.', 'Tenn.', 'GPE'],
    ['She grew up near Halvern, N.M., with her aunt.', 'N.M.', 'GPE'],
    ['Tenn. is short for the state.', 'Tenn.', null],
    ['He met Antony Blinken.', 'Antony Blinken', null],
  ]],
  [lawHeadRule, [
    // Laws, plans and grants are no persons though they bear a person's name.
    ['Students rely on Harlan Grants to pay fees.', 'Harlan Grants', 'EVENT'],
    ['The court blocked the Ortiz Plan on Monday.', 'Ortiz Plan', 'EVENT'],
    ['Congress passed the Clean Rivers Act last year.', 'Clean Rivers Act', 'EVENT'],
    // One word made of a name and "-care", written with its capital inside a sentence.
    ['Voters said Smithcare had failed them.', 'Smithcare', 'EVENT'],
    ['Smithcare had failed them, voters said.', 'Smithcare', null],
    ['He joined Lenox Healthcare in May.', 'Lenox Healthcare', null],
    ['He met Antony Blinken.', 'Antony Blinken', null],
    ['He met Bill Grant.', 'Bill Grant', null],
  ]],
  [eventHeadRule, [
    ['At the Munich Security Conference he spoke.', 'Munich Security Conference', 'EVENT'],
    ['He played the World Series of Golf.', 'World Series of Golf', 'EVENT'],
    ['She won the Halvorsen Poetry Prize.', 'Halvorsen Poetry Prize', 'EVENT'],
    ['He addressed Congress.', 'Congress', null],
    ['He met Antony Blinken.', 'Antony Blinken', null],
  ]],
  [locationHeadRule, [
    ['Boats on the Yellow River sank.', 'Yellow River', 'LOC'],
    ['It cooled the Southern Hemisphere.', 'Southern Hemisphere', 'LOC'],
    ['They climbed Mount Kenya.', 'Mount Kenya', 'LOC'],
    ['A ship ran aground near Fallow Shoal.', 'Fallow Shoal', 'LOC'],
    ['Divers mapped the Korru Atoll.', 'Korru Atoll', 'LOC'],
    ['Hotels on the Reno Strip filled.', 'Reno Strip', 'LOC'],
    ['He met Antony Blinken.', 'Antony Blinken', null],
  ]],
  [teamRule, [
    ['Tigers 4 Bears 2 Lions 0', 'Tigers', 'ORG'],
    ['Sporting Vila 1 Real Norte 1', 'Sporting Vila', 'ORG'],
    ['John Smith 66 Bob Jones 65', 'John Smith', null],
    ['Kent beat Somerset by ten runs.', 'Somerset', 'ORG'],
    ['He lives in Somerset.', 'Somerset', null],
    ['Spain beat Portugal 2-1.', 'Spain', null],
  ]],
  [sportsClubRule, [
    ['Leeds kept their hopes alive, beating Sunderland 2-1 in the league.', 'Sunderland', 'ORG'],
    ['The striker joined from Lyon in the league window.', 'Lyon', 'ORG'],
    ['In the league they are two points behind Ipswich Town, the striker said.', 'Ipswich Town', 'ORG'],
    ['The striker was born in Lyon, the league said.', 'Lyon', null],
    ['He moved from Lyon to Paris last year.', 'Lyon', null],
    ['The league striker joined Spain.', 'Spain', null],
  ]],
  [placeHeadRule, [
    ['A Republican from Maricopa County wrote it.', 'Maricopa County', 'GPE'],
    ['The Hebei Province government acted.', 'Hebei Province', 'GPE'],
    ['The union represents Tarnby City teachers.', 'Tarnby City', 'GPE'],
    ['It took a loan from the State of Vermont.', 'State of Vermont', 'GPE'],
    ['Manchester City won again.', 'Manchester City', null],
    ['He met Antony Blinken.', 'Antony Blinken', null],
  ]],
  [placePrepositionRule, [
    ['It has a design centre in Austin.', 'Austin', 'GPE'],
    ['They met Austin on Monday.', 'Austin', null],
    ['They met at Austin’s house.', 'Austin', null],
    ['The fighting in Velmora went on.', 'Velmora', null],
  ]],
  [nationalityAfterRule, [
    ['Washington (U.S.) beat Smith.', 'Washington', 'PERSON'],
    ['Washington (Reuters) said so.', 'Washington', null],
  ]],
  [placeOfRule, [
    ['Fighting near the city of Velmora went on.', 'Velmora', 'GPE'],
    ['The foreign minister of Italy spoke.', 'Italy', null],
    ['Dora Kemp, 58, of Alder Creek, said the fees were unfair.', 'Alder Creek', 'GPE'],
    ['Dora Kemp, of Alder Creek, said the fees were unfair.', 'Alder Creek', 'GPE'],
    ['The bank, one of Harlow Group, said the fees were fair.', 'Harlow Group', null],
    // The people or the mayor of a town.
    ['The people of Ashvale waited for weeks.', 'Ashvale', 'GPE'],
    ['Residents of Ashvale waited for weeks.', 'Ashvale', 'GPE'],
    ['Lina Voss, a former mayor of Ashvale, spoke.', 'Ashvale', 'GPE'],
    ['The author of Ashvale Nights spoke.', 'Ashvale Nights', null],
  ]],
  [workplaceRule, [
    ['Ana Roe, a senior fellow at the Harbor Policy Forum, spoke.', 'Harbor Policy Forum', 'ORG'],
    ['An economist at Calder Hughes spoke.', 'Calder Hughes', 'ORG'],
    ['Sofia Marchetti, a retail analyst at Calder Hughes, said so.', 'Calder Hughes', 'ORG'],
    ['A senior reporter at Vestra said so.', 'Vestra', 'ORG'],
    ['A speaker at the Baltic Trade Conference spoke.', 'Baltic Trade Conference', null],
    ['He arrived at Calder Hughes.', 'Calder Hughes', null],
    ['A reporter at Harlow Bridge saw it.', 'Harlow Bridge', null],
    ['An official at Maricopa County said so.', 'Maricopa County', null],
  ]],
  [townFeatureRule, [
    ['Hundreds came to a rally in Garnet Falls on Saturday.', 'Garnet Falls', 'GPE'],
    ['She grew up in Cedar Springs.', 'Cedar Springs', 'GPE'],
    ['The family moved from Harlow Rapids last year.', 'Harlow Rapids', 'GPE'],
    // must type nothing: a natural place with its article, or with no preposition of a town
    ['Troops crossed into the Golan Heights.', 'Golan Heights', null],
    ['Tourists photographed Garnet Falls from the bridge.', 'Garnet Falls', null],
    ['They met at Garnet Falls.', 'Garnet Falls', null],
  ]],
  [placeFromRule, [
    ['Ana Roe, a congresswoman from Marietta, spoke.', 'Marietta', 'GPE'],
    ['Tom Reed, a Republican from Osage Bend, spoke.', 'Osage Bend', 'GPE'],
    ['Ana Roe, a lawyer from Smith Brothers, spoke.', 'Smith Brothers', null],
    ['A letter from Marietta Lane arrived.', 'Marietta Lane', null],
    // A representative's title, their name and "of": the place they stand for.
    ['"We were not asked," said Senator Ivo Marsh of Cole Springs.', 'Cole Springs', 'GPE'],
    ['The bill was written by Rep. Ana Ruiz of Dunmore.', 'Dunmore', 'GPE'],
    ['The bill was written by state senator Ana Ruiz of Dunmore.', 'Dunmore', 'GPE'],
    ['The bill was written by Ana Ruiz of Dunmore Partners.', 'Dunmore Partners', null],
    ['A speech by Senator Ivo Marsh of all people.', 'Marsh', null],
    // "from" ending a description set off after a person's name or age.
    ['Ada Lintz, 47, a school cook from Dunmere, said so.', 'Dunmere', 'GPE'],
    ['Ada Lintz, a retired nurse from Dunmere who votes, said so.', 'Dunmere', 'GPE'],
    ['Ada Lintz, 47, a cook who came from Dunmere, said so.', 'Dunmere', null],
    ['She read a long letter from Dunmere aloud.', 'Dunmere', null],
    ['Ada Lintz, 47, an analyst from Dunmere, said so.', 'Dunmere', null],
    ['Ada Lintz, 47, a cook in the kitchen from Dunmere, said so.', 'Dunmere', null],
  ]],
  [lexiconRule, [
    ['They met in Munich.', 'Munich', 'GPE'],
    ['Shares of General Motors fell.', 'General Motors', 'ORG'],
    ['He met Blinken.', 'Blinken', null],
  ]],
  [givenNameRule, [
    ['He met Antony Blinken.', 'Antony Blinken', 'PERSON'],
    ['He met J.D. Vance.', 'J.D. Vance', 'PERSON'],
    ['He met Xi Jinping.', 'Xi Jinping', null],
    ['He met Anne-Marie Kessler.', 'Anne-Marie Kessler', 'PERSON'],
  ]],
  [placeInsideRule, [
    ['He flew Air France.', 'Air France', 'ORG'],
    ['He flew to France.', 'France', null],
  ]],
  [contextRule, [
    ['The talks, Okafor said, went well.', 'Okafor', 'PERSON'],
    ['The fighting in Velmora went on.', 'Velmora', 'GPE'],
    ['The fighting in XYZ areas went on.', 'XYZ', null],
    ['Velmora is far.', 'Velmora', null],
  ]],
  [shapeRule, [
    ['The OSCE met.', 'OSCE', 'ORG'],
    ['The Bears won.', 'Bears', 'ORG'],
    // A plural the lexicon does not know names a team or a body, not a person.
    ['The Otters beat the Herons twice.', 'Otters', 'ORG'],
    ['Staff at Pollworks said so.', 'Pollworks', 'ORG'],
    // A surname after a given name the lexicon does not know stays a person's name.
    ['He met Tolan Perkas.', 'Tolan Perkas', 'PERSON'],
    ['He met Ana Pires.', 'Ana Pires', 'PERSON'],
    ['The Clintons left.', 'Clintons', 'PERSON'],
    ['Then Cyrus spoke.', 'Cyrus', 'PERSON'],
    ['He met Xi Jinping.', 'Xi Jinping', 'PERSON'],
    // Four words or more: a person's name when none is an ordinary word, else a body's.
    ['He met Daw Khin Myat Noe.', 'Daw Khin Myat Noe', 'PERSON'],
    ['He joined Harbour Light Rail Works.', 'Harbour Light Rail Works', 'ORG'],
    ['He spoke to Canal+ later.', 'Canal+', 'ORG'],
  ]],
  [datelineRule, [
    ['OSLO 2020-01-02\nNorway said so.', 'OSLO', 'GPE'],
    ['HARLOW FALLS, Mo. \u2014 The council voted.', 'HARLOW FALLS', 'GPE'],
    ['BRANTLEY \u2014 the firm said.', 'BRANTLEY', 'GPE'],
    ['The council met in HARLOW FALLS \u2014 a town.', 'HARLOW FALLS', null],
    ['Norway said so in OSLO 2020-01-02.', 'OSLO', null],
    // The state or country between the place and the date.
    ['HARLOW FALLS, Mo. \u2014 The council voted.', 'Mo.', 'GPE'],
    ['DENVER, Colorado 2019-05-06\nThe council voted.', 'Colorado', 'GPE'],
    ['Voters in Harlow, Mo. \u2014 a town \u2014 agreed.', 'Mo.', null],
  ]],
];

describe.each(TABLES.map(([rule, rows]) => [rule.id, rule, rows] as const))('%s', (_id, rule, rows) => {
  it.each(rows)('%s → %s is %s', (text, mention, expected) => {
    expect(rule.type(mentionIn(text, mention))?.type ?? null).toBe(expected);
  });
});

describe('entity-title with a capitalised title', () => {
  it('types a titled name as a person', () => {
    expect(titleRule.type(mentionIn('President Xi Jinping spoke.', 'Xi Jinping', true))?.type).toBe('PERSON');
  });
});
