/** The command line from arguments to exit status, with every file and stream access passed in. */
import type { Evaluator } from '../eval/report.js';
import { parseArgs, UsageError, type EvalTask } from './args.js';
import { runEval, runExtract } from './commands.js';
import { EVALUATORS } from './evaluators.js';
import { EVAL_HELP, MAIN_HELP } from './help.js';

/** The outside world as the command line uses it; `src/cli.ts` passes the real one, tests a fake. */
export interface CliIo {
  /** Reads a UTF-8 file; rejects with a Node error (`code` "ENOENT", …) when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads all of standard input as UTF-8. */
  readonly readStdin: () => Promise<string>;
  /** Whether standard input is a terminal (nothing piped in). */
  readonly stdinIsTerminal: boolean;
  /** The package version, for `--version`. */
  readonly version: () => Promise<string>;
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
}

/** Exit statuses: success, a failure while running, a mistake in the arguments or a missing file. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

async function readInput(io: CliIo, file: string | null): Promise<string> {
  if (file === null) {
    if (io.stdinIsTerminal) {
      throw new UsageError('no input: give a file, or pipe an article into standard input (see whosaid --help)');
    }
    return io.readStdin();
  }
  try {
    return await io.readFile(file);
  } catch (error) {
    const reason = FILE_ERRORS[String((error as { code?: unknown }).code)];
    if (reason !== undefined) throw new UsageError(`cannot read "${file}": ${reason}`);
    throw error;
  }
}

/**
 * Runs the command line on `argv` (the arguments after the program name) and returns the exit status:
 * 0 on success, 2 for usage errors and unreadable files, 1 for any other failure. Never throws.
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  evaluators: Readonly<Record<EvalTask, Evaluator>> = EVALUATORS,
): Promise<number> {
  try {
    const command = parseArgs(argv);
    let output: string;
    if (command.kind === 'help') output = command.topic === 'eval' ? EVAL_HELP : MAIN_HELP;
    else if (command.kind === 'version') output = await io.version();
    else if (command.kind === 'extract') output = runExtract(await readInput(io, command.file), command);
    else output = runEval(await readInput(io, command.file), command, evaluators);
    io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    return EXIT.ok;
  } catch (error) {
    const usage = error instanceof UsageError;
    io.stderr(`whosaid: ${error instanceof Error ? error.message : String(error)}\n`);
    return usage ? EXIT.usage : EXIT.failure;
  }
}
