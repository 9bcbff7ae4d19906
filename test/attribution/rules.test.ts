/**
 * One table per attribution rule: short texts of our own, the claim each must give (rule, speaker as
 * written, cue, content), and texts that must give no claim of that rule.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

interface Expected {
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly content: string;
  readonly kind?: 'direct' | 'indirect' | 'mixed';
  readonly cueType?: string | null;
}

/** The claims of `text` made by `rule`, in a comparable shape. */
function claimsOf(text: string, rule: string) {
  return extract(text, { publishedAt: '2024-05-10' }).claims
    .filter((claim) => claim.rule === rule)
    .map((claim) => ({
      speaker: claim.speaker?.mention.text ?? null,
      cue: claim.cue?.text ?? null,
      content: claim.content.map((piece) => piece.text).join(' … '),
      kind: claim.kind,
      cueType: claim.cueType,
    }));
}

function table(rule: string, matches: readonly [string, Expected][], nothing: readonly string[]): void {
  describe(rule, () => {
    it.each(matches)('%s', (text, expected) => {
      expect(claimsOf(text, rule)).toContainEqual(expect.objectContaining(expected));
    });
    if (nothing.length > 0) {
      it.each(nothing)('gives nothing for: %s', (text) => {
        expect(claimsOf(text, rule)).toEqual([]);
      });
    }
  });
}

table('content-comma-speaker-cue', [
  ['“The numbers add up,” Ana Ruiz, head of the port authority and a member of the harbor board, said of the plan.', { speaker: 'Ana Ruiz', cue: 'said', content: '“The numbers add up,”' }],
  // In a Title Case title a common noun capitalised heads a description, not a name; a name stays one.
  ['Ferry Fares Will Rise, Former European Commission Adviser Says.\n\nThe adviser spoke on Monday.', { speaker: 'Former European Commission Adviser', cue: 'Says', content: 'Ferry Fares Will Rise' }],
  ['Ferry Fares Will Rise, Senator Ana Ruiz Says.\n\nThe senator spoke on Monday.', { speaker: 'Ana Ruiz', cue: 'Says', content: 'Ferry Fares Will Rise' }],
  // A relative clause after the recipient describes the recipient: the quotation before is what was told.
  ['“The mill will stay open,” Ms. Okafor told workers who had gathered at the gate.', { speaker: 'Ms. Okafor', cue: 'told', content: '“The mill will stay open,”' }],
  ['The factory was the biggest employer, Mr. Lund said, until it closed in 2009.', { speaker: 'Mr. Lund', cue: 'said', content: 'The factory was the biggest employer … until it closed in 2009' }],
  // A list after the attribution ("including …") and the result clause of a "so" or "such" before it go on.
  ['The new schedule leaves gaps, union leaders say, including a shift that no one covers.', { speaker: 'union leaders', cue: 'say', content: 'The new schedule leaves gaps … including a shift that no one covers' }],
  ['The traffic had grown so heavy, the mayor noted, that buses ran an hour late.', { speaker: 'the mayor', cue: 'noted', content: 'The traffic had grown so heavy … that buses ran an hour late' }],
  ['It was such a mess, the mayor said, that the buses stopped.', { speaker: 'the mayor', cue: 'said', content: 'It was such a mess … that the buses stopped' }],
  ['The traffic had grown heavy, the mayor noted, that week.', { speaker: 'the mayor', cue: 'noted', content: 'The traffic had grown heavy' }],
  // "most of them" is the subject of the clause after the attribution.
  ['The fee has hurt the club with younger fans, Mr. Lund said, since most of them already pay for parking.', { speaker: 'Mr. Lund', cue: 'said', content: 'The fee has hurt the club with younger fans … since most of them already pay for parking' }],
  ['The deal was good, she said, and “the town will be better for it.”', { speaker: 'she', cue: 'said', content: 'The deal was good … and “the town will be better for it.”' }],
  ['The deal was good, she said, and the council approved it.', { speaker: 'she', cue: 'said', content: 'The deal was good' }],
  // A clause after "and" that repeats the verb of the words before is one more figure of the same report.
  ['Rents rose 4 percent, the board said in its spring report, and fees rose 2 percent.', { speaker: 'the board', cue: 'said', content: 'Rents rose 4 percent … and fees rose 2 percent' }],
  ['The park is near the stadium, which, the coach said, is full on game days.', { speaker: 'the coach', cue: 'said', content: 'which … is full on game days' }],
  ['She thanked the nurse, who, her son said, had stayed all night.', { speaker: 'her son', cue: 'said', content: 'who … had stayed all night' }],
  ['The new bridge, the mayor said, was the longest yet, though it may take weeks to open.', { speaker: 'the mayor', cue: 'said', content: 'The new bridge … was the longest yet' }],
  // A connective opening the sentence ("After all,", "For instance,") links it to what came before, in the writer's words.
  ['For instance, the ferry runs late twice a week, the harbor master said.', { speaker: 'the harbor master', cue: 'said', content: 'the ferry runs late twice a week' }],
  ['After all, the ferry is the only way across, the harbor master said.', { speaker: 'the harbor master', cue: 'said', content: 'the ferry is the only way across' }],
  // So does a topic taken up or set aside: "As for the fees,", "Politics aside,".
  ['As for the new fares, they will rise in May, the harbor master said.', { speaker: 'the harbor master', cue: 'said', content: 'they will rise in May' }],
  ['Weather aside, the ferry has run on time all year, the harbor master said.', { speaker: 'the harbor master', cue: 'said', content: 'the ferry has run on time all year' }],
  ['As for fares rising in May, few riders will notice, the harbor master said.', { speaker: 'the harbor master', cue: 'said', content: 'As for fares rising in May, few riders will notice' }],
  ['“We won,” she said, but the team lost the next game.', { speaker: 'she', cue: 'said', content: '“We won,”' }],
  ['However, the plan will fail, the senator said.', { speaker: 'the senator', cue: 'said', content: 'the plan will fail' }],
  ['OSLO — The ferry will run again in May, the operator said.', { speaker: 'the operator', cue: 'said', content: 'The ferry will run again in May' }],
  ['DENVER, Colo. (AP) — The dam held overnight, officials said.', { speaker: 'officials', cue: 'said', content: 'The dam held overnight' }],
  ['CAPE TOWN, Feb 3 (Wire Service) - The mine will close, the company said.', { speaker: 'the company', cue: 'said', content: 'The mine will close' }],
  ['CITY HALL SHAKE-UP LEAVES TWO DEPARTMENTS WITHOUT HEADS — The mayor will act soon, aides said.', { speaker: 'aides', cue: 'said', content: 'CITY HALL SHAKE-UP LEAVES TWO DEPARTMENTS WITHOUT HEADS — The mayor will act soon' }],
  ['But the vote was close, she said.', { speaker: 'she', cue: 'said', content: 'the vote was close' }],
  ['In addition, the city will hire more teachers, the mayor said.', { speaker: 'the mayor', cue: 'said', content: 'the city will hire more teachers' }],
  ['“We will appeal,” Ms. Okafor said.', { speaker: 'Ms. Okafor', cue: 'said', content: '“We will appeal,”', kind: 'direct' }],
  ['The plan is “a disaster,” the mayor told reporters.', { speaker: 'the mayor', cue: 'told', content: 'The plan is “a disaster,”', kind: 'mixed' }],
  ['“Why now?” she asked.', { speaker: 'she', cue: 'asked', content: '“Why now?”' }],
  // A verb of habit hands its subject on to the cue after "to".
  ['“Every vote counts,” the senator likes to say, and she said it again on Friday.', { speaker: 'the senator', cue: 'say', content: '“Every vote counts,”' }],
  ['“Why is nobody accountable?” Senator Vale demanded.', { speaker: 'Vale', cue: 'demanded', content: '“Why is nobody accountable?”' }],
  ['The museum, Mr. Hale said, would open in June.', { speaker: 'Mr. Hale', cue: 'said', content: 'The museum … would open in June' }],
  ['The museum, Mr. Hale said, celebrated its heroes.', { speaker: 'Mr. Hale', cue: 'said', content: 'The museum … celebrated its heroes' }],
  ["Farmers, he said, can ''hold out until spring.''", { speaker: 'he', cue: 'said', content: "Farmers … can ''hold out until spring.''" }],
  ['Bonuses were cut by a third, The Daily Ledger reports.', { speaker: 'The Daily Ledger', cue: 'reports', content: 'Bonuses were cut by a third' }],
  ['Ticket sales fell by half over the summer, a review of newly released club accounts shows.', { speaker: 'a review of newly released club accounts', cue: 'shows', content: 'Ticket sales fell by half over the summer' }],
  ['Wind farms need little water. Each turbine can power 900 homes, the engineer said.', { speaker: 'the engineer', cue: 'said', content: 'Wind farms need little water. Each turbine can power 900 homes' }],
  ['The vote was held in May. Officials said turnout was low. Most voters stayed home, the clerk said.', { speaker: 'the clerk', cue: 'said', content: 'Most voters stayed home' }],
  ['Voters were angry. “Schools will close,” the mayor said.', { speaker: 'the mayor', cue: 'said', content: '“Schools will close,”' }],
  ['Voters were angry.\n\nSchools will close, the mayor said.', { speaker: 'the mayor', cue: 'said', content: 'Schools will close' }],
  ['“We are ready,” she said, smiling. “The team is ready.”', { speaker: 'she', cue: 'said', content: '“We are ready,” … “The team is ready.”' }],
  ['"We will not back down," Lynch said.', { speaker: 'Lynch', cue: 'said', content: '"We will not back down,"' }],
  ['"Deadlines are not suggestions," Rep. Lina Voss said after the contractor failed to deliver.', { speaker: 'Lina Voss', cue: 'said', content: '"Deadlines are not suggestions,"' }],
  ['“It is over,” Rep. Lena Ward (D-Ore.) said.', { speaker: 'Lena Ward', cue: 'said', content: '“It is over,”' }],
  ['“Three bridges were closed,” he said of the risk of flooding along the river.', { speaker: 'he', cue: 'said', content: '“Three bridges were closed,”' }],
  ['“Now is the time,” Don Fowler said.', { speaker: 'Don Fowler', cue: 'said', content: '“Now is the time,”' }],
  ['“The budget will pass by Friday,” Sen. Dora Quill, D-Ore., said.', { speaker: 'Dora Quill', cue: 'said', content: '“The budget will pass by Friday,”' }],
  ['If the rain holds off, the mayor said, the parade will go ahead.', { speaker: 'the mayor', cue: 'said', content: 'If the rain holds off … the parade will go ahead' }],
  ['Though the first move went well, he said, replacing the coach would be harder.', { speaker: 'he', cue: 'said', content: 'Though the first move went well … replacing the coach would be harder' }],
  ['“It is a land grab,” Piet Moreau, the water commissioner of Utah, one of the counties appealing the ruling, said at a fair.', { speaker: 'Piet Moreau', cue: 'said', content: '“It is a land grab,”' }],
  ['Ms. Roe said she was leaving because “nobody listens,” she said. “Nobody ever did.”', { speaker: 'she', cue: 'said', content: '“nobody listens,” … “Nobody ever did.”' }],
  ['“We cannot pay,” the mayor said, adding later, “The state must help.”', { speaker: 'the mayor', cue: 'said', content: '“We cannot pay,”' }],
  ['“We want clarity,” Moreau said, suggesting two tests, among them, “Would you sign it yourself?”', { speaker: 'Moreau', cue: 'said', content: '“We want clarity,”' }],
  ['After some delays, the work has been good, one official said.', { speaker: 'one official', cue: 'said', content: 'After some delays, the work has been good' }],
  ['“We can fix it,” Rep. Lina Voss (D-Maine), a board trustee, said by email. “Yet we lack funds.”', { speaker: 'Lina Voss', cue: 'said', content: '“We can fix it,” … “Yet we lack funds.”' }],
  ['“It is not only the noise,” Ms. Moreau told Harbor Radio on Sunday, “it is the dust.”', { speaker: 'Ms. Moreau', cue: 'told', content: '“It is not only the noise,” … “it is the dust.”' }],
  ['“He is right,” Ms. Hale said on the BBC’s “Today.” “There is a gap.”', { speaker: 'Ms. Hale', cue: 'said', content: '“He is right,” … “There is a gap.”' }],
  ['“We see farms feeding towns,” the memo reads. “Our backing is firm.”', { speaker: 'the memo', cue: 'reads', content: '“We see farms feeding towns,” … “Our backing is firm.”', cueType: 'writing' }],
  ['“We will recover,” she said at a town meeting confirming that the mill would close.', { speaker: 'she', cue: 'said', content: '“We will recover,”' }],
  ['“We will win,” the mayor’s sister, state Sen. Ana Ruiz (D-Leeds), shouted to the marchers. “Stand with him.”', { speaker: 'Ana Ruiz', cue: 'shouted', content: '“We will win,” … “Stand with him.”' }],
  ['Ms. Roe told him: “You called the taxes ‘fair,’” she said. “They are not.”', { speaker: 'she', cue: 'said', content: '“They are not.”' }],
  ['“We can win this,” Hale said, going on to compare the two plans. “Read them both.”', { speaker: 'Hale', cue: 'said', content: '“We can win this,”' }],
  ['“We had trouble with them before,” Hale said after the talks. He did not suggest a response. “Our aim is calm.”', { speaker: 'Hale', cue: 'said', content: '“We had trouble with them before,” … “Our aim is calm.”' }],
  ['“We had trouble with them before,” she said after the talks. He did not agree. “Our aim is calm.”', { speaker: 'she', cue: 'said', content: '“We had trouble with them before,”' }],
  ['“We had trouble with them before,” Hale said. He then told reporters more. “Our aim is calm.”', { speaker: 'Hale', cue: 'said', content: '“We had trouble with them before,”' }],
  ['“We will defend ourselves,” President FranÃ§ois Roux said Friday as he arrived at the talks.', { speaker: 'FranÃ§ois Roux', cue: 'said', content: '“We will defend ourselves,”' }],
  ['“We will defend ourselves,” the cafÃ© owner said as he arrived.', { speaker: 'the cafÃ© owner', cue: 'said', content: '“We will defend ourselves,”' }],
  ['“We will win,” the mayor’s sister, state Sen. Ana "Annie" Ruiz (D-Leeds), shouted to the marchers. “Stand with him.”', { speaker: 'Ruiz', cue: 'shouted', content: '“We will win,” … “Stand with him.”' }],
  ['“I like the man,” he said, but “on this issue he is wrong.”', { speaker: 'he', cue: 'said', content: '“I like the man,” … but “on this issue he is wrong.”' }],
  ['The film "Jaws" Spielberg made was a hit, he said.', { speaker: 'he', cue: 'said', content: 'The film "Jaws" Spielberg made was a hit', kind: 'mixed' }],
  ['“It was over,” she said several weeks after the vote.', { speaker: 'she', cue: 'said', content: '“It was over,”' }],
  ['The plan is sound, the minister wrote last month.', { speaker: 'the minister', cue: 'wrote', content: 'The plan is sound' }],
  ['“We will fight,” the mayor and the governor said.', { speaker: 'the mayor and the governor', cue: 'said', content: '“We will fight,”' }],
  ['The economy, Ms. Roe and Mr. Lee said, is weak.', { speaker: 'Ms. Roe and Mr. Lee', cue: 'said', content: 'The economy … is weak' }],
  // After a colon closing a report of its own, the closing attribution takes only what follows the colon.
  ['Fares cost more, but the data suggest it pays: lines that raised fares ran more trains, the agency reported.', { speaker: 'the agency', cue: 'reported', content: 'lines that raised fares ran more trains' }],
  ['The plan had three parts: taxes, roads and schools, the mayor said.', { speaker: 'the mayor', cue: 'said', content: 'The plan had three parts: taxes, roads and schools' }],
  // A plain verb read as a noun after a plural set off by a comma, before a comma or the sentence's end.
  ['Farms lost a fifth of their crop, the county surveyors estimate, mostly to hail.', { speaker: 'the county surveyors', cue: 'estimate', content: 'Farms lost a fifth of their crop' }],
  ['Farms lost a fifth of their crop, analysts estimate.', { speaker: 'analysts', cue: 'estimate', content: 'Farms lost a fifth of their crop' }],
  // A verb of the manner of speaking reports words only when a quotation is what it reports.
  ['“Not a chance,” Ms. Ruiz sniffed, closing the file.', { speaker: 'Ms. Ruiz', cue: 'sniffed', content: '“Not a chance,”', cueType: 'speech' }],
  ['“We are not done yet,” the coach growled.', { speaker: 'the coach', cue: 'growled', content: '“We are not done yet,”' }],
  // A subject and its verb are content enough.
  ['It worked, he said.', { speaker: 'he', cue: 'said', content: 'It worked' }],
  ['Prices fell, the report said.', { speaker: 'the report', cue: 'said', content: 'Prices fell' }],
  // A quotation after the attribution completes a subordinate clause before the speaker.
  ['So when the club said last spring that it would sell the ground, Mr. Lund said, “we were floored.”', { speaker: 'Mr. Lund', cue: 'said', content: 'So when the club said last spring that it would sell the ground … “we were floored.”', kind: 'mixed' }],
  // A few words with no verb, a paragraph of their own after a quoting paragraph, answer or go on with the quotation.
  ['“The league needs coaches who know the young players,” said Ada Brandt, the club’s chair.\n\nCoaches like Ortiz, she said.', { speaker: 'she', cue: 'said', content: 'Coaches like Ortiz', kind: 'indirect' }],
  ['“Will the pools open?” a reporter asked the mayor.\n\nNot this summer, she said.', { speaker: 'she', cue: 'said', content: 'Not this summer' }],
  // The writer's plain sentence before is joined to the paraphrase, unless it opens with a name the speaker takes up.
  ['The hedges shelter birds. A mile of them can feed a flock, the warden said.', { speaker: 'the warden', cue: 'said', content: 'The hedges shelter birds. A mile of them can feed a flock' }],
  ['Ana Ruiz toured the plant on Monday. Output would double by May, she said.', { speaker: 'she', cue: 'said', content: 'Output would double by May' }],
  ['The Lindqvist Trust met on Monday. Rents would rise, the group said.', { speaker: 'the group', cue: 'said', content: 'Rents would rise' }],
  // A finding that names its document after the place preposition is still a finding.
  ['Most renters pay too much, economists found in a 2019 survey.', { speaker: 'economists', cue: 'found', content: 'Most renters pay too much' }],
], [
  // A participle of evidence between a common noun and a preposition of place describes the noun.
  'The lake holds traces of mercury, a toxic metal found in old batteries.',
  'The river carries nitrates, runoff chemicals shown on the county map.',
  // With no subordinate clause before the speaker, the quotation after the attribution is its own claim.
  'Heading into the vote, Ms. Roe said, “We are ready.”',
  'After the vote, Mr. Lund said, “we were floored.”',
  // A verbless fragment with no quotation before it, an adjunct, or one inside a longer paragraph is no answer.
  'Coaches like Ortiz, she said.',
  '“We will see,” said the mayor.\n\nIn March, she said.',
  '“We will see,” said the mayor.\n\nThe vote passed. Coaches like Ortiz, she said.',
  'The roof shook, the crowd gasped.',
  'The rain had stopped, the old dog growled.',
  'Split over how to pay for the dam, the ministers found little agreement on the details.',
  'At the end of her set at the fair, the singer added the words, “Vote early.”',
  'In a short clip from her new show, Ruiz sings an old folk song to the mayor.',
  'As he went on about “jobs,” and “our great workers,” his aunt said yes, yes, over and over.',
  'The mill closed in May, the county lost its tax base, the farms’ estimate.',
  'Profits fell by half last year, the chief executive indicated as much in a memo to staff.',
  'In her 2003 memoir, Hidden Roads, the mayor noted the bridge’s age.',
  'Turnout fell. Campaigning in the north in 2019, he barely mentioned the mines.',
  'But when the council cut the budget, the mayor said no.',
  'Reportedly, the council has asked the state for money.',
  'Heading into the final week, the senator said: “We are ready.”',
  'In her 2019 memoir, the author wrote, “Nothing was planned.”',
  'The bridge, which opened in May, is closed.',
  'Well done, she said.',
  'His too, the clerk said.',
  'On the form, in a box marked “urgent,” a clerk had typed “denied.”',
]);

table('content-comma-cue-speaker', [
  ['“This is a good day,” said Anna Brandt, the union leader.', { speaker: 'Anna Brandt', cue: 'said', content: '“This is a good day,”' }],
  ['“We lost,” said the coach, “but we learned.”', { speaker: 'the coach', cue: 'said', content: '“We lost,” … “but we learned.”' }],
  ['“The veto will hold,” said Tuesday Senator Ada Brook.', { speaker: 'Ada Brook', cue: 'said', content: '“The veto will hold,”' }],
  ['“Now is the time,” said Don Fowler, who led the party.', { speaker: 'Don Fowler', cue: 'said', content: '“Now is the time,”' }],
  ['“The bump is small,” wrote Ana Bell for the Valley Ledger. “Few voters moved.”', { speaker: 'Ana Bell', cue: 'wrote', content: '“The bump is small,” … “Few voters moved.”' }],
  ['“The city will not go back,” said the Rev. Peter Hale, of Grace Church. “This is a good thing.”', { speaker: 'Peter Hale', cue: 'said', content: '“The city will not go back,” … “This is a good thing.”' }],
  ['“The pipes are old,” said the town’s water engineer, Rosa Field, who inspected them last spring.', { speaker: 'Rosa Field', cue: 'said', content: '“The pipes are old,”' }],
  ['“We will appeal,” said the union’s lawyer, Omar Tate.', { speaker: 'Omar Tate', cue: 'said', content: '“We will appeal,”' }],
  ['“We lost,” said the coach, a former striker, after the game.', { speaker: 'the coach', cue: 'said', content: '“We lost,”' }],
  ['“We lost,” said the coach, Mark Doyle and the captain.', { speaker: 'the coach', cue: 'said', content: '“We lost,”' }],
], [
  'In the insurance affair, clients were billed twice, saw their premiums climb, received policies they never asked for or gave up.',
  'A spokesman, who declined to be named, said the talks would resume.',
  'Lee, speaking after Kim at the town hall, cited rising rents in the city.',
  'Year after year, small farms, including ours, declared losses.',
  '“It is a land grab,” the water commissioner of Utah said at a Denver event.',
  'He admires the mayor as a “steady hand,” likening him to a saint.',
  'Hale, who ran the campaign for a year, blasted Ruiz as a “disgrace” on Friday.',
  'The growers, who had not been consulted, derided the quota as pointless.',
  'The season was a mess, with the owner — who had promised a title — lambasting the coach.',
]);

