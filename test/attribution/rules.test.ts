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
  ['The factory was the biggest employer, Mr. Lund said, until it closed in 2009.', { speaker: 'Mr. Lund', cue: 'said', content: 'The factory was the biggest employer … until it closed in 2009' }],
  ['The deal was good, she said, and “the town will be better for it.”', { speaker: 'she', cue: 'said', content: 'The deal was good … and “the town will be better for it.”' }],
  ['The deal was good, she said, and the council approved it.', { speaker: 'she', cue: 'said', content: 'The deal was good' }],
  ['“We won,” she said, but the team lost the next game.', { speaker: 'she', cue: 'said', content: '“We won,”' }],
  ['However, the plan will fail, the senator said.', { speaker: 'the senator', cue: 'said', content: 'the plan will fail' }],
  ['But the vote was close, she said.', { speaker: 'she', cue: 'said', content: 'the vote was close' }],
  ['In addition, the city will hire more teachers, the mayor said.', { speaker: 'the mayor', cue: 'said', content: 'the city will hire more teachers' }],
  ['“We will appeal,” Ms. Okafor said.', { speaker: 'Ms. Okafor', cue: 'said', content: '“We will appeal,”', kind: 'direct' }],
  ['The plan is “a disaster,” the mayor told reporters.', { speaker: 'the mayor', cue: 'told', content: 'The plan is “a disaster,”', kind: 'mixed' }],
  ['“Why now?” she asked.', { speaker: 'she', cue: 'asked', content: '“Why now?”' }],
  ['“Why is nobody accountable?” Senator Vale demanded.', { speaker: 'Vale', cue: 'demanded', content: '“Why is nobody accountable?”' }],
  ['The museum, Mr. Hale said, would open in June.', { speaker: 'Mr. Hale', cue: 'said', content: 'The museum … would open in June' }],
  ['The museum, Mr. Hale said, celebrated its heroes.', { speaker: 'Mr. Hale', cue: 'said', content: 'The museum … celebrated its heroes' }],
  ["Farmers, he said, can ''hold out until spring.''", { speaker: 'he', cue: 'said', content: "Farmers … can ''hold out until spring.''" }],
  ['Bonuses were cut by a third, The Daily Ledger reports.', { speaker: 'The Daily Ledger', cue: 'reports', content: 'Bonuses were cut by a third' }],
  ['Wind farms need little water. Each turbine can power 900 homes, the engineer said.', { speaker: 'the engineer', cue: 'said', content: 'Wind farms need little water. Each turbine can power 900 homes' }],
  ['The vote was held in May. Officials said turnout was low. Most voters stayed home, the clerk said.', { speaker: 'the clerk', cue: 'said', content: 'Most voters stayed home' }],
  ['Voters were angry. “Schools will close,” the mayor said.', { speaker: 'the mayor', cue: 'said', content: '“Schools will close,”' }],
  ['Voters were angry.\n\nSchools will close, the mayor said.', { speaker: 'the mayor', cue: 'said', content: 'Schools will close' }],
  ['“We are ready,” she said, smiling. “The team is ready.”', { speaker: 'she', cue: 'said', content: '“We are ready,” … “The team is ready.”' }],
  ['"We will not back down," Lynch said.', { speaker: 'Lynch', cue: 'said', content: '"We will not back down,"' }],
  ['"Deadlines are not suggestions," Rep. Lina Voss said after the contractor failed to deliver.', { speaker: 'Rep. Lina Voss', cue: 'said', content: '"Deadlines are not suggestions,"' }],
  ['“It is over,” Rep. Lena Ward (D-Ore.) said.', { speaker: 'Rep. Lena Ward', cue: 'said', content: '“It is over,”' }],
  ['“Three bridges were closed,” he said of the risk of flooding along the river.', { speaker: 'he', cue: 'said', content: '“Three bridges were closed,”' }],
  ['“Now is the time,” Don Fowler said.', { speaker: 'Don Fowler', cue: 'said', content: '“Now is the time,”' }],
  ['“The budget will pass by Friday,” Sen. Dora Quill, D-Ore., said.', { speaker: 'Sen. Dora Quill', cue: 'said', content: '“The budget will pass by Friday,”' }],
  ['If the rain holds off, the mayor said, the parade will go ahead.', { speaker: 'the mayor', cue: 'said', content: 'If the rain holds off … the parade will go ahead' }],
  ['Though the first move went well, he said, replacing the coach would be harder.', { speaker: 'he', cue: 'said', content: 'Though the first move went well … replacing the coach would be harder' }],
  ['“It is a land grab,” Piet Moreau, the water commissioner of Utah, one of the counties appealing the ruling, said at a fair.', { speaker: 'Piet Moreau', cue: 'said', content: '“It is a land grab,”' }],
  ['Ms. Roe said she was leaving because “nobody listens,” she said. “Nobody ever did.”', { speaker: 'she', cue: 'said', content: '“nobody listens,” … “Nobody ever did.”' }],
  ['“We cannot pay,” the mayor said, adding later, “The state must help.”', { speaker: 'the mayor', cue: 'said', content: '“We cannot pay,”' }],
  ['“We want clarity,” Moreau said, suggesting two tests, among them, “Would you sign it yourself?”', { speaker: 'Moreau', cue: 'said', content: '“We want clarity,”' }],
  ['After some delays, the work has been good, one official said.', { speaker: 'one official', cue: 'said', content: 'After some delays, the work has been good' }],
  ['“We can fix it,” Rep. Lina Voss (D-Maine), a board trustee, said by email. “Yet we lack funds.”', { speaker: 'Rep. Lina Voss', cue: 'said', content: '“We can fix it,” … “Yet we lack funds.”' }],
  ['“It is not only the noise,” Ms. Moreau told Harbor Radio on Sunday, “it is the dust.”', { speaker: 'Ms. Moreau', cue: 'told', content: '“It is not only the noise,” … “it is the dust.”' }],
  ['“He is right,” Ms. Hale said on the BBC’s “Today.” “There is a gap.”', { speaker: 'Ms. Hale', cue: 'said', content: '“He is right,” … “There is a gap.”' }],
  ['“We see farms feeding towns,” the memo reads. “Our backing is firm.”', { speaker: 'the memo', cue: 'reads', content: '“We see farms feeding towns,” … “Our backing is firm.”', cueType: 'writing' }],
  ['“We will recover,” she said at a town meeting confirming that the mill would close.', { speaker: 'she', cue: 'said', content: '“We will recover,”' }],
  ['“We will win,” the mayor’s sister, state Sen. Ana Ruiz (D-Leeds), shouted to the crowd. “Stand with him.”', { speaker: 'Sen. Ana Ruiz', cue: 'shouted', content: '“We will win,” … “Stand with him.”' }],
  ['Ms. Roe told him: “You called the taxes ‘fair,’” she said. “They are not.”', { speaker: 'she', cue: 'said', content: '“They are not.”' }],
  ['“We can win this,” Hale said, going on to compare the two plans. “Read them both.”', { speaker: 'Hale', cue: 'said', content: '“We can win this,”' }],
  ['“We had trouble with them before,” Hale said after the talks. He did not suggest a response. “Our aim is calm.”', { speaker: 'Hale', cue: 'said', content: '“We had trouble with them before,” … “Our aim is calm.”' }],
  ['“We had trouble with them before,” she said after the talks. He did not agree. “Our aim is calm.”', { speaker: 'she', cue: 'said', content: '“We had trouble with them before,”' }],
  ['“We had trouble with them before,” Hale said. He then told reporters more. “Our aim is calm.”', { speaker: 'Hale', cue: 'said', content: '“We had trouble with them before,”' }],
  ['“We will defend ourselves,” President FranÃ§ois Roux said Friday as he arrived at the talks.', { speaker: 'FranÃ§ois Roux', cue: 'said', content: '“We will defend ourselves,”' }],
  ['“We will defend ourselves,” the cafÃ© owner said as he arrived.', { speaker: 'the cafÃ© owner', cue: 'said', content: '“We will defend ourselves,”' }],
  ['“We will win,” the mayor’s sister, state Sen. Ana "Annie" Ruiz (D-Leeds), shouted to the crowd. “Stand with him.”', { speaker: 'Ruiz', cue: 'shouted', content: '“We will win,” … “Stand with him.”' }],
  ['“I like the man,” he said, but “on this issue he is wrong.”', { speaker: 'he', cue: 'said', content: '“I like the man,” … but “on this issue he is wrong.”' }],
  ['The film "Jaws" Spielberg made was a hit, he said.', { speaker: 'he', cue: 'said', content: 'The film "Jaws" Spielberg made was a hit', kind: 'mixed' }],
], [
  'In her 2003 memoir, Hidden Roads, the mayor noted the bridge’s age.',
  'Turnout fell. Campaigning in the north in 2019, he barely mentioned the mines.',
  'But when the council cut the budget, the mayor said no.',
  'Reportedly, the council has asked the state for money.',
  'Heading into the final week, the senator said: “We are ready.”',
  'In her 2019 memoir, the author wrote, “Nothing was planned.”',
  'The bridge, which opened in May, is closed.',
  'On the form, in a box marked “urgent,” a clerk had typed “denied.”',
]);

