/**
 * Speed of `extract` against its two NLP packages on the same texts, in one run: whosaid's `extract`
 * (from the build), a bare wink-nlp `readDoc`, and compromise's `nlp()`. Texts are every fixture article
 * (fixtures/seed/article.txt and fixtures/articles/*.txt). Words are whitespace-separated tokens.
 *
 * Usage: npm run bench            (builds first)
 *        BENCH_SECONDS=5 node scripts/bench.mjs
 *
 * Each contender warms up, then repeats whole passes over the texts for BENCH_SECONDS (default 9) in all,
 * split into ROUNDS rounds that alternate between the contenders, so that load from other processes on the
 * machine falls on all three alike; the fastest round of each is reported. The ratios compare rounds run
 * side by side (extract's round i with wink's round i) and report the median of those ratios, which a burst
 * of load on a shared machine moves far less than a ratio of two fastest rounds. Memory figures are the growth
 * of peak RSS and of the heap during a contender's rounds, so they are rough: all three share one process
 * and garbage collection runs when it likes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { extract } from '../dist/index.js';

const root = new URL('../', import.meta.url);
const seconds = Number(process.env.BENCH_SECONDS ?? 9);
const ROUNDS = 9;
const TARGET = 0.3;

/** The fixture articles, seed first, each once. */
function readTexts() {
  const articles = new URL('fixtures/articles/', root);
  let names = [];
  try {
    names = readdirSync(articles).filter((name) => name.endsWith('.txt')).sort();
  } catch {
    names = [];
  }
  const paths = [new URL('fixtures/seed/article.txt', root), ...names.map((name) => new URL(name, articles))];
  return paths.map((url) => readFileSync(url, 'utf8'));
}

const words = (text) => (text.match(/\S+/g) ?? []).length;
const mb = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Runs `run` over every text: a warm-up of at least 0.5 s and 3 passes. */
function warmUp(texts, run) {
  const until = performance.now() + 500;
  for (let i = 0; i < 3 || performance.now() < until; i += 1) for (const text of texts) run(text);
}

/** One round: whole passes over `texts` until `budget` ms have gone by; words/s, time, passes, memory. */
function round(texts, run, budget) {
  const wordsPerPass = texts.reduce((sum, text) => sum + words(text), 0);
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budget) {
    for (const text of texts) run(text);
    passes += 1;
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
    elapsed = performance.now() - start;
  }
  return {
    wordsPerSecond: (wordsPerPass * passes) / (elapsed / 1000),
    seconds: elapsed / 1000,
    passes,
    rssGrowth: peakRss - before.rss,
    heapGrowth: peakHeap - before.heapUsed,
  };
}

/** Alternates rounds between the contenders; for each, the fastest round plus totals over all rounds. */
function measureAll(texts, contenders) {
  for (const run of Object.values(contenders)) warmUp(texts, run);
  const rounds = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let i = 0; i < ROUNDS; i += 1) {
    for (const [name, run] of Object.entries(contenders)) rounds[name].push(round(texts, run, (seconds * 1000) / ROUNDS));
  }
  return Object.fromEntries(
    Object.entries(rounds).map(([name, list]) => [
      name,
      {
        rounds: list.map((r) => r.wordsPerSecond),
        wordsPerSecond: Math.max(...list.map((r) => r.wordsPerSecond)),
        seconds: list.reduce((sum, r) => sum + r.seconds, 0),
        passes: list.reduce((sum, r) => sum + r.passes, 0),
        rssGrowth: Math.max(...list.map((r) => r.rssGrowth)),
        heapGrowth: Math.max(...list.map((r) => r.heapGrowth)),
      },
    ]),
  );
}

function line(name, result) {
  const speed = Math.round(result.wordsPerSecond).toLocaleString('en-US').padStart(10);
  return (
    `${name.padEnd(18)} ${speed} words/s   (${result.seconds.toFixed(2)} s, ${result.passes} passes;` +
    ` peak RSS +${mb(result.rssGrowth)}, heap +${mb(result.heapGrowth)})`
  );
}

const texts = readTexts();
const wink = winkNLP(model);
const totalWords = texts.reduce((sum, text) => sum + words(text), 0);
console.log(
  `texts: ${texts.length} fixture articles, ${totalWords} words a pass; ${ROUNDS} interleaved rounds (fastest shown); ` +
    `node ${process.version}`,
);

const results = measureAll(texts, {
  extract: (text) => extract(text, { publishedAt: '2024-01-01' }),
  wink: (text) => wink.readDoc(text),
  compromise: (text) => nlp(text),
});
console.log(line('whosaid extract()', results.extract));
console.log(line('wink readDoc()', results.wink));
console.log(line('compromise nlp()', results.compromise));

/** Median of the ratios of rounds run side by side. */
function pairedRatio(a, b) {
  const ratios = a.rounds.map((speed, i) => speed / b.rounds[i]).sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)];
}

const toWink = pairedRatio(results.extract, results.wink);
const toCompromise = pairedRatio(results.extract, results.compromise);
console.log(
  `ratios (median of paired rounds): extract/wink ${toWink.toFixed(2)}×, extract/compromise ${toCompromise.toFixed(2)}×; ` +
    `target extract ≥ ${TARGET}× wink: ${toWink >= TARGET ? 'met' : 'NOT met'}`,
);
console.log(`process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