table('speaker-cue-content', [
  // A given name that is also a verb ("Hope", "Will") is a word of the speaker's name, not the cue.
  ['Council spokeswoman Hope Varga said the vote was delayed.', { speaker: 'Hope Varga', cue: 'said', content: 'the vote was delayed' }],
  // A finding that goes on to its clause after a place or time is still a finding.
  ['Inspectors found in March that the pipes leaked.', { speaker: 'Inspectors', cue: 'found', content: 'that the pipes leaked' }],
  // An age and a place set off by commas after the subject of the reported clause.
  ['Police said the driver, 34, was arrested on Tuesday night.', { speaker: 'Police', cue: 'said', content: 'the driver, 34, was arrested on Tuesday night' }],
  ['Police said Ann Roe, 34, of Dayton, was arrested.', { speaker: 'Police', cue: 'said', content: 'Ann Roe, 34, of Dayton, was arrested' }],
  // A relative clause ending in its preposition inside the subject of the reported clause.
  ['Ms. Vance said several of the parks that residents point to as unsafe are being fixed.', { speaker: 'Ms. Vance', cue: 'said', content: 'several of the parks that residents point to as unsafe are being fixed' }],
  // A relative clause in the past after words in the present tells what happened before, in the writer's words;
  // one in the tense of the words goes on with them.
  ['Dr. Lee said she expects the senator to return to work soon after the surgery, which kept him away from the vote last week.', { speaker: 'Dr. Lee', cue: 'said', content: 'she expects the senator to return to work soon after the surgery' }],
  ['Dr. Lee said the senator missed the vote after the surgery, which kept him in the hospital for a week.', { speaker: 'Dr. Lee', cue: 'said', content: 'the senator missed the vote after the surgery, which kept him in the hospital for a week' }],
  ['The mayor said the plan covers the new tram line, which runs to the airport.', { speaker: 'The mayor', cue: 'said', content: 'the plan covers the new tram line, which runs to the airport' }],
  // After a relative clause closed by a comma, "but" and a verb with no subject go on with it; one with a subject of its own does not.
  ['The council said it backed the farm bill, which put more money into rural roads, but also led to higher prices.', { speaker: 'The council', cue: 'said', content: 'it backed the farm bill, which put more money into rural roads, but also led to higher prices' }],
  ['The council said it backed the farm bill, which put more money into rural roads, but the mayor opposed it.', { speaker: 'The council', cue: 'said', content: 'it backed the farm bill, which put more money into rural roads' }],
  // A second clause may open after a comma set inside a closing quotation mark, and after a phrase of place or time.
  ['The board ruled that the new fee was “fair,” but in the text of its ruling it warned that costs would rise.', { speaker: 'The board', cue: 'ruled', content: 'that the new fee was “fair,”' }],
  ['The board ruled that the new fee was “fair,” but in the text of its ruling it warned that costs would rise.', { speaker: 'it', cue: 'warned', content: 'that costs would rise' }],
  ['The mayor said the bridge was unsafe, but in the end the council voted to keep it open.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe' }],
  ['The mayor said the bridge was “unsafe,” but that it would stay open.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was “unsafe,” but that it would stay open' }],
  ['The mayor said the bridge was unsafe, but in need of only small repairs.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe, but in need of only small repairs' }],
  // A clause after a semicolon that reports words of its own is another claim; a list of figures goes on.
  ['The budget office estimates that the plan would cost $4 billion; the research arm at the more cautious Grant Foundation puts the figure at $2 billion.', { speaker: 'The budget office', cue: 'estimates', content: 'that the plan would cost $4 billion' }],
  ['The mayor said the ferry was late, partly because the river froze.', { speaker: 'The mayor', cue: 'said', content: 'the ferry was late' }],
  ['The mayor said the ferry was “late, partly because the river froze.”', { speaker: 'The mayor', cue: 'said', content: 'the ferry was “late, partly because the river froze.”' }],
  ['The mayor said the ferry was late, because the river froze.', { speaker: 'The mayor', cue: 'said', content: 'the ferry was late, because the river froze' }],
  ['The mayor said the ferry was late, in part because of the ice.', { speaker: 'The mayor', cue: 'said', content: 'the ferry was late, in part because of the ice' }],
  // A phrase standing for an adverb ("in effect", "in turn") before a participle opens the writer's aside, as an adverb does.
  ['The union threatened to strike in the spring, in effect forcing the board to say that wages were fair.', { speaker: 'The union', cue: 'threatened', content: 'to strike in the spring' }],
  ['The union said the offer was, in effect, a pay cut for drivers.', { speaker: 'The union', cue: 'said', content: 'the offer was, in effect, a pay cut for drivers' }],
  // A clause of concession after a comma is the writer's, outside quotations.
  ['The mayor said the bridge was safe, although engineers have not yet checked its cables.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was safe' }],
  ['The mayor said the ferry would keep running, even as the river froze over.', { speaker: 'The mayor', cue: 'said', content: 'the ferry would keep running' }],
  ['The mayor said the bridge was “safe, although a little old.”', { speaker: 'The mayor', cue: 'said', content: 'the bridge was “safe, although a little old.”' }],
  ['The auditors reported that the port holds $3 million in cash; the airport holds $2 million; the zoo holds $1 million.', { speaker: 'The auditors', cue: 'reported', content: 'that the port holds $3 million in cash; the airport holds $2 million; the zoo holds $1 million' }],
  // ", the latest …" places the words in a series of events; "the latest" inside the words goes on.
  ['The mayor said the pool will close, the latest blow to a town that has lost its library.', { speaker: 'The mayor', cue: 'said', content: 'the pool will close' }],
  ['The coach said the club bought the latest boots for every player.', { speaker: 'The coach', cue: 'said', content: 'the club bought the latest boots for every player' }],
  // A speaker of a verb of saying that opens on a capitalised article after a word in lower case starts a
  // sentence whose full stop is missing; a title after its noun ("the film The Harbor") is no speaker.
  ['The port authority said it was adding inspectors at the northern docks The coast guard said it would add patrols too.', { speaker: 'The port authority', cue: 'said', content: 'it was adding inspectors at the northern docks' }],
  ['The port authority said it was adding inspectors at the northern docks The coast guard said it would add patrols too.', { speaker: 'The coast guard', cue: 'said', content: 'it would add patrols too' }],
  ['Critics said the film The Harbor showed the town as it was.', { speaker: 'Critics', cue: 'said', content: 'the film The Harbor showed the town as it was' }],
  // A phrase set off by commas after "and" stands between the subject and its second verb.
  ['The fans jeered the referee and, at one point, chanted "Off, off, off!"', { speaker: 'The fans', cue: 'chanted', content: '"Off, off, off!"' }],
  // Words that a closing attribution cuts off end at a colon: what follows it is that attribution's.
  ['Fares cost more, but the data suggest it pays: lines that raised fares ran more trains, the agency reported.', { speaker: 'the data', cue: 'suggest', content: 'it pays' }],
  // A noun phrase summing up a quotation closed on its comma is the writer's; a second clause goes on.
  ['Most riders agreed that the old timetable “made no sense at all,” a phrase the survey used word for word.', { speaker: 'Most riders', cue: 'agreed', content: 'that the old timetable “made no sense at all,”' }],
  ['Most riders agreed that the old timetable “made no sense at all,” and that fares were too high.', { speaker: 'Most riders', cue: 'agreed', content: 'that the old timetable “made no sense at all,” and that fares were too high' }],
  // ", a sign that …": the writer's reading of the words, set after them.
  ['A new poll shows the mayor trailing her rival for the first time, a sign that the race is tightening.', { speaker: 'A new poll', cue: 'shows', content: 'the mayor trailing her rival for the first time' }],
  ['The council said the fares would rise in May, a sign that the budget is short.', { speaker: 'The council', cue: 'said', content: 'the fares would rise in May' }],
  // A claim inside a closing cue's claim that lost to another stands: the sentence is not the report's.
  ['Jones also said the tapes do not show whether the driver held anything, which he said was a phone, the report showed.', { speaker: 'Jones', cue: 'said', content: 'the tapes do not show whether the driver held anything' }],
  ['The growers we talked to last month were nearly unanimous that the dam should stay.', { speaker: 'The growers we talked to last month', cue: 'were nearly unanimous', content: 'that the dam should stay', cueType: 'belief' }],
  ['The nurses I met this week said the ward was full.', { speaker: 'The nurses I met this week', cue: 'said', content: 'the ward was full' }],
  ['Ana Ruiz said most of the cases that auditors flagged were closed within a year.', { speaker: 'Ana Ruiz', cue: 'said', content: 'most of the cases that auditors flagged were closed within a year' }],
  ['The mayor said the report that the board released was flawed.', { speaker: 'The mayor', cue: 'said', content: 'the report that the board released was flawed' }],
  ['The mayor said Tuesday night that the report was flawed.', { speaker: 'The mayor', cue: 'said', content: 'that the report was flawed' }],
  ['The senator made the case that the port should close.', { speaker: 'The senator', cue: 'made the case', content: 'that the port should close' }],
  // "as" and a past participle inside the reported clause's subject.
  ['The mayor said the levy as written would hurt bakers.', { speaker: 'The mayor', cue: 'said', content: 'the levy as written would hurt bakers' }],
  // A gerund of saying set aside after a comma and a preposition is a report of its own.
  ['The governor refuses to name candidates, apart from saying she expects a varied field.', { speaker: 'The governor', cue: 'refuses', content: 'to name candidates' }],
  // A plural verb the tagger reads as a noun after a plural subject.
  ['Police data show 412 thefts were reported in May.', { speaker: 'Police data', cue: 'show', content: '412 thefts were reported in May' }],
  ['Census figures show the town grew.', { speaker: 'Census figures', cue: 'show', content: 'the town grew' }],
  // A part of a group written before.
  ['The envoys met twice. One of them said the talks had stalled.', { speaker: 'One of them', cue: 'said', content: 'the talks had stalled' }],
  // A quantifier opening the sentence is its subject; after the subject it floats.
  ['The two mayors met on Monday. Both said the bridge would reopen.', { speaker: 'Both', cue: 'said', content: 'the bridge would reopen' }],
  ['The two mayors met on Monday. They both said the bridge would reopen.', { speaker: 'They', cue: 'said', content: 'the bridge would reopen' }],
  ['Officials said the agency mishandled the inquiry and Jane Roe said the party was stoking the issue.', { speaker: 'Officials', cue: 'said', content: 'the agency mishandled the inquiry' }],
  ['Officials said the agency mishandled the inquiry and Jane Roe said the party was stoking the issue.', { speaker: 'Jane Roe', cue: 'said', content: 'the party was stoking the issue' }],
  ['State and local officials said the roads were clear.', { speaker: 'State and local officials', cue: 'said', content: 'the roads were clear' }],
  ['Dutch and Swedish ministers said the treaty would hold.', { speaker: 'Dutch and Swedish ministers', cue: 'said', content: 'the treaty would hold' }],
  ['Her aide, Ana Grant, said the count was slow.', { speaker: 'Ana Grant', cue: 'said', content: 'the count was slow' }],
  ['The new coach, Tom Mark, told reporters the team was tired.', { speaker: 'Tom Mark', cue: 'told', content: 'the team was tired' }],
  ['The mayor tells her volunteers at a meeting to “knock on every door.”', { speaker: 'The mayor', cue: 'tells', content: 'to “knock on every door.”' }],
  ['The coach encouraged the fans to “sing louder” at home games.', { speaker: 'The coach', cue: 'encouraged', content: 'to “sing louder” at home games' }],
  ['The coach encouraged the fans to sing louder.', { speaker: 'The coach', cue: 'encouraged', content: 'the fans to sing louder' }],
  // Phrases of place or time may stand between a request's object and its infinitive.
  ['The senator urged her volunteers at a town hall in Akron on Monday to knock on more doors.', { speaker: 'The senator', cue: 'urged', content: 'her volunteers at a town hall in Akron on Monday to knock on more doors' }],
  ['She said the mayor would win, too.', { speaker: 'She', cue: 'said', content: 'the mayor would win' }],
  ['Officials said they believed the contractor botched the repairs and Greens accused the mayor of hiding the bill.', { speaker: 'Officials', cue: 'said', content: 'they believed the contractor botched the repairs' }],
  ['Dutch and Swedish ministers said the fishing pact was dead.', { speaker: 'Dutch and Swedish ministers', cue: 'said', content: 'the fishing pact was dead' }],
  ['The auditors faulted the budget and Democrats said the deficit was hidden.', { speaker: 'Democrats', cue: 'said', content: 'the deficit was hidden' }],
  ['The coach said he would not back Mr. Lund, the likely favorite of the board.', { speaker: 'The coach', cue: 'said', content: 'he would not back Mr. Lund' }],
  ['Critics say the money could be spent better on the harbor authority, the agency that runs the docks.', { speaker: 'Critics', cue: 'say', content: 'the money could be spent better on the harbor authority' }],
  ['She said the city would hire Ana Ruiz, the first woman elected to the board.', { speaker: 'She', cue: 'said', content: 'the city would hire Ana Ruiz' }],
  ['The minister said the levy would cover fluorinated gases, known as F-gases.', { speaker: 'The minister', cue: 'said', content: 'the levy would cover fluorinated gases' }],
  ['Two analysts say that, if elected, the mayor would hire Jane Holt, a former deputy mayor and envoy who knows the budget.', { speaker: 'Two analysts', cue: 'say', content: 'that, if elected, the mayor would hire Jane Holt' }],
  ['She said the city would hire Mr. Lund, the builder and the architect.', { speaker: 'She', cue: 'said', content: 'the city would hire Mr. Lund, the builder and the architect' }],
  ['The mayor said the city had asked for more teachers, the repair of schools that need it and for longer hours.', { speaker: 'The mayor', cue: 'said', content: 'the city had asked for more teachers, the repair of schools that need it and for longer hours' }],
  ['He said the council rejected the budget, the fees rose and the mayor resigned.', { speaker: 'He', cue: 'said', content: 'the council rejected the budget, the fees rose and the mayor resigned' }],
  ['He said the town needs a new school, the old one is too small.', { speaker: 'He', cue: 'said', content: 'the town needs a new school, the old one is too small' }],
  ['He said the mayor, the head of the parks board, would resign.', { speaker: 'He', cue: 'said', content: 'the mayor, the head of the parks board, would resign' }],
  ['The mayor said the new park would bring families together, allowing children to see the river again.', { speaker: 'The mayor', cue: 'said', content: 'the new park would bring families together, allowing children to see the river again' }],
  ['The chief said the strike would end soon, telling workers to return on Monday.', { speaker: 'The chief', cue: 'said', content: 'the strike would end soon' }],
  ['The mayor said the park would open in May, adding that the pool would wait.', { speaker: 'The mayor', cue: 'said', content: 'the park would open in May' }],
  ['The report says the plant cut its emissions sharply, and that’s a claim few experts accept.', { speaker: 'The report', cue: 'says', content: 'the plant cut its emissions sharply' }],
  ['Many people believed that the firm had a rich backer, but that was not the case.', { speaker: 'Many people', cue: 'believed', content: 'that the firm had a rich backer' }],
  ['She said the fares went up, and that the fees would rise too.', { speaker: 'She', cue: 'said', content: 'the fares went up, and that the fees would rise too' }],
  ['He said the road was closed, but that it would reopen soon.', { speaker: 'He', cue: 'said', content: 'the road was closed, but that it would reopen soon' }],
  ['The senator has long wondered whether the referees will be fair, engaging in what critics described as old tricks.', { speaker: 'The senator', cue: 'wondered', content: 'whether the referees will be fair' }],
  ['The mayor said the show was a hit, thrilling for the children who watched it.', { speaker: 'The mayor', cue: 'said', content: 'the show was a hit, thrilling for the children who watched it' }],
  ['The anchor declined that offer and has since moved to a rival station.', { speaker: 'The anchor', cue: 'declined', content: 'that offer' }],
  ['The court rejected that argument and ordered a new trial.', { speaker: 'The court', cue: 'rejected', content: 'that argument' }],
  ['The board rejected that request in a letter sent on Tuesday.', { speaker: 'The board', cue: 'rejected', content: 'that request' }],
  ['The governor said that plan in a statement would cost too much.', { speaker: 'The governor', cue: 'said', content: 'that plan in a statement would cost too much' }],
  ['Officials warned that prices and fees would rise.', { speaker: 'Officials', cue: 'warned', content: 'that prices and fees would rise' }],
  ['She noted that support had grown.', { speaker: 'She', cue: 'noted', content: 'that support had grown' }],
  ['He said it was “too late, too.”', { speaker: 'He', cue: 'said', content: 'it was “too late, too.”' }],
  ['The families called for more answers about the fire, pacing the hall outside the court.', { speaker: 'The families', cue: 'called for', content: 'more answers about the fire' }],
  ['The study, which notes that most large firms would owe more in taxes, should be a warning.', { speaker: 'which', cue: 'notes', content: 'that most large firms would owe more in taxes' }],
  ['The court clarified that the ban applies only to motor boats.', { speaker: 'The court', cue: 'clarified', content: 'that the ban applies only to motor boats', cueType: 'speech' }],
  ['The panel recommended that the school close in June.', { speaker: 'The panel', cue: 'recommended', content: 'that the school close in June' }],
  ['The governor marveled that the town had rebuilt so fast.', { speaker: 'The governor', cue: 'marveled', content: 'that the town had rebuilt so fast' }],
  ['The mayor spoke after the vote.\n\nShe added:\n\nIt is a disgrace, and the council knows it.\n\nThe vote is final.', { speaker: 'She', cue: 'added', content: 'It is a disgrace, and the council knows it' }],
  ['He said the rules were unfair and called them “a scandal.”', { speaker: 'He', cue: 'said', content: 'the rules were unfair' }],
  ['The inquiry found no proof that the mayor took money.', { speaker: 'The inquiry', cue: 'found', content: 'no proof that the mayor took money' }],
  ['She said Monday that the plan works.', { speaker: 'She', cue: 'said', content: 'that the plan works' }],
  ['The choir said it was proud and would go on to sing “with open hearts.”', { speaker: 'The choir', cue: 'said', content: 'it was proud and would go on to sing “with open hearts.”' }],
  ['The union said that it was ready and would continue to argue for “a fair wage.”', { speaker: 'The union', cue: 'said', content: 'that it was ready and would continue to argue for “a fair wage.”' }],
  ['The coach said the club’s most urgent need was a new striker.', { speaker: 'The coach', cue: 'said', content: 'the club’s most urgent need was a new striker' }],
  ['She urges her brother to stay home.', { speaker: 'She', cue: 'urges', content: 'her brother to stay home' }],
  ['The nurse urged them to rest and then said goodbye.', { speaker: 'The nurse', cue: 'urged', content: 'them to rest' }],
  ['Analysts say his plans to raise fares on the night buses and cut the number of routes to the suburbs would hurt riders.', { speaker: 'Analysts', cue: 'say', content: 'his plans to raise fares on the night buses and cut the number of routes to the suburbs would hurt riders' }],
  ['The treasurer added:\n\nThe budget is a mess. Nobody on the council has read it.', { speaker: 'The treasurer', cue: 'added', content: 'The budget is a mess. Nobody on the council has read it' }],
  ['Critics say his use of the word “crisis” was a mistake.', { speaker: 'Critics', cue: 'say', content: 'his use of the word “crisis” was a mistake' }],
  ['Tom Hale, 61, who has run the clinic for a decade, told the council the building is no longer safe.', { speaker: 'Tom Hale', cue: 'told', content: 'the building is no longer safe' }],
  ['Ana Ruiz, head of the port authority and a member of the harbor board, said the dredging would start in May.', { speaker: 'Ana Ruiz', cue: 'said', content: 'the dredging would start in May' }],
  ['Sen. Lena Ward (D-Nev.) Tuesday said the budget would pass.', { speaker: 'Lena Ward', cue: 'said', content: 'the budget would pass' }],
  ['Sen. Lena Ward (R-Ariz.) on Tuesday said the budget would pass.', { speaker: 'Lena Ward', cue: 'said', content: 'the budget would pass' }],
  ['Sen. Lena Ward (R-Ga.), who chairs the panel, said the budget would pass.', { speaker: 'Lena Ward', cue: 'said', content: 'the budget would pass' }],
  ['The company said “the plan worked well last year,” adding that costs fell by half.', { speaker: 'The company', cue: 'said', content: '“the plan worked well last year,”' }],
  ['The mayor said the plan was “a success,” making the case for more money.', { speaker: 'The mayor', cue: 'said', content: 'the plan was “a success,” making the case for more money' }],
  ['The mayor said the plan would cut costs, though she noted that the state had not agreed.', { speaker: 'The mayor', cue: 'said', content: 'the plan would cut costs' }],
  ['The mayor said the plan would cut costs, though she noted that the state had not agreed.', { speaker: 'she', cue: 'noted', content: 'that the state had not agreed' }],
  ['Ms. Park said the tax would raise money while most economists say it would slow growth.', { speaker: 'Ms. Park', cue: 'said', content: 'the tax would raise money' }],
  ['Officials said the bridge would reopen in May and they promised to pay for it.', { speaker: 'Officials', cue: 'said', content: 'the bridge would reopen in May' }],
  ['He said there are voters who feel ignored and who believe nothing will change.', { speaker: 'He', cue: 'said', content: 'there are voters who feel ignored and who believe nothing will change' }],
  ['She called for more police and an end to the cuts known as austerity.', { speaker: 'She', cue: 'called for', content: 'more police and an end to the cuts known as austerity' }],
  ['The minister said that taxes would rise.', { speaker: 'The minister', cue: 'said', content: 'that taxes would rise', kind: 'indirect' }],
  ['The judge refused to release him, ruling that he might flee.', { speaker: 'The judge', cue: 'refused', content: 'to release him' }],
  ['Halvorsen said the deal was “fair and final.”', { speaker: 'Halvorsen', cue: 'said', content: 'the deal was “fair and final.”', kind: 'mixed' }],
  ['The mayor told reporters on Monday that the bridge would reopen.', { speaker: 'The mayor', cue: 'told', content: 'that the bridge would reopen' }],
  ['Jane Roe, the chief executive, said: “We are growing.”', { speaker: 'Jane Roe', cue: 'said', content: '“We are growing.”', kind: 'direct' }],
  ['The bank last month said it would end the fees.', { speaker: 'The bank', cue: 'said', content: 'it would end the fees' }],
  // A month after "in" between the subject and its verb is the verb's time, not part of the speaker.
  ['The pilots in April warned that the runway lights were failing.', { speaker: 'The pilots', cue: 'warned', content: 'that the runway lights were failing' }],
  // After a participle the time is the participle's, inside the subject.
  ['A report issued in April found that most ferries ran late.', { speaker: 'A report issued in April', cue: 'found', content: 'that most ferries ran late' }],
  ['A report issued in 2021 found that most ferries ran late.', { speaker: 'A report issued in 2021', cue: 'found', content: 'that most ferries ran late' }],
  ['The pilots in Denver warned that the runway lights were failing.', { speaker: 'The pilots in Denver', cue: 'warned', content: 'that the runway lights were failing' }],
  ['Mayor Ines Roth, at a later briefing, said, “The road is safe.”', { speaker: 'Ines Roth', cue: 'said', content: '“The road is safe.”' }],
  ['The case went to Judge Ana Bell, who said the law was clear.', { speaker: 'who', cue: 'said', content: 'the law was clear' }],
  ['Her lawyer, Tom Price, told the court his client was innocent.', { speaker: 'Tom Price', cue: 'told', content: 'his client was innocent' }],
  ['The union wants to reopen the talks.', { speaker: 'The union', cue: 'wants', content: 'to reopen the talks', cueType: 'intention' }],
  ['The court declined to hear the appeal.', { speaker: 'The court', cue: 'declined', content: 'to hear the appeal', cueType: 'intention' }],
  ['The panel voted to hold the aide in contempt.', { speaker: 'The panel', cue: 'voted', content: 'to hold the aide in contempt', cueType: 'intention' }],
  ['The council voted against the new parking rules.', { speaker: 'The council', cue: 'voted against', content: 'the new parking rules', cueType: 'intention' }],
  ['The board decided against raising fees.', { speaker: 'The board', cue: 'decided against', content: 'raising fees', cueType: 'intention' }],
  ['Experts on trade and industry said the tariff could backfire.', { speaker: 'Experts on trade and industry', cue: 'said', content: 'the tariff could backfire' }],
  ['Many farmers are afraid that the drought will return.', { speaker: 'Many farmers', cue: 'are afraid', content: 'that the drought will return', cueType: 'belief' }],
  ['The coach was sure his team would win the final.', { speaker: 'The coach', cue: 'was sure', content: 'his team would win the final', cueType: 'belief' }],
  ['The minister remained confident that the talks would succeed.', { speaker: 'The minister', cue: 'remained confident', content: 'that the talks would succeed' }],
  ['The union is determined to win better pay.', { speaker: 'The union', cue: 'is determined', content: 'to win better pay', cueType: 'intention' }],
  ['The minister agreed to soften the cuts.', { speaker: 'The minister', cue: 'agreed', content: 'to soften the cuts', cueType: 'intention' }],
  ['The envoy vowed not to repeat the mistake.', { speaker: 'The envoy', cue: 'vowed', content: 'not to repeat the mistake', cueType: 'intention' }],
  ['Economists believe that prices will fall.', { speaker: 'Economists', cue: 'believe', content: 'that prices will fall', cueType: 'belief' }],
  ['The ferry runs late, which is why the captain says the timetable must change.', { speaker: 'the captain', cue: 'says', content: 'the timetable must change' }],
  ['That’s why the nurses are angry that the ward is closing.', { speaker: 'the nurses', cue: 'are angry', content: 'that the ward is closing' }],
  ['Bank statements from the last two years show they paid no rent.', { speaker: 'Bank statements from the last two years', cue: 'show', content: 'they paid no rent', cueType: 'evidence' }],
  ['Her tax returns from the early years show that she paid little.', { speaker: 'Her tax returns from the early years', cue: 'show', content: 'that she paid little' }],
  ['The mayor’s deputy, Ana Ruiz, plans to widen the road.', { speaker: 'Ana Ruiz', cue: 'plans', content: 'to widen the road', cueType: 'intention' }],
  ['Her running mate said the tax plan was fair.', { speaker: 'Her running mate', cue: 'said', content: 'the tax plan was fair' }],
  ['A new poll shows that support is slipping.', { speaker: 'A new poll', cue: 'shows', content: 'that support is slipping', cueType: 'evidence' }],
  ['The ministry is saying that the figures are wrong.', { speaker: 'The ministry', cue: 'saying', content: 'that the figures are wrong' }],
  ['He said:\n\n“We will not give up.”', { speaker: 'He', cue: 'said', content: '“We will not give up.”' }],
  ['The senator told his supporters that the race was close.', { speaker: 'The senator', cue: 'told', content: 'that the race was close' }],
  ['The pollster told the panel on Monday how pleased she was.', { speaker: 'The pollster', cue: 'told', content: 'how pleased she was' }],
  ['The mayor tells NPR’s “Morning Edition” on Friday that the tram will return.', { speaker: 'The mayor', cue: 'tells', content: 'that the tram will return' }],
  ['The mayor tells NPR’s “Morning Edition” on Friday that “just what went wrong” is unknown.', { speaker: 'The mayor', cue: 'tells', content: 'that “just what went wrong” is unknown' }],
  ['The mayor says crime has fallen in the city, and “we are going to keep it that way” if she wins.', { speaker: 'The mayor', cue: 'says', content: 'crime has fallen in the city, and “we are going to keep it that way” if she wins' }],
  ['The mayor says at a rally in Leeds, England, that the tram will return.', { speaker: 'The mayor', cue: 'says', content: 'that the tram will return' }],
  ['Ms. Diaz says too much is made of the polls.', { speaker: 'Ms. Diaz', cue: 'says', content: 'too much is made of the polls' }],
  ['The witness confessed that she had lied.', { speaker: 'The witness', cue: 'confessed', content: 'that she had lied', cueType: 'speech' }],
  ['The coach reminded the players that the season was long.', { speaker: 'The coach', cue: 'reminded', content: 'that the season was long' }],
  ['Some scientists theorize that the comet broke apart.', { speaker: 'Some scientists', cue: 'theorize', content: 'that the comet broke apart', cueType: 'speech' }],
  ['The ferry operator — a firm based in Oslo — said the route would close.', { speaker: 'The ferry operator', cue: 'said', content: 'the route would close' }],
  ['The ferry board -- which sat for a year -- told reporters the route would close.', { speaker: 'The ferry board', cue: 'told', content: 'the route would close' }],
  ['Ana Lind met the ferry operator — a firm based in Oslo — and said the route would close.', { speaker: 'Ana Lind', cue: 'said', content: 'the route would close' }],
  ['After a long debate, all agreed that the ferry should keep running.', { speaker: 'all', cue: 'agreed', content: 'that the ferry should keep running' }],
  ['Asked about the levy at the forum, several said it would hurt farmers.', { speaker: 'several', cue: 'said', content: 'it would hurt farmers' }],
  ['The tenants protested that the rent was too high.', { speaker: 'The tenants', cue: 'protested', content: 'that the rent was too high' }],
  ['The minister made it clear that taxes would rise.', { speaker: 'The minister', cue: 'made it clear', content: 'that taxes would rise', cueType: 'speech' }],
  ['She has made clear she will run again.', { speaker: 'She', cue: 'made clear', content: 'she will run again' }],
  ['He made the point that costs had doubled.', { speaker: 'He', cue: 'made the point', content: 'that costs had doubled' }],
  ['The grant goes to local farmers, who grow most of the grain and say that prices are too low.', { speaker: 'who', cue: 'say', content: 'that prices are too low' }],
  ['The mayor visited the farm, which she owns, and said that prices were too low.', { speaker: 'The mayor', cue: 'said', content: 'that prices were too low' }],
  ['Auditors discovered that the accounts had been altered.', { speaker: 'Auditors', cue: 'discovered', content: 'that the accounts had been altered', cueType: 'belief' }],
  ['The minister anticipates that prices will fall.', { speaker: 'The minister', cue: 'anticipates', content: 'that prices will fall', cueType: 'belief' }],
  ['The survey illustrates that rents are rising.', { speaker: 'The survey', cue: 'illustrates', content: 'that rents are rising', cueType: 'evidence' }],
  ['The families implored the council to keep the library open.', { speaker: 'The families', cue: 'implored', content: 'the council to keep the library open' }],
  ['The coach cautioned his players to stay calm.', { speaker: 'The coach', cue: 'cautioned', content: 'his players to stay calm' }],
  ['The club aspires to win the league.', { speaker: 'The club', cue: 'aspires', content: 'to win the league', cueType: 'intention' }],
  ['The strikers resolved to hold out until spring.', { speaker: 'The strikers', cue: 'resolved', content: 'to hold out until spring', cueType: 'intention' }],
  ['A 2019 study that ran in the Hale Review found that most trials were small.', { speaker: 'A 2019 study that ran in the Hale Review', cue: 'found', content: 'that most trials were small' }],
  ['The man who spoke to Ms. Roe said the meeting went well.', { speaker: 'The man who spoke to Ms. Roe', cue: 'said', content: 'the meeting went well' }],
  ['A poll conducted by the Hale Institute found that most voters were undecided.', { speaker: 'A poll conducted by the Hale Institute', cue: 'found', content: 'that most voters were undecided' }],
  ['The report released Tuesday said the economy grew.', { speaker: 'The report released Tuesday', cue: 'said', content: 'the economy grew' }],
  ['The audit published in March found that the council had lost track of its loans.', { speaker: 'The audit published in March', cue: 'found', content: 'that the council had lost track of its loans' }],
  ['Ms. Roe, a teacher from Leeds, England, said the school was closing.', { speaker: 'Ms. Roe', cue: 'said', content: 'the school was closing' }],
  ['Piet Moreau, of Dayton, Ohio, said he had coached for a decade.', { speaker: 'Piet Moreau', cue: 'said', content: 'he had coached for a decade' }],
  ['The mayor says at a campaign stop in Leeds that the tram will return.', { speaker: 'The mayor', cue: 'says', content: 'that the tram will return' }],
  ['Rosa Lind, a farmer and organizer for the cooperative, which is made up of growers, said the tariffs hurt.', { speaker: 'Rosa Lind', cue: 'said', content: 'the tariffs hurt' }],
  ['In Paris, the chief executive, who took over in May, said sales rose.', { speaker: 'the chief executive', cue: 'said', content: 'sales rose' }],
  ['Even Norway, Sweden’s closest ally, said it was opposed to the test.', { speaker: 'Norway', cue: 'said', content: 'it was opposed to the test' }],
  ['Jane Roe — the union leader — said the strike would go on.', { speaker: 'Jane Roe', cue: 'said', content: 'the strike would go on' }],
  ['Later, one of the attorneys, Ana Bell, said the videos were clear.', { speaker: 'Ana Bell', cue: 'said', content: 'the videos were clear' }],
  ['The well-known author said the book was done.', { speaker: 'The well-known author', cue: 'said', content: 'the book was done' }],
  ['Ms. Diaz said the rules that apply to small banks often hurt savers.', { speaker: 'Ms. Diaz', cue: 'said', content: 'the rules that apply to small banks often hurt savers' }],
  ['The governor urged coastal residents to leave by noon.', { speaker: 'The governor', cue: 'urged', content: 'coastal residents to leave by noon', cueType: 'speech' }],
  ['The coach asked them to stay calm.', { speaker: 'The coach', cue: 'asked', content: 'them to stay calm' }],
  ['The ruling, which found that the levy was unlawful, is a model for other courts.', { speaker: 'which', cue: 'found', content: 'that the levy was unlawful' }],
  ['The senator, who asked “Is this legal?”, left the room.', { speaker: 'who', cue: 'asked', content: '“Is this legal?”' }],
  ['The mayor said the bridge was unsafe, and the repairs would take a year.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe, and the repairs would take a year' }],
  ['The mayor said the bridge was unsafe, and when asked about repairs the council named no date.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe' }],
  ['The mayor vowed to close the bridge, and the council is promising to fund a ferry.', { speaker: 'The mayor', cue: 'vowed', content: 'to close the bridge' }],
  ['The mayor said the bridge was unsafe, but the council voted to keep it open.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe' }],
  ['The mayor said the bridge was unsafe, and that repairs would take a year.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe, and that repairs would take a year' }],
  ['The mayor said the budget would cover three things — roads, schools and parks.', { speaker: 'The mayor', cue: 'said', content: 'the budget would cover three things — roads, schools and parks' }],
  ['The mayor said the bridge was safe — a claim the engineers rejected.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was safe' }],
  // After a parenthesis between dashes, the verb of the words' own subject goes on with them; a new subject
  // with an attribution of its own does not.
  ['Critics note that the mayor — even as she says her years in banking make her the one to fix the budget — has proposed few cuts.', { speaker: 'Critics', cue: 'note', content: 'that the mayor — even as she says her years in banking make her the one to fix the budget — has proposed few cuts' }],
  ['When Ms. Ruiz noted that the fund had shrunk ― as was true for several years ― Mr. Lee boasted, “That was my doing.”', { speaker: 'Ms. Ruiz', cue: 'noted', content: 'that the fund had shrunk ― as was true for several years' }],
  ['The mayor said the plan would cut costs, which would free money for schools.', { speaker: 'The mayor', cue: 'said', content: 'the plan would cut costs, which would free money for schools' }],
  ['The mayor said the plan would cut costs, which the council disputed.', { speaker: 'The mayor', cue: 'said', content: 'the plan would cut costs' }],
  ['Officials said the footage does not show her bag, which she said was empty, and the case was closed.', { speaker: 'Officials', cue: 'said', content: 'the footage does not show her bag' }],
  ['They called the agency which said the roads were safe.', { speaker: 'which', cue: 'said', content: 'the roads were safe' }],
  ['The mayor said she would ask the governor, who had promised help last year.', { speaker: 'The mayor', cue: 'said', content: 'she would ask the governor' }],
  ['The minister has urged banks to lend more but has said she will not force them.', { speaker: 'The minister', cue: 'urged', content: 'banks to lend more' }],
  ['The board decided against hiring a coach during the season.', { speaker: 'The board', cue: 'decided against', content: 'hiring a coach during the season' }],
  ['She said the firm would hire more staff, opening two offices next year.', { speaker: 'She', cue: 'said', content: 'the firm would hire more staff, opening two offices next year' }],
  ['The mayor said the plan was fair, quickly drawing boos from the crowd.', { speaker: 'The mayor', cue: 'said', content: 'the plan was fair' }],
  ['Police say the driver sped off and refused to stop.', { speaker: 'Police', cue: 'say', content: 'the driver sped off and refused to stop' }],
  ['The mayor said the bridge was unsafe and warned drivers to stay away.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe' }],
  ['The council urged residents to save water and consider planting native grass.', { speaker: 'The council', cue: 'urged', content: 'residents to save water and consider planting native grass' }],
  ['The auditor noted that firms are likely to skip the filing and consider the fine a cost of business.', { speaker: 'The auditor', cue: 'noted', content: 'that firms are likely to skip the filing and consider the fine a cost of business' }],
  ['Residents saw the levy as a way to pave roads, hire teachers and address flooding.', { speaker: 'Residents', cue: 'saw', content: 'the levy as a way to pave roads, hire teachers and address flooding' }],
  ['Critics say the city should raise fares and urge voters to reject the plan.', { speaker: 'Critics', cue: 'say', content: 'the city should raise fares' }],
  ['The mayor will say that taxes will rise and urge the council to act.', { speaker: 'The mayor', cue: 'say', content: 'that taxes will rise' }],
  ['Critics see the levy as a way to pave roads and urge voters to back it.', { speaker: 'Critics', cue: 'see', content: 'the levy as a way to pave roads' }],
  ['Voters viewed the tax as a way to punish the rich and rejected it.', { speaker: 'Voters', cue: 'viewed', content: 'the tax as a way to punish the rich' }],
  ['Asked about the plan, the father of two replied, “It is meant for everyone.”', { speaker: 'the father of two', cue: 'replied', content: '“It is meant for everyone.”' }],
  ['The union called for more school funding in a statement on Thursday.', { speaker: 'The union', cue: 'called for', content: 'more school funding' }],
  ['The mayor called Friday for opening the files.', { speaker: 'The mayor', cue: 'called Friday for', content: 'opening the files' }],
  ['The mayor called on Monday for an inquiry into the fire.', { speaker: 'The mayor', cue: 'called on Monday for', content: 'an inquiry into the fire' }],
  ['When the mayor noted that the bridge was unsafe, the council closed it.', { speaker: 'the mayor', cue: 'noted', content: 'that the bridge was unsafe' }],
  ['Ms. Roe said she was leaving because “nobody listens,” she said.', { speaker: 'Ms. Roe', cue: 'said', content: 'she was leaving because' }],
  ['He told her mother the plan was dead.', { speaker: 'He', cue: 'told', content: 'the plan was dead' }],
  ['She said crime remains “a serious problem,” when it comes to the city centre.', { speaker: 'She', cue: 'said', content: 'crime remains “a serious problem,” when it comes to the city centre' }],
  ['Growers say the scheme, funded by the county, has kept farms open in the valley.', { speaker: 'Growers', cue: 'say', content: 'the scheme, funded by the county, has kept farms open in the valley' }],
  ['They felt the inquiry was not being open with them.', { speaker: 'They', cue: 'felt', content: 'the inquiry was not being open with them', cueType: 'belief' }],
  ['The brief said it was not her view.', { speaker: 'The brief', cue: 'said', content: 'it was not her view' }],
  ['The Harper Research average shows the governor is leading by four points.', { speaker: 'The Harper Research average', cue: 'shows', content: 'the governor is leading by four points' }],
  ['The Harper Research average of recent surveys shows the governor is leading.', { speaker: 'The Harper Research average of recent surveys', cue: 'shows', content: 'the governor is leading' }],
  ['It was a long interview, in which he said he doubted the figures.', { speaker: 'he', cue: 'said', content: 'he doubted the figures' }],
  ['They moved to Leeds, where officials say rents are lower.', { speaker: 'officials', cue: 'say', content: 'rents are lower' }],
  ['Although the plan has critics, elected officials in both towns say it has created jobs.', { speaker: 'elected officials in both towns', cue: 'say', content: 'it has created jobs' }],
  ['Those close to him say he would step down.', { speaker: 'Those close to him', cue: 'say', content: 'he would step down' }],
  ['Doctors in the city and across the region say the clinic is full.', { speaker: 'Doctors in the city and across the region', cue: 'say', content: 'the clinic is full' }],
  ['Sources familiar with the matter said the deal was off.', { speaker: 'Sources familiar with the matter', cue: 'said', content: 'the deal was off' }],
  ['The engineers we consulted said the dam was safe.', { speaker: 'The engineers we consulted', cue: 'said', content: 'the dam was safe' }],
  ['I believe the plan will fail.', { speaker: 'I', cue: 'believe', content: 'the plan will fail', cueType: 'belief' }],
  ['Only half of local parents agreed that the school was safe.', { speaker: 'Only half of local parents', cue: 'agreed', content: 'that the school was safe' }],
  ['The US said the plan would fail.', { speaker: 'US', cue: 'said', content: 'the plan would fail' }],
  ['Officials in Ohio said the count was fair.', { speaker: 'Officials in Ohio', cue: 'said', content: 'the count was fair' }],
  ['Many economists, however, say the rise is temporary.', { speaker: 'Many economists', cue: 'say', content: 'the rise is temporary' }],
  ['In a radio interview Hale declared “the deal is dead.”', { speaker: 'Hale', cue: 'declared', content: '“the deal is dead.”' }],
  // An opening phrase of setting with no comma ends before the subject: the last name before the verb, or the names after a day.
  ['In an interview with the Ledger Ortiz said the plan was late.', { speaker: 'Ortiz', cue: 'said', content: 'the plan was late' }],
  ['At a rally in Reno Marsh told supporters that the race was close.', { speaker: 'Marsh', cue: 'told', content: 'that the race was close' }],
  ['Speaking to reporters Tuesday Roe said the bill would pass.', { speaker: 'Roe', cue: 'said', content: 'the bill would pass' }],
  ['On Sunday Ortiz said the plan was late.', { speaker: 'Ortiz', cue: 'said', content: 'the plan was late' }],
  ['In Santa Fe Ortiz denied that the plan was late.', { speaker: 'Ortiz', cue: 'denied', content: 'that the plan was late' }],
  ['In Lisbon Dr. Okafor said the trial had ended.', { speaker: 'Dr. Okafor', cue: 'said', content: 'the trial had ended' }],
  ['In 2019 Lund argued that the mill should close.', { speaker: 'Lund', cue: 'argued', content: 'that the mill should close' }],
  ['In a statement Friday the ministry said the talks would resume.', { speaker: 'the ministry', cue: 'said', content: 'the talks would resume' }],
  ['After the debate, a friend commented: “You should vote.”', { speaker: 'a friend', cue: 'commented', content: '“You should vote.”' }],
  ['The plan was, as one official put it, “a disaster.”', { speaker: 'one official', cue: 'put it', content: '“a disaster.”' }],
  ["As for the network, he said, ''What outlet isn't taking sides?''", { speaker: 'he', cue: 'said', content: "''What outlet isn't taking sides?''" }],
  ["He said the plan ''will work.''", { speaker: 'He', cue: 'said', content: "the plan ''will work.''", kind: 'mixed' }],
  ['She repeatedly says, “Don’t do it,” until the line goes dead.', { speaker: 'She', cue: 'says', content: '“Don’t do it,”' }],
  ['Fans streaming out of the stadium chanted “Who needs a coach?” and laughed.', { speaker: 'Fans streaming out of the stadium', cue: 'chanted', content: '“Who needs a coach?”' }],
  ['The two unions both said the offer was too low.', { speaker: 'The two unions', cue: 'said', content: 'the offer was too low' }],
  ['He asked if she would run. To which she said, “Not this year.”', { speaker: 'she', cue: 'said', content: '“Not this year.”' }],
  ['On the form, in a box marked “urgent,” a clerk had typed “denied.”', { speaker: 'a clerk', cue: 'typed', content: '“denied.”' }],
  ['Ana "Annie" Ruiz told reporters the plan would fail.', { speaker: 'Ruiz', cue: 'told', content: 'the plan would fail', kind: 'indirect' }],
  ['Ms. Roe scolded him: “You called the taxes ‘fair,’” she said. “They are not.”', { speaker: 'Ms. Roe', cue: 'scolded', content: '“You called the taxes ‘fair,’”' }],
  ['The library only last week announced it would shut the annex.', { speaker: 'The library', cue: 'announced', content: 'it would shut the annex' }],
  ['The council voted Monday to close the pool.', { speaker: 'The council', cue: 'voted', content: 'to close the pool' }],
  ['Ms. Lee, Mr. Park and Mr. Ruiz all said the count was wrong.', { speaker: 'Ms. Lee, Mr. Park and Mr. Ruiz', cue: 'said', content: 'the count was wrong' }],
  ['Ana Roe said at a rally in Palm Springs that the vote was rigged.', { speaker: 'Ana Roe', cue: 'said', content: 'that the vote was rigged' }],
  ['He thanked the volunteers, many of whom say they will return next year.', { speaker: 'many of whom', cue: 'say', content: 'they will return next year' }],
  ['The clinic opened in Derby, where nursing experts say the wards are too small.', { speaker: 'nursing experts', cue: 'say', content: 'the wards are too small' }],
  ['He praised Senator Hale, who in 2010 said the war was lost.', { speaker: 'who', cue: 'said', content: 'the war was lost' }],
  ['Analysts say his plans to cut taxes would swell the deficit.', { speaker: 'Analysts', cue: 'say', content: 'his plans to cut taxes would swell the deficit' }],
  ['The mayor has not said whether the bridge will reopen.', { speaker: 'The mayor', cue: 'has not said', content: 'whether the bridge will reopen' }],
  ['The coach isn’t saying if the striker is fit.', { speaker: 'The coach', cue: 'isn’t saying', content: 'if the striker is fit' }],
  ['The chief didn’t say how long the road would stay shut.', { speaker: 'The chief', cue: 'didn’t say', content: 'how long the road would stay shut' }],
  // A belief denied is still a view of what follows; the cue keeps its negation.
  ['The planners didn’t know what the new owner wanted.', { speaker: 'The planners', cue: 'didn’t know', content: 'what the new owner wanted', cueType: 'belief' }],
  ['I cannot fathom how the firm kept its licence.', { speaker: 'I', cue: 'cannot fathom', content: 'how the firm kept its licence' }],
  ['The coach never thought the club would sell him.', { speaker: 'The coach', cue: 'never thought', content: 'the club would sell him' }],
  // So is a wish denied: a verb of wanting negated, with its infinitive; it ends before a second predicate.
  ['The striker did not want to leave the club.', { speaker: 'The striker', cue: 'did not want', content: 'to leave the club', cueType: 'intention' }],
  ['The owners do not intend to sell the team this year.', { speaker: 'The owners', cue: 'do not intend', content: 'to sell the team this year' }],
  ['The owner doesn’t even believe the club can be saved.', { speaker: 'The owner', cue: 'doesn’t even believe', content: 'the club can be saved' }],
  ['The striker did not really want to leave.', { speaker: 'The striker', cue: 'did not really want', content: 'to leave' }],
  // "so" or "not" closing the sentence after a verb of belief stands for the clause believed.
  ['Is the fee too high? The treasurer doesn’t think so.', { speaker: 'The treasurer', cue: 'doesn’t think', content: 'so', cueType: 'belief' }],
  ['Will the bridge close? The engineers hope not.', { speaker: 'The engineers', cue: 'hope', content: 'not' }],
  ['After the scan, Ms. Ruiz did not want to stay in the ward, but was kept overnight.', { speaker: 'Ms. Ruiz', cue: 'did not want', content: 'to stay in the ward' }],
  ['The pilot wanted to land at once and was told to wait.', { speaker: 'The pilot', cue: 'wanted', content: 'to land at once' }],
  ['Since then, separate studies agree the levy would hurt small shops.', { speaker: 'separate studies', cue: 'agree', content: 'the levy would hurt small shops' }],
  ['Many farmers see the new dam as a threat to their land.', { speaker: 'Many farmers', cue: 'see', content: 'the new dam as a threat to their land', cueType: 'belief' }],
  ['Voters viewed the tax as unfair and punished the party.', { speaker: 'Voters', cue: 'viewed', content: 'the tax as unfair' }],
  ['Ms. Hale notes they were hired before she took office.', { speaker: 'Ms. Hale', cue: 'notes', content: 'they were hired before she took office' }],
  ['Hale notes how the law changed.', { speaker: 'Hale', cue: 'notes', content: 'how the law changed' }],
  ['Hale also notes how the law changed.', { speaker: 'Hale', cue: 'notes', content: 'how the law changed' }],
  ['The senator documents how the law changed over a decade.', { speaker: 'The senator', cue: 'documents', content: 'how the law changed over a decade' }],
  ['The woman disputes the claim that she was paid.', { speaker: 'The woman', cue: 'disputes', content: 'the claim that she was paid' }],
  ['The senator took to Twitter to say that the vote was rigged.', { speaker: 'The senator', cue: 'say', content: 'that the vote was rigged' }],
  ['The governor went on television to announce that she would run.', { speaker: 'The governor', cue: 'announce', content: 'that she would run' }],
  ['The mayor has not said when the bridge will reopen.', { speaker: 'The mayor', cue: 'has not said', content: 'when the bridge will reopen' }],
  ['Her rival, Jo Marsh, said the plan will fail.', { speaker: 'Jo Marsh', cue: 'said', content: 'the plan will fail' }],
  ['Her longtime rival, state Senator Jo Marsh, says the levy will fail.', { speaker: 'Jo Marsh', cue: 'says', content: 'the levy will fail' }],
  ['The mayor wants to sell the old depot, a plan the union has called “reckless.”', { speaker: 'The mayor', cue: 'wants', content: 'to sell the old depot' }],
  ['Ms. Vance compares her struggles to those of a marathon runner.', { speaker: 'Ms. Vance', cue: 'compares', content: 'her struggles to those of a marathon runner' }],
  ['Ms. Vance said her team plans to visit the sites next spring.', { speaker: 'Ms. Vance', cue: 'said', content: 'her team plans to visit the sites next spring' }],
  ['Ms. Vance said her plans to visit the sites were cancelled.', { speaker: 'Ms. Vance', cue: 'said', content: 'her plans to visit the sites were cancelled' }],
  ['Asked about his future, the coach said only: “Ask me in May.”', { speaker: 'the coach', cue: 'said', content: '“Ask me in May.”', kind: 'direct' }],
  // A phrase of manner pointing elsewhere ("the same way", "this way") before a colon: the words follow the colon
  // (a manner that is itself the object keeps it: see speaker-verb-object).
  ['Asked about the strike, the mayor answered the same way that every mayor must answer now: no deals.', { speaker: 'the mayor', cue: 'answered', content: 'no deals' }],
  ['The coach responded the same way: with a lawsuit.', { speaker: 'The coach', cue: 'responded', content: 'with a lawsuit' }],
  ['The mayor said, again, that the bridge would close.', { speaker: 'The mayor', cue: 'said', content: 'that the bridge would close' }],
  ['Democrats say the bill guts protections for workers.', { speaker: 'Democrats', cue: 'say', content: 'the bill guts protections for workers' }],
  ['The governor, in a radio interview on Tuesday, said the levy would pass.', { speaker: 'The governor', cue: 'said', content: 'the levy would pass' }],
  ['The mayor said Tuesday the bridge would close.', { speaker: 'The mayor', cue: 'said', content: 'the bridge would close' }],
  ['Analysts said Friday’s rally was a fluke.', { speaker: 'Analysts', cue: 'said', content: 'Friday’s rally was a fluke' }],
  ['The mayor is promising to fix every road by spring.', { speaker: 'The mayor', cue: 'promising', content: 'to fix every road by spring', cueType: 'intention' }],
  ['The firm said in a filing that the plant would close.', { speaker: 'The firm', cue: 'said', content: 'that the plant would close' }],
  ['The mayor said a newly elected council would meet.', { speaker: 'The mayor', cue: 'said', content: 'a newly elected council would meet' }],
  // A quoted word after a noun, before its object and with no other verb, is the reported clause's verb.
  ['The mayor said the new rules “lump” tenants with landlords.', { speaker: 'The mayor', cue: 'said', content: 'the new rules “lump” tenants with landlords', kind: 'mixed' }],
  ['The mayor would like to run for a third term.', { speaker: 'The mayor', cue: 'like', content: 'to run for a third term', cueType: 'intention' }],
  ['She’d like to stay in the city.', { speaker: 'She', cue: 'like', content: 'to stay in the city', cueType: 'intention' }],
  ['The team opted to wait for the spring.', { speaker: 'The team', cue: 'opted', content: 'to wait for the spring', cueType: 'intention' }],
  ['The miners longed to go home.', { speaker: 'The miners', cue: 'longed', content: 'to go home', cueType: 'intention' }],
  ['Most members are leaning toward a strike.', { speaker: 'Most members', cue: 'leaning toward', content: 'a strike', cueType: 'intention' }],
  // An adverb of manner may stand between a phrasal verb and its particle.
  ['Most members are leaning hard toward a strike.', { speaker: 'Most members', cue: 'leaning hard toward', content: 'a strike', cueType: 'intention' }],
  ['The tenants are leaning strongly toward a rent strike.', { speaker: 'The tenants', cue: 'leaning strongly toward', content: 'a rent strike', cueType: 'intention' }],
  ['The union lobbied for higher wages.', { speaker: 'The union', cue: 'lobbied for', content: 'higher wages', cueType: 'intention' }],
  ['The captain figured the storm would pass.', { speaker: 'The captain', cue: 'figured', content: 'the storm would pass', cueType: 'belief' }],
  ['She appreciates that the job is hard.', { speaker: 'She', cue: 'appreciates', content: 'that the job is hard', cueType: 'belief' }],
  ['The court judged that the law was void.', { speaker: 'The court', cue: 'judged', content: 'that the law was void' }],
  ['Auditors verified that the funds had been spent.', { speaker: 'Auditors', cue: 'verified', content: 'that the funds had been spent', cueType: 'evidence' }],
  ['The coach gloated that his team had won.', { speaker: 'The coach', cue: 'gloated', content: 'that his team had won', cueType: 'speech' }],
  ['The poet penned that the war was lost.', { speaker: 'The poet', cue: 'penned', content: 'that the war was lost', cueType: 'writing' }],
  ['Her lawyer rebutted that the contract was never signed.', { speaker: 'Her lawyer', cue: 'rebutted', content: 'that the contract was never signed' }],
  ['He’d said the deal was dead.', { speaker: 'He', cue: 'said', content: 'the deal was dead' }],
  ['The board drew fire after Ms. Ortiz met the donors and argued that taxes were too high.', { speaker: 'Ms. Ortiz', cue: 'argued', content: 'that taxes were too high' }],
  ['The coach was criticized after he benched the captain and claimed that the team was tired.', { speaker: 'he', cue: 'claimed', content: 'that the team was tired' }],
  ['The mayor left early after the meeting ended and said that the vote was fair.', { speaker: 'The mayor', cue: 'said', content: 'that the vote was fair' }],
  ['The mayor spoke after Mr. Reed arrived, and said that the vote was fair.', { speaker: 'The mayor', cue: 'said', content: 'that the vote was fair' }],
  ['Though she called the fees “unfair” and called for refunds to be paid, the minister kept her seat.', { speaker: 'she', cue: 'called for', content: 'refunds to be paid' }],
  ['Landlords backed the bill, but tenants opposed it and said that rents would rise.', { speaker: 'tenants', cue: 'said', content: 'that rents would rise' }],
  ['Owners want higher fares; they want fewer stops and suggest that riders would save time.', { speaker: 'they', cue: 'suggest', content: 'that riders would save time' }],
  ['Ana Lind met the ferry operator (a firm based in Oslo) and said the route would close.', { speaker: 'Ana Lind', cue: 'said', content: 'the route would close' }],
  ['Councillors also described the vote as hasty, and said the board itself might be weakened by it.', { speaker: 'Councillors', cue: 'said', content: 'the board itself might be weakened by it' }],
  ['The inspector said the bridge itself was safe.', { speaker: 'The inspector', cue: 'said', content: 'the bridge itself was safe' }],
  ['A survey released by the institute last month found that most tenants were behind on rent.', { speaker: 'A survey released by the institute last month', cue: 'found', content: 'that most tenants were behind on rent' }],
  ['Families that had relied on the program agreed to return part of the money.', { speaker: 'Families that had relied on the program', cue: 'agreed', content: 'to return part of the money' }],
  ['Critics of the plan who spoke at the hearing on Monday said the road would split the village.', { speaker: 'Critics of the plan who spoke at the hearing on Monday', cue: 'said', content: 'the road would split the village' }],
  ['The mayor vowed to quickly rebuild the bridge.', { speaker: 'The mayor', cue: 'vowed', content: 'to quickly rebuild the bridge' }],
  ['The governor vowed on Monday to veto the school bill.', { speaker: 'The governor', cue: 'vowed', content: 'to veto the school bill', cueType: 'intention' }],
  ['The union pledged last week to keep the buses running.', { speaker: 'The union', cue: 'pledged', content: 'to keep the buses running' }],
  ['Members are wary of the plan, and at least one has said that she will vote against it.', { speaker: 'at least one', cue: 'said', content: 'that she will vote against it' }],
  ['Two or three of the regulators have argued that the merger is unlawful.', { speaker: 'Two or three of the regulators', cue: 'argued', content: 'that the merger is unlawful' }],
  ['One or more of the regulators has argued that the merger is unlawful.', { speaker: 'One or more of the regulators', cue: 'argued', content: 'that the merger is unlawful' }],
  ['Of the twelve senators, at most three have argued that the tax is fair.', { speaker: 'at most three', cue: 'argued', content: 'that the tax is fair' }],
  ['The council said it would close the pool, a decision that the mayor called a mistake.', { speaker: 'The council', cue: 'said', content: 'it would close the pool' }],
  ['She said the plan would fail, an outcome that critics have long predicted.', { speaker: 'She', cue: 'said', content: 'the plan would fail' }],
  ['The council said it would close the pool, a decision that hurt the town.', { speaker: 'The council', cue: 'said', content: 'it would close the pool, a decision that hurt the town' }],
  ['Aides believe the seat is safe but worry that donors will stay away.', { speaker: 'Aides', cue: 'worry', content: 'that donors will stay away', cueType: 'belief' }],
  ['Aides believe the seat is safe but worry that donors will stay away.', { speaker: 'Aides', cue: 'believe', content: 'the seat is safe' }],
  ['Police say he fled and feared that he would be caught.', { speaker: 'Police', cue: 'say', content: 'he fled and feared that he would be caught' }],
  ['When the mayor visited the plant and said it would stay open, workers cheered.', { speaker: 'the mayor', cue: 'said', content: 'it would stay open' }],
  ['Although the mayor visited the plant and promised to keep it open, the owners closed it.', { speaker: 'the mayor', cue: 'promised', content: 'to keep it open' }],
  ['The council has said tenants - old or young - would qualify for the grant.', { speaker: 'The council', cue: 'said', content: 'tenants - old or young - would qualify for the grant' }],
  ['The senator met voters and vowed to release his records.', { speaker: 'The senator', cue: 'vowed', content: 'to release his records' }],
  ['She’s called for steep fee increases.', { speaker: 'She', cue: 'called for', content: 'steep fee increases' }],
  ['The mayor, who’s argued that the tax is fair, left.', { speaker: 'who', cue: 'argued', content: 'that the tax is fair' }],
  ['The families -- many of whom say the tax is unfair -- met.', { speaker: 'many of whom', cue: 'say', content: 'the tax is unfair' }],
  ['The families, many of whom say the tax is unfair, met on Friday.', { speaker: 'many of whom', cue: 'say', content: 'the tax is unfair' }],
  ['The report weighed the impact it said the new port would have on fishing towns.', { speaker: 'it', cue: 'said', content: 'the impact … the new port would have on fishing towns' }],
  ['Rents are well above the cap they promised to keep.', { speaker: 'they', cue: 'promised', content: 'the cap … to keep' }],
  ['Last week he said the bridge would reopen.', { speaker: 'he', cue: 'said', content: 'the bridge would reopen' }],
  ['The board met in the morning and she said the vote was over.', { speaker: 'she', cue: 'said', content: 'the vote was over' }],
  ['The singer was reported as telling the radio host she felt the album was weak.', { speaker: 'she', cue: 'felt', content: 'the album was weak' }],
  ['A review of clubs that have spent $5 million or more since 2010 shows that owners sold up.', { speaker: 'A review of clubs that have spent $5 million or more since 2010', cue: 'shows', content: 'that owners sold up' }],
  ['A poll of renters who have moved since March 3, 2019, shows that most favor the plan.', { speaker: 'A poll of renters who have moved since March 3, 2019', cue: 'shows', content: 'that most favor the plan' }],
  ['The mayor, who took office on Jan. 1, 2015, said the budget was balanced.', { speaker: 'The mayor', cue: 'said', content: 'the budget was balanced' }],
  ['But a 30-page review released by the council last week reveals just how slow the repairs have been.', { speaker: 'a 30-page review released by the council last week', cue: 'reveals', content: 'just how slow the repairs have been' }],
  ['The coach urged the players to “play with heart” in the final.', { speaker: 'The coach', cue: 'urged', content: 'to “play with heart” in the final' }],
  ['The union wants to “reset the table” with the owners.', { speaker: 'The union', cue: 'wants', content: 'to “reset the table” with the owners' }],
  ['The mayor told residents not to worry about the storm.', { speaker: 'The mayor', cue: 'told', content: 'residents not to worry about the storm' }],
  ['The warden had asked the guards never to speak of the escape.', { speaker: 'The warden', cue: 'asked', content: 'the guards never to speak of the escape' }],
  ['The mayor responded by cutting the budget for parks.', { speaker: 'The mayor', cue: 'responded', content: 'by cutting the budget for parks' }],
  ['The guild has replied with threats against the studio, including a strike notice.', { speaker: 'The guild', cue: 'replied', content: 'with threats against the studio, including a strike notice' }],
  ['The senator countered with “a plan that works.”', { speaker: 'The senator', cue: 'countered', content: 'with “a plan that works.”' }],
  ['The two governors traded barbs on Sunday, each claiming credit for the deal and saying the other had stalled it.', { speaker: 'each', cue: 'saying', content: 'the other had stalled it' }],
  ['The survey not only found that rents had doubled, but also showed that wages fell.', { speaker: 'The survey', cue: 'found', content: 'that rents had doubled' }],
  ['Later someone asked whether the bridge would reopen in May.', { speaker: 'someone', cue: 'asked', content: 'whether the bridge would reopen in May' }],
  ['She said on Monday that the talks were over.', { speaker: 'She', cue: 'said', content: 'that the talks were over' }],
  ['He told reporters by phone that the deal was off.', { speaker: 'He', cue: 'told', content: 'that the deal was off' }],
  ['She said by the end of the week the plant would close.', { speaker: 'She', cue: 'said', content: 'the plant would close' }],
  ['Jane Roe and Tom Lee said the deal was dead.', { speaker: 'Jane Roe and Tom Lee', cue: 'said', content: 'the deal was dead' }],
  ['The mayor and the governor said the bridge would close.', { speaker: 'The mayor and the governor', cue: 'said', content: 'the bridge would close' }],
  ['Britain, France and Germany said the pact was dead.', { speaker: 'Britain, France and Germany', cue: 'said', content: 'the pact was dead' }],
  ['On Monday, Britain, France and Germany said the pact was dead.', { speaker: 'Britain, France and Germany', cue: 'said', content: 'the pact was dead' }],
  ['After the vote, the mayor, the judge and the governor said the bridge would close.', { speaker: 'the mayor, the judge and the governor', cue: 'said', content: 'the bridge would close' }],
  ['Both Ms. Roe and Mr. Lee say the count was fair.', { speaker: 'Both Ms. Roe and Mr. Lee', cue: 'say', content: 'the count was fair' }],
  ['But Ms. Roe and Mr. Lee say more work is needed.', { speaker: 'Ms. Roe and Mr. Lee', cue: 'say', content: 'more work is needed' }],
  ['The Department of Labor and Industry said the mine would close.', { speaker: 'Department of Labor and Industry', cue: 'said', content: 'the mine would close' }],
  ['The union and its lawyers argued that the ruling was wrong.', { speaker: 'The union and its lawyers', cue: 'argued', content: 'that the ruling was wrong' }],
  ['Ms. Roe and the mayor praised the plan and warned that costs would rise.', { speaker: 'Ms. Roe and the mayor', cue: 'warned', content: 'that costs would rise' }],
  ['Reporters watched as her aides argued that the levy was fair.', { speaker: 'her aides', cue: 'argued', content: 'that the levy was fair' }],
  ['EVEN THE COACH THINKS THE PLAN WILL FAIL — The club said on Monday that the deal was off.', { speaker: 'The club', cue: 'said', content: 'that the deal was off' }],
  ['The treasurer keeps saying the budget is sound.', { speaker: 'The treasurer', cue: 'saying', content: 'the budget is sound' }],
  ['Neighbors have continued insisting that the tower is too tall.', { speaker: 'Neighbors', cue: 'insisting', content: 'that the tower is too tall' }],
  // A clause of purpose or time after an infinitive tells why or when the subject acted, in the writer's words.
  ['The insurers agreed to free the deposit so the builder could begin repairs.', { speaker: 'The insurers', cue: 'agreed', content: 'to free the deposit' }],
  // A clause on the noun opening the sentence: its infinitive ends where the sentence's own verb follows; a
  // verb inside a clause of the words' own, or of a sentence the speaker opens, goes on with them.
  ['Part of the reason the mayor refuses to release the audit may be that it would show large debts.', { speaker: 'the mayor', cue: 'refuses', content: 'to release the audit' }],
  ['The fear that the mayor wants to close the pool is real.', { speaker: 'the mayor', cue: 'wants', content: 'to close the pool' }],
  ['Officials in the city want to release the audit that was finished in May.', { speaker: 'Officials in the city', cue: 'want', content: 'to release the audit that was finished in May' }],
  ['Critics of the plan want to know whether it is legal.', { speaker: 'Critics of the plan', cue: 'want', content: 'to know whether it is legal' }],
  // A participle after an infinitive's comma tells what else the subject does; a list's participle and a
  // participle inside a reported clause stay with the words.
  ['The charity hopes to plant two million trees, focusing on land near rivers.', { speaker: 'The charity', cue: 'hopes', content: 'to plant two million trees' }],
  ['The coach urged his players to stay calm, warning that the referee was strict.', { speaker: 'The coach', cue: 'urged', content: 'his players to stay calm' }],
  ['The charity hopes to plant trees in ten towns, including two on the coast.', { speaker: 'The charity', cue: 'hopes', content: 'to plant trees in ten towns, including two on the coast' }],
  ['The charity said the trees would soak up water, easing floods downstream.', { speaker: 'The charity', cue: 'said', content: 'the trees would soak up water, easing floods downstream' }],
  ['The agency urged county clerks to check their voter rolls after a breach exposed records in two counties.', { speaker: 'The agency', cue: 'urged', content: 'county clerks to check their voter rolls' }],
  // Must keep: a particle after the verb ("go after"), "so-called", and "while" (often the planned act's own time).
  ['The council intends to go after junk fees and other so-called hidden charges.', { speaker: 'The council', cue: 'intends', content: 'to go after junk fees and other so-called hidden charges' }],
  ['The mayor vowed to keep the pools open while the heat wave lasts.', { speaker: 'The mayor', cue: 'vowed', content: 'to keep the pools open while the heat wave lasts' }],
  // An occasion or a day after an infinitive's words tells where the subject acted, in the writer's words; a clause
  // inside the words keeps its own.
  ['The senator pledged to cut the levy during a debate in Akron last week.', { speaker: 'The senator', cue: 'pledged', content: 'to cut the levy' }],
  ['The union vowed to strike at a rally outside the depot on Friday.', { speaker: 'The union', cue: 'vowed', content: 'to strike' }],
  ['The auditors wanted to know who signed the lease at the closed session.', { speaker: 'The auditors', cue: 'wanted', content: 'to know who signed the lease at the closed session' }],
  ['The council agreed to plant oaks in the square.', { speaker: 'The council', cue: 'agreed', content: 'to plant oaks in the square' }],
  // "as a …" names what the act is meant or taken as, no clause of time; "as the …" opens one.
  ['The union agreed to end the strike as a gesture of good faith toward owners facing heavy losses.', { speaker: 'The union', cue: 'agreed', content: 'to end the strike as a gesture of good faith toward owners facing heavy losses' }],
  ['The unions agreed to end the strike as the talks resumed in the capital.', { speaker: 'The unions', cue: 'agreed', content: 'to end the strike' }],
  // A comparison set after a figure is the writer's; a change from an earlier figure is part of the report.
  ['The bank expects that exports will rise by 2.1 percent, less than it forecast in the spring.', { speaker: 'The bank', cue: 'expects', content: 'that exports will rise by 2.1 percent' }],
  ['The office predicted that rents would climb 4 percent, up from 3 percent last year.', { speaker: 'The office', cue: 'predicted', content: 'that rents would climb 4 percent, up from 3 percent last year' }],
  // A correction after a dash, or "not that" after a comma, is the writer's; one between dashes or of a phrase goes on.
  ['The chairman is calling for a review of the fares, not that he wants them cut now.', { speaker: 'The chairman', cue: 'calling for', content: 'a review of the fares' }],
  ['Residents should know what the fees will be today -- not after the vote.', { speaker: 'Residents', cue: 'know', content: 'what the fees will be today' }],
  ['She said the fares would rise — not fall — next year.', { speaker: 'She', cue: 'said', content: 'the fares would rise — not fall — next year' }],
  ['Aides believe the real goal is the new port, not just the old one.', { speaker: 'Aides', cue: 'believe', content: 'the real goal is the new port, not just the old one' }],
  // A second verb after a comma and a conjunction, read by the tagger as a plural noun.
  ['The governor proposes a new fee for trucks, and plans to cut the toll on weekends.', { speaker: 'The governor', cue: 'plans', content: 'to cut the toll on weekends' }],
  // A pronoun joined to a noun phrase or another pronoun is the subject of the reported clause.
  ['Ms. Lund said she and her husband had stopped looking for a flat.', { speaker: 'Ms. Lund', cue: 'said', content: 'she and her husband had stopped looking for a flat' }],
  ['The coach said he and the captain would meet the board on Monday.', { speaker: 'The coach', cue: 'said', content: 'he and the captain would meet the board on Monday' }],
  ['Mr. Ortiz said he and I would share the prize.', { speaker: 'Mr. Ortiz', cue: 'said', content: 'he and I would share the prize' }],
  ['The mayor said she and the union leader agreed to resume talks.', { speaker: 'The mayor', cue: 'said', content: 'she and the union leader agreed to resume talks' }],
  // A verb in -s the tagger reads as a plural noun, after a description set off by commas.
  ['The Harbor Institute, a research group, estimates the levy would raise four million dollars.', { speaker: 'Harbor Institute', cue: 'estimates', content: 'the levy would raise four million dollars' }],
  // A document's words given by a participle after a short setting: the participle is the cue.
  ['The union released a statement after the vote saying it would strike.', { speaker: 'The union', cue: 'saying', content: 'it would strike' }],
  ['The mayor likes to tell visitors that the harbor is the oldest in the state.', { speaker: 'The mayor', cue: 'tell', content: 'that the harbor is the oldest in the state' }],
  // Forms of listed verbs the tagger misreads: a past form read as an adjective before "that", a regular form
  // whose dictionary form it misses ("texted", "griped" read as "grip"), a verb of commenting before "that".
  ['Ada Brandt fumed that the depot would stay shut until spring.', { speaker: 'Ada Brandt', cue: 'fumed', content: 'that the depot would stay shut until spring' }],
  ['Lisbon alleged Haddad was a paid informant.', { speaker: 'Lisbon', cue: 'alleged', content: 'Haddad was a paid informant' }],
  ['The league has alleged that the club hid payments.', { speaker: 'The league', cue: 'alleged', content: 'that the club hid payments' }],
  ['The auditor attested that the ledgers had been kept in order.', { speaker: 'The auditor', cue: 'attested', content: 'that the ledgers had been kept in order' }],
  ['She texted that the ferry had left without them.', { speaker: 'She', cue: 'texted', content: 'that the ferry had left without them' }],
  ['The coach griped that the pitch was too wet to play on.', { speaker: 'The coach', cue: 'griped', content: 'that the pitch was too wet to play on' }],
  ['One neighbor commented that the hedges had not been cut in years.', { speaker: 'One neighbor', cue: 'commented', content: 'that the hedges had not been cut in years' }],
  // A participle of belief read as a verb after "to be", before a clause without "that": an adjective, not a passive.
  ['After a year of visits, the parents are convinced the village school will suit their son.', { speaker: 'the parents', cue: 'are convinced', content: 'the village school will suit their son' }],
  // An adverb making a count approximate belongs to the speaker.
  ['Among the tenants, nearly half said the rent was too high.', { speaker: 'nearly half', cue: 'said', content: 'the rent was too high' }],
  // A study's own "of" phrase may stand between it and the "by" naming its authors.
  ['A survey of tenants in older blocks by the housing trust found that most had no heating.', { speaker: 'A survey of tenants in older blocks by the housing trust', cue: 'found', content: 'that most had no heating' }],
  // An adverb of place after the subject, which the tagger may read as a pronoun, stands between it and the cue.
  ['Farmers there told the inspectors the wells had run dry.', { speaker: 'Farmers', cue: 'told', content: 'the wells had run dry' }],
  ['In the valley, most growers opposed it, and many growers there said the canal would not help them.', { speaker: 'many growers', cue: 'said', content: 'the canal would not help them' }],
  // A verb of concluding an agreement with "to" and a verb after it: the parties commit, as with "agreed to".
  ['The two towns signed an agreement to share the cost of the new bridge.', { speaker: 'The two towns', cue: 'signed an agreement', content: 'to share the cost of the new bridge', cueType: 'intention' }],
  ['After a long night of talks, the unions reached a tentative agreement to end the strike.', { speaker: 'the unions', cue: 'reached a tentative agreement', content: 'to end the strike' }],
  ['The rival clubs struck a pact to keep ticket prices low.', { speaker: 'The rival clubs', cue: 'struck a pact', content: 'to keep ticket prices low' }],
  // "point out" with a clause reports it; with a thing as object it may be a gesture ("pointed out the old mill").
  ['The senator reaffirmed that the base would stay open.', { speaker: 'The senator', cue: 'reaffirmed', content: 'that the base would stay open', cueType: 'speech' }],
  // An adjective of feeling before "that" reports the clause as its holder's view.
  ['The board was satisfied that the audit was complete.', { speaker: 'The board', cue: 'was satisfied', content: 'that the audit was complete', cueType: 'belief' }],
  ['She is grateful that the clinic stayed open.', { speaker: 'She', cue: 'is grateful', content: 'that the clinic stayed open' }],
  // After "so", an adjective of belief still reports its clause.
  // A clause after "so" and a feeling with a subject other than a personal pronoun is as often its cause.
  ['The growers are so frustrated that the county is cutting water for farms.', { speaker: 'The growers', cue: 'are so frustrated', content: 'that the county is cutting water for farms' }],
  // A relative clause after a noun phrase opened by "with" has its own speaker.
  // "who" after the recipient and a "that" further on: the relative clause describes the recipient.
  ['Ms. Okafor told workers who had gathered at the gate that the mill would stay open.', { speaker: 'Ms. Okafor', cue: 'told', content: 'that the mill would stay open' }],
  // Without a quotation before, "who" after the recipient may open the question told.
  ['The manager told reporters who would replace the injured striker.', { speaker: 'The manager', cue: 'told', content: 'who would replace the injured striker' }],
  ['The mayor faces a fight with council members who say they will block the levy.', { speaker: 'who', cue: 'say', content: 'they will block the levy' }],
  // A "that" right after a body or people, as an object or an aside, opens a relative clause with the "that" as subject.
  ['The grant went to Harbor Watch, a trust that plans to restore the old piers.', { speaker: 'that', cue: 'plans', content: 'to restore the old piers' }],
  ['The fund gives grants to tenant groups that believe the rent rules are too weak.', { speaker: 'that', cue: 'believe', content: 'the rent rules are too weak' }],
  ['The plan needs money from provinces that may not want to raise their levies.', { speaker: 'that', cue: 'may not want', content: 'to raise their levies' }],
  // After a preposition and "which", the noun phrase is the relative clause's subject; a clause with a subject of
  // its own joined after the infinitive ends what was intended, a verb sharing the "to" does not.
  ['It is a market in which buyers seek to lower prices and sellers hope to raise them.', { speaker: 'buyers', cue: 'seek', content: 'to lower prices' }],
  ['The league drafted rules under which clubs agreed to cap wages.', { speaker: 'clubs', cue: 'agreed', content: 'to cap wages' }],
  // After a year, a bare noun or a name opens the clause reported.
  ['Ms. Haddad hopes in 2026 voters will reward the reform.', { speaker: 'Ms. Haddad', cue: 'hopes', content: 'voters will reward the reform' }],
  ['The coach predicted in 2019 Norway would win the cup.', { speaker: 'The coach', cue: 'predicted', content: 'Norway would win the cup' }],
  // "where" after a noun opens a relative clause of place, whose subject speaks.
  ['It is a valley where growers say the river has never run so low.', { speaker: 'growers', cue: 'say', content: 'the river has never run so low' }],
  ['The feud grew to the point where the two owners believe the deal is dead.', { speaker: 'the two owners', cue: 'believe', content: 'the deal is dead' }],
  ['The ferry board plans to cut fares and raise parking fees.', { speaker: 'The ferry board', cue: 'plans', content: 'to cut fares and raise parking fees' }],
  ['The council wants to make sure that fares fall and wages rise.', { speaker: 'The council', cue: 'wants', content: 'to make sure that fares fall and wages rise' }],
  // A second "that" after a verb opens the clause of result, where the belief ends.
  ['The skipper was so sure that the storm would pass that he stayed at sea.', { speaker: 'The skipper', cue: 'was so sure', content: 'that the storm would pass' }],
  ['The skipper was so sure that the storm would pass.', { speaker: 'The skipper', cue: 'was so sure', content: 'that the storm would pass' }],
  ['The tape shows her skill was never in doubt.', { speaker: 'The tape', cue: 'shows', content: 'her skill was never in doubt', cueType: 'evidence' }],
  ['Mr. Lund huffed: “Never again.”', { speaker: 'Mr. Lund', cue: 'huffed', content: '“Never again.”' }],
  ['The auditor pointed out that the ledger had two gaps.', { speaker: 'The auditor', cue: 'pointed out', content: 'that the ledger had two gaps', cueType: 'speech' }],
  ['Critics have pointed out the levy was never collected.', { speaker: 'Critics', cue: 'pointed out', content: 'the levy was never collected' }],
  // A phrase that hands its subject on to the verb of saying after it: that subject is the speaker.
  ['The treasurer was quick to note that the surplus would not last.', { speaker: 'The treasurer', cue: 'note', content: 'that the surplus would not last' }],
  ['Ms. Ibsen took pains to stress that the merger was voluntary.', { speaker: 'Ms. Ibsen', cue: 'stress', content: 'that the merger was voluntary' }],
  ['The coach was careful to add that no player had been dropped.', { speaker: 'The coach', cue: 'add', content: 'that no player had been dropped' }],
  ['The auditors could not resist noting that the ledger was a mess.', { speaker: 'The auditors', cue: 'noting', content: 'that the ledger was a mess' }],
  ['The referee couldn’t resist pointing out that the pitch was flooded.', { speaker: 'The referee', cue: 'pointing out', content: 'that the pitch was flooded' }],
  ['Dr. Amadi was the first to suggest that the water was to blame.', { speaker: 'Dr. Amadi', cue: 'suggest', content: 'that the water was to blame' }],
  ['The bishop made a point of saying that the parish would stay open.', { speaker: 'The bishop', cue: 'saying', content: 'that the parish would stay open' }],
  ['The minister hastened to add that the figures were provisional.', { speaker: 'The minister', cue: 'add', content: 'that the figures were provisional' }],
  ['The chairman has been quick to point out that the bank is sound.', { speaker: 'The chairman', cue: 'point out', content: 'that the bank is sound' }],
  ['The union did not hesitate to say that the offer was an insult.', { speaker: 'The union', cue: 'say', content: 'that the offer was an insult' }],
  // A day between a raising verb and its "to".
  ['The banker tried on Friday to make the case that the losses were small.', { speaker: 'The banker', cue: 'make the case', content: 'that the losses were small' }],
  ['The coach went on Monday to say that the squad was fit.', { speaker: 'The coach', cue: 'say', content: 'that the squad was fit' }],
  // An intention verb of deciding or demanding may take a clause without "that".
  ['The trustees decided she should lead the delegation alone.', { speaker: 'The trustees', cue: 'decided', content: 'she should lead the delegation alone', cueType: 'intention' }],
  ['The dockworkers demanded the port reopen by Friday.', { speaker: 'The dockworkers', cue: 'demanded', content: 'the port reopen by Friday' }],
  // A manner adverb, a vote count or a phrase of circumstance between an intention verb and its infinitive.
  ['The school board voted narrowly to drop the uniform rule.', { speaker: 'The school board', cue: 'voted', content: 'to drop the uniform rule' }],
  ['The rowing club voted 11-3 to admit juniors.', { speaker: 'The rowing club', cue: 'voted', content: 'to admit juniors' }],
  ['The rowing club voted 11 to 3 to admit juniors.', { speaker: 'The rowing club', cue: 'voted', content: 'to admit juniors' }],
  ['The assembly voted 40-12 along party lines, to censure the treasurer.', { speaker: 'The assembly', cue: 'voted', content: 'to censure the treasurer' }],
  ['The regulator decided after a two-year inquiry not to fine the airline.', { speaker: 'The regulator', cue: 'decided', content: 'not to fine the airline' }],
  // A noun, a passive participle and its preposition, then the clause's own verb.
  ['The sheriff said the driver suspected of speeding had left the state.', { speaker: 'The sheriff', cue: 'said', content: 'the driver suspected of speeding had left the state' }],
  // A concession of the writer's after a comma ends what was reported.
  ['Ms. Kade said the port would close, despite the fact that the council had voted to keep it open.', { speaker: 'Ms. Kade', cue: 'said', content: 'the port would close' }],
  // The pronoun that is the subject of the words, with a verb of belief after "but" or "and", goes on thinking
  // within them; a verb of saying, or another pronoun, opens a claim of its own.
  ['Mara Quist says she hopes to win the regatta, but she knows that the Danish crew is faster.', { speaker: 'Mara Quist', cue: 'says', content: 'she hopes to win the regatta, but she knows that the Danish crew is faster' }],
  ['The coach said that he would stay another year, but he also believes the club needs a change.', { speaker: 'The coach', cue: 'said', content: 'that he would stay another year, but he also believes the club needs a change' }],
  ['Mara Quist says she hopes to win the regatta, but she noted that the Danish crew is faster.', { speaker: 'Mara Quist', cue: 'says', content: 'she hopes to win the regatta' }],
  ['Mara Quist says she hopes to win the regatta, but he knows that the Danish crew is faster.', { speaker: 'Mara Quist', cue: 'says', content: 'she hopes to win the regatta' }],
  // A colon closing the paragraph of the words opens a list: its short lines, one under another, go on with them.
  ['The county paper suggested that the mayor has three jobs ahead of her:\n\nWin over the council (and its allies)\nBe the mayor who listens in small towns\nKeep answers short, adding some humor.\n\nThe vote is in May.',
    { speaker: 'The county paper', cue: 'suggested', content: 'that the mayor has three jobs ahead of her … Win over the council (and its allies) … Be the mayor who listens in small towns … Keep answers short, adding some humor' }],
  // One line is no list; nor are lines with a cue of their own, or long sentences.
  ['The county paper suggested that the mayor has three jobs ahead of her:\n\nWin over the council', { speaker: 'The county paper', cue: 'suggested', content: 'that the mayor has three jobs ahead of her' }],
  ['The county paper suggested that the mayor has three jobs ahead of her:\n\nWin over the council\nShe said she would.\nKeep answers short.', { speaker: 'The county paper', cue: 'suggested', content: 'that the mayor has three jobs ahead of her' }],
  ['The county paper said that the mayor has two jobs ahead of her:\n\nThe first is the budget, which has been late for two years and which the council has refused to pass in any form.\nThe second is the bridge.',
    { speaker: 'The county paper', cue: 'said', content: 'that the mayor has two jobs ahead of her' }],
  // A preposition after the cue that keeps its object is no stranded one.
  ['The pilots said of the new runway that it was too short.', { speaker: 'The pilots', cue: 'said', content: 'that it was too short' }],
  ['The bakery said like-for-like sales rose in May.', { speaker: 'The bakery', cue: 'said', content: 'like-for-like sales rose in May' }],
  // A preposition ending the content whose object the content holds: "all she had time for".
  ['The coach said that rest was all the team had time for.', { speaker: 'The coach', cue: 'said', content: 'that rest was all the team had time for' }],
  ['The mayor hopes to sign on.', { speaker: 'The mayor', cue: 'hopes', content: 'to sign on' }],
], [
  'The board met two or three of the regulators and then adjourned.',
  'Since Jan. 1, 2015, believe it or not, rents have doubled.',
  'Rents, which have risen since Jan. 1, 2015, show no sign of falling.',
  // Its noun object ("decided the case") is no clause; nor is any intention verb's ("wanted the city …").
  'The court decided the case on Monday.',
  'The rowers decided the matter quickly.',
  // A vote count or a phrase of circumstance with no infinitive after it is no decision reported.
  'The rowing club voted 11-3 along party lines.',
  'The jury decided after three hours of debate.',
  'The trustees voted 5-4, to the surprise of the staff.',
  'The trustees decided quickly, to the relief of the staff.',
  'The tenants wanted the landlord out.',
  // A noun and "accused of" make a clause only with a verb after them.
  'Ms. Varga defended clients accused of theft during her years at the county court.',
  'The sheriff questioned a driver suspected of speeding.',
  // A verb of decision takes no clause: what follows is its object.
  'The board approved what critics called a loophole.',
  'Police thanked Ann Roe, 34, of Dayton, for her help.',
  // A phrase of time after a quoted word is no object of it: the quoted word is no verb.
  'Critics say the show “Blackout” this fall.',
  // A preposition that compares opens no setting; a "with" and a participle make a circumstance; hearsay after a setting.
  'Unlike the Ledger Ortiz said the plan was late.',
  'With the Ledger Ortiz said to be leaving, the plan was late.',
  'In Reno Marsh is said to have told supporters that the race was close.',
  // What someone stopped short of saying, or was not quick to say, was not said.
  'The governor stopped short of saying that the count was rigged.',
  'The governor stopped short of calling the count rigged.',
  'The mayor was not quick to note that the bridge had opened late.',
  // A phrase of holding back with no verb of saying after it reports nothing.
  'The council avoided taking a stand on the merger.',
  'The driver stopped short of the bridge.',
  'The mayor went on Monday to the harbor to see the damage.',
  'The guide pointed out the old mill to the visitors.',
  // After "so" or "too", the clause after an adjective of feeling is its result, not its content.
  'The goalkeeper was so angry that he kicked the post.',
  // A noun phrase after "with" and a participle after it make a phrase of circumstance with a passive verb.
  'The fair opens on Friday, with both the mayor and her deputy expected to open the parade.',
  'The clinic reopened, with the nurses told to wear masks.',
  // After a quotation and its speaker, a relative clause after the recipient describes the recipient.
  '“The mill will stay open,” Ms. Okafor told workers who had gathered at the gate.',
  'The tenants were so very upset that they called a meeting.',
  'She was so relieved that she sat down on the steps.',
  'The neighbours were alarmed by the noise.',
  'The crowd was delighted with the new stage.',
  'The judge thundered that the court would not wait.',
  'The mayor, who gasped at the idea that taxes would fall, left early.',
  'The mayor likes to swim in the harbor before work.',
  'The report lists costs, timelines, estimates and plans for the port.',
  'The mayor said she and the council.',
  'What matters most is her push to reform schools.',
  'The council approved the budget, and plans to build two schools were shelved.',
  // A verb that only looks like a form of a listed one ("planted" is not "plan").
  'The volunteers planted mangroves along the shore to slow erosion.',
  'The researchers compared satellite images taken between 1995 and 2025.',
  'Neither candidate said the levy would pass.',
  // A commitment denied reports none.
  'The mayor did not promise to cut the levy.',
  'The mayor believes so much in the plan that she paid for it herself.',
  'The board did not vote to close the school.',
  'None of the officials said the plan would work.',
  'The new vaccine is promising to doctors in the region.',
  'EVEN THE COACH THINKS THE PLAN WILL FAIL — The club has not decided yet.',
  'We — the parents of the team — said no more.',
  'Keeps saying the budget is sound, though the books show a gap.',
  'By Friday, all said and done, the deal was signed.',
  'When all is said and done, the deal will hold.',
  'The judge denied the request, ruling that she posed a risk.',
  'The lawyer who is a fierce critic of the mayor will not run.',
  'The police responded with force to the protest.',
  'The mayor spoke on Monday to reporters at the bridge.',
  'The board met last week to discuss the budget.',
  'The flood killed at least two, the police said.',
  'The coach responded with anger.',
  'The fire crews responded within minutes.',
  'She asked them not to.',
  'The coach urged fans to “Victory Park” for the parade.',
  'Officials told residents not to the east of the river to leave.',
  'The survey did not find that rents had doubled.',
  'Still, I write this because I grew up among such people.',
  'The council wrote the letter on Friday because it feared a strike.',
  'The new tariff would add so many costs that it would, in the end, sink the small farms.',
  'She spoke in such a soft voice that nobody heard her.',
  'It was a worry shared by every farmer we asked in the valley.',
  'It was a plan backed by the unions that the mayor later signed.',
  'But the pre-game show released by the club last week drew few viewers.',
  'Tickets for the band’s 2010 shows sold out in an hour.',
  'The horse shows in 2010 drew large crowds.',
  'He’s said to be ill.',
  "It's said that the tax is fair.",
  'The mayor said the bridge - a relic - in the park.',
  'If the mayor wins and promises more, voters will cheer.',
  'Ms. Ruiz accused the agency of ignoring what the inspectors found about the pipes.',
  'Voters who met him and said they liked him now doubt his plan.',
  'The coach talked about the players he has lost this year.',
  'Nobody knows why the captain says the timetable must change.',
  'The toys from the craft show that opened in May were sold.',
  'In Dover, Ana Ruiz, plans to widen the road were dropped.',
  'The toys from the big show that opened in May were sold.',
  'It is unclear why the nurses are angry that the ward is closing.',
  'The old farmer, coughing in his bed, said before he died.',
  'Read the three lists I wrote last year for parents in that position.',
  'The strain began to tell when looking at how the panel graded the bill.',
  'The talks are continuing, the envoy said.',
  'The senator endorsed the school that her son attends.',
  'The envoy assumed a recently created job as adviser, in which she counsels the king.',
  'The two teams played the same way all season.',
  'The mayor spoke for an hour. She said:\n\nThe budget is a mess.',
  'Her son likes to swim in the lake.',
  'It looks like the plan will fail.',
  'He figured out the puzzle.',
  'The mayor put it on the table after the vote.',
  'Voters elected him to the council.',
  'The hotel lobby was crowded.',
  'The leaders gathered to discuss the budget.',
  'The crowd pressed against the gates.',
  'A previous draft of this story misstated the mayor\'s age.',
  '“… with a poise that the late governor would surely have admired,” Roe wrote.',
  'The notes that he left were found in a drawer.',
  'Her documents were found in a drawer.',
  'The demands of the union were met on Friday.',
  'Union demands grew louder after the vote.',
  'The teacher’s notes how to draw were lost.',
  'Only the notes the clerk kept were found.',
  'In the notes, the mayor documents a crime.',
  'The mayor took the children to the park to say that the slide was safe.',
  'Nobody knows when the mayor said that the bridge was unsafe.',
  'The crowd pushed against the barrier.',
  'The fog made the road clear of traffic.',
  'They made clear progress.',
  'The clerk will notify the tenants by post.',
  'Hikers discovered a body near the lake.',
  'She noticed a car outside.',
  'The chart illustrates the point.',
  'The engineers resolved the fault overnight.',
  'The pair begged for coins outside the station.',
  'The council voted Monday.',
  'We gave it all, said the coach.',
  'He met the generals, most of whom had served abroad.',
  'Voters saw the plan to close the plant.',
  'Sales in 2010 said little about the market.',
  'The video does not answer whether he was armed.',
  'She did not say that the plan failed.',
  // A negated verb of saying reports no words; a negative subject holds no belief.
  'The clerk did not claim that the count was wrong.',
  'Nobody thinks the bridge will open on time.',
  'I have never seen the board act so fast.',
  'The coach isn’t saying the striker is fit.',
  'She saw the film at the festival.',
  'She saw the film as a child and loved it.',
  'She felt the pain in her leg.',
  'Nobody asked where the officials said the money went.',
  'The tenant would assert her claim in reply to any letters that would be sent to her.',
  'He gave the money to those close to him.',
  'You know the plan will fail.',
  'She read that the plan had failed.',
  'She read the report on Monday.',
  'The coach scolded him for the late tackle.',
  'He put it on the table.',
  'The guides know the area well.',
  'The council asked the state to the meeting.',
  'Reportedly, the ministry had urged farmers to sell early.',
  'Allegedly, the driver said that he was lost.',
  'It is clear that the levy will rise.',
  'Anyone who complains about the referee “is not watching the game.”',
  'The council asked the state for money, but the state refused.',
  'In response to a question about what the board thought the price would be, nobody answered.',
  'The senator did not say that taxes would rise.',
  'It is said that the castle is haunted.',
  'Even though the two sides argued, they both seemed ready to move on.',
  'Nobody there said a word about the canal.',
  'The sale of the old mill by the bank showed that the town was struggling.',
  // The one who brokers an agreement is no party to it; one that is only backed or proposed is not made yet.
  'The mediator brokered an agreement to end the dock strike.',
  'The mayor backed an agreement to share the harbor with the next town.',
  'The two towns signed an agreement on the harbor.',
  // A preposition left without its object after the cue: the clause describes the noun before it.
  'The best ferry I know of -- a slow boat that runs at night -- leaves from Dover.',
  'The cheaper route they had heard about, a coastal road, was closed.',
  'Why would a small firm take on the debts that the mill was hoping to dispose of?',
]);

