/** What `extract` does with input it cannot read, odd publication dates and empty text. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

describe('extract input', () => {
  it.each<[string, unknown, RegExp]>([
    ['a number', 42, /string or an object.*got a number/],
    ['null', null, /string or an object.*got null/],
    ['undefined', undefined, /string or an object.*got (a )?undefined/],
    ['an array', ['text'], /string or an object.*got an array/],
    ['a boolean', true, /string or an object.*got a boolean/],
    ['an object without text', {}, /input\.text.*string.*got (a )?undefined/],
    ['an object with numeric text', { text: 5 }, /input\.text.*string.*got a number/],
    ['an object with null text', { text: null }, /input\.text.*string.*got null/],
  ])('throws a TypeError naming the problem for %s', (_name, input, message) => {
    expect(() => extract(input)).toThrow(TypeError);
    expect(() => extract(input)).toThrow(message);
  });

  it('throws a TypeError for options that are not an object', () => {
    expect(() => extract('text', '2023-02-19' as never)).toThrow(TypeError);
    expect(() => extract('text', '2023-02-19' as never)).toThrow(/options must be an object/);
  });

  it('throws a TypeError for a publication date of the wrong type', () => {
    expect(() => extract('text', { publishedAt: 20230219 as never })).toThrow(/publishedAt.*got a number/);
  });

  it.each([
    ['not a date', 'yesterday'],
    ['an impossible day', '2023-02-30'],
    ['a US-style date', '02/19/2023'],
    ['empty', ''],
  ])('warns, and does not throw, on a publication date that is %s', (_name, publishedAt) => {
    const result = extract('The mayor said the road would reopen on Friday.', { publishedAt });
    expect(result.publishedAt).toBeNull();
    expect(result.warnings.some((w) => w.includes('publishedAt'))).toBe(true);
  });

  it('warns on an invalid Date object', () => {
    const result = extract('The mayor said so.', { publishedAt: new Date('nonsense') });
    expect(result.publishedAt).toBeNull();
    expect(result.warnings.join('\n')).toMatch(/publishedAt/);
  });

  it('keeps a valid publication date given in the article or in the options, options first', () => {
    expect(extract({ text: 'x', publishedAt: '2023-02-19' }).publishedAt).toBe('2023-02-19');
    expect(extract({ text: 'x', publishedAt: '2023-02-19T08:00:00Z' }).publishedAt).toBe('2023-02-19');
    expect(extract({ text: 'x', publishedAt: '2023-02-19' }, { publishedAt: '2024-01-01' }).publishedAt).toBe(
      '2024-01-01',
    );
    expect(extract('x', { publishedAt: new Date(Date.UTC(2023, 1, 19)) }).publishedAt).toBe('2023-02-19');
  });

  it.each(['', ' ', '\n\n', '\r\n\t\u2028 '])('returns an empty result for empty text %j', (text) => {
    const result = extract(text);
    expect(result.text).toBe(text);
    expect(result.claims).toEqual([]);
    expect(result.entities).toEqual([]);
    expect(result.dates).toEqual([]);
  });

  it('returns the text unchanged and does not mutate the input object', () => {
    const input = Object.freeze({ text: '  “Quoted,” she said.\r\n', publishedAt: '2023-02-19' });
    const options = Object.freeze({ publishedAt: '2023-02-20' });
    const result = extract(input, options);
    expect(result.text).toBe(input.text);
    expect(input).toEqual({ text: '  “Quoted,” she said.\r\n', publishedAt: '2023-02-19' });
  });
});
