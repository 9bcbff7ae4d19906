import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner tense-direction', () => {
  it.each([
    ['Mr. Blinken spoke with CBS on Saturday.', [['on Saturday', '2023-02-18']]],
    ['Early on Sunday morning, Beijing issued a warning.', [['on Sunday morning', '2023-02-19']]],
    ['The president met the envoy on Friday.', [['on Friday', '2023-02-17']]],
    ['The president will speak on Friday.', [['on Friday', '2023-02-24']]],
    ['Mr. Xi is due to give a speech on Friday.', [['on Friday', '2023-02-24']]],
    ['She plans to visit Kyiv on Tuesday.', [['on Tuesday', '2023-02-21']]],
    // "would" before a base form is the future of reported words; "would have" is not.
    ['The mayor said the ferry would begin running on Tuesday.', [['on Tuesday', '2023-02-21']]],
    ['The mayor said he would have voted on Tuesday.', [['on Tuesday', '2023-02-14']]],
    ['They travel to Norwich City on Wednesday.', [['on Wednesday', '2023-02-22']]],
    ['The trial resumes on Monday.', [['on Monday', '2023-02-20']]],
    ['Leeds kept their hopes alive on Saturday.', [['on Saturday', '2023-02-18']]],
    ['The move follows Tuesday’s announcement.', [['Tuesday', '2023-02-14']]],
    ['Harper reported a loss on Sunday.', [['on Sunday', '2023-02-19']]],
    ['The plant was sold in March.', [['March', '2022-03']]],
    ['The plant will be sold in March.', [['March', '2023-03']]],
    ['The dividend is payable Dec. 1 to holders of record.', [['Dec. 1', '2023-12-01']]],
    ['The offer was extended to March 3.', [['March 3', '2023-03-03']]],
    ['Profit fell in the fourth quarter.', [['the fourth quarter', '2022-10/2022-12']]],
    // a month naming an event within two months of publication is the nearest one, whatever the tense
    ['It was the last debate before the March election.', [['March', '2023-03']]],
    ['Turnout fell in the August primary.', [['August', '2022-08']]],
    ['She said she was not afraid of the vote in March.', [['March', '2023-03']]],
    ['He was calm about the polls in January, his aide said.', [['January', '2023-01']]],
    ['The firm was sold in March, its owner said.', [['March', '2022-03']]],
    // a verb past a comma after the date is read only when the date's own clause shows no tense
    ['The band will play in Leeds on Tuesday, its agent said.', [['on Tuesday', '2023-02-21']]],
    ['The band played in Leeds on Tuesday, its agent said.', [['on Tuesday', '2023-02-14']]],
    ['On Tuesday, the band will play in Leeds.', [['On Tuesday', '2023-02-21']]],
    // "since" points back whatever the tense
    ['The index is up 3% since Tuesday.', [['Tuesday', '2023-02-14']]],
    ['Shares are up 8% since March.', [['March', '2022-03']]],
    // must produce nothing
    ['The minister did not say when.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => [d.text, d.value])).toEqual(expected);
  });
});