table('according-to', [
  ['Most of the bridges are unsafe — or close to it — according to the state inspectors.', { speaker: 'the state inspectors', cue: 'according to', content: 'Most of the bridges are unsafe — or close to it' }],
  ['Rents will rise next year, according to a study by Ana Ruiz, an economist, whose figures the council accepted.', { speaker: 'a study by Ana Ruiz, an economist', cue: 'according to', content: 'Rents will rise next year' }],
  ['Sales fell by half last year, according to the company, and profits dropped as well.', { speaker: 'the company', cue: 'according to', content: 'Sales fell by half last year' }],
  ['In fact, the repairs will take a year, according to the engineers.', { speaker: 'the engineers', cue: 'according to', content: 'the repairs will take a year' }],
  ['According to the report, the river rose by two metres.', { speaker: 'the report', cue: 'According to', content: 'the river rose by two metres', cueType: 'evidence' }],
  ['Sales fell by a third, according to two people familiar with the matter.', { speaker: 'two people familiar with the matter', cue: 'according to', content: 'Sales fell by a third' }],
  ['Fares will fall, according to the union-backed Moreau Foundation.', { speaker: 'Moreau Foundation', cue: 'according to', content: 'Fares will fall' }],
  ['According to police, the driver fled on foot.', { speaker: 'police', cue: 'According to', content: 'the driver fled on foot' }],
  ['Turnout fell in 2020, according to the election office, and it fell again this year.', { speaker: 'the election office', cue: 'according to', content: 'Turnout fell in 2020' }],
  ['According to Dr. Ines Vale, who led the study, the vaccine works.', { speaker: 'Dr. Ines Vale', cue: 'According to', content: 'the vaccine works' }],
  ['According to a person familiar with the talks, the deal is close.', { speaker: 'a person familiar with the talks', cue: 'According to', content: 'the deal is close' }],
  ['According to a new report by the Daily Ledger, the mill will close.', { speaker: 'a new report by the Daily Ledger', cue: 'According to', content: 'the mill will close' }],
  ['According to a complaint filed by the regulator, the firm hid losses.', { speaker: 'a complaint filed by the regulator', cue: 'According to', content: 'the firm hid losses' }],
  ['According to the family’s lawyers, the police said the tapes would stay sealed.', { speaker: 'the family’s lawyers', cue: 'According to', content: 'the police said the tapes would stay sealed' }],
  ['The mayor has said the bridge will reopen in May, according to two council members.', { speaker: 'two council members', cue: 'according to', content: 'The mayor has said the bridge will reopen in May' }],
  ['The city has quietly told the club that it will close the ground, according to two council members, a step that would end a century of football there.', { speaker: 'two council members', cue: 'according to', content: 'The city has quietly told the club that it will close the ground' }],
  ['Fares have gone up every year - a rise of 40 percent since 2019, according to the union.', { speaker: 'the union', cue: 'according to', content: 'a rise of 40 percent since 2019' }],
  ['The plan — backed by the mayor — will cost $2 million, according to the council.', { speaker: 'the council', cue: 'according to', content: 'The plan — backed by the mayor — will cost $2 million' }],
  ['According to the police and the fire service, the blaze began in the kitchen.', { speaker: 'the police and the fire service', cue: 'According to', content: 'the blaze began in the kitchen' }],
  ['According to a 12-count complaint filed by the state attorney general and a second complaint by Ohio, the brokers ran a "massive scheme."', { speaker: 'a 12-count complaint filed by the state attorney general and a second complaint by Ohio', cue: 'According to', content: 'the brokers ran a "massive scheme."' }],
  // The phrase and its modifiers end at a comma before a conjunction that opens the writer's next clause.
  ['Most tenants back the rent cap, according to a study published Monday, but few expect it to pass.', { speaker: 'a study published Monday', cue: 'according to', content: 'Most tenants back the rent cap' }],
], [
  'Was the vote fair? According to the league, basically.',
  'According to AFP, the minister said the vote would go ahead.',
  'The minister said the vote would go ahead, according to Reuters.',
  'The ferry left late, according to a study published Monday that said boats are often late.',
]);

