#!/usr/bin/env node
/** The `whosaid` executable: wires the command line to the real files, streams and exit status. */
import { readFile } from 'node:fs/promises';
import { main, type CliIo } from './cli/main.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const io: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  stdinIsTerminal: process.stdin.isTTY === true,
  version,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

process.exitCode = await main(process.argv.slice(2), io);