table('content-comma-cue-speaker', [
  ['“This is a good day,” said Anna Brandt, the union leader.', { speaker: 'Anna Brandt', cue: 'said', content: '“This is a good day,”' }],
  ['“We lost,” said the coach, “but we learned.”', { speaker: 'the coach', cue: 'said', content: '“We lost,” … “but we learned.”' }],
  ['“The veto will hold,” said Tuesday Senator Ada Brook.', { speaker: 'Senator Ada Brook', cue: 'said', content: '“The veto will hold,”' }],
  ['“Now is the time,” said Don Fowler, who led the party.', { speaker: 'Don Fowler', cue: 'said', content: '“Now is the time,”' }],
  ['“The bump is small,” wrote Ana Bell for the Valley Ledger. “Few voters moved.”', { speaker: 'Ana Bell', cue: 'wrote', content: '“The bump is small,” … “Few voters moved.”' }],
  ['“The city will not go back,” said the Rev. Peter Hale, of Grace Church. “This is a good thing.”', { speaker: 'Peter Hale', cue: 'said', content: '“The city will not go back,” … “This is a good thing.”' }],
], [
  'In the bank scandal, customers were charged fees, saw their credit scores fall, got cards they never wanted or were confused.',
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
  ['Sen. Lena Ward (D-Nev.) Tuesday said the budget would pass.', { speaker: 'Sen. Lena Ward', cue: 'said', content: 'the budget would pass' }],
  ['Sen. Lena Ward (R-Ariz.) on Tuesday said the budget would pass.', { speaker: 'Sen. Lena Ward', cue: 'said', content: 'the budget would pass' }],
  ['Sen. Lena Ward (R-Ga.), who chairs the panel, said the budget would pass.', { speaker: 'Sen. Lena Ward', cue: 'said', content: 'the budget would pass' }],
  ['The company said “the plan worked well last year,” adding that costs fell by half.', { speaker: 'The company', cue: 'said', content: '“the plan worked well last year,”' }],
  ['The mayor said the plan was “a success,” making the case for more money.', { speaker: 'The mayor', cue: 'said', content: 'the plan was “a success,” making the case for more money' }],
  ['The mayor said the plan would cut costs, though she noted that the state had not agreed.', { speaker: 'The mayor', cue: 'said', content: 'the plan would cut costs' }],
  ['The mayor said the plan would cut costs, though she noted that the state had not agreed.', { speaker: 'she', cue: 'noted', content: 'that the state had not agreed' }],
  ['Ms. Park said the tax would raise money while most economists say it would slow growth.', { speaker: 'Ms. Park', cue: 'said', content: 'the tax would raise money' }],
  ['Officials said the bridge would reopen in May and they promised to pay for it.', { speaker: 'Officials', cue: 'said', content: 'the bridge would reopen in May' }],
  ['He said there are voters who feel ignored and who believe nothing will change.', { speaker: 'He', cue: 'said', content: 'there are voters who feel ignored and who believe nothing will change' }],
  ['She called for more police and an end to the cuts known as austerity.', { speaker: 'She', cue: 'called for', content: 'more police and an end to the cuts known as austerity' }],
  ['The minister said that taxes would rise.', { speaker: 'The minister', cue: 'said', content: 'that taxes would rise', kind: 'indirect' }],
  ['Halvorsen said the deal was “fair and final.”', { speaker: 'Halvorsen', cue: 'said', content: 'the deal was “fair and final.”', kind: 'mixed' }],
  ['The mayor told reporters on Monday that the bridge would reopen.', { speaker: 'The mayor', cue: 'told', content: 'that the bridge would reopen' }],
  ['Jane Roe, the chief executive, said: “We are growing.”', { speaker: 'Jane Roe', cue: 'said', content: '“We are growing.”', kind: 'direct' }],
  ['The bank last month said it would end the fees.', { speaker: 'The bank', cue: 'said', content: 'it would end the fees' }],
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
  ['A 2019 study that appeared in the Hale Review found that most trials were small.', { speaker: 'A 2019 study', cue: 'found', content: 'that most trials were small' }],
  ['The man who spoke to Ms. Roe said the meeting went well.', { speaker: 'The man', cue: 'said', content: 'the meeting went well' }],
  ['A poll conducted by the Hale Institute found that most voters were undecided.', { speaker: 'A poll', cue: 'found', content: 'that most voters were undecided' }],
  ['The report released Tuesday said the economy grew.', { speaker: 'The report', cue: 'said', content: 'the economy grew' }],
  ['The audit published in March found that the council had lost track of its loans.', { speaker: 'The audit', cue: 'found', content: 'that the council had lost track of its loans' }],
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
  ['The mayor said the bridge was unsafe, and the council voted to close it.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe' }],
  ['The mayor said the bridge was unsafe, and that repairs would take a year.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe, and that repairs would take a year' }],
  ['The mayor said the budget would cover three things — roads, schools and parks.', { speaker: 'The mayor', cue: 'said', content: 'the budget would cover three things — roads, schools and parks' }],
  ['The mayor said the bridge was safe — a claim the engineers rejected.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was safe' }],
  ['The mayor said the plan would cut costs, which would free money for schools.', { speaker: 'The mayor', cue: 'said', content: 'the plan would cut costs, which would free money for schools' }],
  ['The mayor said the plan would cut costs, which the council disputed.', { speaker: 'The mayor', cue: 'said', content: 'the plan would cut costs' }],
  ['The mayor said she would ask the governor, who had promised help last year.', { speaker: 'The mayor', cue: 'said', content: 'she would ask the governor' }],
  ['The minister has urged banks to lend more but has said she will not force them.', { speaker: 'The minister', cue: 'urged', content: 'banks to lend more' }],
  ['The board decided against hiring a coach during the season.', { speaker: 'The board', cue: 'decided against', content: 'hiring a coach during the season' }],
  ['She said the firm would hire more staff, opening two offices next year.', { speaker: 'She', cue: 'said', content: 'the firm would hire more staff, opening two offices next year' }],
  ['The mayor said the plan was fair, quickly drawing boos from the crowd.', { speaker: 'The mayor', cue: 'said', content: 'the plan was fair' }],
  ['Police say the driver sped off and refused to stop.', { speaker: 'Police', cue: 'say', content: 'the driver sped off and refused to stop' }],
  ['The mayor said the bridge was unsafe and warned drivers to stay away.', { speaker: 'The mayor', cue: 'said', content: 'the bridge was unsafe' }],
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
  ['The engineers we consulted said the dam was safe.', { speaker: 'The engineers', cue: 'said', content: 'the dam was safe' }],
  ['I believe the plan will fail.', { speaker: 'I', cue: 'believe', content: 'the plan will fail', cueType: 'belief' }],
  ['Only half of local parents agreed that the school was safe.', { speaker: 'Only half of local parents', cue: 'agreed', content: 'that the school was safe' }],
  ['The US said the plan would fail.', { speaker: 'US', cue: 'said', content: 'the plan would fail' }],
  ['Officials in Ohio said the count was fair.', { speaker: 'Officials in Ohio', cue: 'said', content: 'the count was fair' }],
  ['Many economists, however, say the rise is temporary.', { speaker: 'Many economists', cue: 'say', content: 'the rise is temporary' }],
  ['In a radio interview Hale declared “the deal is dead.”', { speaker: 'Hale', cue: 'declared', content: '“the deal is dead.”' }],
  ['After the debate, a friend commented: “You should vote.”', { speaker: 'a friend', cue: 'commented', content: '“You should vote.”' }],
  ['The plan was, as one official put it, “a disaster.”', { speaker: 'one official', cue: 'put it', content: '“a disaster.”' }],
  ["As for the network, he said, ''What outlet isn't taking sides?''", { speaker: 'he', cue: 'said', content: "''What outlet isn't taking sides?''" }],
  ["He said the plan ''will work.''", { speaker: 'He', cue: 'said', content: "the plan ''will work.''", kind: 'mixed' }],
  ['She repeatedly says, “Don’t do it,” until the line goes dead.', { speaker: 'She', cue: 'says', content: '“Don’t do it,”' }],
  ['Fans streaming out of the stadium chanted “Who needs a coach?” and laughed.', { speaker: 'Fans', cue: 'chanted', content: '“Who needs a coach?”' }],
  ['The two unions both said the offer was too low.', { speaker: 'The two unions', cue: 'said', content: 'the offer was too low' }],
  ['He asked if she would run. To which she said, “Not this year.”', { speaker: 'she', cue: 'said', content: '“Not this year.”' }],
  ['On the form, in a box marked “urgent,” a clerk had typed “denied.”', { speaker: 'a clerk', cue: 'typed', content: '“denied.”' }],
  ['Ana "Annie" Ruiz told reporters the plan would fail.', { speaker: 'Ruiz', cue: 'told', content: 'the plan would fail', kind: 'indirect' }],
  ['Ms. Roe scolded him: “You called the taxes ‘fair,’” she said. “They are not.”', { speaker: 'Ms. Roe', cue: 'scolded', content: '“You called the taxes ‘fair,’”' }],
  ['The library only last week announced it would shut the annex.', { speaker: 'The library', cue: 'announced', content: 'it would shut the annex' }],
  ['The council voted Monday to close the pool.', { speaker: 'The council', cue: 'voted', content: 'to close the pool' }],
  ['Ms. Lee, Mr. Park and Mr. Ruiz all said the count was wrong.', { speaker: 'Mr. Ruiz', cue: 'said', content: 'the count was wrong' }],
  ['Ana Roe said at a rally in Palm Springs that the vote was rigged.', { speaker: 'Ana Roe', cue: 'said', content: 'that the vote was rigged' }],
  ['He thanked the volunteers, many of whom say they will return next year.', { speaker: 'many of whom', cue: 'say', content: 'they will return next year' }],
  ['The clinic opened in Derby, where nursing experts say the wards are too small.', { speaker: 'nursing experts', cue: 'say', content: 'the wards are too small' }],
  ['He praised Senator Hale, who in 2010 said the war was lost.', { speaker: 'who', cue: 'said', content: 'the war was lost' }],
  ['Analysts say his plans to cut taxes would swell the deficit.', { speaker: 'Analysts', cue: 'say', content: 'his plans to cut taxes would swell the deficit' }],
  ['The mayor has not said whether the bridge will reopen.', { speaker: 'The mayor', cue: 'said', content: 'whether the bridge will reopen' }],
  ['The coach isn’t saying if the striker is fit.', { speaker: 'The coach', cue: 'saying', content: 'if the striker is fit' }],
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
  ['The mayor has not said when the bridge will reopen.', { speaker: 'The mayor', cue: 'said', content: 'when the bridge will reopen' }],
  ['The firm said in a filing that the plant would close.', { speaker: 'The firm', cue: 'said', content: 'that the plant would close' }],
  ['The mayor said a newly elected council would meet.', { speaker: 'The mayor', cue: 'said', content: 'a newly elected council would meet' }],
  ['The board drew fire after Ms. Ortiz met the donors and argued that taxes were too high.', { speaker: 'Ms. Ortiz', cue: 'argued', content: 'that taxes were too high' }],
  ['The coach was criticized after he benched the captain and claimed that the team was tired.', { speaker: 'he', cue: 'claimed', content: 'that the team was tired' }],
  ['The mayor left early after the meeting ended and said that the vote was fair.', { speaker: 'The mayor', cue: 'said', content: 'that the vote was fair' }],
  ['The mayor spoke after Mr. Reed arrived, and said that the vote was fair.', { speaker: 'The mayor', cue: 'said', content: 'that the vote was fair' }],
], [
  'The coach talked about the players he has lost this year.',
  'The old farmer, coughing in his bed, said before he died.',
  'Read the three lists I wrote last year for parents in that position.',
  'The strain began to tell when looking at how the panel graded the bill.',
  'The talks are continuing, the envoy said.',
  'The senator endorsed the school that her son attends.',
  'The envoy assumed a recently created job as adviser, in which she counsels the king.',
  'The two teams played the same way all season.',
  'The mayor spoke for an hour. She said:\n\nThe budget is a mess.',
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
], [
  'According to AFP, the minister said the vote would go ahead.',
  'The minister said the vote would go ahead, according to Reuters.',
]);