table('relative-speaker-cue', [
  ['The levy, which critics say is unfair, passed on Monday.', { speaker: 'critics', cue: 'say', content: 'which … is unfair' }],
  ['The plan, which supporters say will create 2,000 jobs, passed.', { speaker: 'supporters', cue: 'say', content: 'which … will create 2,000 jobs' }],
  ['The mayor returned the gifts, which he said were meant as bribes.', { speaker: 'he', cue: 'said', content: 'which … were meant as bribes' }],
  ['It came down to what the farmers said was a water theft.', { speaker: 'the farmers', cue: 'said', content: 'what … was a water theft' }],
  ['Voters doubt what the mayor says her budget would fund, and critics agree.', { speaker: 'the mayor', cue: 'says', content: 'what … her budget would fund' }],
  ['Nobody knows how the engineers say the bridge will hold.', { speaker: 'the engineers', cue: 'say', content: 'how … the bridge will hold' }],
  ['The club sold the ground, which the chairman says he had tried to keep.', { speaker: 'the chairman', cue: 'says', content: 'which … he had tried to keep' }],
  ['Crews cleared the debris the engineers said was left by the flood.', { speaker: 'the engineers', cue: 'said', content: 'the debris … was left by the flood' }],
  ['The council kept the levy, which city officials said will cut costs.', { speaker: 'city officials', cue: 'said', content: 'which … will cut costs' }],
  ['The board backed the tunnel, which local critics claimed was too expensive.', { speaker: 'local critics', cue: 'claimed', content: 'which … was too expensive' }],
  ['Officials said the footage does not show her bag, which she said was empty, the footage showed.', { speaker: 'she', cue: 'said', content: 'which … was empty, the footage showed' }],
  ['The tax -- which local critics claimed was unfair -- passed.', { speaker: 'local critics', cue: 'claimed', content: 'which … was unfair' }],
  ['It was the bill which the mayor said would fail.', { speaker: 'the mayor', cue: 'said', content: 'which … would fail' }],
  ['The council kept the levy, which surveys show is unpopular with renters.', { speaker: 'surveys', cue: 'show', content: 'which … is unpopular with renters', cueType: 'evidence' }],
], [
  // A cue ending in its preposition has the relative word as its object: the verb after it is the main clause's.
  'The fees that critics point to were set by the state.',
  'Ms. Lund said the cases that critics point to were in poor towns.',
  'Nobody read the figures, which the surveys show in full.',
  'She asked which agency said the roads were safe.',
  'It was a long deal during which both unions will seek to protect pensions.',
  'The plan, which local farmers want to expand, passed.',
  'The mayor said the gifts were meant as bribes.',
  'The man who said nothing left early.',
  'What the coach considers “fair” could strike the players as harsh.',
  'Nobody asked what the mayor said.',
  'It was Ana Bell the judge said was late.',
]);

table('relative-intention-cue', [
  ['The city needs money, which she plans to raise through a levy on hotels.', { speaker: 'she', cue: 'plans', content: 'which … to raise through a levy on hotels' }],
  ['The plan, which local farmers want to expand, passed.', { speaker: 'local farmers', cue: 'want', content: 'which … to expand' }],
], [
  'It was a long deal, in which both unions seek to protect pensions.',
  'The city closed the bridge that the council plans to reopen.',
  'The unions, which plan to strike, met on Friday.',
]);

table('estimate-at', [
  ['Organizers put the crowd at about 3,000.', { speaker: 'Organizers', cue: 'put', content: 'the crowd at about 3,000' }],
  ['The audit office puts the cost of the bridge at $2.4 billion, twice the first estimate.', { speaker: 'The audit office', cue: 'puts', content: 'the cost of the bridge at $2.4 billion, twice the first estimate' }],
  ['Analysts pegged the loss at more than 40 million euros.', { speaker: 'Analysts', cue: 'pegged', content: 'the loss at more than 40 million euros' }],
  // In a relative clause, the estimate ends where the main clause resumes.
  ['The survey, which puts the turnout at 61 percent, was released on Monday.', { speaker: 'which', cue: 'puts', content: 'the turnout at 61 percent' }],
], [
  'She put the boxes at the back of the truck.',
  'The flood put the farms at risk.',
  'He put the meeting at the top of the agenda.',
]);

table('fronted-question-agent', [
  ['Asked by a juror whether the money was a loan, the witness said, “It was a gift.”', { speaker: 'a juror', cue: 'Asked', content: 'whether the money was a loan' }],
  ['When pressed by the host about how she would pay for the plan, Roe changed the subject.', { speaker: 'the host', cue: 'pressed', content: 'how she would pay for the plan' }],
  ['Asked by reporters about the delay, the mayor said the contractor was at fault.', { speaker: 'reporters', cue: 'Asked', content: 'the delay' }],
], [
  'Asked about the delay, the mayor said the contractor was at fault.',
  'Asked by the court to testify, she refused.',
  'Asked by reporters, the coach declined to comment.',
  'The lawyer asked by phone whether the hearing was still on.',
]);

table('caused-speaker-infinitive', [
  ['The vote forced the director, who was under pressure from the board, to admit that no managers had been punished.', { speaker: 'the director', cue: 'admit', content: 'that no managers had been punished' }],
  ["Roe's remarks led critics to argue that the plan was dead.", { speaker: 'critics', cue: 'argue', content: 'that the plan was dead' }],
  ['The scandal led Sen. Jane Roe (D-Mont.) to demand the chief\'s resignation.', { speaker: 'Jane Roe', cue: 'demand', content: 'the chief\'s resignation' }],
  ['The leak prompted two senators to call for an inquiry.', { speaker: 'two senators', cue: 'call for', content: 'an inquiry' }],
], [
  'The storm forced the mayor to cancel the parade.',
  'The mayor asked the board to say whether the plan was dead.',
  'Roe led the effort to call for a new vote.',
  'Roe led the charge to question the plan.',
  'The leak led to calls to question the chief.',
]);

table('caused-state-participle', [
  ['The delay has left residents feeling that nobody listens.', { speaker: 'residents', cue: 'feeling', content: 'that nobody listens' }],
  ['The ruling left many farmers thinking that they had been ignored.', { speaker: 'many farmers', cue: 'thinking', content: 'that they had been ignored' }],
  ['Her answer left reporters asking whether she would run.', { speaker: 'reporters', cue: 'asking', content: 'whether she would run' }],
  ['The vote left them feeling that the deal was dead.', { speaker: 'them', cue: 'feeling', content: 'that the deal was dead' }],
  ['The leaks have the staff saying that the chief will quit.', { speaker: 'the staff', cue: 'saying', content: 'that the chief will quit' }],
], [
  'The mayor has seen voters saying that the plan is dead.',
  'The campaign has a new ad saying that the senator lied.',
  'The chief had a video showing that the guard lied.',
  'The mayor left, feeling that the vote was lost.',
  'The mayor left the aides feeling tired.',
  'Residents have feelings that nobody listens.',
]);

table('message-one-participle', [
  ['The clerk kept a batch of emails that contained one claiming that the audit was rigged.', { speaker: 'one', cue: 'claiming', content: 'that the audit was rigged' }],
  ['The board got dozens of letters, one urging the mayor to close the pool.', { speaker: 'one', cue: 'urging', content: 'the mayor to close the pool' }],
  ['The club released two statements, another saying that the coach would stay.', { speaker: 'another', cue: 'saying', content: 'that the coach would stay' }],
  ['Three polls came out, one showing the mayor ahead.', { speaker: 'one', cue: 'showing', content: 'the mayor ahead' }],
], [
  'The mayor met voters, one saying that the pool should close.',
  'No one saying that the pool should close was heard.',
  'The board read the letters, then one of the members, saying that the pool should close.',
]);

table('meeting-purpose-cue', [
  ['The leaders met Friday to discuss the crisis.', { speaker: 'The leaders', cue: 'discuss', content: 'the crisis' }],
  ['The council met with the mayor to discuss whether the budget could pass.', { speaker: 'The council', cue: 'discuss', content: 'whether the budget could pass' }],
  ['The league, which fined two clubs in May, held an urgent session to discuss the ruling.', { speaker: 'The league', cue: 'discuss', content: 'the ruling' }],
  ['Her speech came just after the governor spoke at a forum of growers to discuss water rights.', { speaker: 'the governor', cue: 'discuss', content: 'water rights' }],
  // What is discussed is a noun phrase: a participle after its comma tells what else those who met did.
  ['The mayors met on Monday to discuss the problems facing their towns, offering new plans for buses.', { speaker: 'The mayors', cue: 'discuss', content: 'the problems facing their towns' }],
  ['The mayors met on Monday to discuss the problems facing their towns, including the cost of buses.', { speaker: 'The mayors', cue: 'discuss', content: 'the problems facing their towns, including the cost of buses' }],
], [
  'The leaders will meet next week to discuss the crisis.',
  'The union plans to meet to discuss the offer.',
  'The team flew to Paris to discuss the deal.',
  'It is too early to discuss the budget.',
  'The mayor met the families, who came to discuss the flooding.',
]);

table('participle-framing-cue', [
  ['The mayor signed the bill on Monday, calling it “a win for families.”', { speaker: 'The mayor', cue: 'calling', content: '“a win for families.”' }],
  ['The mayor said the levy would pass, calling it a gift to developers.', { speaker: 'The mayor', cue: 'calling', content: 'a gift to developers' }],
  ['The mayor turned the report against her rival, accusing him of hiding the cost of the bridge when it was built.', { speaker: 'The mayor', cue: 'accusing', content: 'hiding the cost of the bridge when it was built' }],
  ['The union hit back at the board, accusing the city\'s lawyers of stalling the talks.', { speaker: 'The union', cue: 'accusing', content: 'stalling the talks' }],
  ['The senator blocked the bill, accusing its backers of a power grab.', { speaker: 'The senator', cue: 'accusing', content: 'a power grab' }],
], [
  'The mayor said the tweets accusing him of fraud were false.',
  'Critics of the plan, accusing the mayor of waste, marched on Friday.',
  'The mayor spoke, and her rival kept accusing.',
]);

table('perceived-speaker-participle', [
  ['In the clip, the guard can be heard telling the crowd that the gates were shut.', { speaker: 'the guard', cue: 'telling', content: 'that the gates were shut' }],
  ['Ana Ruiz was caught on tape saying the vote had been rigged.', { speaker: 'Ana Ruiz', cue: 'saying', content: 'the vote had been rigged' }],
  ['Moments later the driver can be heard asking whether anyone was hurt.', { speaker: 'the driver', cue: 'asking', content: 'whether anyone was hurt' }],
], [
  'The crowd was heard chanting.',
  'The report was seen as saying that the plan was dead.',
  'The guard heard them saying that the gates were shut.',
  'Ana Ruiz was seen leaving the hall after the vote.',
]);

table('with-subject-participle', [
  ['The mayor left the hearing early, with aides saying that he was unwell.', { speaker: 'aides', cue: 'saying', content: 'that he was unwell' }],
  ['The levy passed easily, with the two largest unions backing the plan.', { speaker: 'the two largest unions', cue: 'backing', content: 'the plan' }],
  ['The talks stalled, with Norway backing the rebels as the council weighed new sanctions.', { speaker: 'Norway', cue: 'backing', content: 'the rebels' }],
  ['The debate turned sour, with Ana Ruiz — who has long opposed the tunnel — attacking the budget.', { speaker: 'Ana Ruiz', cue: 'attacking', content: 'the budget' }],
  ['The guide covers six themes, with historians offering their views on each.', { speaker: 'historians', cue: 'offering', content: 'their views on each' }],
  ['The race has tightened, with a new survey showing that the senator trails by two points.', { speaker: 'a new survey', cue: 'showing', content: 'that the senator trails by two points' }],
  ['With aides saying that he was unwell, the mayor left the hearing early.', { speaker: 'aides', cue: 'saying', content: 'that he was unwell' }],
  ['With the unions backing the plan, the levy passed easily.', { speaker: 'the unions', cue: 'backing', content: 'the plan' }],
  // An adjective of stance and its preposition in place of the "-ing" form.
  ['With party elders increasingly worried about turnout in the north, the leader will tour the region.', { speaker: 'party elders', cue: 'increasingly worried about', content: 'turnout in the north' }],
  ['The council met on Monday, with several members critical of the new budget.', { speaker: 'several members', cue: 'critical of', content: 'the new budget' }],
], [
  'With the river rising, the town emptied.',
  'She walked home with her coat full of leaves.',
  // "with" that is the verb's own, not set off by a comma.
  'She left the party with her husband worried about the weather.',
  'With her lawyers arguing the case, she stayed home.',
  'The town flooded again, with the river rising.',
  'Shops closed early, with prices falling.',
  'The board swapped the rule for a milder text with wording calling for restraint.',
  'He met with officials working on the budget.',
]);

table('free-relative-cue', [
  ['Everything the mayor says is spin.', { speaker: 'the mayor', cue: 'says', content: 'Everything' }],
  ['Everything Dana Ruiz says is spin.', { speaker: 'Dana Ruiz', cue: 'says', content: 'Everything' }],
  ['Nothing she said was new.', { speaker: 'she', cue: 'said', content: 'Nothing' }],
  ['That was what the coach said when he quit.', { speaker: 'the coach', cue: 'said', content: 'what' }],
  ['That is what the council now hopes.', { speaker: 'the council', cue: 'hopes', content: 'what' }],
], [
  'Nobody asked what the mayor said.',
  'All she wants is a fair hearing.',
  'Everything the mayor wants is on the table.',
  'That is what the mayor said: “No more delays.”',
  'Voters doubt what the mayor says her budget would fund.',
  'The mayor says everything is fine.',
]);

