/** The command line's grammar: turns argv into a typed command, or a usage error. */

/** Which evaluator `whosaid eval` runs. */
export type EvalTask = 'attribution' | 'entities' | 'dates';

/** `whosaid [file]`: read an article and print what it says. */
export interface ExtractCommand {
  readonly kind: 'extract';
  /** Path to read, or null for standard input ("-" or no file). */
  readonly file: string | null;
  /** `--published`: the publication date, as given. */
  readonly publishedAt: string | null;
  /** `--pretty`: indent JSON by 2 spaces. */
  readonly pretty: boolean;
  /** `--claims`: a readable listing of the claims instead of JSON. */
  readonly claims: boolean;
}

/** `whosaid eval [--entities|--dates] <gold.jsonl>`: score against gold. */
export interface EvalCommand {
  readonly kind: 'eval';
  readonly task: EvalTask;
  readonly file: string;
  /** `--errors N`: how many error items to print (default {@link DEFAULT_ERRORS}). */
  readonly maxErrors: number;
  /** `--json`: print the figures as JSON instead of lines. */
  readonly json: boolean;
}

/** `--help`, of the main command or of `eval`. */
export interface HelpCommand {
  readonly kind: 'help';
  readonly topic: 'main' | 'eval';
}

/** `--version`. */
export interface VersionCommand {
  readonly kind: 'version';
}

/** Everything the command line can be asked to do. */
export type Command = ExtractCommand | EvalCommand | HelpCommand | VersionCommand;

/** Error items printed by `whosaid eval` when `--errors` is not given. */
export const DEFAULT_ERRORS = 10;

/** A mistake in the arguments: the message says what, and the process exits with code 2. */
export class UsageError extends Error {
  /** Exit status for usage errors. */
  readonly exitCode = 2;
  override readonly name = 'UsageError';
}

const TASK_FLAGS: Readonly<Record<string, EvalTask>> = {
  '--attribution': 'attribution',
  '--entities': 'entities',
  '--dates': 'dates',
};

/** Splits "--flag=value" into its parts; other arguments come back whole. */
function splitInline(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return [arg, undefined];
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** Walks the arguments, handing flags and values to `onFlag` and the rest to `positional`. */
function walk(
  args: readonly string[],
  onFlag: (flag: string, takeValue: () => string) => void,
): string[] {
  const positional: string[] = [];
  let i = 0;
  let flagsDone = false;
  while (i < args.length) {
    const arg = args[i] as string;
    i += 1;
    if (flagsDone || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      flagsDone = true;
      continue;
    }
    const [flag, inline] = splitInline(arg);
    let used = false;
    const takeValue = (): string => {
      used = true;
      if (inline !== undefined) return inline;
      const next = args[i];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`${flag} needs a value`);
      }
      i += 1;
      return next;
    };
    onFlag(flag, takeValue);
    if (inline !== undefined && !used) throw new UsageError(`${flag} does not take a value`);
  }
  return positional;
}

function unknown(flag: string, command: string): never {
  throw new UsageError(`unknown option ${flag} for ${command} (see whosaid ${command === 'eval' ? 'eval ' : ''}--help)`);
}

function parseEval(args: readonly string[]): Command {
  const seen: { task: EvalTask | null; maxErrors: number; json: boolean; help: boolean } = {
    task: null,
    maxErrors: DEFAULT_ERRORS,
    json: false,
    help: false,
  };
  const positional = walk(args, (flag, takeValue) => {
    const flagTask = TASK_FLAGS[flag];
    if (flagTask !== undefined) {
      if (seen.task !== null && seen.task !== flagTask) {
        throw new UsageError('choose one of --attribution, --entities, --dates');
      }
      seen.task = flagTask;
    } else if (flag === '--errors') {
      const value = takeValue();
      if (!/^\d+$/.test(value)) throw new UsageError(`--errors needs a whole number, got "${value}"`);
      seen.maxErrors = Number(value);
    } else if (flag === '--json') seen.json = true;
    else if (flag === '--help' || flag === '-h') seen.help = true;
    else unknown(flag, 'eval');
  });
  if (seen.help) return { kind: 'help', topic: 'eval' };
  const [file, ...extra] = positional;
  if (file === undefined) throw new UsageError('whosaid eval needs a gold file (JSON Lines)');
  if (extra.length > 0) throw new UsageError(`whosaid eval takes one gold file, got also "${extra.join('", "')}"`);
  return { kind: 'eval', task: seen.task ?? 'attribution', file, maxErrors: seen.maxErrors, json: seen.json };
}

/**
 * Parses the arguments after the program name.
 * @throws UsageError for unknown options, missing values and extra arguments.
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv[0] === 'eval') return parseEval(argv.slice(1));
  const seen: { publishedAt: string | null; pretty: boolean; claims: boolean; info: HelpCommand | VersionCommand | null } = {
    publishedAt: null,
    pretty: false,
    claims: false,
    info: null,
  };
  const positional = walk(argv, (flag, takeValue) => {
    if (flag === '--published') seen.publishedAt = takeValue();
    else if (flag === '--pretty') seen.pretty = true;
    else if (flag === '--claims') seen.claims = true;
    else if (flag === '--help' || flag === '-h') seen.info = { kind: 'help', topic: 'main' };
    else if (flag === '--version' || flag === '-v') seen.info ??= { kind: 'version' };
    else unknown(flag, 'whosaid');
  });
  if (seen.info !== null) return seen.info;
  if (positional.length > 1) {
    throw new UsageError(`whosaid reads one file, got ${positional.length}: ${positional.join(' ')}`);
  }
  const file = positional[0] ?? '-';
  const { publishedAt, pretty, claims } = seen;
  return { kind: 'extract', file: file === '-' ? null : file, publishedAt, pretty, claims };
}
