/** The command line, without a build: argument parsing, each command's output, and `main` over fake I/O. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ERRORS, parseArgs, UsageError } from '../src/cli/args.js';
import { runEval, runExtract } from '../src/cli/commands.js';
import { EVALUATORS } from '../src/cli/evaluators.js';
import { formatClaims } from '../src/cli/format-claims.js';
import { EXIT, main, type CliIo } from '../src/cli/main.js';
import type { Evaluator } from '../src/eval/report.js';
import { SCHEMA_VERSION, type Extraction } from '../src/index.js';

const extractDefaults = { kind: 'extract', file: null, publishedAt: null, pretty: false, claims: false };
const evalDefaults = { kind: 'eval', task: 'attribution', maxErrors: DEFAULT_ERRORS, json: false };

describe('parseArgs', () => {
  it.each<[string[], object]>([
    [[], extractDefaults],
    [['-'], extractDefaults],
    [['a.txt'], { ...extractDefaults, file: 'a.txt' }],
    [['a.txt', '--published', '2023-02-19'], { ...extractDefaults, file: 'a.txt', publishedAt: '2023-02-19' }],
    [['--published=2023-02-19', '--pretty', 'a.txt'], { ...extractDefaults, file: 'a.txt', publishedAt: '2023-02-19', pretty: true }],
    [['--claims', 'a.txt'], { ...extractDefaults, file: 'a.txt', claims: true }],
    [['--', '--odd-name.txt'], { ...extractDefaults, file: '--odd-name.txt' }],
    [['--help'], { kind: 'help', topic: 'main' }],
    [['a.txt', '-h'], { kind: 'help', topic: 'main' }],
    [['--version'], { kind: 'version' }],
    [['eval', 'gold.jsonl'], { ...evalDefaults, file: 'gold.jsonl' }],
    [['eval', '--dates', 'gold.jsonl', '--json'], { ...evalDefaults, task: 'dates', file: 'gold.jsonl', json: true }],
    [['eval', '--entities', '--errors', '3', 'g.jsonl'], { ...evalDefaults, task: 'entities', file: 'g.jsonl', maxErrors: 3 }],
    [['eval', '--errors=0', 'g.jsonl'], { ...evalDefaults, file: 'g.jsonl', maxErrors: 0 }],
    [['eval', '--help'], { kind: 'help', topic: 'eval' }],
    [['eval.txt'], { ...extractDefaults, file: 'eval.txt' }],
  ])('parses %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each<[string[], RegExp]>([
    [['--bogus'], /unknown option --bogus for whosaid/],
    [['-x', 'a.txt'], /unknown option -x/],
    [['--published'], /--published needs a value/],
    [['--published', '--pretty'], /--published needs a value/],
    [['--pretty=yes'], /--pretty does not take a value/],
    [['a.txt', 'b.txt'], /reads one file, got 2/],
    [['eval'], /needs a gold file/],
    [['eval', 'a', 'b'], /takes one gold file/],
    [['eval', '--errors', 'many', 'g.jsonl'], /--errors needs a whole number, got "many"/],
    [['eval', '--errors', '-1', 'g.jsonl'], /--errors needs a whole number, got "-1"/],
    [['eval', 'g.jsonl', '--errors'], /--errors needs a value/],
    [['eval', '--dates', '--entities', 'g.jsonl'], /choose one of/],
    [['eval', '--pretty', 'g.jsonl'], /unknown option --pretty for eval \(see whosaid eval --help\)/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

const ARTICLE = '“The bridge stays shut,” said Mayor Lena Ortiz on Monday.\r\n\r\nShe did not say for how long.';

/** A hand-made extraction with one claim, to check the listing whatever the pipeline finds. */
function oneClaim(): Extraction {
  const at = (s: string) => ({ start: ARTICLE.indexOf(s), end: ARTICLE.indexOf(s) + s.length, text: s });
  return {
    schemaVersion: SCHEMA_VERSION,
    text: ARTICLE,
    publishedAt: '2024-02-20',
    claims: [
      {
        id: 'c1', kind: 'direct', content: [at('“The bridge stays shut,”')], cue: at('said'), cueType: 'speech',
        speaker: { mention: at('Mayor Lena Ortiz'), entity: 'e1', name: 'Lena Ortiz' },
        source: null, entities: [], dates: [], saidOn: null, confidence: 0.9, rule: 'content-comma-cue-speaker',
      },
    ],
    entities: [],
    dates: [],
    warnings: ['an example warning'],
  };
}