table('participle-cue', [
  ['The judge denied the request, ruling that she posed a risk.', { speaker: 'The judge', cue: 'ruling', content: 'that she posed a risk' }],
  ['The judge refused to release him, ruling that he might flee.', { speaker: 'The judge', cue: 'ruling', content: 'that he might flee' }],
  ['The mayor spoke on Friday, vowing to “fight back” in court.', { speaker: 'The mayor', cue: 'vowing', content: 'to “fight back” in court' }],
  ['The judge closed the hearing, referencing the flood of letters from parents.', { speaker: 'The judge', cue: 'referencing', content: 'the flood of letters from parents' }],
  ['“You knew the risks,” the coach told the team, reciting the club’s old motto.', { speaker: 'the coach', cue: 'reciting', content: 'the club’s old motto' }],
  ['"The mayor strode up to the podium, chanting “Four more years!”', { speaker: 'The mayor', cue: 'chanting', content: '“Four more years!”' }],
  ['The coach criticised the referee, even suggesting he had been bribed.', { speaker: 'The coach', cue: 'suggesting', content: 'he had been bribed' }],
  ['The mayor reached out to parents on Tuesday by saying her budget was fair.', { speaker: 'The mayor', cue: 'saying', content: 'her budget was fair' }],
  ['The board backed the new design, promising to finish the bridge by May.', { speaker: 'The board', cue: 'promising', content: 'to finish the bridge by May' }],
  ['The senator spoke to farmers, promising to lift the quotas.', { speaker: 'The senator', cue: 'promising', content: 'to lift the quotas' }],
  ['The court struck down the rule, citing a risk to public health.', { speaker: 'The court', cue: 'citing', content: 'a risk to public health' }],
  ['The mayor replied to the council on Monday by saying the budget was final.', { speaker: 'The mayor', cue: 'saying', content: 'the budget was final' }],
  ['The ministry issued a statement on Friday, saying that the border would stay open.', { speaker: 'The ministry', cue: 'saying', content: 'that the border would stay open' }],
  ['“We cannot pay,” the mayor said, adding later, “The state must help.”', { speaker: 'the mayor', cue: 'adding', content: '“The state must help.”' }],
  ['The coach dismissed the protest, saying any player who blames the referee “has lost the plot.”', { speaker: 'The coach', cue: 'saying', content: 'any player who blames the referee “has lost the plot.”' }],
  ['The mayor refused to pay a builder who said he was owed money, saying, “He did a poor job.”', { speaker: 'The mayor', cue: 'saying', content: '“He did a poor job.”' }],
  ['The singer smiled before asking her, “Can we start over?”', { speaker: 'The singer', cue: 'asking', content: '“Can we start over?”' }],
  ['The senator wrote to voters Friday saying that the plan was dead.', { speaker: 'The senator', cue: 'saying', content: 'that the plan was dead' }],
  ['“We want clarity,” Moreau said, suggesting two tests, among them, “Would you sign it yourself?”', { speaker: 'Moreau', cue: 'suggesting', content: 'two tests, among them, “Would you sign it yourself?”' }],
  ['The clip closes with video of Rosa Lind saying at the hearing, “That proves my point,” as the crowd jeered.', { speaker: 'Rosa Lind', cue: 'saying', content: '“That proves my point,”' }],
  ['The senator began by saying that the bill would fail.', { speaker: 'The senator', cue: 'saying', content: 'that the bill would fail' }],
  ['The mayor was criticized for saying that the police had overreacted.', { speaker: 'The mayor', cue: 'saying', content: 'that the police had overreacted' }],
  ['The mayor drew sharp criticism for saying that the police had overreacted.', { speaker: 'The mayor', cue: 'saying', content: 'that the police had overreacted' }],
  ['The coach came under fire for claiming that the referee was biased.', { speaker: 'The coach', cue: 'claiming', content: 'that the referee was biased' }],
  ['On Monday the board published its findings by announcing that the levy was lawful.', { speaker: 'the board', cue: 'announcing', content: 'that the levy was lawful' }],
  ['The governor refuses to name candidates, apart from saying she expects a varied field.', { speaker: 'The governor', cue: 'saying', content: 'she expects a varied field' }],
  ['The mayor defended the budget, while insisting that taxes would not rise.', { speaker: 'The mayor', cue: 'insisting', content: 'that taxes would not rise' }],
  // A gerund's aside between the subject and its verb is the subject's; its words end at the aside's comma.
  ['The senator, despite admitting that the plan had flaws, voted for it.', { speaker: 'The senator', cue: 'admitting', content: 'that the plan had flaws' }],
  ['The mayor, while insisting that taxes would not rise, cut the budget.', { speaker: 'The mayor', cue: 'insisting', content: 'that taxes would not rise' }],
  ['The mayor, saying that the plan was dead, left the room.', { speaker: 'The mayor', cue: 'saying', content: 'that the plan was dead' }],
  ['Residents, still arguing that the fee was unfair, marched on city hall.', { speaker: 'Residents', cue: 'arguing', content: 'that the fee was unfair' }],
  // A past participle after "having" opens a clause as a present participle does.
  ['The mayor, having said that the plan was dead, left the room.', { speaker: 'The mayor', cue: 'said', content: 'that the plan was dead' }],
  ['Having told reporters that the plan was dead, the mayor left.', { speaker: 'the mayor', cue: 'told', content: 'that the plan was dead' }],
  ['The mayor left the room, having argued that the plan was dead.', { speaker: 'The mayor', cue: 'argued', content: 'that the plan was dead' }],
  ['The governor, a former judge, closed the speech by arguing that the court had gone too far.', { speaker: 'The governor', cue: 'arguing', content: 'that the court had gone too far' }],
  ['After saying that the plan was dead, the governor left the room.', { speaker: 'the governor', cue: 'saying', content: 'that the plan was dead' }],
  ['After saying her knee was “too stiff to bend,” she was driven to a clinic.', { speaker: 'she', cue: 'saying', content: 'her knee was “too stiff to bend,”' }],
  ['The mayor spoke for an hour, offering the schools new funds.', { speaker: 'The mayor', cue: 'offering', content: 'the schools new funds' }],
  ['The council met on Monday, warning that the bridge would close.', { speaker: 'The council', cue: 'warning', content: 'that the bridge would close' }],
  ['Citing a shortage of nurses, the hospital closed its maternity ward.', { speaker: 'the hospital', cue: 'Citing', content: 'a shortage of nurses' }],
  ['Claiming the count was rigged, the candidate refused to concede.', { speaker: 'the candidate', cue: 'Claiming', content: 'the count was rigged' }],
  ['The mayor praised the chief, comparing him to a lighthouse keeper.', { speaker: 'The mayor', cue: 'comparing', content: 'him to a lighthouse keeper' }],
  ['Tenants in 2019 filed a complaint, arguing that the rent rise was illegal.', { speaker: 'Tenants', cue: 'arguing', content: 'that the rent rise was illegal' }],
  // A phrase of time the phrase reader took into the subject is left out of the speaker.
  ['The dockers in October wrote to the port board, demanding safer cranes.', { speaker: 'The dockers', cue: 'demanding', content: 'safer cranes' }],
  // A past form after a year that the tagger read as a noun is the subject's verb.
  ['The nurses in 2016 sent the hospital board a petition, calling for more staff.', { speaker: 'The nurses', cue: 'calling for', content: 'more staff' }],
  ['The dockers last spring wrote to the port board, demanding safer cranes.', { speaker: 'The dockers', cue: 'demanding', content: 'safer cranes' }],
  ['The dockers in Rotterdam wrote to the port board, demanding safer cranes.', { speaker: 'The dockers in Rotterdam', cue: 'demanding', content: 'safer cranes' }],
  // A bare month name ending a name stays in it.
  ['Senator Ruth May wrote to the port board, demanding safer cranes.', { speaker: 'Ruth May', cue: 'demanding', content: 'safer cranes' }],
  ['In defending herself and her staff, the mayor blamed the weather.', { speaker: 'the mayor', cue: 'defending', content: 'herself and her staff' }],
  ['By saying that the vote was rigged, the senator angered his party.', { speaker: 'the senator', cue: 'saying', content: 'that the vote was rigged' }],
  ['In defending her record, Ana Bell offered examples of her work.', { speaker: 'Ana Bell', cue: 'defending', content: 'her record' }],
  ['The race is tight, with Marist showing him ahead by 2 points, and others level.', { speaker: 'Marist', cue: 'showing', content: 'him ahead by 2 points' }],
  ['The mood soured after footage surfaced showing the mayor asleep in the chamber (aides later blamed a cold).', { speaker: 'footage', cue: 'showing', content: 'the mayor asleep in the chamber' }],
  ['The tenants’ union and the city’s largest landlord filed a joint appeal, arguing the levy was never approved.', { speaker: 'The tenants’ union and the city’s largest landlord', cue: 'arguing', content: 'the levy was never approved' }],
  ['The port authority filed a claim on Monday with the state water board, arguing that the dredging was unlawful.', { speaker: 'The port authority', cue: 'arguing', content: 'that the dredging was unlawful' }],
  ['“We will not wait,” she said at a briefing announcing that the county would sue the state.', { speaker: 'she', cue: 'announcing', content: 'that the county would sue the state' }],
  ['The Herald and the Tribune sued the city for its files, arguing that voters deserved to read them.', { speaker: 'The Herald and the Tribune', cue: 'arguing', content: 'that voters deserved to read them' }],
  ['Ms. Roe and Mr. Lee remain calm despite a few critics, such as Sen. Ann Bell, R-Tenn., and Tom Reed, D-Ore., now saying they think the bill should change.', { speaker: 'Tom Reed', cue: 'saying', content: 'they think the bill should change' }],
  ['The vote split the party, with Sen. Ann Bell, R-Tenn., now saying she would run.', { speaker: 'Ann Bell', cue: 'saying', content: 'she would run' }],
  ['Roe spoke for an hour, going on to claim the harbour needed a new pier.', { speaker: 'Roe', cue: 'claim', content: 'the harbour needed a new pier' }],
  ['“We are late,” the mayor said, continuing to argue that the budget was too small.', { speaker: 'the mayor', cue: 'argue', content: 'that the budget was too small' }],
  ['The coach told reporters that he thinks the team is ready, adding that the fans deserve a win.', { speaker: 'The coach', cue: 'adding', content: 'that the fans deserve a win' }],
  ['“The pier is safe,” the mayor said. The engineer believes it will last, adding that repairs are cheap.', { speaker: 'The engineer', cue: 'adding', content: 'that repairs are cheap' }],
  ['The paper called the strike a mistake, echoing the mayor’s plea for calm.', { speaker: 'The paper', cue: 'echoing', content: 'the mayor’s plea for calm' }],
  // A verb of speaking reports the topic after its preposition; the claim before may run on past its sentence.
  ['“We are tired. We are angry,” said Dana Holt, speaking of the strike at the port. “Nobody listens.”', { speaker: 'Dana Holt', cue: 'speaking', content: 'the strike at the port' }],
  ['“We are ready,” the coach said, talking to reporters about the final.', { speaker: 'the coach', cue: 'talking', content: 'the final' }],
  // A request's object and its infinitive.
  ['The governor toured the flooded towns on Sunday, urging residents to avoid the river.', { speaker: 'The governor', cue: 'urging', content: 'residents to avoid the river' }],
  ['The mayor closed the meeting, asking them not to leak the figures.', { speaker: 'The mayor', cue: 'asking', content: 'them not to leak the figures' }],
  ['The coast guard spoke on Monday, warning sailors to stay in port.', { speaker: 'The coast guard', cue: 'warning', content: 'sailors to stay in port' }],
  // A participle after a letter or statement its subject sent, perhaps with the letter's addressee between.
  ['Officials released a statement saying the plant was safe.', { speaker: 'Officials', cue: 'saying', content: 'the plant was safe' }],
  // A main clause whose verb is "have" or "do" with an object.
  ['Ana Ruiz has had harsh words for the council, telling a local paper that the budget was a fraud.', { speaker: 'Ana Ruiz', cue: 'telling', content: 'that the budget was a fraud' }],
  ['The mayor and her aides have also had stern words for the auditors, saying that the review was rushed.', { speaker: 'The mayor and her aides', cue: 'saying', content: 'that the review was rushed' }],
  ['The club did the count again, arguing that the first was flawed.', { speaker: 'The club', cue: 'arguing', content: 'that the first was flawed' }],
  ['A group of nurses sent a letter to the hospital board urging its members to reopen the ward.', { speaker: 'A group of nurses', cue: 'urging', content: 'its members to reopen the ward' }],
  ['Several parents with children at the school sent a letter urging the principal to resign.', { speaker: 'Several parents with children at the school', cue: 'urging', content: 'the principal to resign' }],
  // A stance or a wish after a written message, perhaps with a day before its addressee.
  ['The farmers sent a letter on Monday to lawmakers opposing a new tax on diesel.', { speaker: 'The farmers', cue: 'opposing', content: 'a new tax on diesel', cueType: 'intention' }],
  ['Two councillors sent a memo to city staff supporting the bus lanes.', { speaker: 'Two councillors', cue: 'supporting', content: 'the bus lanes' }],
  // After a verb's object and "for", the gerund is the object's, perhaps with a setting between them.
  ['The league fined Tomas Berg for saying that the referees were paid off.', { speaker: 'Tomas Berg', cue: 'saying', content: 'that the referees were paid off' }],
  ['The inquiry held Ms. Okafor in contempt of the board for refusing to hand over her notes.', { speaker: 'Ms. Okafor', cue: 'refusing', content: 'to hand over her notes' }],
  // After a later clause joined by "and" or "but", the participle is that clause's subject's.
  ['The lights went out, and the fans grew angry, shouting insults at the referee.', { speaker: 'the fans', cue: 'shouting', content: 'insults at the referee' }],
], [
  'The mayor spoke, and the crowd listened, saying nothing.',
  // A reaction or a cost before "for" is no one who speaks; a stance the object held is no words of its own.
  'The coach drew scorn from fans for saying that the pitch was too short.',
  'The coach paid a price for saying that the pitch was too short.',
  'The mayor thanked Ines Moll for backing the new pier.',
  // A rally or a hearing "supporting" something states no one's view.
  'The dockers held a rally on Friday to the east of the port supporting the strikers.',
  'The ferry crews went to a hearing supporting the new timetable.',
  // A bare "-ing" form of a verb of decision tells no decision taken.
  'The council met on Tuesday, approving the new harbor budget.',
  // The name is whose words were echoed, not the words.
  'The paper called the strike a mistake, echoing Mayor Ana Ruiz.',
  // What words were about, glossed by the writer beside them.
  '“It was a mess,” Ms. Ruiz said, referring to the flood of March.',
  'Referring to the flood, the mayor said the town was ready.',
  'Officials stayed calm despite several local groups, such as the Harbor Trust, now warning that the dam could fail.',
  'Roe spoke for an hour going on to claim the harbour needed a new pier.',
  'The mayor is defending his late-night posts attempting to shame a rival.',
  'Fans cheered after the captain emerged showing no sign of injury.',
  'The chamber, R-Tenn., saying little, adjourned.',
  'The talks stalled, with Norway backing the smaller party.',
  'Despite promising to cut taxes, the governor raised them.',
  'After the storm, warning signs were posted along the coast.',
  'The senator thanked the mayor for saying that the plan would work.',
  // A range of what was done ("from … to …"), and a gerund after "of" that goes with the noun before it.
  'The show gave the senator a stage for everything, from saying that he felt young to boasting about his stamina.',
  'Bell accused Roe, a former aide, of saying that the vote was rigged.',
  'The aide expects the host to interrupt by saying that the claim is false.',
  'Ana Bell praised the nurses for warning that the ward was full.',
  'The board gave the mayor credit for saying that the plan was dead.',
  'Before saying goodbye, the mayor hugged her staff.',
  'The minister left the room, speaking to nobody.',
  'Saying nothing, the minister left the room.',
  'The rebels held the hills, with Spain supporting the army on the coast.',
  'Writing for a magazine that praised the plan, Ms. Lee noted several flaws.',
  'Saying so would be a mistake.',
  // An "it" before "is" and an adjective or past participle stands for no one.
  'Though members may send proxies, it is forbidden when voting to replace a nominee.',
  "Though proxies are allowed, it's banned when voting to replace a nominee.",
  // A letter someone else wrote, and a participle of speaking with no topic.
  'The board received a letter from the nurses urging it to reopen the ward.',
  '“We are ready,” the coach said, speaking to reporters after the game.',
  'After the storm, warning lights were left on to guide the boats.',
  // The participle's own subject stands before it.
  // A description in apposition to a name is not taken for the subject of the aside after it.
  'Ana Ruiz, the head of the board, despite admitting that the plan had flaws, voted for it.',
  // Speaking of a topic between the subject and its verb of saying is the manner of that report.
  'One senior aide, speaking privately about the talks, said the fund was weighing a new campaign.',
  'Having said that, the mayor left the room.',
  'Ana Ruiz had critics, many of them saying that the fee was too high.',
  'The mayor has no plan, the critics saying that she never did.',
]);

table('quoted-as-saying', [
  ['State radio quoted the prime minister as saying that the border would reopen.', { speaker: 'the prime minister', cue: 'saying', content: 'that the border would reopen' }],
  ['Norpress quoted him as saying on Monday the border would reopen.', { speaker: 'him', cue: 'saying', content: 'the border would reopen' }],
  ['The premier was quoted by state radio as saying that the border would reopen.', { speaker: 'The premier', cue: 'saying', content: 'that the border would reopen' }],
  ['“We will not sign,” the premier was quoted as saying.', { speaker: 'the premier', cue: 'saying', content: '“We will not sign,”', kind: 'direct' }],
  ['“We will not sign,” the paper quoted a senior aide as saying, without naming him.', { speaker: 'a senior aide', cue: 'saying', content: '“We will not sign,”' }],
  ['“We will not sign,” the premier was quoted as saying by a weekly paper on Sunday.', { speaker: 'the premier', cue: 'saying', content: '“We will not sign,”' }],
  ['State radio quoted a navy spokesman, Lars Eke, as saying that the drills had ended.', { speaker: 'Lars Eke', cue: 'saying', content: 'that the drills had ended' }],
], [
  'The paper quoted the mayor on the budget.',
  'The paper quoted a navy spokesman, Lars Eke, in its report on the drills.',
  'She quoted Lincoln in her speech.',
  'The court cited the ruling as a reason to wait.',
]);

table('framing-verb-quote', [
  // A clause of time with a pronoun subject after what the object is called tells when, in the writer's words.
  ['The governor described the senator as a “fraud” after she attacked the police chief.', { speaker: 'The governor', cue: 'described', content: 'the senator as a “fraud”' }],
  ['The governor, in a post on Tuesday, called the report “fake news.”', { speaker: 'The governor', cue: 'called', content: 'the report “fake news.”' }],
  ['The board approved what Ms. Vance called a “fairer” fee.', { speaker: 'Ms. Vance', cue: 'called', content: 'what … a “fairer” fee' }],
  ['The bank had been involved in what several auditors called “sloppy bookkeeping.”', { speaker: 'several auditors', cue: 'called', content: 'what … “sloppy bookkeeping.”' }],
  ['The mayor wants to sell the old depot, a plan the union has called “reckless.”', { speaker: 'the union', cue: 'called', content: '“reckless.”' }],
  // "branded" is tagged as an adjective after a common noun.
  ['The union branded the offer an “insult.”', { speaker: 'The union', cue: 'branded', content: 'the offer an “insult.”' }],
  ['The minister condemned what she called a “reckless gamble” by the bank.', { speaker: 'The minister', cue: 'condemned', content: 'what she called a “reckless gamble” by the bank' }],
  ['The governor called the plan “a betrayal of voters.”', { speaker: 'The governor', cue: 'called', content: 'the plan “a betrayal of voters.”' }],
  ["Her staff called her ''a wizard'' after the vote.", { speaker: 'Her staff', cue: 'called', content: "''a wizard'' after the vote" }],
  ["Her staff called her budget ''a wizard's work.''", { speaker: 'Her staff', cue: 'called', content: "her budget ''a wizard's work.''" }],
  ['She referred to the proposal as a “fantasy budget.”', { speaker: 'She', cue: 'referred', content: '“fantasy budget.”', kind: 'direct' }],
  ['The governor described the strike as “reckless” and a “gift to our rivals” abroad.', { speaker: 'The governor', cue: 'described', content: 'the strike as “reckless” and a “gift to our rivals” abroad' }],
  ['Peru branded the cartel a "menace to every village."', { speaker: 'Peru', cue: 'branded', content: 'the cartel a "menace to every village."' }],
  ['The senator openly salutes the admiral as a “steady hand,” likening him to past leaders.', { speaker: 'The senator', cue: 'salutes', content: 'the admiral as a “steady hand,”' }],
  ['The panel rated 40% of the claims as “false” or “misleading.”', { speaker: 'The panel', cue: 'rated', content: '40% of the claims as “false” or “misleading.”' }],
  ['The senator has gone after the mayor as a “career politician.”', { speaker: 'The senator', cue: 'gone', content: '“career politician.”' }],
  ['A magazine hailed the coach as “The Miracle Worker” for the turnaround he led.', { speaker: 'A magazine', cue: 'hailed', content: 'the coach as “The Miracle Worker” for the turnaround he led' }],
  ['The senator called the mayor a “liar” who is “utterly unfit.”', { speaker: 'The senator', cue: 'called', content: 'the mayor a “liar” who is “utterly unfit.”' }],
  ['The mayor called the fire a “terrible accident,” but stopped short of blaming anyone.', { speaker: 'The mayor', cue: 'called', content: 'the fire a “terrible accident,”' }],
  ['The mayor called the fire “an accident” and praised the crews.', { speaker: 'The mayor', cue: 'called', content: 'the fire “an accident”' }],
  ['The minister called the plan “a gift to polluters” in a statement on Monday.', { speaker: 'The minister', cue: 'called', content: 'the plan “a gift to polluters”' }],
  ['She was describing as “reckless” a post about the mayor.', { speaker: 'She', cue: 'describing', content: 'as “reckless”', kind: 'mixed' }],
  ['Officials in both parties call them “lone wolves.”', { speaker: 'Officials in both parties', cue: 'call', content: '“lone wolves.”' }],
  ['She quit after what her boss called a “tirade,” a run of furious emails.', { speaker: 'her boss', cue: 'called', content: 'what … a “tirade,”' }],
  ['The minister condemned what he called a “reckless gamble.”', { speaker: 'The minister', cue: 'condemned', content: 'what he called a “reckless gamble.”' }],
  ['Leaders condemned what the mayor called a “reckless gamble.”', { speaker: 'the mayor', cue: 'called', content: 'what … a “reckless gamble.”' }],
  ['The senator called the mayor a “liar,” a “bully” and a “coward.”', { speaker: 'The senator', cue: 'called', content: 'the mayor a “liar,” a “bully” and a “coward.”' }],
  ['The envoy accused the regime of “blind arrogance.”', { speaker: 'The envoy', cue: 'accused', content: '“blind arrogance.”', kind: 'direct' }],
  // An appositive of the object between commas, and a comma after "as", stand between the verb and the quotation.
  ['She described the new harbor chief, a former judge, as “far too cautious.”', { speaker: 'She', cue: 'described', content: 'the new harbor chief, a former judge, as “far too cautious.”', kind: 'mixed' }],
  ['Later he characterized Republican rival Sen. Ann Cole, R-Utah, as, “nervous and a bit shrill.”', { speaker: 'he', cue: 'characterized', content: 'Republican rival Sen. Ann Cole, R-Utah, as, “nervous and a bit shrill.”' }],
  ['He called his old rival, the mayor of Leeds, a “coward.”', { speaker: 'He', cue: 'called', content: 'his old rival, the mayor of Leeds, a “coward.”' }],
  // A clause of "as" with a pronoun object: the quotation set off by its comma is the wording.
  ['The two hosts sold the plan on air (or, as a rival paper called them in a column, “paid cheerleaders”).', { speaker: 'a rival paper', cue: 'called', content: '“paid cheerleaders”', kind: 'direct' }],
], [
  'The governor called the meeting to order.',
  // Without the clause of "as", a comma after the object ends it.
  'The mayor called them, “paid cheerleaders” or not, to the hall.',
  // Words after the closing comma that are no "as" or quotation end the object: no framing.
  'She described the plan, which had failed twice, as “a mess.”',
  'He called his rival, the mayor, and then “left.”',
  'She served as “chief of staff” for a decade.',
  'Shoppers prefer branded goods to “no-name” ones.',
  'The bill, known as the “Clean Water Act,” passed the house.',
]);

