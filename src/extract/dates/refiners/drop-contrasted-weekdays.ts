/**
 * Drops two weekdays set against each other in a general "you can" statement: "You can't be for jobs on
 * Monday and against them on Tuesday" says that someone changes their mind from one day to the next, and
 * names no day of the calendar. Both weekdays stand alone, each after its own words, in a sentence whose
 * subject is the general "you" with "can" or "could".
 */
import type { ParsingResult } from 'chrono-node';
import type { Document, Token } from '../../document/types.js';
import type { DateRefiner } from '../rule.js';
import { tokenIndexAfter } from '../tokens.js';

/** Words that may stand between two weekdays joined directly ("on Monday or on Tuesday"). */
const JOINING = new Set(['and', 'or', 'on', ',', 'then', 'to', 'through']);

function isBareWeekday(result: ParsingResult): boolean {
  return !result.end && result.start.isOnlyWeekdayComponent();
}

/** True when the sentence of token `at` has "you" and "can" or "could" before `at`. */
function generalYouCan(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let i = at - 1; i > 0 && tokens[i]?.sentence === sentence; i -= 1) {
    const modal = tokens[i];
    if (modal?.pos === 'AUX' && (modal.lemma === 'can' || modal.lemma === 'could') && tokens[i - 1]?.lower === 'you') return true;
  }
  return false;
}

/** Indexes in `results` of weekdays contrasted in a general "you can" statement. */
function contrasted(doc: Document, offset: number, results: readonly ParsingResult[]): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i + 1 < results.length; i += 1) {
    const first = results[i];
    const second = results[i + 1];
    if (first === undefined || second === undefined || !isBareWeekday(first) || !isBareWeekday(second)) continue;
    if (first.start.get('weekday') === second.start.get('weekday')) continue;
    const from = tokenIndexAfter(doc, offset + first.index + first.text.length);
    const to = tokenIndexAfter(doc, offset + second.index);
    const between = doc.tokens.slice(from, to);
    if (doc.tokens[from]?.sentence !== doc.tokens[to]?.sentence || between.every((t) => JOINING.has(t.lower))) continue;
    if (!generalYouCan(doc.tokens, tokenIndexAfter(doc, offset + first.index))) continue;
    dropped.add(i).add(i + 1);
  }
  return dropped;
}

/** Refiner "drop-contrasted-weekdays", over the sentences of `doc`; chrono's text starts at `offset` in it. */
export function dropContrastedWeekdays(doc: Document, offset: number): DateRefiner {
  return {
    id: 'drop-contrasted-weekdays',
    refine: (_context, results) => {
      const dropped = contrasted(doc, offset, results);
      return results.filter((_result, index) => !dropped.has(index));
    },
  };
}