describe('formatClaims', () => {
  it('prints one block per claim: kind, rule, confidence, speaker name and mention, cue, content', () => {
    expect(formatClaims(oneClaim())).toBe(
      [
        '1 claim, 0 entities, 0 dates, published 2024-02-20',
        '',
        'c1  direct  speech  rule content-comma-cue-speaker  confidence 0.90',
        '  speaker  Lena Ortiz (Mayor Lena Ortiz)',
        '  cue      said',
        '  content  “The bridge stays shut,”',
        '',
        'warning: an example warning',
      ].join('\n'),
    );
  });

  it('says when a claim has no speaker or cue, and lists a source and every content piece', () => {
    const base = oneClaim();
    const claim = base.claims[0]!;
    const piece = { start: 0, end: 4, text: '“The' };
    const text = formatClaims({
      ...base,
      claims: [{ ...claim, speaker: null, cue: null, content: [piece, piece], source: { mention: piece, entity: null } }],
      warnings: [],
    });
    expect(text).toMatch(/speaker {2}\(none\)\n {2}cue {6}\(none\)\n {2}source {3}“The\n {2}content {2}“The\n {11}“The$/);
  });
});

describe('runExtract', () => {
  it('prints the extraction as compact JSON, or indented with --pretty', () => {
    const command = parseArgs(['--published', '2024-02-20']);
    if (command.kind !== 'extract') throw new Error('expected an extract command');
    const compact = runExtract(ARTICLE, command);
    expect(compact).not.toMatch(/\n/);
    const parsed = JSON.parse(compact) as Extraction;
    expect(parsed).toMatchObject({ schemaVersion: SCHEMA_VERSION, text: ARTICLE, publishedAt: '2024-02-20' });
    const pretty = runExtract(ARTICLE, { ...command, pretty: true });
    expect(pretty).toMatch(/^\{\n {2}"schemaVersion"/);
    expect(JSON.parse(pretty)).toEqual(parsed);
  });

  it('prints the claims listing with --claims, and warns about a bad date', () => {
    const output = runExtract(ARTICLE, { ...extractDefaults, kind: 'extract', claims: true, publishedAt: 'soon' });
    expect(output).toMatch(/^\d+ claims?, \d+ entities, \d+ dates/);
    expect(output).toMatch(/warning: publishedAt "soon"/);
  });
});

/** An evaluator returning a fixed report, to check how `eval` prints. */
const fixed: Evaluator = (_jsonl, options) => ({
  figures: { f1: 12.5, count: 3 },
  lines: ['line one', 'line two'],
  errors: ['e1', 'e2', 'e3'].slice(0, options.maxErrors),
});
const fakeEvaluators = { attribution: fixed, entities: fixed, dates: fixed };

describe('runEval', () => {
  const command = { kind: 'eval', task: 'attribution', file: 'g.jsonl', maxErrors: 2, json: false } as const;

  it('prints the lines, then up to N errors', () => {
    expect(runEval('', command, fakeEvaluators)).toBe('line one\nline two\n\nerrors (2):\ne1\ne2');
    expect(runEval('', { ...command, maxErrors: 0 }, fakeEvaluators)).toBe('line one\nline two');
  });

  it('prints the figures as JSON with --json', () => {
    expect(JSON.parse(runEval('', { ...command, json: true }, fakeEvaluators))).toEqual({ f1: 12.5, count: 3 });
  });

  it('runs the attribution evaluator by default, on tiny gold', () => {
    const text = 'Ortiz said the bridge would reopen.';
    const gold = {
      id: 'doc1', publishedAt: '2024-02-20', text,
      attributions: [{ type: 'indirect', content: [{ start: 11, end: 35 }], cue: { start: 6, end: 10 }, source: { start: 0, end: 5 } }],
    };
    const output = runEval(JSON.stringify(gold), { ...command, json: true });
    expect(JSON.parse(output)).toMatchObject({ documents: 1, gold: 1 });
  });

  it('has an evaluator for every task', () => {
    expect(Object.keys(EVALUATORS).sort()).toEqual(['attribution', 'dates', 'entities']);
    for (const evaluate of Object.values(EVALUATORS)) expect(evaluate).toBeTypeOf('function');
  });
});

/** A fake outside world: files from a map, standard input from a string, output collected. */
function fakeIo(files: Record<string, string>, stdin: string | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    readStdin: async () => stdin ?? '',
    stdinIsTerminal: stdin === null,
    version: async () => '9.9.9',
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('main', () => {
  it('reads a file and prints JSON ending with a newline', async () => {
    const fake = fakeIo({ 'a.txt': ARTICLE });
    expect(await main(['a.txt', '--published', '2024-02-20'], fake.io)).toBe(EXIT.ok);
    expect(fake.out()).toMatch(/\}\n$/);
    expect(JSON.parse(fake.out())).toMatchObject({ text: ARTICLE, publishedAt: '2024-02-20' });
    expect(fake.err()).toBe('');
  });

  it('reads standard input when there is no file or the file is "-"', async () => {
    for (const argv of [[], ['-'], ['--pretty', '-']]) {
      const fake = fakeIo({}, 'Piped text.');
      expect(await main(argv, fake.io)).toBe(EXIT.ok);
      expect(JSON.parse(fake.out()).text).toBe('Piped text.');
    }
  });

  it.each<[string[], RegExp]>([
    [['missing.txt'], /^whosaid: cannot read "missing.txt": no such file\n$/],
    [['--nope', 'a.txt'], /^whosaid: unknown option --nope/],
    [[], /no input: give a file, or pipe an article/],
    [['eval', 'missing.jsonl'], /cannot read "missing.jsonl": no such file/],
    [['eval'], /needs a gold file/],
  ])('exits with 2 and a message for %j', async (argv, message) => {
    const fake = fakeIo({ 'a.txt': ARTICLE });
    expect(await main(argv, fake.io)).toBe(EXIT.usage);
    expect(fake.err()).toMatch(message);
    expect(fake.out()).toBe('');
  });

  it('exits with 1 and the line number for a malformed gold file', async () => {
    const fake = fakeIo({ 'bad.jsonl': '{"text": "x", "attributions": []}\n{oops' });
    expect(await main(['eval', 'bad.jsonl'], fake.io)).toBe(EXIT.failure);
    expect(fake.err()).toMatch(/^whosaid: line 2: not valid JSON/);
  });

  it('prints help and version', async () => {
    const help = fakeIo({});
    expect(await main(['--help'], help.io)).toBe(EXIT.ok);
    expect(help.out()).toMatch(/^Usage: whosaid \[options\] \[file\]/);
    const evalHelp = fakeIo({});
    expect(await main(['eval', '-h'], evalHelp.io)).toBe(EXIT.ok);
    expect(evalHelp.out()).toMatch(/^Usage: whosaid eval/);
    const version = fakeIo({});
    expect(await main(['--version'], version.io)).toBe(EXIT.ok);
    expect(version.out()).toBe('9.9.9\n');
  });

  it('runs eval with the chosen evaluator', async () => {
    const fake = fakeIo({ 'g.jsonl': '' });
    const seen: string[] = [];
    const spy = (task: string): Evaluator => (jsonl, options) => {
      seen.push(task);
      return fixed(jsonl, options);
    };
    const evaluators = { attribution: spy('attribution'), entities: spy('entities'), dates: spy('dates') };
    expect(await main(['eval', '--dates', '--errors', '1', 'g.jsonl'], fake.io, evaluators)).toBe(EXIT.ok);
    expect(seen).toEqual(['dates']);
    expect(fake.out()).toBe('line one\nline two\n\nerrors (1):\ne1\n');
  });
});