table('relative-speaker-cue', [
  ['The mayor returned the gifts, which he said were meant as bribes.', { speaker: 'he', cue: 'said', content: 'which … were meant as bribes' }],
  ['It came down to what the farmers said was a water theft.', { speaker: 'the farmers', cue: 'said', content: 'what … was a water theft' }],
  ['Voters doubt what the mayor says her budget would fund, and critics agree.', { speaker: 'the mayor', cue: 'says', content: 'what … her budget would fund' }],
  ['Nobody knows how the engineers say the bridge will hold.', { speaker: 'the engineers', cue: 'say', content: 'how … the bridge will hold' }],
  ['The club sold the ground, which the chairman says he had tried to keep.', { speaker: 'the chairman', cue: 'says', content: 'which … he had tried to keep' }],
  ['Crews cleared the debris the engineers said was left by the flood.', { speaker: 'the engineers', cue: 'said', content: 'the debris … was left by the flood' }],
], [
  'The mayor said the gifts were meant as bribes.',
  'The man who said nothing left early.',
  'What the coach considers “fair” could strike the players as harsh.',
  'Nobody asked what the mayor said.',
  'It was Ana Bell the judge said was late.',
]);

table('participle-cue', [
  ['The judge closed the hearing, referencing the flood of letters from parents.', { speaker: 'The judge', cue: 'referencing', content: 'the flood of letters from parents' }],
  ['“You knew the risks,” the coach told the team, reciting the club’s old motto.', { speaker: 'the coach', cue: 'reciting', content: 'the club’s old motto' }],
  ['"The mayor strode up to the podium, chanting “Four more years!”', { speaker: 'The mayor', cue: 'chanting', content: '“Four more years!”' }],
  ['The coach criticised the referee, even suggesting he had been bribed.', { speaker: 'The coach', cue: 'suggesting', content: 'he had been bribed' }],
  ['The mayor reached out to parents on Tuesday by saying her budget was fair.', { speaker: 'The mayor', cue: 'saying', content: 'her budget was fair' }],
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
  ['The governor, a former judge, closed the speech by arguing that the court had gone too far.', { speaker: 'The governor', cue: 'arguing', content: 'that the court had gone too far' }],
  ['After saying that the plan was dead, the governor left the room.', { speaker: 'the governor', cue: 'saying', content: 'that the plan was dead' }],
  ['After saying her knee was “too stiff to bend,” she was driven to a clinic.', { speaker: 'she', cue: 'saying', content: 'her knee was “too stiff to bend,”' }],
  ['The mayor spoke for an hour, offering the schools new funds.', { speaker: 'The mayor', cue: 'offering', content: 'the schools new funds' }],
  ['The council met on Monday, warning that the bridge would close.', { speaker: 'The council', cue: 'warning', content: 'that the bridge would close' }],
], [
  'After the storm, warning signs were posted along the coast.',
  'The senator thanked the mayor for saying that the plan would work.',
  'The aide expects the host to interrupt by saying that the claim is false.',
  'Ana Bell praised the nurses for warning that the ward was full.',
  'Before saying goodbye, the mayor hugged her staff.',
  'The minister left the room, speaking to nobody.',
  'Saying nothing, the minister left the room.',
  'The rebels held the hills, with Spain supporting the army on the coast.',
]);

