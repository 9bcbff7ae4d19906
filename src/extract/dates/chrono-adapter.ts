/**
 * The only module that loads chrono-node at run time. It runs chrono once over the whole text with the
 * English casual configuration plus our parsers and refiners, and records on every result the id of the
 * parser that produced it (chrono's own parsers as "chrono/<ClassName>").
 */
import * as chrono from 'chrono-node';
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { ruleTag, type DateParser, type DateRefiner } from './rule.js';

/** Our rules, in the order they run; see ./configuration.ts for why this order. */
export interface DateRules {
  readonly parsers: readonly DateParser[];
  /** Run before chrono's refiners, so a dropped match cannot win an overlap or be merged. */
  readonly filters: readonly DateRefiner[];
  /** Run after chrono's refiners, on merged results ("Friday, February 24", "Sunday morning"). */
  readonly adjusters: readonly DateRefiner[];
}

function traced(parser: Parser, id: string): Parser {
  const tag = ruleTag(id);
  return {
    pattern: (context: ParsingContext) => parser.pattern(context),
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      // Some chrono parsers say "not mine" with undefined rather than null.
      const found = parser.extract(context, match) as ReturnType<Parser['extract']> | undefined;
      if (found === null || found === undefined) return null;
      if (found instanceof chrono.ParsingResult) return found.addTag(tag);
      return context.createParsingComponents(found).addTag(tag);
    },
  };
}

// chrono's casual English rules, built once. Its parsers cache their compiled pattern on first use and are
// otherwise stateless, the same sharing chrono's own `chrono.casual` relies on.
const CASUAL = chrono.en.configuration.createCasualConfiguration(false);
const ANY_RULE = ruleTag('');
const CHRONO_RULE = ruleTag('chrono/');
const CHRONO_PARSERS: readonly Parser[] = CASUAL.parsers.map((p) => traced(p, `chrono/${p.constructor.name}`));

/**
 * chrono's unlikely-format filter drops any result that is only digits, to guard its own number-reading
 * parsers; our year rule reads "1998" on purpose and checks the context itself, so our results pass by it.
 */
function sparingOurs(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'UnlikelyFormatFilter') return refiner;
  return {
    refine: (context, results) => {
      const ours = results.filter((r) => [...r.tags()].some((t) => t.startsWith(ANY_RULE) && !t.startsWith(CHRONO_RULE)));
      const kept = refiner.refine(context, results.filter((r) => !ours.includes(r)));
      return [...kept, ...ours].sort((a, b) => a.index - b.index);
    },
  };
}

const CHRONO_REFINERS: readonly Refiner[] = CASUAL.refiners.map(sparingOurs);

/**
 * Parses `text` once with chrono and `rules`, against `reference` (an instant, read in UTC).
 * Results come in text order.
 */
export function parseWithChrono(text: string, reference: Date, rules: DateRules): ParsingResult[] {
  const engine = new chrono.Chrono({
    parsers: [...CHRONO_PARSERS, ...rules.parsers.map((p) => traced(p, p.id))],
    refiners: [...rules.filters, ...CHRONO_REFINERS, ...rules.adjusters],
  });
  // chrono builds ParsingResult objects; its public signature types them by their read-only interface.
  return engine.parse(text, { instant: reference, timezone: 0 }) as ParsingResult[];
}
