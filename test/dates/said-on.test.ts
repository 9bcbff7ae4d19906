import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findDates, saidOnDate } from '../../src/extract/dates/index.js';
import { PUBLISHED } from './helpers.js';

/** The text of the date `saidOnDate` picks for the first `cue` of the one-sentence `text`, or null. */
function saidOn(text: string, cue: string): string | null {
  const doc = readDocument(text);
  const { dates } = findDates(doc, PUBLISHED);
  const start = text.indexOf(cue);
  const id = saidOnDate(dates, { start, end: start + cue.length }, { start: 0, end: text.length }, text);
  return dates.find((d) => d.id === id)?.span.text ?? null;
}

describe('saidOnDate', () => {
  it.each([
    ['The minister said on Saturday that talks would resume.', 'said', 'on Saturday'],
    ['“We are ready,” the coach said Monday.', 'said', 'Monday'],
    ['Lapointe told reporters on Friday that the money was gone.', 'told', 'on Friday'],
    ['On Tuesday, the mayor said the bridge was safe.', 'said', 'On Tuesday'],
    ['The union said in a statement on Monday that it would strike.', 'said', 'on Monday'],
    ['The mayor on Tuesday said the bridge was safe.', 'said', 'on Tuesday'],
    // must give null: the date belongs to what was said, or there is none
    ['He said the vote on Saturday would be close.', 'said', null],
    ['She said prices fell in March.', 'said', null],
    ['The bridge, built in 1998, is safe, the mayor said.', 'said', null],
    ['He said nothing.', 'said', null],
    ['The mayor said the bridge was safe. On Tuesday it closed.', 'said', null],
  ])('%s', (text, cue, expected) => {
    expect(saidOn(text, cue)).toBe(expected);
  });
});
