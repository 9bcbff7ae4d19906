import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

// Published Sunday 2023-02-19.
describe('refiner drop-habitual-offsets', () => {
  it.each([
    ['The board met on March 3, 2020. The next morning, the chairman quit.', ['March 3, 2020', 'The next morning']],
    ['The polls close on Tuesday. The count will start the next day.', ['on Tuesday', 'the next day']],
    // must produce nothing: what someone does after any such event, in the simple present
    ['Win or lose, I phone my rival the next morning.', []],
    ['After every storm, she checks the roof the following day.', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.text)).toEqual(expected);
  });
});
