import { describe, expect, it } from 'vitest';
import { isNewsOutlet, NEWS_OUTLETS, NEWS_OUTLET_ALIASES } from '../../src/vocabulary/outlets.js';

describe('isNewsOutlet', () => {
  it.each(['Reuters', 'CBS News', 'The New York Times', 'New York Times', 'the AP', 'AFP', 'REUTERS', 'People’s Daily'])(
    '%s is an outlet',
    (name) => expect(isNewsOutlet(name)).toBe(true),
  );

  it.each(['Antony Blinken', 'the nation', 'China', 'NATO', 'Wang', ''])('%s is not an outlet', (name) => {
    expect(isNewsOutlet(name)).toBe(false);
  });

  it('maps every alias to a listed outlet', () => {
    for (const target of Object.values(NEWS_OUTLET_ALIASES)) expect(NEWS_OUTLETS).toContain(target);
  });
});
