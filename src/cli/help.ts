/** The text of `whosaid --help` and `whosaid eval --help`. */
import { DEFAULT_ERRORS } from './args.js';

/** Usage of the main command. */
export const MAIN_HELP = `Usage: whosaid [options] [file]

Reads a news article (a file, or standard input when the file is "-" or missing) and prints who said
what, about whom and when, as JSON.

Options:
  --published YYYY-MM-DD  publication date, to resolve relative dates ("on Saturday")
  --pretty                indent the JSON by 2 spaces
  --claims                print a readable listing of the claims instead of JSON
  --help, -h              show this help
  --version, -v           show the version

Commands:
  whosaid eval [--entities|--dates] <gold.jsonl> [--errors N] [--json]
                          score whosaid against annotated articles (whosaid eval --help)`;

/** Usage of `whosaid eval`. */
export const EVAL_HELP = `Usage: whosaid eval [--attribution|--entities|--dates] <gold.jsonl> [--errors N] [--json]

Runs whosaid on annotated articles (JSON Lines, one document a line) and prints figures.

Options:
  --attribution   quote attribution: content, cue, speaker (the default)
  --entities      named entities
  --dates         dates and times
  --errors N      print up to N missed, spurious and wrong items (default ${DEFAULT_ERRORS})
  --json          print the figures as JSON
  --help, -h      show this help`;