table('speaker-verb-object', [
  // A manner that is itself the object, before a colon, keeps it (no manner pointed to elsewhere).
  ['The clerk described the way the count works: first the board votes.', { speaker: 'The clerk', cue: 'described', content: 'the way the count works: first the board votes' }],
  ['Mayor Lind defended her record on taxes.', { speaker: 'Lind', cue: 'defended', content: 'her record on taxes' }],
  // What an object is called keeps its phrases of time and place; a clause or an aside after a comma still ends it.
  ['The coach called it a usual slump during long road trips.', { speaker: 'The coach', cue: 'called', content: 'it a usual slump during long road trips' }],
  ['The coach called it a usual slump during long road trips on Sunday.', { speaker: 'The coach', cue: 'called', content: 'it a usual slump during long road trips' }],
  ['The coach called the loss a wake-up call for the young players as the season nears its end.', { speaker: 'The coach', cue: 'called', content: 'the loss a wake-up call for the young players as the season nears its end' }],
  ['The coach called the league a paper tiger, urging the owners to act.', { speaker: 'The coach', cue: 'called', content: 'the league a paper tiger' }],
  // A reason weighed by "in part", "largely" and the like after a comma is the writer's account of why.
  ['Several harbor pilots echo his worries, in large part because the new channel is narrow.', { speaker: 'Several harbor pilots', cue: 'echo', content: 'his worries' }],
  ['Several harbor pilots echo his worries, in part because of the narrow channel.', { speaker: 'Several harbor pilots', cue: 'echo', content: 'his worries' }],
  // After a relative clause closed by a comma, a conjunction and a verb with no subject of its own go on with that clause.
  ['These voters point to the 2004 farm bill, which put more money into rural roads, but also led to higher prices for grain.', { speaker: 'voters', cue: 'point to', content: 'the 2004 farm bill, which put more money into rural roads, but also led to higher prices for grain' }],
  // A verb in the present after "and", with no subject of its own, cannot share the subject of the speaker's verb
  // in the past: it goes on with a clause inside the object. One in the past is the speaker's second verb.
  ['The audit revealed a gap in the way the two agencies count voters and report the results.', { speaker: 'The audit', cue: 'revealed', content: 'a gap in the way the two agencies count voters and report the results' }],
  ['The audit revealed a gap in the count and showed that the agencies disagree.', { speaker: 'The audit', cue: 'revealed', content: 'a gap in the count' }],
  // ", the latest …" places the object in a series of events, in the writer's words.
  ["The senator is backing the governor's bid, the latest twist in a long feud between the two, who once traded insults.", { speaker: 'The senator', cue: 'backing', content: "the governor's bid" }],
  // A participle read as an adjective ends the object when an infinitive follows it.
  ["The senator embraced the governor's approach, promising to cut fares for students.", { speaker: 'The senator', cue: 'embraced', content: "the governor's approach" }],
  ['Ms. Vance compared the budget fight to a long siege.', { speaker: 'Ms. Vance', cue: 'compared', content: 'the budget fight to a long siege' }],
  ['She offered parents a cheaper way to save: open an account early while rates are high, buy bonds and be patient.', { speaker: 'She', cue: 'offered', content: 'parents a cheaper way to save: open an account early while rates are high, buy bonds and be patient' }],
  ['Two judges have cited the election as a ground to hasten the release of files kept by the agency.', { speaker: 'Two judges', cue: 'cited', content: 'the election as a ground to hasten the release of files kept by the agency' }],
  ['Residents criticized the board for not telling them Tuesday that the loan was only partly repaid.', { speaker: 'Residents', cue: 'criticized', content: 'the board for not telling them Tuesday that the loan was only partly repaid' }],
  ['The mayor praised the new budget Friday at a briefing.', { speaker: 'The mayor', cue: 'praised', content: 'the new budget' }],
  ['Critics call them “rogue actors” and describe their deeds as crimes, not acts of war.', { speaker: 'Critics', cue: 'describe', content: 'their deeds as crimes, not acts of war' }],
  ['The board published its findings on Monday by announcing that the levy was lawful.', { speaker: 'The board', cue: 'published', content: 'its findings' }],
  ['The board published its findings by posting them online.', { speaker: 'The board', cue: 'published', content: 'its findings by posting them online' }],
  ['The mayor praised the new budget as the council voted on it.', { speaker: 'The mayor', cue: 'praised', content: 'the new budget' }],
  ['The judge spoke of the legacy of the mills, and how the town grew -- and was sometimes held back by -- the floods of the river.', { speaker: 'The judge', cue: 'spoke', content: 'the legacy of the mills, and how the town grew -- and was sometimes held back by -- the floods of the river' }],
  ['The judge praised the new plan — a plan that critics called reckless — at a dinner in May.', { speaker: 'The judge', cue: 'praised', content: 'the new plan' }],
  ['The coach likened the club to a family, which shares everything, in a radio interview.', { speaker: 'The coach', cue: 'likened', content: 'the club to a family' }],
  ['She praised the mayor’s plans to help small shops, which include a grant that would let them hire staff, which most owners wanted.', { speaker: 'She', cue: 'praised', content: 'the mayor’s plans to help small shops' }],
  // A title's clause after a colon preamble opens like a sentence: its first word may be a given name.
  // A title's verb in the present after a bare noun is no noun compound ("court rules"), in Title Case too.
  ['Appeals Court Rules Against County’s Zoning Plan.\n\nThe judges met on Monday.', { speaker: 'Appeals Court', cue: 'Rules', content: 'County’s Zoning Plan' }],
  ['Appeals court rules against county’s zoning plan.\n\nThe judges met on Monday.', { speaker: 'Appeals court', cue: 'rules', content: 'county’s zoning plan' }],
  ['Rivals no more: Ted Varga endorses Ana Ruiz, who thanks him.\n\nThe two met on Monday.', { speaker: 'Ted Varga', cue: 'endorses', content: 'Ana Ruiz' }],
  ['The senator accused Ana Ruiz, who chairs the board, of hiding the report.', { speaker: 'The senator', cue: 'accused', content: 'Ana Ruiz, who chairs the board, of hiding the report' }],
  ['The mayor praised Ms. Roe, the head of the parks board.', { speaker: 'The mayor', cue: 'praised', content: 'Ms. Roe, the head of the parks board' }],
  ['She suggested looking over the receipts and asking yourself whether the trip pays off.', { speaker: 'She', cue: 'suggested', content: 'looking over the receipts and asking yourself whether the trip pays off' }],
  ['She is suggesting cutting fees and asking the board to vote.', { speaker: 'She', cue: 'suggesting', content: 'cutting fees' }],
  ["Both rivals cited the statistic at last month's hearing.", { speaker: 'Both rivals', cue: 'cited', content: 'the statistic' }],
  ['In her 2003 memoir, Hidden Roads, the mayor noted the bridge’s age.', { speaker: 'the mayor', cue: 'noted', content: 'the bridge’s age' }],
  ['Ms. Ruiz described her rival as a liar during the second mayoral forum.', { speaker: 'Ms. Ruiz', cue: 'described', content: 'her rival as a liar' }],
  ['The agency reported the outage on Twitter.', { speaker: 'The agency', cue: 'reported', content: 'the outage' }],
  ['The tally indicates a narrowing gap as the challenger wins over older voters.', { speaker: 'The tally', cue: 'indicates', content: 'a narrowing gap' }],
  ['The report shows spending as a share of income.', { speaker: 'The report', cue: 'shows', content: 'spending as a share of income' }],
  ['Farmers have expressed grave concern about a new water levy.', { speaker: 'Farmers', cue: 'expressed', content: 'a new water levy' }],
  ['Some shop owners have voiced misgivings about the new parking rules.', { speaker: 'Some shop owners', cue: 'voiced', content: 'the new parking rules' }],
  ['Several neighbors expressed concern that the tower would block the light.', { speaker: 'Several neighbors', cue: 'expressed', content: 'that the tower would block the light' }],
  ['The two ports unveiled a proposal for a shared customs office.', { speaker: 'The two ports', cue: 'unveiled', content: 'a shared customs office' }],
  ['Several growers voiced qualms about the new dam.', { speaker: 'Several growers', cue: 'voiced', content: 'the new dam' }],
  ['The mayor has often made the case for a second bridge.', { speaker: 'The mayor', cue: 'made the case for', content: 'a second bridge' }],
  ['Two of the judges made no secret of their doubts.', { speaker: 'Two of the judges', cue: 'made no secret of', content: 'their doubts' }],
  ['The league is stuck because one or more of the owners have opposed the new deal.', { speaker: 'one or more of the owners', cue: 'opposed', content: 'the new deal' }],
  ['The coach went on about the referees.', { speaker: 'The coach', cue: 'went on about', content: 'the referees' }],
  ['The senator has long advocated for smaller classes.', { speaker: 'The senator', cue: 'advocated for', content: 'smaller classes' }],
  ['The council on Monday made a firm condemnation of the border raid.', { speaker: 'The council', cue: 'made', content: 'the border raid' }],
  ['The bishop made a plea for calm and patience.', { speaker: 'The bishop', cue: 'made', content: 'calm and patience' }],
  ['The mayor unveiled her proposal for a shared customs office.', { speaker: 'The mayor', cue: 'unveiled', content: 'her proposal for a shared customs office' }],
  ['The governor criticized the budget and called it “a disgrace.”', { speaker: 'The governor', cue: 'criticized', content: 'the budget' }],
  ['The senator likened the plan to a tax, which would hit the poor.', { speaker: 'The senator', cue: 'likened', content: 'the plan to a tax' }],
  ['Hale, who ran the campaign for a year, blasted Ruiz as a “disgrace” on Friday.', { speaker: 'Hale', cue: 'blasted', content: 'Ruiz as a “disgrace”' }],
  ['The mayor is promising new parks and “homes for everyone,” but he has also raised fees.', { speaker: 'The mayor', cue: 'promising', content: 'new parks and “homes for everyone,”' }],
  ['Critics praised the new law but also had doubts about its cost.', { speaker: 'Critics', cue: 'praised', content: 'the new law' }],
  ['Many voters described Ms. Hale as a reformer when she ran in 2008.', { speaker: 'Many voters', cue: 'described', content: 'Ms. Hale as a reformer' }],
  ['The board cited its vote to raise fares as an example of the hard choices facing the city.', { speaker: 'The board', cue: 'cited', content: 'its vote to raise fares as an example of the hard choices facing the city' }],
  ['The board cited the vote as the storm hit the coast.', { speaker: 'The board', cue: 'cited', content: 'the vote' }],
  ['The council condemned the missile test as the crisis deepened.', { speaker: 'The council', cue: 'condemned', content: 'the missile test' }],
  ['She praised the coach after the team won the cup.', { speaker: 'She', cue: 'praised', content: 'the coach' }],
  ['The senator supported the farmers during her years in office.', { speaker: 'The senator', cue: 'supported', content: 'the farmers' }],
  ['The mayor denounced the plan in an on-air rant.', { speaker: 'The mayor', cue: 'denounced', content: 'the plan' }],
  ['The judge rejected the appeal in a written ruling.', { speaker: 'The judge', cue: 'rejected', content: 'the appeal' }],
  ['The ministers condemned the test; others vowed a response.', { speaker: 'The ministers', cue: 'condemned', content: 'the test' }],
  ['The judge accused Mr. Lind, who ran the fund, of hiding losses.', { speaker: 'The judge', cue: 'accused', content: 'Mr. Lind, who ran the fund, of hiding losses' }],
  ['The police announced the arrest of a second suspect.', { speaker: 'The police', cue: 'announced', content: 'the arrest of a second suspect' }],
  ['The sheriff announced on Friday the release of a third hostage.', { speaker: 'The sheriff', cue: 'announced', content: 'the release of a third hostage' }],
  ['The mayor announced Monday the closure of two schools.', { speaker: 'The mayor', cue: 'announced', content: 'the closure of two schools' }],
  ['The firm announced Monday its plan to close the mill.', { speaker: 'The firm', cue: 'announced', content: 'its plan to close the mill' }],
  ['The mayor commented on the closure of two schools.', { speaker: 'The mayor', cue: 'commented', content: 'the closure of two schools' }],
  ['The governor criticized the mother-in-law clause last week.', { speaker: 'The governor', cue: 'criticized', content: 'the mother-in-law clause' }],
  ['The governor has pledged a review and tried to delay the vote.', { speaker: 'The governor', cue: 'pledged', content: 'a review' }],
  ['The coach largely agreed with his captain and seemed to doubt the referee.', { speaker: 'The coach', cue: 'agreed with', content: 'his captain' }],
  ['The senator praised the volunteers who planned and tried to rebuild the dam.', { speaker: 'The senator', cue: 'praised', content: 'the volunteers who planned and tried to rebuild the dam' }],
  ['The leaders embraced the idea of a joint force, warning that the cuts would hurt.', { speaker: 'The leaders', cue: 'embraced', content: 'the idea of a joint force' }],
  ['The union criticized the new rules, including a longer week.', { speaker: 'The union', cue: 'criticized', content: 'the new rules, including a longer week' }],
  ['The agency offers rebates to farmers, too.', { speaker: 'The agency', cue: 'offers', content: 'rebates to farmers' }],
  ['The critic openly admires the judge as a “steady hand,” likening her to a referee.', { speaker: 'The critic', cue: 'admires', content: 'the judge as a “steady hand,”' }],
  ['She went on a trip to talk with school boards about ways to cut costs, and - after the storm - to urge patience.', { speaker: 'She', cue: 'talk', content: 'ways to cut costs' }],
  ['The senator endorses the plan.', { speaker: 'The senator', cue: 'endorses', content: 'the plan', cueType: 'belief' }],
  ['The teachers’ union has endorsed Hale.', { speaker: 'The teachers’ union', cue: 'endorsed', content: 'Hale', cueType: 'belief' }],
  ['The manager expects them to finish by May.', { speaker: 'The manager', cue: 'expects', content: 'them to finish by May' }],
  ['The manager did not expect them to finish by May.', { speaker: 'The manager', cue: 'did not expect', content: 'them to finish by May' }],
  ['The panel considered the proposal a waste of money.', { speaker: 'The panel', cue: 'considered', content: 'the proposal a waste of money', cueType: 'belief' }],
  ['Most economists do not consider the levy a serious threat.', { speaker: 'Most economists', cue: 'do not consider', content: 'the levy a serious threat' }],
  ['The coach said as much after the game.', { speaker: 'The coach', cue: 'said', content: 'as much' }],
  ['Two council members said the same thing, to the mayor’s dismay.', { speaker: 'Two council members', cue: 'said', content: 'the same thing' }],
  ['The coach said as much on the radio on Thursday.', { speaker: 'The coach', cue: 'said', content: 'as much' }],
  ['Most critics have said the same thing, among them the mayor.', { speaker: 'Most critics', cue: 'said', content: 'the same thing' }],
  ['Critics called the parking charge and the toll a tax on commuters.', { speaker: 'Critics', cue: 'called', content: 'the parking charge and the toll a tax on commuters' }],
  ['The council proposed dropping the levy on small shops.', { speaker: 'The council', cue: 'proposed', content: 'dropping the levy on small shops' }],
  ['But the developer was proposing something quite different.', { speaker: 'the developer', cue: 'proposing', content: 'something quite different' }],
  ['Although the mayor has admitted using the loophole, he does not defend it.', { speaker: 'the mayor', cue: 'admitted', content: 'using the loophole' }],
  ['The club called the fines excessive.', { speaker: 'The club', cue: 'called', content: 'the fines excessive' }],
  ['The senator attacked the ruling in early-morning tweets.', { speaker: 'The senator', cue: 'attacked', content: 'the ruling' }],
  ['The minister denied the allegations in a statement.', { speaker: 'The minister', cue: 'denied', content: 'the allegations' }],
  ['The mayor attacked the budget in a long speech.', { speaker: 'The mayor', cue: 'attacked', content: 'the budget' }],
  ['The broadcaster published the video Friday afternoon.', { speaker: 'The broadcaster', cue: 'published', content: 'the video' }],
  ['Polls show a close race in the state, where 18 votes are at stake.', { speaker: 'Polls', cue: 'show', content: 'a close race in the state' }],
  ['Polling averages show Hale with a narrow lead, with one survey showing her ahead.', { speaker: 'Polling averages', cue: 'show', content: 'Hale with a narrow lead' }],
  ['Some 40 percent support the plan.', { speaker: 'Some 40 percent', cue: 'support', content: 'the plan', cueType: 'belief' }],
  ['The coach accused the referee of bias, though the footage shows no foul.', { speaker: 'The coach', cue: 'accused', content: 'the referee of bias' }],
  ['The senator echoed the governor’s warning about the dam.', { speaker: 'The senator', cue: 'echoed', content: 'the governor’s warning about the dam' }],
  ['The governor is stressing the need to repair the dam.', { speaker: 'The governor', cue: 'stressing', content: 'the need to repair the dam' }],
  ['One reviewer likened the tariffs to “taxing the harvest” - a line that stuck.', { speaker: 'One reviewer', cue: 'likened', content: 'the tariffs to “taxing the harvest”' }],
  ['Most voters expect the mayor to win Monday’s debate.', { speaker: 'Most voters', cue: 'expect', content: 'the mayor to win Monday’s debate' }],
  ['The bakery announced plans this month to hire more.', { speaker: 'The bakery', cue: 'announced', content: 'plans this month to hire more' }],
  ['Several farmers expressed doubts about the new subsidy.', { speaker: 'Several farmers', cue: 'expressed', content: 'the new subsidy', cueType: 'speech' }],
  ['The governor downplayed the danger to the coast.', { speaker: 'The governor', cue: 'downplayed', content: 'the danger to the coast' }],
  ['The challenger mocked the mayor’s budget.', { speaker: 'The challenger', cue: 'mocked', content: 'the mayor’s budget' }],
  ['The coach bemoaned the state of the pitch.', { speaker: 'The coach', cue: 'bemoaned', content: 'the state of the pitch' }],
  ['The senator has touted her record on jobs.', { speaker: 'The senator', cue: 'touted', content: 'her record on jobs' }],
  ['Many voters perceive the senator as aloof and distant.', { speaker: 'Many voters', cue: 'perceive', content: 'the senator as aloof and distant', cueType: 'belief' }],
  ['The advert portrays the mayor as weak and out of touch.', { speaker: 'The advert', cue: 'portrays', content: 'the mayor as weak and out of touch' }],
  ['The bill was drafted by Ana Roe, who endorsed the plan last year.', { speaker: 'who', cue: 'endorsed', content: 'the plan' }],
  ['The mayor, who endorsed the plan, said the vote was close.', { speaker: 'who', cue: 'endorsed', content: 'the plan' }],
  ['The mayor complained about the noise from the airport.', { speaker: 'The mayor', cue: 'complained', content: 'the noise from the airport' }],
  ['The minister warned against hasty cuts to the budget.', { speaker: 'The minister', cue: 'warned', content: 'hasty cuts to the budget' }],
  ['When the survey asked about the new tax, most people opposed it.', { speaker: 'the survey', cue: 'asked', content: 'the new tax' }],
  ['Norway and Chile support some fishing quotas.', { speaker: 'Norway and Chile', cue: 'support', content: 'some fishing quotas' }],
  ['Tenants, however, question the cost of the scheme.', { speaker: 'Tenants', cue: 'question', content: 'the cost of the scheme' }],
  ['She advocated stricter rules for banks.', { speaker: 'She', cue: 'advocated', content: 'stricter rules for banks', cueType: 'belief' }],
  ['The group advocates a ban on plastic bags.', { speaker: 'The group', cue: 'advocates', content: 'a ban on plastic bags' }],
  ['The coach took to Facebook late on Sunday to accuse the referee of bias.', { speaker: 'The coach', cue: 'accuse', content: 'the referee of bias' }],
  ['When rents are high, the tenants blame the landlords and describe their fees as theft, not business.', { speaker: 'the tenants', cue: 'describe', content: 'their fees as theft, not business' }],
  ['The bishop invoked the memory of the flood.', { speaker: 'The bishop', cue: 'invoked', content: 'the memory of the flood', cueType: 'speech' }],
  ['Her new book chronicles the decline of the mill towns.', { speaker: 'Her new book', cue: 'chronicles', content: 'the decline of the mill towns' }],
  ['The professor is propounding a theory of cheap energy.', { speaker: 'The professor', cue: 'propounding', content: 'a theory of cheap energy' }],
  // A plural verb before its topic, tagged as a noun.
  ['Economists caution against reading much into one month.', { speaker: 'Economists', cue: 'caution', content: 'reading much into one month' }],
  ['Residents complain about the noise from the port.', { speaker: 'Residents', cue: 'complain', content: 'the noise from the port' }],
  ['The mayor lauded the volunteers.', { speaker: 'The mayor', cue: 'lauded', content: 'the volunteers', cueType: 'belief' }],
  ['The union has lambasted the pay offer.', { speaker: 'The union', cue: 'lambasted', content: 'the pay offer', cueType: 'belief' }],
  ['The rivals derided the pact as weak.', { speaker: 'The rivals', cue: 'derided', content: 'the pact as weak' }],
  ['The senator extols the virtues of small farms.', { speaker: 'The senator', cue: 'extols', content: 'the virtues of small farms' }],
  ['The governor laid out her plans for a larger park.', { speaker: 'The governor', cue: 'laid out', content: 'her plans for a larger park', cueType: 'speech' }],
  ['The leaflet then references police records of the raid.', { speaker: 'The leaflet', cue: 'references', content: 'police records of the raid' }],
  // A third-person verb read as a plural noun, before a number that opens its object.
  ['The leaflet references 12 cases in which the firm broke the rules.', { speaker: 'The leaflet', cue: 'references', content: '12 cases in which the firm broke the rules' }],
  ['Hale demands accountability from the board, yet refuses to answer questions.', { speaker: 'Hale', cue: 'demands', content: 'accountability from the board' }],
  ['The mayor spelled out the terms of the deal.', { speaker: 'The mayor', cue: 'spelled out', content: 'the terms of the deal' }],
  ['The senator has railed against the new tax on fuel.', { speaker: 'The senator', cue: 'railed against', content: 'the new tax on fuel' }],
  ['The senator has railed bitterly against the new tax on fuel.', { speaker: 'The senator', cue: 'railed bitterly against', content: 'the new tax on fuel' }],
  ['Two players spoke out about the abuse.', { speaker: 'Two players', cue: 'spoke out about', content: 'the abuse' }],
  ['The mayor spoke out on Tuesday about the flooding.', { speaker: 'The mayor', cue: 'spoke', content: 'the flooding' }],
  ['The governor spoke emotionally of her years on the farm.', { speaker: 'The governor', cue: 'spoke', content: 'her years on the farm' }],
  ['The coach talked to reporters about the injury.', { speaker: 'The coach', cue: 'talked', content: 'the injury' }],
  ['The author spoke of so many different places.', { speaker: 'The author', cue: 'spoke', content: 'so many different places' }],
  ['The pilot spoke on camera about the landing.', { speaker: 'The pilot', cue: 'spoke', content: 'the landing' }],
  ['The senator spoke on the chamber floor about the farm bill.', { speaker: 'The senator', cue: 'spoke', content: 'the farm bill' }],
  ['The dean spoke on the issue of tuition.', { speaker: 'The dean', cue: 'spoke', content: 'the issue of tuition' }],
  ['The mayor talked about the risks — and why she thinks the plan will fail.', { speaker: 'The mayor', cue: 'talked', content: 'the risks — and why she thinks the plan will fail' }],
  ['The minister played down the risk of a flood.', { speaker: 'The minister', cue: 'played down', content: 'the risk of a flood' }],
  ['The two mayors met on Monday, each praising her own port plan.', { speaker: 'each', cue: 'praising', content: 'her own port plan' }],
  ['The union pushed back on the proposal.', { speaker: 'The union', cue: 'pushed back on', content: 'the proposal' }],
  ['The senator loves the school that her son attends.', { speaker: 'The senator', cue: 'loves', content: 'the school that her son attends', cueType: 'belief' }],
  ['Many fishermen despise the new quota.', { speaker: 'Many fishermen', cue: 'despise', content: 'the new quota' }],
  ['Historians have long debated the causes of the famine.', { speaker: 'Historians', cue: 'debated', content: 'the causes of the famine' }],
  ['The regulator weighed in with a stern warning.', { speaker: 'The regulator', cue: 'weighed in with', content: 'a stern warning' }],
  ['The agency has also detailed the price of the repairs.', { speaker: 'The agency', cue: 'detailed', content: 'the price of the repairs' }],
  ['Two judges weighed in Monday about whether the tapes should be shown.', { speaker: 'Two judges', cue: 'weighed in', content: 'whether the tapes should be shown' }],
  ['The farmers bristled at the new quotas.', { speaker: 'The farmers', cue: 'bristled at', content: 'the new quotas', cueType: 'belief' }],
  ['One survey found most voters were undecided.', { speaker: 'One survey', cue: 'found', content: 'most voters were undecided', cueType: 'evidence' }],
  ['The senator has always been critical of the new budget.', { speaker: 'The senator', cue: 'been critical of', content: 'the new budget', cueType: 'belief' }],
  ['The ministry has been vague about the cost of the bridge.', { speaker: 'The ministry', cue: 'been vague about', content: 'the cost of the bridge', cueType: 'belief' }],
  ['Local farmers are opposed to the new dam.', { speaker: 'Local farmers', cue: 'are opposed to', content: 'the new dam', cueType: 'belief' }],
  ['The voters grew wary of the new tax.', { speaker: 'The voters', cue: 'grew wary of', content: 'the new tax' }],
  ['The managers were coy about whether she would stay.', { speaker: 'The managers', cue: 'were coy about', content: 'whether she would stay', cueType: 'belief' }],
  ['The referee chastised both captains for the delay.', { speaker: 'The referee', cue: 'chastised', content: 'both captains for the delay', cueType: 'speech' }],
  ['The senator also linked the outage to the storm.', { speaker: 'The senator', cue: 'linked', content: 'the outage to the storm', cueType: 'speech' }],
  ['The mayor attributed the rise in rents to the new tax.', { speaker: 'The mayor', cue: 'attributed', content: 'the rise in rents to the new tax' }],
  ['The professor debunked the myth of the lost city.', { speaker: 'The professor', cue: 'debunked', content: 'the myth of the lost city' }],
  ['The minister hinted at a cut in fuel duty.', { speaker: 'The minister', cue: 'hinted at', content: 'a cut in fuel duty', cueType: 'speech' }],
  ['The mayor touched on the budget in her speech.', { speaker: 'The mayor', cue: 'touched on', content: 'the budget' }],
  ['The coach apologized for the remarks about the referee.', { speaker: 'The coach', cue: 'apologized for', content: 'the remarks about the referee' }],
  ['Local farmers scoffed at the new rules on water.', { speaker: 'Local farmers', cue: 'scoffed at', content: 'the new rules on water' }],
  ['The governor has championed cheaper bus fares.', { speaker: 'The governor', cue: 'championed', content: 'cheaper bus fares', cueType: 'belief' }],
  ['The senator championed the bill and extended its reach to farms.', { speaker: 'The senator', cue: 'championed', content: 'the bill' }],
  // So does a second verb in the past closed by its particle, after a noun phrase object.
  ['The inspector questioned the figures and walked out.', { speaker: 'The inspector', cue: 'questioned', content: 'the figures' }],
  ['The party embraced the plan for a new harbor.', { speaker: 'The party', cue: 'embraced', content: 'the plan for a new harbor', cueType: 'belief' }],
  ['The bishop deplored the violence in the capital.', { speaker: 'The bishop', cue: 'deplored', content: 'the violence in the capital' }],
  ['The coach regrets the decision to sell the striker.', { speaker: 'The coach', cue: 'regrets', content: 'the decision to sell the striker', cueType: 'belief' }],
  ['The mayor admires the new library.', { speaker: 'The mayor', cue: 'admires', content: 'the new library' }],
  ['Many growers balked at the cost of the new permits.', { speaker: 'Many growers', cue: 'balked at', content: 'the cost of the new permits', cueType: 'belief' }],
  ['The union objected to the longer shifts.', { speaker: 'The union', cue: 'objected to', content: 'the longer shifts' }],
  ['Two judges sided with the tenants.', { speaker: 'Two judges', cue: 'sided with', content: 'the tenants', cueType: 'belief' }],
  ['The voters have warmed to the new mayor.', { speaker: 'The voters', cue: 'warmed to', content: 'the new mayor' }],
  ['The tests disproved the theory of a gas leak.', { speaker: 'The tests', cue: 'disproved', content: 'the theory of a gas leak', cueType: 'evidence' }],
  ['The senator characterized the plan as a giveaway to banks.', { speaker: 'The senator', cue: 'characterized', content: 'the plan as a giveaway to banks', cueType: 'speech' }],
  ['The mayor framed the vote as a test of trust.', { speaker: 'The mayor', cue: 'framed', content: 'the vote as a test of trust' }],
  ['The report defines poverty as an income below half the median.', { speaker: 'The report', cue: 'defines', content: 'poverty as an income below half the median' }],
  ['The panel deemed the bridge unsafe.', { speaker: 'The panel', cue: 'deemed', content: 'the bridge unsafe', cueType: 'belief' }],
  ['The critics judged the plan a failure.', { speaker: 'The critics', cue: 'judged', content: 'the plan a failure' }],
  ['The club is eyeing a new stadium on the river.', { speaker: 'The club', cue: 'eyeing', content: 'a new stadium on the river', cueType: 'intention' }],
  ['The mayor largely agreed with her rival about the budget.', { speaker: 'The mayor', cue: 'agreed with', content: 'her rival about the budget' }],
  ['The mayor disagrees with her old mentor.', { speaker: 'The mayor', cue: 'disagrees with', content: 'her old mentor' }],
  ['The town was quiet, though a tribunal in 1998 found the port was in breach of its lease.', { speaker: 'a tribunal', cue: 'found', content: 'the port was in breach of its lease' }],
  ['Footage of the match shows him with the ball in his hand.', { speaker: 'Footage of the match', cue: 'shows', content: 'him with the ball in his hand', cueType: 'evidence' }],
  ['A 2019 audit by a county clerk found 40 ballots with no signature.', { speaker: 'A 2019 audit by a county clerk', cue: 'found', content: '40 ballots with no signature' }],
  ['The mayor criticized the levy and the council defended it.', { speaker: 'The mayor', cue: 'criticized', content: 'the levy' }],
  ['The coach blamed the referee and two players backed him.', { speaker: 'The coach', cue: 'blamed', content: 'the referee' }],
  ['The mayor criticized the plan and the money raised by donors.', { speaker: 'The mayor', cue: 'criticized', content: 'the plan and the money raised by donors' }],
  ['Most parents prefer a shorter school day.', { speaker: 'Most parents', cue: 'prefer', content: 'a shorter school day', cueType: 'belief' }],
  ['In the survey, 30 percent would pick the mayor, while 8 percent prefer the sheriff and 2 percent support a newcomer.', { speaker: '8 percent', cue: 'prefer', content: 'the sheriff' }],
  ['The senator complimented the host of Monday night’s show.', { speaker: 'The senator', cue: 'complimented', content: 'the host of Monday night’s show', cueType: 'belief' }],
  ['The mayor praised the speech at Monday night’s rally.', { speaker: 'The mayor', cue: 'praised', content: 'the speech' }],
  ['To win the race, the mayor courted farmers and criticized the new tax.', { speaker: 'the mayor', cue: 'criticized', content: 'the new tax' }],
  ['Reporters pressed him on the cost of the bridge.', { speaker: 'Reporters', cue: 'pressed', content: 'the cost of the bridge', cueType: 'speech' }],
  ['The senator pressed the minister about the delays at the port.', { speaker: 'The senator', cue: 'pressed', content: 'the delays at the port' }],
  ['The mayor praised the crews in the weeks after the storm.', { speaker: 'The mayor', cue: 'praised', content: 'the crews' }],
  ['The mayor drew a sharp contrast with her rival.', { speaker: 'The mayor', cue: 'drew', content: 'a sharp contrast with her rival', cueType: 'speech' }],
  ['The report drew clear links between diet and sleep.', { speaker: 'The report', cue: 'drew', content: 'clear links between diet and sleep' }],
  ['The governor delivered a stern message in the weeks since the flood.', { speaker: 'The governor', cue: 'delivered', content: 'a stern message' }],
  ['The bishop sounded a call for calm in the city.', { speaker: 'The bishop', cue: 'sounded', content: 'a call for calm in the city' }],
  ['The minister has largely ignored the warnings from harbor engineers.', { speaker: 'The minister', cue: 'ignored', content: 'the warnings from harbor engineers', cueType: 'belief' }],
  ['Voters have long ignored the cost of the new bridge.', { speaker: 'Voters', cue: 'ignored', content: 'the cost of the new bridge' }],
  // An appositive after a name renames it and stays with the words.
  ['He announced plans to give money to Riverside Action, a group that he founded with teachers.', { speaker: 'He', cue: 'announced', content: 'plans to give money to Riverside Action, a group that he founded with teachers' }],
  ['The senator is a firm opponent of the new toll.', { speaker: 'The senator', cue: 'is a firm opponent of', content: 'the new toll', cueType: 'belief' }],
  ['Ana Roe, a member of the harbor board, has been a steady and vocal supporter of the new port.', { speaker: 'Ana Roe', cue: 'been a steady and vocal supporter of', content: 'the new port' }],
  ['The two unions are longtime backers of the mayor.', { speaker: 'The two unions', cue: 'are longtime backers of', content: 'the mayor' }],
  ['The governor issued a statement on the flood.', { speaker: 'The governor', cue: 'issued', content: 'a statement on the flood', cueType: 'writing' }],
  ['The mayor released her plan for the harbor in March.', { speaker: 'The mayor', cue: 'released', content: 'her plan for the harbor' }],
  ['The governor declared a state of emergency in three coastal counties.', { speaker: 'The governor', cue: 'declared', content: 'a state of emergency in three coastal counties' }],
  ['The king proclaimed a day of national mourning.', { speaker: 'The king', cue: 'proclaimed', content: 'a day of national mourning' }],
  ['He is proposing strict caps on fishing permits that would hurt trawlers.', { speaker: 'He', cue: 'proposing', content: 'strict caps on fishing permits that would hurt trawlers' }],
  ['Fighting went on as Spain and Italy backed the rebels.', { speaker: 'Spain and Italy', cue: 'backed', content: 'the rebels' }],
  ['The fighting drags on as Spain, Italy and Greece support the rebels.', { speaker: 'Spain, Italy and Greece', cue: 'support', content: 'the rebels' }],
  ['The union endorsed Mayor Ana Ruiz.', { speaker: 'The union', cue: 'endorsed', content: 'Mayor Ana Ruiz' }],
  ['The paper echoed Mayor Ana Ruiz’s plea for calm.', { speaker: 'The paper', cue: 'echoed', content: 'Mayor Ana Ruiz’s plea for calm' }],
  ['The governor retweeted a chart of the new bus routes.', { speaker: 'The governor', cue: 'retweeted', content: 'a chart of the new bus routes', cueType: 'writing' }],
  // A noun of number before "of" hands the object's head on: "a flurry of posts" is posts.
  ['The senator unleashed a flurry of posts mocking the new budget.', { speaker: 'The senator', cue: 'unleashed', content: 'a flurry of posts mocking the new budget' }],
  ['The governor unleashed a blistering attack on the utility board.', { speaker: 'The governor', cue: 'unleashed', content: 'a blistering attack on the utility board' }],
  // "point to": what is cited, as far as what it is cited as; wink may read "point" after a plural subject as a noun.
  ['The fund pointed to the vote as an example of rising anger against trade.', { speaker: 'The fund', cue: 'pointed to', content: 'the vote as an example of rising anger against trade' }],
  ['Some economists point to the strong dollar.', { speaker: 'Some economists', cue: 'point to', content: 'the strong dollar' }],
  // A conjunction and a phrase set off after it, before the next verb, go with that verb.
  ['The union backed the plan but, in a statement, said the deal was late.', { speaker: 'The union', cue: 'backed', content: 'the plan' }],
  // A naming verb says what a pronoun object is.
  ['The old partner of the firm called him a master at closing hard deals.', { speaker: 'The old partner of the firm', cue: 'called', content: 'him a master at closing hard deals' }],
  ['The governor called it a passing illness.', { speaker: 'The governor', cue: 'called', content: 'it a passing illness' }],
  // A cue verb the tagger reads as part of a compound noun: a plural object closed by a preposition, an adjective and its noun after a plural subject.
  ['The town’s budget office projects savings of $90,000 a year, a small part of its spending.', { speaker: 'The town’s budget office', cue: 'projects', content: 'savings of $90,000 a year' }],
  ['The port has hired more crews, and county data show steady growth of about 300 jobs.', { speaker: 'county data', cue: 'show', content: 'steady growth of about 300 jobs' }],
  ['The ministry projected a 4 percent rise in rents.', { speaker: 'The ministry', cue: 'projected', content: 'a 4 percent rise in rents' }],
  // Verbs of restating, withdrawing and finding fault take what they report as their object.
  ['The union reaffirmed its support for the strike.', { speaker: 'The union', cue: 'reaffirmed', content: 'its support for the strike', cueType: 'speech' }],
  ['The witness recanted his testimony.', { speaker: 'The witness', cue: 'recanted', content: 'his testimony' }],
  ['Ms. Ruiz faulted the council for the delays.', { speaker: 'Ms. Ruiz', cue: 'faulted', content: 'the council for the delays', cueType: 'belief' }],
  ['The mayor disavowed the ad.', { speaker: 'The mayor', cue: 'disavowed', content: 'the ad', cueType: 'belief' }],
  ['Critics have long vilified the agency.', { speaker: 'Critics', cue: 'vilified', content: 'the agency' }],
  // A past form read as an adjective after its subject (and an adverb) and before an article, a name or a quotation.
  ['The report also referenced the collapse of the pension fund.', { speaker: 'The report', cue: 'referenced', content: 'the collapse of the pension fund' }],
  ['Although the board did not name the mayor, it referenced "budget gaps" in two districts.', { speaker: 'it', cue: 'referenced', content: '"budget gaps" in two districts' }],
  // A verb or phrase that hands its subject on before "to": the object verb after it reports as done.
  ['Ms. Ruiz appeared to blame the clerks for the losses.', { speaker: 'Ms. Ruiz', cue: 'blame', content: 'the clerks for the losses' }],
  ['The senator was quick to praise the new harbor chief.', { speaker: 'The senator', cue: 'praise', content: 'the new harbor chief' }],
  // A phrase of holding back from a stance hands its subject on and belongs to the cue.
  ['The senator avoids condemning the sale of the pier.', { speaker: 'The senator', cue: 'avoids condemning', content: 'the sale of the pier' }],
  ['The union is steering clear of attacking the mayor for the delay.', { speaker: 'The union', cue: 'steering clear of attacking', content: 'the mayor for the delay' }],
  ['The coach stopped short of calling the referee biased.', { speaker: 'The coach', cue: 'stopped short of calling', content: 'the referee biased' }],
  ['Ms. Vance seconded the motion to close the pier.', { speaker: 'Ms. Vance', cue: 'seconded', content: 'the motion to close the pier', cueType: 'belief' }],
  // A reflexive object with "as" and what the speaker makes himself out to be.
  ['Ms. Hale has portrayed herself as a reformer who will clean up the port.', { speaker: 'Ms. Hale', cue: 'portrayed', content: 'herself as a reformer who will clean up the port' }],
  ['The councillor described herself as pro-business.', { speaker: 'The councillor', cue: 'described', content: 'herself as pro-business' }],
  // A pronoun object with "for" and what it is held to account for.
  ['Ms. Vance praised them for their courage.', { speaker: 'Ms. Vance', cue: 'praised', content: 'them for their courage' }],
  ['Critics slammed him for not paying the fine.', { speaker: 'Critics', cue: 'slammed', content: 'him for not paying the fine' }],
  // "when" after a noun opens a time clause, whose subject is the speaker.
  ['The senator smiled on Tuesday when Ms. Vance blasted him for skipping the hearing.', { speaker: 'Ms. Vance', cue: 'blasted', content: 'him for skipping the hearing' }],
  ['The fund lost value last year when the bank announced the sale of its branches.', { speaker: 'the bank', cue: 'announced', content: 'the sale of its branches' }],
  // A verb of decision whose object is the law, rule or ruling decided.
  ['The city council approved a bill on Monday that limits short-term rentals.', { speaker: 'The city council', cue: 'approved', content: 'a bill', cueType: 'intention' }],
  ['Governor Ames vetoed the school budget in June.', { speaker: 'Ames', cue: 'vetoed', content: 'the school budget', cueType: 'intention' }],
  ['A state court overturned the zoning law last year.', { speaker: 'A state court', cue: 'overturned', content: 'the zoning law' }],
  ['Senator Ruiz sponsored the 2019 reauthorization of the Rural Water Act.', { speaker: 'Ruiz', cue: 'sponsored', content: 'the 2019 reauthorization of the Rural Water Act' }],
  ['The assembly has repealed the tax on diesel.', { speaker: 'The assembly', cue: 'repealed', content: 'the tax on diesel' }],
  // An official act, told by what it acts on: sanctions imposed or lifted, a law signed, a vote blocked.
  ['The trade council has imposed new sanctions on the two shipping firms.', { speaker: 'The trade council', cue: 'imposed', content: 'new sanctions on the two shipping firms', cueType: 'intention' }],
  ['After the riots, the council imposed a curfew that bars travel after dark.', { speaker: 'the council', cue: 'imposed', content: 'a curfew that bars travel after dark' }],
  ['Mayor Ostrova lifted the curfew on Sunday.', { speaker: 'Ostrova', cue: 'lifted', content: 'the curfew' }],
  ['Governor Pell, who signed the bill creating the park, spoke first.', { speaker: 'who', cue: 'signed', content: 'the bill creating the park' }],
  ['The upper house long blocked any vote on the fishing treaty.', { speaker: 'The upper house', cue: 'blocked', content: 'any vote on the fishing treaty' }],
  // A term's meaning, and what a speaker refers to.
  ['The jobless rate is a narrow measure: it refers to the share of workers who are looking for jobs.', { speaker: 'it', cue: 'refers to', content: 'the share of workers who are looking for jobs' }],
  ['The mayor referred to the flood in her speech on Monday.', { speaker: 'The mayor', cue: 'referred to', content: 'the flood' }],
  // After a verb's own "to", a form in "-s" is a plural noun, not an infinitive.
  ['Senator Ruiz pointed to reports of fraud in the count.', { speaker: 'Ruiz', cue: 'pointed to', content: 'reports of fraud in the count' }],
  // Words shouted or chanted are the object of the verb.
  ['Protesters chanted slogans outside the embassy.', { speaker: 'Protesters', cue: 'chanted', content: 'slogans outside the embassy' }],
  // An adjective or a phrasal verb of stance and the topic after its preposition.
  ['The coach became interested in sports science in Norway and began hiring analysts.', { speaker: 'The coach', cue: 'became interested in', content: 'sports science in Norway', cueType: 'belief' }],
  ['Several growers have been unsettled by the drop in milk prices.', { speaker: 'Several growers', cue: 'been unsettled by', content: 'the drop in milk prices' }],
  ['The charity, which is dedicated to housing former soldiers, opened a new office.', { speaker: 'which', cue: 'is dedicated to', content: 'housing former soldiers' }],
  ['Mr. Diaz took issue with the new map of the district.', { speaker: 'Mr. Diaz', cue: 'took issue with', content: 'the new map of the district' }],
  ['The farmers are unhappy with the price of feed, but the minister is pleased with the new tariffs.', { speaker: 'the minister', cue: 'is pleased with', content: 'the new tariffs' }],
  // Verbs of questioning, thanking, flouting, promoting and resisting report a stance on their object.
  ['Senator Okoro grilled the bank chief for his role in the loan scheme.', { speaker: 'Okoro', cue: 'grilled', content: 'the bank chief for his role in the loan scheme' }],
  ['The mayor thanked Senator Lund for backing her budget.', { speaker: 'The mayor', cue: 'thanked', content: 'Senator Lund for backing her budget' }],
  ['Several member states flout the fishing accord.', { speaker: 'Several member states', cue: 'flout', content: 'the fishing accord' }],
  ['The chef has promoted a string of untested diets.', { speaker: 'The chef', cue: 'promoted', content: 'a string of untested diets' }],
  ['The province had long resisted such limits on logging.', { speaker: 'The province', cue: 'resisted', content: 'such limits on logging' }],
  // A day or a medium between the object and what it is held to account for stands inside the object.
  ['Senator Okoro grilled the bank chief on Monday for his role in the loan scheme.', { speaker: 'Okoro', cue: 'grilled', content: 'the bank chief on Monday for his role in the loan scheme' }],
  ['The mayor thanked the union chief on Facebook for backing her budget.', { speaker: 'The mayor', cue: 'thanked', content: 'the union chief on Facebook for backing her budget' }],
  ['Ms. Vance faulted the board on Friday for not publishing the audit.', { speaker: 'Ms. Vance', cue: 'faulted', content: 'the board on Friday for not publishing the audit' }],
  // Backing off or away from a plan, a demand or a claim (or some of them) gives up a stance on it.
  ['The governor backed off some of her new demands.', { speaker: 'The governor', cue: 'backed off', content: 'some of her new demands' }],
  ['The union backed away from its plan to strike in May.', { speaker: 'The union', cue: 'backed away from', content: 'its plan to strike in May' }],
  // A clause of time with a pronoun subject holds a claim of its own.
  ['The governor described the senator as a “fraud” after she attacked the police chief.', { speaker: 'she', cue: 'attacked', content: 'the police chief' }],
  // A subject pronoun after a conjunction is the subject of its own clause, not an object inside a longer subject.
  ['Readers wrote in after it endorsed the senator.', { speaker: 'it', cue: 'endorsed', content: 'the senator' }],
  // An adverb in -ly grading a participle before the object's noun opens the object.
  ['Several ministers have proposed jointly funded patrol boats.', { speaker: 'Several ministers', cue: 'proposed', content: 'jointly funded patrol boats' }],
  // A stance held on a condition ("would") is reported; a verb of stance after a modal is a verb whatever its tag.
  ['In the latest survey, 38 percent would back Ms. Lindqvist.', { speaker: '38 percent', cue: 'back', content: 'Ms. Lindqvist', cueType: 'belief' }],
  ['The dock workers would oppose any cut to their pensions.', { speaker: 'The dock workers', cue: 'oppose', content: 'any cut to their pensions' }],
  // A stance held as a possibility is a stance all the same.
  ['Some drivers may oppose the new tolls.', { speaker: 'Some drivers', cue: 'oppose', content: 'the new tolls' }],
  // An object that names a lack still reports when something follows it: "backed nothing that would …".
  ['The treasurer backed nothing that would raise ferry fares.', { speaker: 'The treasurer', cue: 'backed', content: 'nothing that would raise ferry fares' }],
], [
  'He shouted at the driver.',
  // A building named for someone; the "by" of a doer after a bare participle.
  'The new library is dedicated to her late father.',
  'The storm-damaged pier, unsettled by the waves, was closed.',
  'The old truck backed slowly into the yard.',
  // "will" puts an act of saying in the future, and a verb after a modal with no object reports nothing.
  'The minister will announce the new fares on Monday.',
  'The ferry would come back the next morning.',
  // "accused of", "charged with" after a noun: a passive describing the noun, so no one accuses.
  'Ms. Varga defended clients accused of theft during her years at the county court.',
  'The warden released two inmates charged with burglary.',
  // "when" after a verb may ask a question: its subject is no speaker of this rule.
  'The mayor asked when Ms. Vance announced the closure of the plant.',
  'The mayor finished second in the race.',
  // "as" after a reflexive that tells a degree, not a description.
  'The senator defended himself as best he could.',
  'She carried herself as well as anyone.',
  // "for" and a time after a pronoun says how long, not what for.
  'Voters backed him for months.',
  // Resisting arrest or an urge, thanking someone for a while: no stance on anything reported.
  'The driver resisted arrest after the crash.',
  'She resisted the urge to reply.',
  'He thanked the crowd on Sunday for an hour.',
  'The cook grilled the fish on Sunday for dinner.',
  'The cook grilled the salmon for his guests.',
  // Backing off or away from a place or a vehicle; welcoming some of the guests.
  'The driver backed off the ramp.',
  'The truck backed away from the curb.',
  // An adverb inside the phrase keeps such readings; a particle not of the phrase makes none.
  'The truck backed slowly away from the curb.',
  'The ferry is leaning heavily to one side.',
  'The council welcomed some of the guests.',
  'She respected him for a long time.',
  // A verb of decision reports only a law, a rule or a ruling, taken by a tensed verb.
  'The club adopted a puppy named Rex.',
  'The board approved the new park design.',
  'Voters think Congress should enact a drone law.',
  'She filed a lawsuit repealing the rule.',
  // What is planned is not yet done; people who go on showing signs report nothing.
  'The mayor plans to blame the clerks.',
  'The old bridge continues to show signs of wear.',
  // A possessive before the adjective is no subject; a form of "to be" before it makes it a predicate.
  'Its alleged “victims” never came forward.',
  'The plan was more detailed this time.',
  'The case for a second bridge was made by the mayor.',
  // A negated object verb other than one of belief reports nothing; a negative subject holds no view.
  'The mayor did not endorse the plan.',
  'Nobody expected a long debate.',
  'The judges considered the appeal.',
  'Families should consider a year of work between school and college.',
  'The talks went on about as long as planned.',
  'The hearing went on about 20 minutes.',
  'She made the team at last.',
  'The coach made a pitch of fresh grass for the final.',
  'The mayor went on.',
  'Nobody made the case that day for a second bridge.',
  'The army unleashed a barrage of rockets on the town.',
  // A plural noun opening the sentence before a number is no verb.
  'Jobless claims 2,000 higher than expected worried traders.',
  // An act on something else, one yet to come, or one whose doer is not named.
  'The coach imposed himself on the game early.',
  'She lifted the box onto the shelf.',
  'Police blocked the road to the port.',
  'The singer signed autographs for an hour.',
  'The city would impose a curfew if riots broke out.',
  'A tariff imposed on steel would hurt builders.',
  'The storm unleashed a torrent of rain over the valley.',
  // A participle of saying after the object and its time reports, not the verb before it.
  'The ministry issued a statement late Friday saying the port would reopen.',
  'Neither candidate mentioned the transit levy.',
  // "echoed" and "quoted" with a name alone: whose words they were, not the words.
  'The paper echoed Mayor Ana Ruiz.',
  'The article quoted Tomas Berg.',
  'The singer drew a crowd of fans.',
  // A name before a noun of saying modifies it.
  'The Hale talk about taxes ran long.',
  // A participle between a determiner and its noun describes the noun.
  'The two towns quarrelled over a proposed toll bridge.',
  'Traders shrugged off the reported merger talks.',
  'She drew a line on the map.',
  'The courier delivered the mail on time.',
  'The firm delivered record profits in the years since the merger.',
  'The guard sounded the horn at noon.',
  'The mayor pressed on with the plan.',
  'The crowd pressed against the fence.',
  'She pressed on Monday with the reform.',
  'The union pressed the button for the lift.',
  'The city issued new parking permits.',
  'The band released a new album.',
  'Police released the suspect on bail.',
  'The lawyer who is a fierce critic of the mayor will not run.',
  'The senator, a longtime critic of the plan, voted no.',
  'She is a member of the harbor board.',
  'She is one of the backers of the team.',
  'The warnings were ignored by the harbor board for years.',
  // A statement or a report that ignores something holds no view of it.
  'The report ignores the views of local farmers.',
  'The senator’s claim contains some truth but ignores the cost of the new bridge.',
  'Ignoring the rain, the runners set off at dawn.',
  'She said the fee would stay, and if pressed about why it cost so much, she would leave the room.',
  'To be sure, the plan has flaws, and understates the cost of the bridge.',
  'The scarf compliments her coat.',
  'The governor will declare a state of emergency.',
  'The travelers had nothing to declare at the border.',
  'Under the new scheme, workers reporting tips of more than $500 would pay a higher rate.',
  'The coach showed him the door.',
  'The hikers found a trail by the river.',
  'The guide showed them around the old mill.',
  'She left the umbrella at the lost and found desk in 2019.',
  'The findings of the 2014 study surprised the council.',
  'The mayor agreed with her aides that the plan was late.',
  'The engineers found a way around the Zoning Code, which allows it.',
  'The worry stayed and found new points of focus like rent.',
  'Advocates for the homeless gathered outside.',
  'Several advocates met the mayor on Friday.',
  'The demands of the union were met on Friday.',
  'Her documents were found in a drawer.',
  'Their support for the plan, however, faded.',
  'The candidate plans to accuse his rival of lying.',
  'The governor called the meeting to order.',
  'Neighbours called the police.',
  'She called the plumber and the electrician.',
  'The mayor kept using the loophole.',
  'She denied everything.',
  'The bank will announce its decision on Thursday.',
  'The mayor commented on Friday.',
  'The firm announced Monday.',
  'The minister will speak Friday at the congress.',
  'A Republican who wrote the bill defended it.',
  'The poll show the station ran was cancelled.',
  'The firm will express the parcels on Monday.',
  'She saw the film last night.',
  'He painted the old fence as a teenager.',
  'The mayor is critical to the plan.',
  'Concerned residents met the mayor on Monday.',
  'The bridge is critical for the town.',
  'The senator was opposed by two rivals.',
  'The voters seem wary of the new tax.',
  'They painted the fence.',
  'The minister spoke against a backdrop of flags.',
  'The two rivals spoke for about ten minutes.',
  'The boxer weighed in at ninety kilos.',
  'The farmers we talked to this week about the plan agreed.',
  'The minister spoke ahead of the vote on the budget.',
  'A park ranger spoke on condition that she not be named, as the inquiry is open.',
  'The nurse spoke on behalf of her colleagues at the rally.',
  'The coach spoke on the phone with the club owner.',
  'The witness spoke on the record for the first time.',
  'The coach warned the players.',
  'The early results are promising.',
  'The lawyer will invoke the clause next week.',
  'The workers laid out the tools on the floor.',
  'The cashier summed up the bill.',
  'The runner has tired legs after the race.',
  'She said the same day that the plan would fail.',
  'The new road links the two towns.',
  'The engineers linked the two computers.',
  'The mayor welcomed some three hundred visitors to the gala.',
  'The driver backed the truck into the lot.',
  'She embraced her son at the airport.',
  'The guard stood by the door.',
  'The driver maintained the car for years.',
  'The report showed up in the mail.',
  'Workers unearthed a Roman coin near the bridge.',
  'She framed the photo of her son.',
  'Engineers define the term in the manual.',
  'He judged the contest.',
  'The storm cast a shadow over the harvest.',
  'The old oak casts a long shadow on the outlook.',
  'The officers report to the chief.',
  'The coach called him back after practice.',
  'She called them yesterday from the airport.',
  'The mayor called the minister a day later.',
  'The mayor called her this morning.',
  'They requested anonymity because they were not allowed to speak.',
  // A thing granted or withheld, denied, and a place or force struck by arms, attacked, report no stance.
  'The border guards denied entry to the two reporters.',
  'The court denied bail to the driver.',
  'Gunmen attacked the convoy near the border, killing four drivers.',
  // "defend" with people in court, a place held or a title kept reports no words in its favour.
  'Colonel Lind defended the border for a decade.',
  'The champion defended her title in Oslo.',
  'Rebels attacked an army base outside the capital.',
  // Pointing at a door or a window with a hand is a gesture, not evidence cited.
  'The coach pointed to the door and walked out.',
  'She pointed to the window behind the judge.',
  // A projection reports its object only when it states a figure.
  'The chain is projecting strong sales this winter.',
  // "retract" is left out: what is drawn back may be a claim or a cat's claws.
  'The cat retracted its claws.',
  // A quality shown by acting is no finding.
  'The mayor showed restraint during the strike.',
  'The pilot has demonstrated great skill over many years.',
  'The office projects were finished in May.',
  // An object opened by "no" or "little" names nothing given.
  'The coach left early and offered no evidence.',
  'The council has promised little in the way of new housing.',
  // What may be said or done ("could", "might", "may") is not yet reported.
  'The new fund could offer a lifeline to small farms.',
  'The minister might unveil the new budget next week.',
]);