table('framing-verb-quote', [
  ['The minister condemned what she called a “reckless gamble” by the bank.', { speaker: 'The minister', cue: 'condemned', content: 'what she called a “reckless gamble” by the bank' }],
  ['The governor called the plan “a betrayal of voters.”', { speaker: 'The governor', cue: 'called', content: 'the plan “a betrayal of voters.”' }],
  ["Her staff called her ''a wizard'' after the vote.", { speaker: 'Her staff', cue: 'called', content: "her ''a wizard'' after the vote" }],
  ['She referred to the proposal as a “fantasy budget.”', { speaker: 'She', cue: 'referred', content: '“fantasy budget.”', kind: 'direct' }],
  ['The governor described the strike as “reckless” and a “gift to our rivals” abroad.', { speaker: 'The governor', cue: 'described', content: 'the strike as “reckless” and a “gift to our rivals” abroad' }],
  ['Peru branded the cartel a "menace to every village."', { speaker: 'Peru', cue: 'branded', content: 'the cartel a "menace to every village."' }],
  ['The senator openly admires the admiral as a “steady hand,” likening him to past leaders.', { speaker: 'The senator', cue: 'admires', content: 'the admiral as a “steady hand,”' }],
  ['The panel rated 40% of the claims as “false” or “misleading.”', { speaker: 'The panel', cue: 'rated', content: '40% of the claims as “false” or “misleading.”' }],
  ['The senator has gone after the mayor as a “career politician.”', { speaker: 'The senator', cue: 'gone', content: '“career politician.”' }],
  ['A magazine hailed the coach as “The Miracle Worker” for the turnaround he led.', { speaker: 'A magazine', cue: 'hailed', content: 'the coach as “The Miracle Worker” for the turnaround he led' }],
  ['The senator called the mayor a “liar” who is “utterly unfit.”', { speaker: 'The senator', cue: 'called', content: 'the mayor a “liar” who is “utterly unfit.”' }],
  ['The mayor called the fire a “terrible accident,” but stopped short of blaming anyone.', { speaker: 'The mayor', cue: 'called', content: 'the fire a “terrible accident,”' }],
  ['The mayor called the fire “an accident” and praised the crews.', { speaker: 'The mayor', cue: 'called', content: 'the fire “an accident”' }],
  ['The minister called the plan “a gift to polluters” in a statement on Monday.', { speaker: 'The minister', cue: 'called', content: 'the plan “a gift to polluters”' }],
  ['She was describing as “reckless” a post about the mayor.', { speaker: 'She', cue: 'describing', content: 'as “reckless”', kind: 'mixed' }],
  ['Officials in both parties call them “lone wolves.”', { speaker: 'Officials in both parties', cue: 'call', content: 'them “lone wolves.”' }],
  ['She quit after what she called a “tirade,” a run of furious emails.', { speaker: 'she', cue: 'called', content: 'what she called a “tirade,”' }],
  ['The minister condemned what he called a “reckless gamble.”', { speaker: 'The minister', cue: 'condemned', content: 'what he called a “reckless gamble.”' }],
  ['Leaders condemned what the mayor called a “reckless gamble.”', { speaker: 'the mayor', cue: 'called', content: 'what the mayor called a “reckless gamble.”' }],
  ['The senator called the mayor a “liar,” a “bully” and a “coward.”', { speaker: 'The senator', cue: 'called', content: 'the mayor a “liar,” a “bully” and a “coward.”' }],
  ['The envoy accused the regime of “blind arrogance.”', { speaker: 'The envoy', cue: 'accused', content: '“blind arrogance.”', kind: 'direct' }],
], [
  'The governor called the meeting to order.',
  'She served as “chief of staff” for a decade.',
  'Shoppers prefer branded goods to “no-name” ones.',
  'The bill, known as the “Clean Water Act,” passed the house.',
]);

