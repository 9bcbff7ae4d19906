/** News outlets and agencies are organisations ("Reuters", "NBC News"). */
import { isNewsOutlet } from '../../../vocabulary/outlets.js';
import type { TypeRule } from './types.js';

/** ORG for a name of the news-outlet vocabulary. */
export const outletRule: TypeRule = {
  id: 'entity-outlet',
  type: (m) => (isNewsOutlet(m.bare) ? { type: 'ORG', strength: 3 } : null),
};