table('possessive-noun-cue', [
  ['Nobody checked the mayor’s claim that crime had halved.', { speaker: 'the mayor', cue: 'claim', content: 'that crime had halved' }],
  ['Nobody shared her hope that the talks would succeed.', { speaker: 'her', cue: 'hope', content: 'that the talks would succeed', cueType: 'belief' }],
  ['His claim that the bank had been involved in what auditors called “sloppy bookkeeping” angered them.', { speaker: 'His', cue: 'claim', content: 'that the bank had been involved in what auditors called “sloppy bookkeeping”' }],
  ['A retired pilot’s claim that the runway was too short was checked.', { speaker: 'A retired pilot', cue: 'claim', content: 'that the runway was too short' }],
], [
  'The claim that crime had halved was false.',
  // An owner that names anyone at all holds no view.
  'Nobody can test a voter’s claim that the count was wrong.',
]);

table('speaker-colon-content', [
  ['HOST: Welcome back to the programme.', { speaker: 'HOST', cue: ':', content: 'Welcome back to the programme' }],
  ['"GUEST: Thank you for having me.', { speaker: 'GUEST', cue: ':', content: 'Thank you for having me' }],
  ['"HOST: Where were you on the night of the storm?\n\n"GUEST: At the harbour, all day.\n\n"We had to wait for the last ferry.\n\n"HOST: And then?', { speaker: 'GUEST', cue: ':', content: 'At the harbour, all day … We had to wait for the last ferry' }],
  ['"HOST: Where were you?\n\n"GUEST: At the harbour, all day.\n\n"(LAUGHTER.)\n\n"HOST: And then?', { speaker: 'GUEST', cue: ':', content: 'At the harbour, all day' }],
  ['"HOST: Where were you?\n\n"GUEST: At the harbour, all day.\n\n"Listen to the full show online."', { speaker: 'GUEST', cue: ':', content: 'At the harbour, all day' }],
  ['HOST: Where were you?\n\nGUEST: At the harbour, all day.\n\nThe ferry was late that night.\n\nHOST: And then?', { speaker: 'GUEST', cue: ':', content: 'At the harbour, all day' }],
  ['Survey: Most renters expect to move within two years.', { speaker: 'Survey', cue: ':', cueType: 'evidence', content: 'Most renters expect to move within two years' }],
], [
  'Poll: Which team will win the cup?',
  'Note: the figures are provisional.',
  'UPDATE: The road has reopened.',
]);

table('framing-evidence-phrase', [
  ['In the latest county poll, taken in early May, Roe leads Hale by four points.', { speaker: 'the latest county poll', cue: 'poll', cueType: 'evidence', content: 'Roe leads Hale by four points' }],
  ['In the Herald/Channel 9 survey, the mayor trails among older voters.', { speaker: 'the Herald/Channel 9 survey', cue: 'survey', content: 'the mayor trails among older voters' }],
  ['But in this poll, the gap closed to a single point.', { speaker: 'poll', cue: 'poll', content: 'the gap closed to a single point' }],
], [
  'In a new survey, most renters said they expect to move within two years.',
  'She worked in polls and surveys, then went back to school.',
  'Turnout in the poll was low, the clerk said.',
]);

table('quote-dash-speaker', [
  ['“The best meal I have had in years.” ― Maria Lind', { speaker: 'Maria Lind', cue: '―', content: '“The best meal I have had in years.”' }],
  ['Readers wrote in.\n\n”We were never told about the closure.” ― Tomas Berg', { speaker: 'Tomas Berg', cue: '―', content: '”We were never told about the closure.”' }],
  ['Readers wrote in.\n\n“The bus never comes on time.” Every winter it is the same “late, cold and full.” ― Ines Moll', { speaker: 'Ines Moll', cue: '―', content: '“The bus never comes on time.” … “late, cold and full.”' }],
], [
  '“We will win this fight” ― Maria Lind said, and the hall cheered.',
  'Readers wrote in.\n\n“Fix the roads first.” The mayor did not agree. ― Tomas Berg',
  // The same words inside the article are a noun compound; a title's plural of a noun of reporting is no verb.
  'Jobless Claims Rise Again In Three States.\n\nThe figures came out on Monday.',
  'The judges met on Monday.\n\nAppeals court rules against hearsay are strict.',
  // A verb after the colon that is no given name keeps its reading: the imperative reports nothing.
  'Her advice to the club: Ask Ted Varga for the keys.\n\nThe two met on Monday.',
  'Readers wrote in.\n\nShe said “the bus is late” and “the bus is full.” ― Ines Moll',
]);

table('speaker-dash-quote', [
  ['Several critics spoke up, including the former mayor Jane Roe — “It is a scandal” — and two council members.', { speaker: 'Jane Roe', cue: '—', content: '“It is a scandal”' }],
], [
  'The slogan — “Our city, our future” — was everywhere.',
  "She has lately sounded warmer toward Mr. Hale -- ''a changed man, to my mind.''",
]);

table('speaker-colon-quote', [
  ['The verdict of Judge Amy Cole: “Guilty on all counts.”', { speaker: 'The verdict of Judge Amy Cole', cue: null, content: '“Guilty on all counts.”' }],
], [
  // In a Title Case headline many words before the colon hold the headline's verb: the speaker is no phrase there.
  'Senator Ines Tovar Grills Harbor Board Chief: “You Should Resign.”\n\nThe senator spoke on Monday.',
]);

table('headline-topic-colon', [
  ["Ann Lind on Rail Cuts: The Losses Are 'Grim.'\n\nShe spoke on Monday.", { speaker: 'Ann Lind', cue: 'on Rail Cuts:', content: "The Losses Are 'Grim.'", kind: 'mixed' }],
  ['Mayor on Ferry Plan: ‘We Will Not Pay.’\n\nThe mayor spoke on Monday about the ferry.', { speaker: 'Mayor', cue: 'on Ferry Plan:', content: '‘We Will Not Pay.’', kind: 'direct' }],
], [
  // A title that quotes nothing, or does not close as a sentence, reports no words; nor does a line in the article.
  'Ann Lind on Rail Cuts: A Closer Look.\n\nShe spoke on Monday.',
  'Ann Lind on Rail Cuts: The Losses Are ‘Grim’ for Now\n\nShe spoke on Monday.',
  "She spoke on Monday.\n\nAnn Lind on Rail Cuts: The Losses Are 'Grim.'",
  // Words before "on" that name no one.
  'Notes on Rail Cuts: The Losses Are ‘Grim.’\n\nShe spoke on Monday.',
  'A Word on Rail Cuts: The Losses Are ‘Grim.’\n\nShe spoke on Monday.',
]);

table('headline-verb-object', [
  ['Senator Rips Ferry Plan As A ‘Giveaway.’\n\nThe senator spoke on Monday.', { speaker: 'Senator', cue: 'Rips', content: 'Ferry Plan As A ‘Giveaway.’', cueType: 'belief' }],
  ['Dock Union Leaders Bash New Shift Rules.\n\nThe union met on Friday.', { speaker: 'Dock Union Leaders', cue: 'Bash', content: 'New Shift Rules' }],
  ['Mayor Ana Ruiz Goes After Rival Over Ferry Fares.\n\nThe mayor spoke on Monday.', { speaker: 'Ana Ruiz', cue: 'Goes After', content: 'Rival Over Ferry Fares' }],
  ['Council leaders weigh plans for a new ferry levy.\n\nThe council met on Monday.', { speaker: 'Council leaders', cue: 'weigh', content: 'plans for a new ferry levy', cueType: 'intention' }],
  ['Governor Tovar Breaks With Party On School Funding Bill.\n\nThe governor spoke on Monday.', { speaker: 'Tovar', cue: 'Breaks With', content: 'Party On School Funding Bill' }],
  // A quotation after a colon is what the name said.
  ['Senator Ines Tovar Grills Harbor Board Chief: “You Should Resign.”\n\nThe senator spoke on Monday.', { speaker: 'Ines Tovar', cue: 'Grills', content: '“You Should Resign.”' }],
  ['One Video Sums Up The Housing Shortage.\n\nThe clip shows rents rising.', { speaker: 'One Video', cue: 'Sums Up', content: 'The Housing Shortage' }],
  // An intention and its infinitive, "to" included; a Title Case object whatever its tag.
  ['Mayor Lena Ortiz Vows To Fight Ferry Cuts.\n\nThe mayor spoke on Monday.', { speaker: 'Lena Ortiz', cue: 'Vows', content: 'To Fight Ferry Cuts', cueType: 'intention' }],
  ['Governor Tovar Rejects Calls To Resign.\n\nThe governor spoke on Monday.', { speaker: 'Tovar', cue: 'Rejects', content: 'Calls To Resign' }],
  ['Dock Union Leaders Call For Ferry Inquiry.\n\nThe union met on Friday.', { speaker: 'Dock Union Leaders', cue: 'Call For', content: 'Ferry Inquiry' }],
  // A group of people is someone, though an ordinary word.
  ['Republicans Call For Ferry Inquiry.\n\nThe party met on Friday.', { speaker: 'Republicans', cue: 'Call For', content: 'Ferry Inquiry' }],
  // A verb of speaking reports the quotation right after it, and only that.
  ['Coach Lena Ortiz Speaks ‘From The Heart’ After Final Game.\n\nThe coach spoke on Sunday.', { speaker: 'Lena Ortiz', cue: 'Speaks', content: '‘From The Heart’' }],
], [
  'Coach Lena Ortiz Speaks At Final Game.\n\nThe coach spoke on Sunday.',
  // A plural of a noun of reporting after a name is no verb.
  'Mayor Ruiz Fears Mount Over Budget Gap.\n\nThe race is close.',
  // Words before the verb that name no one, a dictionary form after a singular, no object, a line inside the article.
  'Storm Hammers Coast Towns.\n\nThe storm hit on Monday and the coast flooded.',
  'City Trash Pickup Resumes Monday.\n\nThe city said the trucks are back.',
  'Senator Knocks Again.\n\nThe senator spoke on Monday.',
  'The ferry runs late.\n\nSenator Rips Ferry Plan As A ‘Giveaway.’\n\nThe senator spoke on Monday.',
  // A title another rule reads.
  'Mayor Says Fares Will Rise.\n\nThe mayor spoke on Monday.',
]);

table('term-use-quote', [
  ['The senator has used the phrase “job killers” often in her speeches.', { speaker: 'The senator', cue: 'used the phrase', content: '“job killers”', kind: 'direct' }],
  ['Ms. Odum coined the term “fiscal cliff” in 2011.', { speaker: 'Ms. Odum', cue: 'coined the term', content: '“fiscal cliff”' }],
  // A verb of saying reaches a quotation set off from its noun by a comma or a colon.
  ['At the end of her set, the singer added the words, “Vote early.”', { speaker: 'the singer', cue: 'added the words', content: '“Vote early.”' }],
  ['Under the drawing the boy wrote the words: “For my father.”', { speaker: 'the boy', cue: 'wrote the words', content: '“For my father.”' }],
], [
  // Right after the noun, the quotation may be part of a clause the noun opens; a thing bearing words says nothing.
  'The mayor said the words “lump” tenants with landlords.',
  'The mural bears the words, “Keep the faith.”',
  // A refusal, a negation or a use inside a quotation reports no words of the subject.
  'The mayor refused to use the word “strike” at the rally.',
  'The mayor has never used the term “crisis.”',
  '“Nobody uses the word “strike” here,” she said.',
  'The union printed the word “strike” on its banners.',
]);

table('example-saying-quote', [
  ['At 80 the coach writes things like, “Not everyone is meant to win, you know.”', { speaker: 'the coach', cue: 'writes', content: '“Not everyone is meant to win, you know.”', kind: 'direct' }],
  ['On bad days the coach writes things like: “Nobody trains hard enough.”', { speaker: 'the coach', cue: 'writes', content: '“Nobody trains hard enough.”' }],
], [
  // A verb after the quotation makes the noun a subject; a verb of liking says nothing.
  'She said things like “We will win” were common.',
  'The mayor likes things like “fair play.”',
]);

table('wording-noun-quote', [
  ['The mayor is rolling out a new campaign slogan: “Our city, our future.”', { speaker: 'The mayor', cue: null, content: '“Our city, our future.”' }],
  ['The paper ran one of her lines as its headline: “We are not done.”', { speaker: 'The paper', cue: null, content: '“We are not done.”' }],
  ['With voters worried about the cost, the mayor is rolling out a new message: “It is about you.”', { speaker: 'the mayor', cue: null, content: '“It is about you.”' }],
], [
  'She got a message from the mayor: “Call me back.”',
  'The mayor gave a speech: “We will win.”',
]);

table('floating-quote', [
  ['Mayor Ruth Gale spoke before the vote.\n\n“This city has waited long enough.”', { speaker: 'Ruth Gale', cue: null, content: '“This city has waited long enough.”' }],
  ['“We start tomorrow,” the coach said.\n\n“Everyone is fit.”', { speaker: 'the coach', cue: null, content: '“Everyone is fit.”' }],
], [
  'The vote was close.\n\n“It was a long night.”',
  // One of several messages does not go on speaking in a paragraph of its own.
  'The clerk kept a batch of emails that contained one claiming that the audit was rigged.\n\n“Nobody took it seriously. It was a joke, really.”',
]);

table('passive-by-agent', [
  ['A very different account of the meeting was being told by the aides.', { speaker: 'the aides', cue: 'told', content: 'A very different account of the meeting' }],
  ['The budget was endorsed by the teachers’ union.', { speaker: 'the teachers’ union', cue: 'endorsed', content: 'The budget' }],
  ['“Blue Harbour” was written by Ana Lind after the flood.', { speaker: 'Ana Lind', cue: 'written', content: '“Blue Harbour”' }],
  ['The ferry plan was rejected by the harbor board.', { speaker: 'the harbor board', cue: 'rejected', content: 'The ferry plan' }],
  ['The plan of the union was seconded by the teachers’ council.', { speaker: 'the teachers’ council', cue: 'seconded', content: 'The plan of the union', cueType: 'belief' }],
  ['The ferry plan, however, was rejected by the harbor board.', { speaker: 'the harbor board', cue: 'rejected', content: 'The ferry plan' }],
  ['The smoking ban was upheld by the state supreme court.', { speaker: 'the state supreme court', cue: 'upheld', content: 'The smoking ban', cueType: 'intention' }],
  // An adverb that strengthens a comparative count belongs to the agent.
  ['The mayor, meanwhile, is endorsed by far fewer unions.', { speaker: 'far fewer unions', cue: 'endorsed', content: 'The mayor' }],
  // A relative "that" before the verb, and a noun's own "that" clause, stay in the subject.
  ['The harbor plan that was drawn up last spring was rejected by the board.', { speaker: 'the board', cue: 'rejected', content: 'The harbor plan that was drawn up last spring' }],
  ['The idea that fares would fall was rejected by the harbor board.', { speaker: 'the harbor board', cue: 'rejected', content: 'The idea that fares would fall' }],
], [
  // The passive stands in a clause after a verb's "that": the words before are no subject of it.
  'And the drought brought a realization that the dams were being defended by the poorest towns.',
  'The drought forced a recognition that the dams were backed by the poorest towns.',
  'The survey showed that the new pier was rejected by most fishermen.',
  'It was first announced by the governor in 1990.',
  'The fares were raised by far more than the board had said.',
  'They were backed by the mayor and the council.',
  'They, however, were backed by the mayor.',
  'Mr. Ode was seconded to the ministry in May.',
  'The castle is said to be haunted.',
  'The road was closed by the police.',
  'The statement was read by the mayor.',
  'The appeal will be heard by five judges.',
  'The move was seen by rivals as a retreat.',
  'The mayor was asked by reporters about the cost.',
  'The mayor was pressed by reporters about the cost.',
  // A verb of decision reports only a law, a rule or a ruling decided.
  'The girl was adopted by a couple from Ohio.',
  'The new park design was approved by the board.',
  // A "that" after a thing, or after a subject whose clause gives way to the main verb, gives no speaker.
  'The county funds programs that support young mothers.',
  'The ferry stops at towns that want nothing from the mainland.',
  'The bridge was valued at $4 million in 2010 dollars.',
  'The board asked for patience at the meeting to little effect.',
  'Tenant groups that want to join the suit must file by May.',
  'The talks took place in a hall in which the heating had failed.',
  'Nobody knows where the ferry board said the money went.',
]);

table('reduced-passive-by-agent', [
  ['Farmers shared a view echoed by several grain traders.', { speaker: 'several grain traders', cue: 'echoed', content: 'a view' }],
  ['The tax cuts favored by the governor passed the senate.', { speaker: 'the governor', cue: 'favored', content: 'The tax cuts' }],
  ['The curbs urged by the health board were softened.', { speaker: 'the health board', cue: 'urged', content: 'The curbs' }],
  // An official act is told by what it acts on, named before the participle.
  ['The bars must keep to a curfew imposed by the town council.', { speaker: 'the town council', cue: 'imposed', content: 'a curfew' }],
], [
  // A participle whose object is mostly a thing, a group or an event names what was done to it.
  'They held a forum sponsored by a local radio station.',
  'The harbor map maintained by the port authority is out of date.',
  'A report published by the agency found gaps.',
  'The talks were stalled by the strike.',
  'The delays imposed by the storm cost millions.',
  'The ministry posted a statement issued by the embassy.',
  // An agent that is "everyone" names no speaker.
  'It was an opinion echoed by everyone at the meeting.',
]);

describe('a relative pronoun as speaker', () => {
  it('keeps "who" as the mention and resolves it to the person before it', () => {
    const result = extract('The case went to Judge Ana Bell, who said the law was clear.');
    const claim = result.claims.find((c) => c.cue?.text === 'said');
    expect(claim?.speaker?.mention.text).toBe('who');
    expect(claim?.speaker?.name).toBe('Ana Bell');
  });
  it('resolves "who" to a name right before it, and leaves it unresolved after a description', () => {
    const named = extract('The prize went to Ana Bell who said the law was clear.').claims.find((c) => c.cue?.text === 'said');
    expect(named?.speaker?.name).toBe('Ana Bell');
    const described = extract('Mayor Ana Bell hired an architect who said the plan was flawed.').claims.find((c) => c.cue?.text === 'said');
    expect(described?.speaker).toMatchObject({ name: 'who', entity: null });
  });
  it.each([
    // A verb of a perfect tense or after a modal is no part of the phrase a relative stands for.
    ['The charter has also excluded members of the harbor board, which denied any role in the sale.', 'denied', 'members of the harbor board'],
    ['The levy should calm anxious growers in the valley, who have argued that the fees are too high.', 'argued', 'anxious growers in the valley'],
  ])('names the phrase before the relative without the verb before it: %s', (text, cue, name) => {
    expect(extract(text).claims.find((c) => c.cue?.text === cue)?.speaker?.name).toBe(name);
  });
  it.each([
    // A "which" standing for an illness, a storm or a place has no one to speak.
    'Her uncle died of a stroke, which proved what the doctors had feared.',
    'The flood, which showed that the levees were weak, came in May.',
    'We walked along the river, which suggests that the town grew from its banks.',
  ])('gives no claim to a "which" for a thing that cannot speak: %s', (text) => {
    expect(extract(text).claims.filter((c) => c.speaker?.mention.text === 'which')).toEqual([]);
  });
  it('keeps a "which" standing for a document or a group', () => {
    const study = extract('The agency published a study, which found that rents rose.').claims.find((c) => c.cue?.text === 'found');
    expect(study?.speaker).toMatchObject({ mention: { text: 'which' }, name: 'a study' });
    const board = extract('The plan went to the harbor board, which said the fees were too high.').claims.find((c) => c.cue?.text === 'said');
    expect(board?.speaker?.mention.text).toBe('which');
  });
  it.each([
    // When the phrase before "who" closes on no person, the person noun before its last link is named.
    ['The memo came from an aide at the county office who said the files were lost.', 'an aide'],
    ['Letters came from residents of the valley who said the water tasted of iron.', 'residents'],
  ])('names the person before a link for a "who" after a thing: %s', (text, name) => {
    expect(extract(text).claims.find((c) => c.cue?.text === 'said')?.speaker).toMatchObject({ mention: { text: 'who' }, name });
  });
  it('leaves "who" unnamed when no person noun stands before the link', () => {
    const claim = extract('Calls came from the back of the hall at the town office who said the fees were unfair.').claims.find((c) => c.cue?.text === 'said');
    expect(claim?.speaker).toMatchObject({ mention: { text: 'who' }, entity: null, name: 'who' });
  });
  it('does not resolve "who" to a place named last in the phrase before it', () => {
    const placed = extract('The levy angered many farmers on Vashon Island, who said the ferry fares were too high.').claims.find((c) => c.cue?.text === 'said');
    expect(placed?.speaker).toMatchObject({ mention: { text: 'who' }, entity: null, name: 'many farmers on Vashon Island' });
    const afterName = extract('The plan should please anxious Democrats on Wall Street, who have argued that the levy is fair.').claims.find((c) => c.cue?.text === 'argued');
    expect(afterName?.speaker).toMatchObject({ mention: { text: 'who' }, entity: null, name: 'anxious Democrats on Wall Street' });
    const named = extract('The levy angered Dana Whitcomb, who said the ferry fares were too high.').claims.find((c) => c.cue?.text === 'said');
    expect(named?.speaker?.name).toBe('Dana Whitcomb');
  });
});

describe('a name placed by a preposition', () => {
  it.each([
    ['Many Republicans in Ohio said the tax would pass.', 'Republicans'],
    ['Senator Ana Ortiz of Nevada said the tax would pass.', 'Ana Ortiz'],
    // A place after a noun and a preposition of place says where the speaker is, not who speaks.
    ['A senator from Nevada said the tax would pass.', 'A senator from Nevada'],
  ])('is the name before the preposition: %s', (text, name) => {
    expect(extract(text).claims[0]?.speaker?.name).toBe(name);
  });
  it.each([
    ['The clerk took the fees, according to an indictment unsealed in federal court in Carver Falls.', 'an indictment unsealed in federal court in Carver Falls'],
    ['Marshes are shrinking, according to a study published in the journal Tidal Science.', 'a study published in the journal Tidal Science'],
  ])('is not a name in a participle phrase after the noun: %s', (text, name) => {
    expect(extract(text).claims[0]?.speaker?.name).toBe(name);
  });
});

describe('a personal pronoun after an unnamed speaker', () => {
  const lastName = (text: string): string | undefined => extract(text).claims.at(-1)?.speaker?.name;
  it.each([
    // An unnamed person written as the last speaker is whom "she" takes up, not the woman named before.
    ['Mayor Ines Garza opened the new pool on Monday.\n\nSome parents were wary. One mother said the deep end had no guard.\n\n“Nobody watches the kids,” she said.', 'One mother'],
    ['Judge Omar Tate read the verdict. A court spokesman said the room fell silent.\n\n“Nobody moved,” he said.', 'A court spokesman'],
  ])('takes up the unnamed speaker: %s', (text, name) => {
    expect(lastName(text)).toBe(name);
  });
  it.each([
    // A description of the other gender, or a definite title that may stand for the person named, is passed over.
    ['Mayor Ines Garza opened the new pool on Monday. A city spokesman said the water was warm.\n\n“We tested it twice,” she said.', 'Ines Garza'],
    ['Ines Garza opened the new pool on Monday. The mayor said the water was warm.\n\n“We tested it twice,” she said.', 'The mayor'],
  ])('passes over a description that cannot be the pronoun: %s', (text, name) => {
    expect(lastName(text)).toBe(name);
  });
});