table('speaker-verb-object', [
  ["Both rivals cited the statistic at last month's hearing.", { speaker: 'Both rivals', cue: 'cited', content: 'the statistic' }],
  ['In her 2003 memoir, Hidden Roads, the mayor noted the bridge’s age.', { speaker: 'the mayor', cue: 'noted', content: 'the bridge’s age' }],
  ['Ms. Ruiz described her rival as a liar during the second mayoral forum.', { speaker: 'Ms. Ruiz', cue: 'described', content: 'her rival as a liar' }],
  ['The agency reported the outage on Twitter.', { speaker: 'The agency', cue: 'reported', content: 'the outage' }],
  ['The governor criticized the budget and called it “a disgrace.”', { speaker: 'The governor', cue: 'criticized', content: 'the budget' }],
  ['The senator likened the plan to a tax, which would hit the poor.', { speaker: 'The senator', cue: 'likened', content: 'the plan to a tax' }],
  ['Hale, who ran the campaign for a year, blasted Ruiz as a “disgrace” on Friday.', { speaker: 'Hale', cue: 'blasted', content: 'Ruiz as a “disgrace”' }],
  ['The mayor is promising new parks and “homes for everyone,” but he has also raised fees.', { speaker: 'The mayor', cue: 'promising', content: 'new parks and “homes for everyone,”' }],
  ['Critics praised the new law but also had doubts about its cost.', { speaker: 'Critics', cue: 'praised', content: 'the new law' }],
  ['Many voters described Ms. Hale as a reformer when she ran in 2008.', { speaker: 'Many voters', cue: 'described', content: 'Ms. Hale as a reformer' }],
  ['The council condemned the missile test as the crisis deepened.', { speaker: 'The council', cue: 'condemned', content: 'the missile test' }],
  ['She praised the coach after the team won the cup.', { speaker: 'She', cue: 'praised', content: 'the coach' }],
  ['The senator supported the farmers during her years in office.', { speaker: 'The senator', cue: 'supported', content: 'the farmers' }],
  ['The mayor denounced the plan in an on-air rant.', { speaker: 'The mayor', cue: 'denounced', content: 'the plan' }],
  ['The judge rejected the appeal in a written ruling.', { speaker: 'The judge', cue: 'rejected', content: 'the appeal' }],
  ['The ministers condemned the test; others vowed a response.', { speaker: 'The ministers', cue: 'condemned', content: 'the test' }],
  ['The judge accused Mr. Lind, who ran the fund, of hiding losses.', { speaker: 'The judge', cue: 'accused', content: 'Mr. Lind, who ran the fund, of hiding losses' }],
  ['The police announced the arrest of a second suspect.', { speaker: 'The police', cue: 'announced', content: 'the arrest of a second suspect' }],
  ['The senator endorses the plan.', { speaker: 'The senator', cue: 'endorses', content: 'the plan', cueType: 'belief' }],
  ['The teachers’ union has endorsed Hale.', { speaker: 'The teachers’ union', cue: 'endorsed', content: 'Hale', cueType: 'belief' }],
  ['The manager expects them to finish by May.', { speaker: 'The manager', cue: 'expects', content: 'them to finish by May' }],
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
  ['Several farmers expressed doubts about the new subsidy.', { speaker: 'Several farmers', cue: 'expressed', content: 'doubts about the new subsidy', cueType: 'speech' }],
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
  ['Norway and Chile support some fishing quotas.', { speaker: 'Chile', cue: 'support', content: 'some fishing quotas' }],
  ['Tenants, however, question the cost of the scheme.', { speaker: 'Tenants', cue: 'question', content: 'the cost of the scheme' }],
  ['She advocated stricter rules for banks.', { speaker: 'She', cue: 'advocated', content: 'stricter rules for banks', cueType: 'belief' }],
  ['The group advocates a ban on plastic bags.', { speaker: 'The group', cue: 'advocates', content: 'a ban on plastic bags' }],
  ['The coach took to Facebook late on Sunday to accuse the referee of bias.', { speaker: 'The coach', cue: 'accuse', content: 'the referee of bias' }],
  ['When rents are high, the tenants blame the landlords and describe their fees as theft, not business.', { speaker: 'the tenants', cue: 'describe', content: 'their fees as theft, not business' }],
  ['The bishop invoked the memory of the flood.', { speaker: 'The bishop', cue: 'invoked', content: 'the memory of the flood', cueType: 'speech' }],
  ['Her new book chronicles the decline of the mill towns.', { speaker: 'Her new book', cue: 'chronicles', content: 'the decline of the mill towns' }],
  ['The professor is propounding a theory of cheap energy.', { speaker: 'The professor', cue: 'propounding', content: 'a theory of cheap energy' }],
  ['The mayor lauded the volunteers.', { speaker: 'The mayor', cue: 'lauded', content: 'the volunteers', cueType: 'belief' }],
  ['The union has lambasted the pay offer.', { speaker: 'The union', cue: 'lambasted', content: 'the pay offer', cueType: 'belief' }],
  ['The rivals derided the pact as weak.', { speaker: 'The rivals', cue: 'derided', content: 'the pact as weak' }],
  ['The senator extols the virtues of small farms.', { speaker: 'The senator', cue: 'extols', content: 'the virtues of small farms' }],
  ['The governor laid out her plans for a larger park.', { speaker: 'The governor', cue: 'laid out', content: 'her plans for a larger park', cueType: 'speech' }],
  ['The leaflet then references police records of the raid.', { speaker: 'The leaflet', cue: 'references', content: 'police records of the raid' }],
  ['Hale demands accountability from the board, yet refuses to answer questions.', { speaker: 'Hale', cue: 'demands', content: 'accountability from the board' }],
  ['The mayor spelled out the terms of the deal.', { speaker: 'The mayor', cue: 'spelled out', content: 'the terms of the deal' }],
  ['The senator has railed against the new tax on fuel.', { speaker: 'The senator', cue: 'railed against', content: 'the new tax on fuel' }],
  ['Two players spoke out about the abuse.', { speaker: 'Two players', cue: 'spoke out about', content: 'the abuse' }],
  ['The mayor spoke out on Tuesday about the flooding.', { speaker: 'The mayor', cue: 'spoke', content: 'the flooding' }],
  ['The governor spoke emotionally of her years on the farm.', { speaker: 'The governor', cue: 'spoke', content: 'her years on the farm' }],
  ['The coach talked to reporters about the injury.', { speaker: 'The coach', cue: 'talked', content: 'the injury' }],
  ['The author spoke of so many different places.', { speaker: 'The author', cue: 'spoke', content: 'so many different places' }],
  ['The mayor talked about the risks — and why she thinks the plan will fail.', { speaker: 'The mayor', cue: 'talked', content: 'the risks — and why she thinks the plan will fail' }],
  ['The minister played down the risk of a flood.', { speaker: 'The minister', cue: 'played down', content: 'the risk of a flood' }],
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
  ['Local farmers are opposed to the new dam.', { speaker: 'Local farmers', cue: 'are opposed to', content: 'the new dam', cueType: 'belief' }],
  ['The voters grew wary of the new tax.', { speaker: 'The voters', cue: 'grew wary of', content: 'the new tax' }],
  ['The managers were coy about whether she would stay.', { speaker: 'The managers', cue: 'were coy about', content: 'whether she would stay', cueType: 'belief' }],
], [
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
  'The coach warned the players.',
  'The early results are promising.',
  'The lawyer will invoke the clause next week.',
  'The workers laid out the tools on the floor.',
  'The cashier summed up the bill.',
  'The runner has tired legs after the race.',
  'She said the same day that the plan would fail.',
]);

