/** The outlet or platform that carried a claim's words, and names that only stand near them. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const sourceOf = (text: string) => extract(text).claims[0]?.source?.mention.text ?? null;

describe('source', () => {
  it.each([
    ['The mayor told the Harbor Gazette that the bridge would close.', 'Harbor Gazette'],
    ['The mayor told CNN’s Dana Bash that the bridge would close.', 'CNN'],
    ['The mayor wrote on Facebook that the bridge would close.', 'Facebook'],
    ['The mayor said on Fox News that the bridge would close.', 'Fox News'],
    ['The premier told state news agency Norpress that the bridge would close.', 'Norpress'],
    ['The Harbor Gazette quoted the mayor as saying that the bridge would close.', 'Harbor Gazette'],
  ])('is the outlet or platform: %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
  it.each([
    'The minister said the troops would stay on NATO’s eastern flank.',
    'The mayor said the bridge would close.',
    'The mayor told reporters at the Harbor Authority that the bridge would close.',
  ])('is none for a name that carried nothing: %s', (text) => {
    expect(sourceOf(text)).toBeNull();
  });
});
