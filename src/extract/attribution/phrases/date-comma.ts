/** The commas of a written date, which part no phrases: "on Jan. 1, 2015, the mayor …". */
import type { Token } from '../../document/types.js';
import { MONTHS, YEAR_NUMBER } from '../../../vocabulary/dates.js';

const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/;

/** The comma at `index` parts a day from its year: "on Jan. 1, 2015", "since March 3, 2019". */
export function isDateComma(tokens: readonly Token[], index: number): boolean {
  const month = tokens[index - 2]?.text === '.' ? tokens[index - 3] : tokens[index - 2];
  const name = month?.lower.replace(/\.$/, '') ?? '';
  return tokens[index]?.text === ',' && DAY_NUMBER.test(tokens[index - 1]?.text ?? '') && Object.hasOwn(MONTHS, name) &&
    YEAR_NUMBER.test(tokens[index + 1]?.text ?? '');
}

/**
 * With the comma at `index` closing a full date after its year ("since March 3, 2019[,] shows …"), the index of
 * the date's month; else null.
 */
export function closedDateStart(tokens: readonly Token[], index: number): number | null {
  if (tokens[index]?.text !== ',' || !isDateComma(tokens, index - 2)) return null;
  return tokens[index - 4]?.text === '.' ? index - 5 : index - 4;
}