table('possessive-noun-cue', [
  ['Nobody checked the mayor’s claim that crime had halved.', { speaker: 'the mayor', cue: 'claim', content: 'that crime had halved' }],
  ['Nobody shared her hope that the talks would succeed.', { speaker: 'her', cue: 'hope', content: 'that the talks would succeed', cueType: 'belief' }],
], [
  'The claim that crime had halved was false.',
]);

table('speaker-colon-content', [
  ['HOST: Welcome back to the programme.', { speaker: 'HOST', cue: ':', content: 'Welcome back to the programme' }],
  ['"GUEST: Thank you for having me.', { speaker: 'GUEST', cue: ':', content: 'Thank you for having me' }],
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
], []);

table('speaker-dash-quote', [
  ['Several critics spoke up, including the former mayor Jane Roe — “It is a scandal” — and two council members.', { speaker: 'Jane Roe', cue: '—', content: '“It is a scandal”' }],
], [
  'The slogan — “Our city, our future” — was everywhere.',
  "She has lately sounded warmer toward Mr. Hale -- ''a changed man, to my mind.''",
]);

table('speaker-colon-quote', [
  ['The verdict of Judge Amy Cole: “Guilty on all counts.”', { speaker: 'The verdict of Judge Amy Cole', cue: null, content: '“Guilty on all counts.”' }],
], []);

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
]);