describe('a personal pronoun as speaker', () => {
  const nameOf = (text: string): string | undefined =>
    extract(text).claims.find((c) => c.cue?.text === 'said')?.speaker?.name;
  it.each([
    ['Tom Reed met Ana Ortiz, a spokeswoman for the port, on Monday. He said the plan would fail.', 'Tom Reed'],
    ['Mrs. Ana Ortiz met Mr. Tom Reed on Monday. She said the plan would fail.', 'Ana Ortiz'],
    ['Mr. Tom Reed met Ana Ortiz on Monday. She said the plan would fail.', 'Ana Ortiz'],
    ['On Monday, Sam Ortiz spoke after Lee Varga. She said the plan would fail.', 'Lee Varga'],
  ])('resolves the pronoun of %s to a person of its gender, or the last person', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });
  it.each([
    ['a given name gives the other gender', 'The board heard Tom Reed and then Ana Ortiz on Monday. He said the plan would fail.', 'Tom Reed'],
    ['… either way', 'The board heard Ana Ortiz and then Tom Reed on Monday. She said the plan would fail.', 'Ana Ortiz'],
    ['earlier pronouns give the other gender', 'Sam Ortiz met the board on Monday. She warned that the port would close. On Tuesday, Lee Varga wrote to Ortiz. He said the plan would fail.', 'Lee Varga'],
    ['a given name borne by either sex says nothing', 'The board heard Tom Reed and then Jesse Ortiz on Monday. He said the plan would fail.', 'Jesse Ortiz'],
    ['… nor does another', 'The board heard Ana Ortiz and then Kim Reed on Monday. He said the plan would fail.', 'Kim Reed'],
    ['the sentence before opens with a person', 'Sam Ortiz praised Lee Varga on Monday. She said the plan would fail.', 'Sam Ortiz'],
    ['… after a title', 'Gov. Sam Ortiz met Lee Varga on Monday. He said the plan would fail.', 'Sam Ortiz'],
    ['… for a pronoun after a quotation', 'Sam Ortiz warned that Lee Varga was wrong. \u201cThe plan will fail,\u201d she said.', 'Sam Ortiz'],
    ['… or a speaker unnamed', 'A senior port officer warned that the talks had stalled, days after Lee Varga resigned. He said the plan would fail.', 'A senior port officer'],
    ['the person opening the sentence before has the other gender', 'Mr. Sam Ortiz praised Lee Varga on Monday. She said the plan would fail.', 'Lee Varga'],
    ['the sentence before opens with a possessive', 'Sam Ortiz\u2019s aide met Lee Varga on Monday. She said the plan would fail.', 'Lee Varga'],
    ['the sentence before opens with a clause', 'After Sam Ortiz left, the board praised Lee Varga. She said the plan would fail.', 'Lee Varga'],
    ['the pronoun opens no sentence', 'Sam Ortiz praised Lee Varga on Monday. Later, she said the plan would fail.', 'Lee Varga'],
  ])('resolves a pronoun by gender and by the subject of the sentence before: %s (%s)', (_why, text, name) => {
    expect(nameOf(text)).toBe(name);
  });
  it.each([
    ['Tom Reed met Ana Ortiz on Monday. He said he admired Ortiz and her record.', 'Tom Reed'],
    ['Tom Reed spoke after Ana Ortiz left the hall. He said Ortiz\u2019s plan would fail.', 'Tom Reed'],
    ['Tom Reed wrote to Ana Ortiz on Monday. She said that the board backed Tom Reed.', 'Ana Ortiz'],
    ['Tom Reed questioned Ana Ortiz for an hour. Asked by Reed to name the donors, she said she would not.', 'Ana Ortiz'],
  ])('does not resolve the pronoun of %s to someone its sentence rules out: named in its reported clause, or the agent of a participle opening it', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });
  it.each([
    ['Tom Reed met Ana Ortiz on Monday. \u201cOrtiz is wrong,\u201d she said.', 'Ana Ortiz'],
    ['Ana Ortiz met Tom Reed on Monday. He said the board backed \u201cTom Reed and nobody else.\u201d', 'Tom Reed'],
  ])('still resolves the pronoun of %s when the name stands before it or inside quotation marks', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });
  it.each([
    'Mr. Tom Reed spoke on Monday. She said the plan would fail.',
    'Tom Reed, the port chairman, spoke on Monday. She said the plan would fail.',
  ])('leaves a pronoun unresolved rather than give it a person of the other gender: %s', (text) => {
    expect(nameOf(text)).toBe('She');
  });
  const speakerOf = (text: string, mention: string) =>
    extract(text).claims.find((c) => c.speaker?.mention.text === mention)?.speaker;
  it.each([
    ['"the agency" takes up the organisation that spoke in the sentence before', 'The Harbor Committee met on Monday, and the Harbor Committee voted. In a letter to the council, the FAA said the runway was safe. The agency said it would inspect it again.', 'The agency', 'FAA'],
    ['… unless its name holds another head', 'The FAA inspected the runway, and the FAA closed it. The Harbor Committee said the runway was safe. The agency said it would reopen it.', 'The agency', 'FAA'],
    ['"the ruling" stands for the one that ruled before it', 'The Supreme Court of Nevada ruled on Monday that the levy was void. According to the ruling, the state must repay the fees.', 'the ruling', 'Supreme Court of Nevada'],
    ['… and only after a ruling', 'The Supreme Court of Nevada heard the case on Monday. According to the ruling, the state must repay the fees.', 'the ruling', 'the ruling'],
    ['a speaker placed "in" a place is not the place', 'Security experts in Portugal said the seat was safe.', 'Security experts in Portugal', 'Security experts in Portugal'],
    ['… with a number and adjectives too', 'Two senior officials in Lisbon said the seat was safe.', 'Two senior officials in Lisbon', 'Two senior officials in Lisbon'],
    ['a speaker for an organisation is still the organisation', 'A spokesman for the Harbor Board said the seat was safe.', 'A spokesman for the Harbor Board', 'Harbor Board'],
    ['a "who" right after its noun stands for the people the noun names', 'The mayor faces a fight with council members who say the budget is too large.', 'who', 'council members'],
    ['… a person', 'The fund hired a tax attorney who said the rules were clear.', 'who', 'a tax attorney'],
    ['… a group', 'Officials met valley residents who say the river is rising.', 'who', 'valley residents'],
    ['… but not a noun naming no person', 'Callers to the radio show who said the plan would fail were cut off.', 'who', 'who'],
    ['… nor an organisation', 'The report came from the agency who said the river was rising.', 'who', 'who'],
  ])('resolves a description or relative as it stands: %s (%s)', (_why, text, mention, name) => {
    expect(speakerOf(text, mention)?.name ?? mention).toBe(name);
  });
  it.each([
    ['Labor experts say the plan is vague. They say it could exclude many parents.', 'They', 'Labor experts'],
    ['The Harbor Board released a study on Monday. The study says costs will rise. It also says fares will climb.', 'It', 'The study'],
    ['Ms. Roe and Mr. Lee said the talks went well. They said a deal was near.', 'They', 'Ms. Roe and Mr. Lee'],
    ['Democrats met Ms. Roe on Monday. They said a deal was near.', 'They', 'Democrats'],
    ['The Harbor Board met on Monday. It said fares would rise.', 'It', 'Harbor Board'],
    ['Fares will rise, according to a report published on Monday by the harbor trust. Dock workers walked out. They say pay is too low.', 'They', 'Dock workers'],
  ])('resolves "it" and "they" to the last speaker or group of their number: %s', (text, mention, name) => {
    expect(speakerOf(text, mention)?.name).toBe(name);
  });
  it.each([
    'Ms. Roe thanked the Harbor Board on Monday. They said the vote was fair.',
    'The mayor visited France on Monday. They said the vote was fair.',
  ])('leaves "they" unresolved rather than give it one person, company or country: %s', (text) => {
    expect(speakerOf(text, 'They')).toMatchObject({ name: 'They', entity: null });
  });
  it.each([
    ['The engineers, led by Ana Ortiz of the port, tested the pier. They found that the piles had rotted.', 'The engineers'],
    ['Student unions were not impressed. They plan to march on parliament.', 'Student unions'],
  ])('gives a "they" opening a sentence the plural subject of the sentence before: %s', (text, name) => {
    expect(speakerOf(text, 'They')).toMatchObject({ name, entity: null });
  });
  it.each([
    'The engineer tested the pier. They found that the piles had rotted.',
    'The engineers tested the pier.\n\nThey found that the piles had rotted.',
  ])('leaves "they" unresolved after a singular subject or across paragraphs: %s', (text) => {
    expect(speakerOf(text, 'They')).toMatchObject({ name: 'They', entity: null });
  });
});

describe('a headline', () => {
  const contents = (text: string) => extract(text).claims.map((claim) => claim.content.map((piece) => piece.text).join(' … '));
  it.each([
    ['Port chief tells council the harbor \u201cwill not close\u201d this year\n\nThe port chief told the council on Monday that the harbor would stay open.', 'that the harbor would stay open'],
    ['Mayor says budget \u201cdead on arrival\u201d in its present form\n\nThe mayor said on Friday that the budget could not pass.', 'that the budget could not pass'],
  ])('gives no claim for the title line of %s, and reads the article', (text, body) => {
    expect(contents(text)).toEqual([body]);
  });
  it.each([
    ['The mayor said the budget was \u201cdead on arrival\u201d\n\nShe said the vote would come on Friday.', 'the budget was \u201cdead on arrival\u201d'],
    ['Port chief says the harbor will stay open.\n\nThe port chief told the council on Monday that the harbor would stay open.', 'the harbor will stay open'],
  ])('reads a first paragraph that quotes inside a sentence or ends as one: %s', (text, first) => {
    expect(contents(text)).toContain(first);
  });
});

describe('a definite description that takes up an unnamed group', () => {
  const speakerOf = (text: string, mention: string) =>
    extract(text).claims.find((c) => c.speaker?.mention.text === mention)?.speaker;
  it.each([
    ['The port may be sold, two people familiar with the talks said. Bids are due in May, the people said.', 'the people', 'two people familiar with the talks'],
    ['Three sources close to the board said the chief would quit. The sources said she had told staff.', 'The sources', 'Three sources close to the board'],
  ])('names the group written before: %s', (text, mention, name) => {
    expect(speakerOf(text, mention)).toMatchObject({ name, entity: null });
  });
  it.each([
    ['One source said the chief would quit. Another source said she would stay. The source said staff were told.', 'The source'],
    ['Campaign aides said the tour would end. The campaign said it would go on.', 'The campaign'],
  ])('leaves it as written when the group is someone else or the word only a modifier: %s', (text, mention) => {
    expect(speakerOf(text, mention)?.name).toBe(mention);
  });
});

describe('a generic organisation noun resolved by the kind of organisation', () => {
  const nameOf = (text: string, mention: string) =>
    extract(text).claims.find((c) => c.speaker?.mention.text === mention)?.speaker?.name;
  it.each([
    // "the agency" is a government office, not a foundation named more often before it.
    ['Rents fell, according to the Harbor Budget Office. The Lindqvist Foundation, the Lindqvist Foundation and the Lindqvist Foundation all disagreed.\n\nMost tenants paid less, the agency said in a May report.', 'the agency', 'Harbor Budget Office'],
    // "the newspaper" is the outlet, not the company it wrote about.
    ['Tarsen Mining will build a smelter in Brela, the Daily Courier said on Monday. Tarsen Mining hopes to hire 400 workers. Tarsen Mining is listed in Oslo.\n\nThe smelter will cost $2 billion, the newspaper said.', 'the newspaper', 'Daily Courier'],
  ])('takes up an organisation of a fitting kind: %s', (text, mention, name) => {
    expect(nameOf(text, mention)).toBe(name);
  });
  it.each([
    // A news agency named before is no government agency.
    ['Reuters reported the talks. Reuters said they stalled. The talks with Vantor Foods went on for weeks, and Vantor Foods said little.\n\nThe plant will close, the agency said.', 'the agency'],
  ])('leaves it as written when no organisation of its kind is named: %s', (text, mention) => {
    expect(nameOf(text, mention)).toBe(mention);
  });
});

describe('a piece of evidence written with its maker', () => {
  const speakerOf = (text: string, mention: string) =>
    extract(text).claims.find((c) => c.speaker?.mention.text === mention)?.speaker;
  it.each([
    ['Critics cite a study by the Harbor Institute, which finds that rents rose by a third.', 'a study by the Harbor Institute'],
    ['The council pointed to a survey from the Ministry of Housing, which found that few homes were built.', 'a survey from the Ministry of Housing'],
  ])('names a "which" after "<evidence> by/from <maker>" by the evidence: %s', (text, name) => {
    expect(speakerOf(text, 'which')).toMatchObject({ name, entity: null });
  });
  it.each([
    ['Critics cite the Harbor Institute, which finds that rents rose by a third.', 'Harbor Institute'],
    ['The mayor praised a partner of the Harbor Institute, which finds that rents rose by a third.', 'Harbor Institute'],
  ])('still names a "which" after the maker alone, or after no piece of evidence, by the maker: %s', (text, name) => {
    expect(speakerOf(text, 'which')?.name).toBe(name);
  });
  it.each([
    ['Critics cite a study by the Harbor Institute, which finds that rents rose. The same study notes that few homes were built.', 'The same study', 'a study by the Harbor Institute'],
    ['A new survey found that rents rose. The same survey found that wages fell.', 'The same survey', 'A new survey'],
  ])('takes up that evidence with "the same <noun>": %s', (text, mention, name) => {
    expect(speakerOf(text, mention)).toMatchObject({ name, entity: null });
  });
  it('takes up evidence resolved to its maker as that maker', () => {
    const text = 'A report by the Harbor Institute says that rents rose. The same report notes that few homes were built.';
    expect(speakerOf(text, 'The same report')?.name).toBe('Harbor Institute');
  });
  it.each([
    ['A report by the Harbor Institute says that rents rose. Another report found that wages fell. The same report notes that few homes were built.', 'The same report'],
    ['One survey found that rents rose. Another survey found that wages fell. The same survey found that few homes were built.', 'The same survey'],
  ])('leaves "the same <noun>" as written when the last such evidence is unnamed or someone else: %s', (text, mention) => {
    expect(speakerOf(text, mention)?.name).toBe(mention);
  });
  it.each([
    ['Rents rose again. Data from the Labor Department show that few homes were built.', 'Data from the Labor Department'],
    ['Figures from the Ministry of Housing show that few homes were built.', 'Figures from the Ministry of Housing'],
  ])('keeps a noun of evidence opening the sentence in the mention: %s', (text, mention) => {
    expect(extract(text).claims[0]?.speaker?.mention.text).toBe(mention);
  });
  it('still reads a name opening the sentence before "of" as the name', () => {
    const text = 'Bank of Halden said that few homes were built.';
    expect(extract(text).claims[0]?.speaker?.mention.text).toBe('Bank of Halden');
  });
});

describe('a bare "-ing" form right after the phrase opening the sentence', () => {
  it.each([
    'A video of a woman saying the vote was rigged spread quickly on Monday.',
    'The footage of a man calling for calm came as the crowd left.',
  ])('describes that phrase and gives no claim of it: %s', (text) => {
    expect(extract(text).claims.filter((c) => /ing$/.test(c.cue?.text ?? ''))).toEqual([]);
  });
  it('still reads one after a verb', () => {
    const text = 'The paper quoted a Trump tweet attacking the judge.';
    expect(extract(text).claims.some((c) => c.cue?.text === 'attacking')).toBe(true);
  });
});

describe('a verb after "and" after a clause of its own', () => {
  it.each([
    ['The firm was sold, but the sale was won by a rival, which paid more and asked the founder to stay on.', 'the sale'],
    ['The hall proved a refuge for the mayor, a room shielded from the press, and offered him a stage to promise whatever he wanted.', 'a room'],
  ])('does not take a phrase that is no clause\'s subject: %s', (text, wrong) => {
    expect(extract(text).claims.filter((c) => c.speaker?.mention.text === wrong)).toEqual([]);
  });
});

describe('a verb after "and" in a clause opened by a conjunction', () => {
  it.each([
    'Ms. Vale said the mayor was due at the hall, as she was every week, when campus police stopped her and told her to go home.',
    'The mayor had spoken for an hour before the county auditors arrived and said that the books were wrong.',
  ])('is given neither the clause\'s description nor the main subject: %s', (text) => {
    const second = extract(text).claims.filter((c) => c.cue?.text === 'told' || c.content.some((p) => p.text.includes('books')));
    expect(second).toEqual([]);
  });
});

describe('a refusal to say', () => {
  // "declined to say whether …" reports the refusal, never what was not said as a claim of its own.
  it.each([
    ['The spokeswoman declined to say whether the plant would close.', 'whether the plant would close'],
    ['The mayor refused to say that the plan had failed.', 'that the plan had failed'],
    ['The coach stopped short of saying that the referee was biased.', 'that the referee was biased'],
  ])('gives no claim of what was not said: %s', (text, unsaid) => {
    const contents = extract(text).claims.map((claim) => claim.content.map((piece) => piece.text).join(' … '));
    expect(contents).not.toContain(unsaid);
    expect(contents.every((content) => !content.startsWith(unsaid))).toBe(true);
  });
});

describe('speakers joined by "and"', () => {
  const speakerOf = (text: string) => extract(text).claims.find((c) => c.cue?.text === 'said')?.speaker;
  it.each([
    ['Jane Roe and Tom Lee said the deal was dead.', 'Jane Roe and Tom Lee'],
    ['The mayor and the governor said the bridge would close.', 'The mayor and the governor'],
    ['Officials in Ohio and Texas said the vote was fair.', 'Officials in Ohio and Texas'],
  ])('are one speaker named as written, with no one entity: %s', (text, name) => {
    expect(speakerOf(text)).toMatchObject({ mention: { text: name }, name, entity: null });
  });
  it('are one entity when the "and" is inside the name of a body', () => {
    const text = 'The Department of Labor and Industry said the mine would close.';
    expect(speakerOf(text)).toMatchObject({ mention: { text: 'Department of Labor and Industry' }, name: 'Department of Labor and Industry' });
    expect(speakerOf(text)?.entity).not.toBeNull();
  });
  it.each([
    ['According to a complaint by the Harbor Trust and a lawsuit by Ohio, the brokers ran a scheme.', 'a complaint by the Harbor Trust and a lawsuit by Ohio'],
    ['According to the police and the fire service, the blaze began in the kitchen.', 'the police and the fire service'],
  ])('are one source after "according to", with no one entity: %s', (text, name) => {
    expect(extract(text).claims[0]?.speaker).toMatchObject({ mention: { text: name }, name, entity: null });
  });
  it('keeps a name\'s own "and" inside the source after "according to"', () => {
    const text = 'According to a complaint filed by the Harbor and Canal Trust, the brokers ran a scheme.';
    expect(extract(text).claims[0]?.speaker?.mention.text).toBe('a complaint filed by the Harbor and Canal Trust');
  });
  it.each([
    ['Trump attacked Clinton and Obama said the plan was weak.', 'Clinton and Obama'],
    ['The board thanked Ms. Roe and Mr. Lee said the firm was sold.', 'Ms. Roe and Mr. Lee'],
    ['He said Britain, France and Germany had agreed.', 'Britain, France and Germany'],
    ['Ms. Roe met the mayor, and Mr. Lee said the pact was dead.', 'the mayor, and Mr. Lee'],
    ['The auditors faulted the budget and Democrats said the deficit was hidden.', 'the budget and Democrats'],
    ['Founder and chief designer Tom Lee said the firm was sold.', 'Founder and chief designer Tom Lee'],
    ['After the vote, the mayor and the governor said the bridge would close.', 'the vote, the mayor and the governor'],
    ['Aides said the agency lost the files and Jane Roe said the search went on.', 'the files and Jane Roe'],
    ['Aides said the agency lost the files and Democrats said the search went on.', 'the agency'],
    ['She has campaigned against rival clubs, farm lobbies and government and Ruiz said the fight was fair.', 'farm lobbies and government and Ruiz'],
  ])('never join an object, a clause or a title to the speaker: %s', (text, joined) => {
    expect(extract(text).claims.map((c) => c.speaker?.mention.text)).not.toContain(joined);
  });
  it.each([
    ['Trump attacked Clinton and Obama said the plan was weak.', 'Obama'],
    ['The council met the mayor and Democrats said the budget was late.', 'Democrats'],
    ['Aides said the agency lost the files and the auditors said the chair had hidden them.', 'Aides'],
  ])('leave the last part, the speaker, after an object read with it: %s', (text, name) => {
    expect(speakerOf(text)?.mention.text).toBe(name);
  });
  it('end the words of the first speaker where a second speaker and cue follow "and"', () => {
    const claims = extract('Aides said the agency lost the files and Greens blamed the chair for hiding them.').claims;
    expect(claims.map((c) => [c.speaker?.mention.text, c.content.map((p) => p.text).join(' … ')])).toEqual([
      ['Aides', 'the agency lost the files'],
      ['Greens', 'the chair for hiding them'],
    ]);
  });
  it('keep the one entity whose mention covers the whole', () => {
    expect(speakerOf('Founder and chief designer Tom Lee said the firm was sold.')).toMatchObject({ name: 'Tom Lee' });
    const centres = speakerOf('The Centres for Coastal Research and Rescue said the beach was safe.');
    expect(centres).toMatchObject({ name: 'Centres for Coastal Research and Rescue' });
    expect(centres?.entity).not.toBeNull();
  });
});

table('possessive-noun-infinitive', [
  ['The storm delayed her plan to rebuild the pier.', { speaker: 'her', cue: 'plan', content: 'to rebuild the pier', cueType: 'intention' }],
  ['The governor’s pledge to cut fares surprised commuters.', { speaker: 'The governor', cue: 'pledge', content: 'to cut fares', cueType: 'speech' }],
  ['His determination to finish the race inspired the crowd.', { speaker: 'His', cue: 'determination', content: 'to finish the race' }],
  ['The Clinton plan to raise taxes on the rich drew fire.', { speaker: 'Clinton', cue: 'plan', content: 'to raise taxes on the rich' }],
  ['Talks stalled over the German reluctance to send troops abroad.', { speaker: 'German', cue: 'reluctance', content: 'to send troops abroad' }],
  ['The decision by the council to not renew the lease angered residents.', { speaker: 'the council', cue: 'decision', content: 'to not renew the lease' }],
  ['The government decision to close the mine angered miners.', { speaker: 'government', cue: 'decision', content: 'to close the mine' }],
  ['Her willingness to share the prize surprised the jury.', { speaker: 'Her', cue: 'willingness', content: 'to share the prize' }],
  ['“We need more ships,” said Ana Ruiz, a captain whose crew lost work because of the mayor’s refusal to dredge the harbor.', { speaker: 'the mayor', cue: 'refusal', content: 'to dredge the harbor' }],
], [
  'Their effort to reopen the mine failed.',
  'The union’s bid to block the merger collapsed.',
  'Her push to rebuild the library won praise.',
  'The city’s attempt to sell the stadium stalled.',
  'The May plan to widen the road was dropped.',
  'A decision by Friday to close the park is expected.',
  'The plan to widen the road was dropped.',
  'Analysts say the mayor’s decision to close the bridge was rushed.',
  'The club’s efforts to the contrary failed.',
  // An owner that names anyone at all holds no view.
  'Fees do not depend on an individual’s decision to sell the house.',
  'Rents rise whatever a tenant does, and someone’s decision to move changes little.',
]);

table('possessive-noun-topic', [
  ['The senator’s remarks on the budget drew applause.', { speaker: 'The senator', cue: 'remarks', content: 'the budget', cueType: 'speech' }],
  ['Few shared his theory of the river’s origin.', { speaker: 'his', cue: 'theory', content: 'the river’s origin', cueType: 'belief' }],
  ['Her obsession with Paris, Rome and Vienna never faded.', { speaker: 'Her', cue: 'obsession', content: 'Paris, Rome and Vienna' }],
  ['Their comments Tuesday about the merger angered staff.', { speaker: 'Their', cue: 'comments', content: 'the merger' }],
  ['Mayor Lena Ortiz is doubling down on her remarks about the harbor.', { speaker: 'Lena Ortiz', cue: 'remarks', content: 'the harbor' }],
  ['Mayor Lena Ortiz is standing by her remarks about the harbor.', { speaker: 'Lena Ortiz', cue: 'remarks', content: 'the harbor' }],
  ['The coach is standing by his comments on the referees.', { speaker: 'The coach', cue: 'comments', content: 'the referees' }],
  ['Few economists share her long-standing views on tariffs.', { speaker: 'her', cue: 'views', content: 'tariffs' }],
  ['The new budget was shaped by his deep-rooted skepticism about public debt.', { speaker: 'his', cue: 'skepticism', content: 'public debt' }],
  ['Her disdain for the new stadium was plain.', { speaker: 'Her', cue: 'disdain', content: 'the new stadium', cueType: 'belief' }],
  ['The governor’s announcement in 2019 of a fund for dry years calmed growers.', { speaker: 'The governor', cue: 'announcement', content: 'a fund for dry years' }],
  ['Her comments last week about the ferry schedule angered commuters.', { speaker: 'Her', cue: 'comments', content: 'the ferry schedule' }],
  ['Meanwhile the mayor continues her praise of the new port.', { speaker: 'the mayor', cue: 'praise', content: 'the new port' }],
  ['The bank cut its forecast for farm exports this year.', { speaker: 'The bank', cue: 'forecast', content: 'farm exports this year', cueType: 'evidence' }],
  ['It raised its forecast for farm exports.', { speaker: 'It', cue: 'forecast', content: 'farm exports' }],
  ['He laughed at her theory of the river’s origin.', { speaker: 'her', cue: 'theory', content: 'the river’s origin' }],
  ['The coach’s more recent remarks about the referees drew a fine.', { speaker: 'The coach', cue: 'remarks', content: 'the referees' }],
], [
  'The more recent remarks about the referees drew a fine.',
  'She disputed his remarks on tariffs.',
  'Her remarks with reporters were brief.',
  'The coach compared his plans with those of the league.',
  'The aide was sent to defend his remarks on tariffs.',
  'His announcement on Monday came late.',
  'His remarks on Friday were brief.',
  'The voters’ support for the new stadium grew.',
  'What is the mayor’s view of the port?',
  'Is the coach’s disdain for referees a problem?',
  'The remarks on the budget drew applause.',
  'Reporters said the senator’s remarks on the budget drew applause.',
  'Their long-standing remarks on Friday were brief.',
]);

table('possessive-noun-cue', [
  ['Nobody checked the coach’s repeated emphasis that the team was ready.', { speaker: 'the coach', cue: 'emphasis', content: 'that the team was ready' }],
  ['Ms. Ortiz has been open in her admission that the budget will run short.', { speaker: 'Ms. Ortiz', cue: 'admission', content: 'that the budget will run short' }],
  ['As the mayor spoke of schools, the governor was firm in his view that roads came first.', { speaker: 'the governor', cue: 'view', content: 'that roads came first' }],
  ['Nobody in the room believed her claim that the audit was finished.', { speaker: 'her', cue: 'claim', content: 'that the audit was finished' }],
  ['The senator’s warning that the deal would fail went unheeded.', { speaker: 'The senator', cue: 'warning', content: 'that the deal would fail' }],
  ['The mayor’s view that new roads cut traffic is shared by few planners.', { speaker: 'The mayor', cue: 'view', content: 'that new roads cut traffic', cueType: 'belief' }],
  ['Nobody trusted a Senate study that the program had failed.', { speaker: 'Senate', cue: 'study', content: 'that the program had failed', cueType: 'evidence' }],
  ['Nobody believed the American denial that spies were involved.', { speaker: 'American', cue: 'denial', content: 'that spies were involved' }],
  ['A claim by the campaign that the poll was rigged drew criticism.', { speaker: 'the campaign', cue: 'claim', content: 'that the poll was rigged' }],
  ['She brushed aside warnings from economists that the plan would fail.', { speaker: 'economists', cue: 'warnings', content: 'that the plan would fail' }],
  ['The mayor’s view is that new roads cut traffic.', { speaker: 'The mayor', cue: 'view', content: 'that new roads cut traffic', cueType: 'belief' }],
  ['Her argument was that the tax would hurt farmers, and when the vote came few disagreed.', { speaker: 'Her', cue: 'argument', content: 'that the tax would hurt farmers' }],
  ['Her argument was that the tax would hurt farmers, and the harvest would shrink.', { speaker: 'Her', cue: 'argument', content: 'that the tax would hurt farmers, and the harvest would shrink' }],
  ['Despite media reports that the bridge was unsafe, traffic kept flowing.', { speaker: 'media', cue: 'reports', content: 'that the bridge was unsafe' }],
  // An adverb of time or degree may stand among the modifiers, where wink reads the noun as a verb.
  ['Nobody checked the harbor board’s earlier claim that the crane had been inspected.', { speaker: 'the harbor board', cue: 'claim', content: 'that the crane had been inspected' }],
  ['Her more recent view that rents would fall proved wrong.', { speaker: 'Her', cue: 'view', content: 'that rents would fall' }],
], [
  'The earlier claim that the crane had been inspected proved false.',
  'She told him earlier claims that the crane had been inspected were false.',
  'The problem is that nobody listened.',
  'The claim is that prices rose.',
  'The emphasis that the coach placed on defence paid off.',
  'A Monday statement that the plant would close surprised workers.',
  'The report from last year that prices rose was wrong.',
  'A claim by him that the poll was rigged drew criticism.',
  'A media statement that was issued late drew no notice.',
  'There is little in her plan that matches the budget.',
  'His claim that was rejected by the court came up again.',
]);

table('possessive-noun-response', [
  ['Pressed on the deficit, her best answer was to say the figures would improve.', { speaker: 'her', cue: 'answer', content: 'the figures would improve', cueType: 'speech' }],
  ['The coach’s first reaction was to tell the players that the season was not over.', { speaker: 'The coach', cue: 'reaction', content: 'the players that the season was not over' }],
], [
  'His answer was to say nothing.',
  'Her answer was to raise taxes on the rich.',
  'The answer was to say that the port would close.',
]);

table('fronted-stance-holder', [
  ['A passionate defender of the night ferry, Mr. Okafor compared it to a bridge.', { speaker: 'Mr. Okafor', cue: 'A passionate defender of', content: 'the night ferry', cueType: 'belief' }],
  ['A longtime critic of the toll, the senator voted against it again on Monday.', { speaker: 'the senator', cue: 'A longtime critic of', content: 'the toll' }],
  ['An early and loyal backer of the mayor, Ana Ruiz has chaired her campaign twice.', { speaker: 'Ana Ruiz', cue: 'An early and loyal backer of', content: 'the mayor' }],
], [
  // A relative clause or a participle after the comma is no subject; a phrase later in the sentence frames nothing.
  'A critic of the plan, who gave only her first name, called it doomed.',
  'An opponent of the levy, speaking at the rally, called it unfair.',
  'The mayor met a critic of the toll, a retired engineer, on Monday.',
  'One supporter of the plan, Ana Ruiz, spoke first.',
]);

table('speaker-stance-predicate', [
  ['The harbor master has serious reservations about the dredging plan.', { speaker: 'The harbor master', cue: 'has serious reservations about', content: 'the dredging plan', cueType: 'belief' }],
  ['Councillor Ines Varga had no illusions about the cost of the tram.', { speaker: 'Ines Varga', cue: 'had no illusions about', content: 'the cost of the tram' }],
  ['Several growers have always had doubts over the new quota system.', { speaker: 'Several growers', cue: 'had doubts over', content: 'the new quota system' }],
  ['The bishop has questions about how the fund was spent.', { speaker: 'The bishop', cue: 'has questions about', content: 'how the fund was spent' }],
  ['Senator Ruth Okonjo is against the new toll on the bridge.', { speaker: 'Ruth Okonjo', cue: 'is against', content: 'the new toll on the bridge' }],
  ['Most of the fishermen are firmly in favor of a shorter season.', { speaker: 'Most of the fishermen', cue: 'are firmly in favor of', content: 'a shorter season' }],
  ['One trustee was not nearly as on board with closing the library.', { speaker: 'One trustee', cue: 'was not nearly as on board with', content: 'closing the library' }],
  ['The dockworkers are up in arms over the new shift rota.', { speaker: 'The dockworkers', cue: 'are up in arms over', content: 'the new shift rota' }],
], [
  // Facing a rival, breaking a rule, owning a stake: no stance reported.
  'The home side was up against a much stronger team.',
  'Parking on the verge is against the law.',
  'The cyclists rode against the wind all morning.',
  'The fund has an interest in the new port.',
  'The mayor has plans for the old harbor.',
  // A stance held in the future or in a restrictive relative clause is no report.
  'A judge who is against the merger would recuse herself.',
  'The board will have concerns about the delay.',
]);

table('framing-noun-phrase', [
  ['In her view, the bridge should never have been built.', { speaker: 'her', cue: 'view', content: 'the bridge should never have been built', cueType: 'belief' }],
  ['By his own admission, the budget had run dry by March.', { speaker: 'his', cue: 'admission', content: 'the budget had run dry by March', cueType: 'speech' }],
  ['But in the eyes of many farmers, the new rules go too far.', { speaker: 'many farmers', cue: 'eyes', content: 'the new rules go too far' }],
  ['In the coach’s opinion, the referee missed the foul.', { speaker: 'the coach', cue: 'opinion', content: 'the referee missed the foul' }],
  ['The deal was a mistake, in her view. The mayor disagreed.', { speaker: 'her', cue: 'view', content: 'The deal was a mistake' }],
  ['Only the rich are safe in his eyes.', { speaker: 'his', cue: 'eyes', content: 'Only the rich are safe' }],
], [
  'She kept the letter in her view of the garden.',
  'The painting hung in my view all afternoon.',
  'In my view, the bridge should never have been built.',
  'The bridge, in her view, should never have been built.',
  'In view of the storm, the match was called off.',
  'By his own hand, the fence was rebuilt.',
]);

table('closing-evidence-phrase', [
  ['Ms. Roe leads the mayor by four points in the latest county poll.', { speaker: 'the latest county poll', cue: 'poll', content: 'Ms. Roe leads the mayor by four points', cueType: 'evidence' }],
  ['Despite a strong debate, the senator gained no ground in one of the first polls to come out.', { speaker: 'one of the first polls to come out', cue: 'polls', content: 'the senator gained no ground' }],
  ['The mayor did well in online polls taken after the debate by papers such as the Ledger, the Courier and the Star.', { speaker: 'online polls taken after the debate by papers such as the Ledger, the Courier and the Star', cue: 'polls', content: 'The mayor did well' }],
  ['Half of the wetlands have been drained since 1950, by one estimate.', { speaker: 'one estimate', cue: 'estimate', content: 'Half of the wetlands have been drained since 1950' }],
], [
  'Hundreds of nurses participated in the survey.',
  'Her name was mentioned in the study.',
  'In the latest poll, voters told pollsters they want lower fares.',
  'Support slid from 61 percent in the previous poll to 57 percent now.',
  'The governor said turnout will rise in the next poll.',
  'Ms. Roe leads in the poll that the paper ran.',
  'The hall was built by the count.',
]);

table('speaker-answer-word', [
  ['As the coach listed the new rules, the clerk said yes, yes, yes, all morning.', { speaker: 'the clerk', cue: 'said', content: 'yes, yes, yes', kind: 'indirect' }],
  ['The board said no.', { speaker: 'The board', cue: 'said', content: 'no' }],
  ['Voters said yes; the council said no.', { speaker: 'Voters', cue: 'said', content: 'yes' }],
], [
  // A refusal of a thing, a clause opened by "no", a negated or a quoted answer is no answer said.
  'The board said no to the plan.',
  'A lawyer for the club said no decision had been made.',
  'She did not say yes.',
  'Nobody said no.',
  '“She said yes,” he recalled.',
]);

table('as-passive-source', [
  ['As reported by the Ledger, the port will close in May.', { speaker: 'Ledger', cue: 'reported', content: 'the port will close in May' }],
  ['As noted in the audit, the pension fund is short of cash.', { speaker: 'the audit', cue: 'noted', content: 'the pension fund is short of cash' }],
  ["But as stated in Hale's letter, the board never voted on the sale.", { speaker: "Hale's letter", cue: 'stated', content: 'the board never voted on the sale' }],
], [
  'As stated earlier, the pension fund is short of cash.',
  'As noted in the park, the pension fund is short of cash.',
  'As reported, the port will close in May.',
]);

table('as-speaker-cue', [
  ['As the harbour master pointed out, the bay rarely freezes twice in a winter.', { speaker: 'the harbour master', cue: 'pointed out', content: 'the bay rarely freezes twice in a winter' }],
  ['The bridge, as one engineer noted, was never meant for lorries.', { speaker: 'one engineer', cue: 'noted', content: 'The bridge … was never meant for lorries' }],
  ['The footage does not show who threw the first stone, as the police have said.', { speaker: 'the police', cue: 'said', content: 'The footage does not show who threw the first stone' }],
  ['But as several economists have argued in recent weeks, the tariff will raise prices.', { speaker: 'several economists', cue: 'argued', content: 'the tariff will raise prices' }],
  ['Yet, as Ms. Okafor observed, nobody had read the report.', { speaker: 'Ms. Okafor', cue: 'observed', content: 'nobody had read the report' }],
  ['As the mayor put it in a radio interview last week, the plan is “dead on arrival.”', { speaker: 'the mayor', cue: 'put it', content: 'the plan is “dead on arrival.”' }],
  ['The first test for a permit is a “clean record of payments,” as a county audit put it.', { speaker: 'a county audit', cue: 'put it', content: 'The first test for a permit is a “clean record of payments,”', kind: 'mixed' }],
  // After another cue of the sentence, the clause that holds the quotation, from the comma before it.
  ['Critics echo her worries, in part because while most applicants must meet work rules, the main test for a permit is a “clean record of payments,” as a county audit put it.', { speaker: 'a county audit', cue: 'put it', content: 'the main test for a permit is a “clean record of payments,”' }],
  ['The ferry is “safe for another decade,” as the inspector noted in March.', { speaker: 'the inspector', cue: 'noted', content: 'The ferry is “safe for another decade,”' }],
  ['The levy is a tax on renters, as one councillor put it to reporters.', { speaker: 'one councillor', cue: 'put it', content: 'The levy is a tax on renters' }],
], [
  // The wording put is the quotation after the aside, not the clause before it.
  'The coach has never been seen, as one paper put it, “as a builder of teams.”',
  'The plan was rushed, as it were, and the council knew it.',
  'As the mayor spoke, the crowd cheered.',
  'As she said this, the lights went out.',
  'As he testified, protesters gathered outside.',
  'As the minister said goodbye, the train left.',
  'As expected, the vote failed.',
]);
