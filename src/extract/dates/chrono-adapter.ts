/**
 * The only module that loads chrono-node at run time. It runs chrono over a text (a window of the article)
 * with the English casual configuration plus our parsers and refiners, and records on every result the id of
 * the parser that produced it (chrono's own parsers as "chrono/<ClassName>"). A parser runs only when the
 * text holds a cue it needs (./chrono-needs.ts for chrono's, `needs` for ours): the result is the same,
 * and most parsers are skipped on most texts.
 */
import * as chrono from 'chrono-node';
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { CHRONO_PARSER_NEEDS } from './chrono-needs.js';
import type { DateCue } from './pattern.js';
import { isNotARange } from './range-guard.js';
import { ruleTag, type DateParser, type DateRefiner } from './rule.js';

/** Our rules, in the order they run; see ./configuration.ts for why this order. */
export interface DateRules {
  /** chrono's parsers and ours, made ready once by {@link readyParsers}. */
  readonly parsers: readonly ReadyParser[];
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
      // Handed back as components, chrono would wrap them in a result it first fills with a throwaway set
      // of components of its own; a result built here from the same match skips that (same index, text).
      return context.createParsingResult(match.index ?? 0, match[0], found).addTag(tag);
    },
  };
}

// chrono's casual English rules, built once. Its parsers cache their compiled pattern on first use and are
// otherwise stateless, the same sharing chrono's own `chrono.casual` relies on.
const CASUAL = chrono.en.configuration.createCasualConfiguration(false);
const ANY_RULE = ruleTag('');
const CHRONO_RULE = ruleTag('chrono/');

/** A parser, traced, with the cues it needs; null when it must always run. */
export interface ReadyParser {
  readonly parser: Parser;
  readonly needs: readonly DateCue[] | null;
}

const CHRONO_PARSERS: readonly ReadyParser[] = CASUAL.parsers.map((p) => ({
  parser: traced(p, `chrono/${p.constructor.name}`),
  needs: CHRONO_PARSER_NEEDS[p.constructor.name] ?? null,
}));

/**
 * chrono's casual English parsers followed by `parsers`, each traced: built once when the rules are
 * configured rather than for every window read, since a parser is the same in every window.
 */
export function readyParsers(parsers: readonly DateParser[]): readonly ReadyParser[] {
  return [...CHRONO_PARSERS, ...parsers.map((p) => ({ parser: traced(p, p.id), needs: p.needs }))];
}

/**
 * chrono's unlikely-format filter drops any result that is only digits, to guard its own number-reading
 * parsers; our year rule reads "1998" on purpose and checks the context itself, so our results pass by it.
 */
function sparingOurs(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'UnlikelyFormatFilter') return refiner;
  return {
    refine: (context, results) => {
      const ours: ParsingResult[] = [];
      const others: ParsingResult[] = [];
      for (const r of results) (isOurs(r) ? ours : others).push(r);
      const kept = refiner.refine(context, others);
      return [...kept, ...ours].sort((a, b) => a.index - b.index);
    },
  };
}

/** True when one of our rules (not chrono's) produced `result`; its tags are its start's and its end's. */
function isOurs(result: ParsingResult): boolean {
  if (hasOurRuleTag(result.start.tags())) return true;
  const endTags = result.end?.tags();
  return endTags !== undefined && hasOurRuleTag(endTags);
}

function hasOurRuleTag(tags: ReadonlySet<string>): boolean {
  for (const tag of tags) if (tag.startsWith(ANY_RULE) && !tag.startsWith(CHRONO_RULE)) return true;
  return false;
}

/**
 * chrono's end-of-period refiner tests every result against the whole text before it with a pattern
 * anchored at its end ("end of the" + "month"), which makes a text of many results quadratic. The words
 * it looks for are short, so only results with them in the few characters before are handed to it.
 */
const END_OF_PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const END_OF_REACH = 40;

function nearPrefixOnly(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ENEndOfPeriodRefiner') return refiner;
  return {
    refine: (context, results) => {
      const near = (r: ParsingResult): boolean =>
        END_OF_PREFIX.test(context.text.slice(Math.max(0, r.index - END_OF_REACH), r.index));
      const candidates = results.filter(near);
      if (candidates.length > 0) refiner.refine(context, candidates);
      return results;
    },
  };
}

/** chrono's range merging, held back where ./range-guard.ts says two dates are not a range. */
function guardedRanges(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ENMergeDateRangeRefiner') return refiner;
  const merging = refiner as Refiner & {
    shouldMergeResults(between: string, first: ParsingResult, second: ParsingResult, context: ParsingContext): boolean;
  };
  // Inherits chrono's merge and overrides only its test, which its refine step calls on `this`.
  const guarded = Object.create(merging) as typeof merging;
  guarded.shouldMergeResults = (between, first, second, context) =>
    merging.shouldMergeResults(between, first, second, context) && !isNotARange(context, first, second);
  return guarded;
}

const CHRONO_REFINERS: readonly Refiner[] = CASUAL.refiners.map(sparingOurs).map(nearPrefixOnly).map(guardedRanges);

/**
 * Parses `text` once with chrono and `rules`, against `reference` (an instant, read in UTC), running only
 * the parsers that need one of `cues` (the cues `text` holds). Results come in text order.
 */
export function parseWithChrono(
  text: string,
  cues: ReadonlySet<DateCue>,
  reference: Date,
  rules: DateRules,
): ParsingResult[] {
  const parsers: Parser[] = [];
  for (const p of rules.parsers) if (p.needs === null || p.needs.some((cue) => cues.has(cue))) parsers.push(p.parser);
  const engine = new chrono.Chrono({
    parsers,
    refiners: [...rules.filters, ...CHRONO_REFINERS, ...rules.adjusters],
  });
  // chrono builds ParsingResult objects; its public signature types them by their read-only interface.
  return engine.parse(text, { instant: reference, timezone: 0 }) as ParsingResult[];
}