table('passive-by-agent', [
  ['A very different account of the meeting was being told by the aides.', { speaker: 'the aides', cue: 'told', content: 'A very different account of the meeting' }],
  ['The budget was endorsed by the teachers’ union.', { speaker: 'the teachers’ union', cue: 'endorsed', content: 'The budget' }],
  ['“Blue Harbour” was written by Ana Lind after the flood.', { speaker: 'Ana Lind', cue: 'written', content: '“Blue Harbour”' }],
], [
  'It was first announced by the governor in 1990.',
  'They were backed by the mayor and the council.',
  'The castle is said to be haunted.',
  'The road was closed by the police.',
  'The statement was read by the mayor.',
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
});

describe('a personal pronoun as speaker', () => {
  const nameOf = (text: string): string | undefined =>
    extract(text).claims.find((c) => c.cue?.text === 'said')?.speaker?.name;
  it.each([
    ['Tom Reed met Ana Ortiz, a spokeswoman for the port, on Monday. He said the plan would fail.', 'Tom Reed'],
    ['Mrs. Ana Ortiz met Mr. Tom Reed on Monday. She said the plan would fail.', 'Ana Ortiz'],
    ['Mr. Tom Reed met Ana Ortiz on Monday. She said the plan would fail.', 'Ana Ortiz'],
    ['Ana Ortiz met Tom Reed on Monday. She said the plan would fail.', 'Tom Reed'],
  ])('resolves the pronoun of %s to a person of its gender, or the last person', (text, name) => {
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
    ['Labor experts say the plan is vague. They say it could exclude many parents.', 'They', 'Labor experts'],
    ['The Harbor Board released a study on Monday. The study says costs will rise. It also says fares will climb.', 'It', 'The study'],
    ['Ms. Roe and Mr. Lee said the talks went well. They said a deal was near.', 'They', 'Ms. Roe and Mr. Lee'],
    ['Democrats met Ms. Roe on Monday. They said a deal was near.', 'They', 'Democrats'],
    ['The Harbor Board met on Monday. It said fares would rise.', 'It', 'Harbor Board'],
  ])('resolves "it" and "they" to the last speaker or group of their number: %s', (text, mention, name) => {
    expect(speakerOf(text, mention)?.name).toBe(name);
  });
  it.each([
    'Ms. Roe thanked the Harbor Board on Monday. They said the vote was fair.',
    'The mayor visited France on Monday. They said the vote was fair.',
  ])('leaves "they" unresolved rather than give it one person, company or country: %s', (text) => {
    expect(speakerOf(text, 'They')).toMatchObject({ name: 'They', entity: null });
  });
});

