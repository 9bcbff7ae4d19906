import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findCandidates } from '../../src/extract/entities/candidates.js';
import { isCapitalsLine } from '../../src/extract/document/headline-case.js';

/** The candidate texts of `text`, with "?" after weak ones. */
function candidates(text: string): string[] {
  const doc = readDocument(text);
  const lines = new Set(doc.sentences.filter((s) => isCapitalsLine(doc, s.index)).map((s) => s.index));
  return findCandidates(doc, lines).map((c) => {
    const first = doc.tokens[c.first];
    const last = doc.tokens[c.end - 1];
    return `${text.slice(first?.start ?? 0, last?.end ?? 0)}${c.weak ? '?' : ''}`;
  });
}

describe('candidates', () => {
  it.each([
    ['He met Antony Blinken on Monday.', ['Antony Blinken', 'Monday']],
    ['It was the Bank of England that moved.', ['Bank of England']],
    ['He liked Ludwig van Beethoven best.', ['Ludwig van Beethoven']],
    ['The coach, Anouk ten Brink, was sacked.', ['Anouk ten Brink']],
    ['The talks with Jean-Claude Juncker ended.', ['Jean-Claude Juncker']],
    // A given name of two syllables after the family name, the second in lower case.
    ['The talks with Han Seo-yun ended.', ['Han Seo-yun']],
    ['Premier Cho Hye-ji spoke first.', ['Premier Cho Hye-ji']],
    // A word that makes a compound of the name ends it.
    ['Her Tory-led council met.', ['Tory']],
    ['The old Mao-era rules stayed.', ['Mao']],
    // An indefinite pronoun opening the sentence is no part of the name after it.
    ['Everything Velasquez says is checked.', ['Velasquez']],
    ['Shares of Procter & Gamble rose.', ['Shares?', 'Procter & Gamble']],
    ['A grant from the Council for Rivers and Wetlands in Patagonia.', ['Council for Rivers and Wetlands in Patagonia']],
    ['A grant from the Centres for Coastal Research and Rescue.', ['Centres for Coastal Research and Rescue']],
    // "on", "to", "against" open a body's purpose too, but not before a day or a place.
    ['The Council on Water Policy met.', ['Council on Water Policy']],
    ['The Committee to Protect Ferries said so.', ['Committee to Protect Ferries']],
    ['He told the Council on Monday.', ['Council', 'Monday']],
    ['She sent the Board to Paris.', ['Board', 'Paris']],
    // "and" inside the name of a body: before a run ending on its head, or after its head's "of".
    ['The Parks and Wildlife Commission fined the firm.', ['Parks and Wildlife Commission']],
    ['The Department of Ports and Harbours fined the firm.', ['Department of Ports and Harbours']],
    // Two names: a body's head closes the first; a place or a known name stands on its own.
    ['The Harbor Institute and Coastal Research Foundation agreed.', ['Harbor Institute', 'Coastal Research Foundation']],
    ['Ohio and Texas Transit Board members agreed.', ['Ohio', 'Texas Transit Board']],
    ['They met Mr. Wang in Paris.', ['Mr. Wang', 'Paris']],
    ['US-Chinese relations are poor.', ['US', 'Chinese']],
    ['He met J.D. Vance there.', ['J.D. Vance']],
    ['Eastern Ukraine is where fighting is.', ['Ukraine']],
    // A possessive inside the name of a body.
    ['The Northern Beekeepers’ Guild agreed.', ['Northern Beekeepers’ Guild']],
    ['The Dutch Fishermen’s Federation said so.', ['Dutch Fishermen’s Federation']],
    // A particle or the article opening a sentence stays with the name.
    ['De la Cruz added a word.', ['De la Cruz']],
    ['The Hague said no.', ['The Hague']],
    ['THE HAGUE (Reuters) - The vote passed.', ['THE HAGUE', 'Reuters?']],
    // A plus sign ends a brand; a platform written as one letter after "on".
    ['He spoke to Canal+ after the match.', ['Canal+']],
    // Capitals throughout opening a sentence are an acronym's, not the sentence's.
    ['The vote failed. KTVB reported it.', ['KTVB']],
    ['She said on X that it was over.', ['X']],
  ])('%s', (text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  it.each([
    ['Reportedly, the talks failed.'],
    ['Although he left, nothing changed.'],
    ['In the end, it rained.'],
    ['I think so.'],
    ['The prices were N / A on the day.'],
    ['Do they know?'],
    ['The match ended.'],
    ['It all depends on B now.'],
    ['OK, she said.'],
  ])('finds nothing in %s', (text) => {
    expect(candidates(text)).toEqual([]);
  });

  it.each([
    ['Wang claimed that it was true.', ['Wang?']],
    ['Turnout was low.', ['Turnout?']],
    ['The crowd was 200. Men were there.', ['Men?']],
  ])('keeps a lone sentence-initial or ordinary capitalised word only as weak: %s', (text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  it('leaves lines of capitals to the vocabulary', () => {
    expect(candidates('TENNIS - SPAIN EDGE PAST ITALY IN SEMI-FINAL')).toEqual([]);
  });

  it('leaves a Title Case headline to the vocabulary, but reads the names of a byline', () => {
    expect(candidates('Ferry Strike Enters Third Week')).toEqual([]);
    expect(candidates('By Nora Vance, Staff Writer')).toContain('Nora Vance');
  });
});