table('possessive-noun-infinitive', [
  ['The storm delayed her plan to rebuild the pier.', { speaker: 'her', cue: 'plan', content: 'to rebuild the pier', cueType: 'intention' }],
  ['The governor’s pledge to cut fares surprised commuters.', { speaker: 'The governor', cue: 'pledge', content: 'to cut fares', cueType: 'speech' }],
  ['His determination to finish the race inspired the crowd.', { speaker: 'His', cue: 'determination', content: 'to finish the race' }],
  ['The Clinton plan to raise taxes on the rich drew fire.', { speaker: 'Clinton', cue: 'plan', content: 'to raise taxes on the rich' }],
  ['Talks stalled over the German reluctance to send troops abroad.', { speaker: 'German', cue: 'reluctance', content: 'to send troops abroad' }],
  ['The decision by the council to not renew the lease angered residents.', { speaker: 'the council', cue: 'decision', content: 'to not renew the lease' }],
], [
  'The May plan to widen the road was dropped.',
  'A decision by Friday to close the park is expected.',
  'The plan to widen the road was dropped.',
  'Analysts say the mayor’s decision to close the bridge was rushed.',
  'The club’s efforts to the contrary failed.',
]);

table('possessive-noun-topic', [
  ['The senator’s remarks on the budget drew applause.', { speaker: 'The senator', cue: 'remarks', content: 'the budget', cueType: 'speech' }],
  ['Few shared his theory of the river’s origin.', { speaker: 'his', cue: 'theory', content: 'the river’s origin', cueType: 'belief' }],
  ['Her obsession with Paris, Rome and Vienna never faded.', { speaker: 'Her', cue: 'obsession', content: 'Paris, Rome and Vienna' }],
  ['Their comments Tuesday about the merger angered staff.', { speaker: 'Their', cue: 'comments', content: 'the merger' }],
  ['Mayor Lena Ortiz is doubling down on her remarks about the harbor.', { speaker: 'Lena Ortiz', cue: 'remarks', content: 'the harbor' }],
  ['Mayor Lena Ortiz is standing by her remarks about the harbor.', { speaker: 'Lena Ortiz', cue: 'remarks', content: 'the harbor' }],
  ['The coach is standing by his comments on the referees.', { speaker: 'The coach', cue: 'comments', content: 'the referees' }],
], [
  'His remarks on Friday were brief.',
  'The remarks on the budget drew applause.',
  'Reporters said the senator’s remarks on the budget drew applause.',
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
  ['She ignored warnings from economists that the plan would fail.', { speaker: 'economists', cue: 'warnings', content: 'that the plan would fail' }],
  ['The mayor’s view is that new roads cut traffic.', { speaker: 'The mayor', cue: 'view', content: 'that new roads cut traffic', cueType: 'belief' }],
  ['Her argument was that the tax would hurt farmers, and few disagreed.', { speaker: 'Her', cue: 'argument', content: 'that the tax would hurt farmers' }],
], [
  'The problem is that nobody listened.',
  'The claim is that prices rose.',
  'The emphasis that the coach placed on defence paid off.',
  'A Monday statement that the plant would close surprised workers.',
  'The report from last year that prices rose was wrong.',
  'A claim by him that the poll was rigged drew criticism.',
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

table('as-speaker-cue', [
  ['As the harbour master pointed out, the bay rarely freezes twice in a winter.', { speaker: 'the harbour master', cue: 'pointed', content: 'the bay rarely freezes twice in a winter' }],
  ['The bridge, as one engineer noted, was never meant for lorries.', { speaker: 'one engineer', cue: 'noted', content: 'The bridge … was never meant for lorries' }],
  ['The footage does not show who threw the first stone, as the police have said.', { speaker: 'the police', cue: 'said', content: 'The footage does not show who threw the first stone' }],
  ['But as several economists have argued in recent weeks, the tariff will raise prices.', { speaker: 'several economists', cue: 'argued', content: 'the tariff will raise prices' }],
  ['Yet, as Ms. Okafor observed, nobody had read the report.', { speaker: 'Ms. Okafor', cue: 'observed', content: 'nobody had read the report' }],
], [
  'As the mayor spoke, the crowd cheered.',
  'As she said this, the lights went out.',
  'As he testified, protesters gathered outside.',
  'As the minister said goodbye, the train left.',
  'As expected, the vote failed.',
]);
