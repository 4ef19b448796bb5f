// Benchmark of the X weighted length (issue 6, item 9; not a test: it prints figures). In one Node
// process, counts the generated French posts of french_corpus.mjs (2,000 texts × REPEAT per pass)
// with the core's Node module (countX) and with npm's twitter-text (parseTweet), RUNS passes each
// after a warm-up, taken in turn, and prints the medians (wall and CPU time) and the median ratio;
// then the same for the texts in NFC and for one typical post. It also prints what the JS side of a
// call costs alone (UTF-8 encoding into the heap, the result object), and, when the native build
// has it, runs build/native/tests/parvis_x_bench on the same corpus. The machine's load moves the
// figures; the ratios, measured in one process and in turn, move less.
//   node tests/e2e/bench_x.mjs [--runs 7] [--repeat 10]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import twitterText from 'twitter-text';

import { frenchCorpus } from './french_corpus.mjs';
import { loadParvisCore, nodeCorePath } from './node_core.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Math.max(1, Number(process.argv[i + 1])) : fallback;
};
const RUNS = option('--runs', 7);
const REPEAT = option('--repeat', 10);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const core = await loadParvisCore();
const texts = frenchCorpus(2000);
const perPass = texts.length * REPEAT;
const chars = texts.reduce((n, t) => n + t.length, 0);

// One pass: wall and CPU milliseconds (the CPU time leaves out the moments a loaded machine gave
// the process no core).
function pass(count, corpus, sink) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < REPEAT; r++) for (const t of corpus) sink.checksum += count(t);
  const cpu = process.cpuUsage(cpuStart);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

// Passes of the counters in turn (parvis, twitter-text, parvis, …), so that a change of the
// machine's load hits both alike: medians of each, and the median of the per-round ratios.
function measure(counters, corpus = texts) {
  const sinks = counters.map(() => ({ checksum: 0 }));
  counters.forEach((count, k) => pass(count, corpus, sinks[k]));  // warm-up
  const rounds = [];
  for (let run = 0; run < RUNS; run++) rounds.push(counters.map((count, k) => pass(count, corpus, sinks[k])));
  return counters.map((_, k) => ({
    ms: median(rounds.map((r) => r[k].ms)),
    cpuMs: median(rounds.map((r) => r[k].cpuMs)),
    ratio: median(rounds.map((r) => r[k].ms / r[0].ms)),  // counter k's time over the first one's
    checksum: sinks[k].checksum,
  }));
}

// The JS side of a call without the counting: encode the text into a buffer and build the result
// object from integers, as api.js does for countX.
const encoder = new TextEncoder();
const buffer = new Uint8Array(1 << 20);
const fields = new Int32Array(9);
const jsSide = (t) => {
  const written = encoder.encodeInto(t, buffer).written;
  const r = { weightedLength: fields[0] + written, valid: fields[1] !== 0, permillage: fields[2], validRangeStart: fields[3],
    validRangeEnd: fields[4], displayRangeStart: fields[5], displayRangeEnd: fields[6], links: fields[7], validBytesEnd: fields[8] };
  return r.weightedLength;
};

const countParvis = (t) => core.countX(t).weightedLength;
const countTwitter = (t) => twitterText.parseTweet(t).weightedLength;
const [parvis, twitter] = measure([countParvis, countTwitter]);
const [glue] = measure([jsSide]);
if (parvis.checksum !== twitter.checksum) console.log('ATTENTION : les longueurs diffèrent (voir twitter_text_diff.test.mjs)');

const line = (label, m) =>
  `${label.padEnd(12)} ${m.ms.toFixed(2).padStart(8)} ms per pass of ${perPass} texts   ${(m.ms * 1000 / perPass).toFixed(2).padStart(6)} µs/text` +
  `   (CPU ${(m.cpuMs * 1000 / perPass).toFixed(2)} µs/text)`;
console.log(`X weighted length, ${texts.length} generated French posts (${Math.round(chars / texts.length)} UTF-16 units on average) × ${REPEAT}, median of ${RUNS} passes, Node ${process.version}:`);
console.log(line('parvis wasm', parvis) + `   ${path.relative(process.cwd(), nodeCorePath)}`);
console.log(line('twitter-text', twitter) + '   parseTweet 3.1.0');
console.log(`ratio        ${twitter.ratio.toFixed(1)}× faster than twitter-text (median of the ${RUNS} rounds' ratios; target ≥ 10×)`);
// Most of the generated texts hold a decomposed (NFD) piece, rare in real posts: the same texts in
// NFC show the usual case.
const nfcTexts = texts.map((t) => t.normalize('NFC'));
const [parvisNfc, twitterNfc] = measure([countParvis, countTwitter], nfcTexts);
console.log(`same texts in NFC: parvis wasm ${(parvisNfc.ms * 1000 / perPass).toFixed(2)} µs/text, twitter-text ` +
  `${(twitterNfc.ms * 1000 / perPass).toFixed(2)} µs/text, ratio ${twitterNfc.ratio.toFixed(1)}×`);
// A typical post (plain French, one bare link, one emoji: the same text as kTypicalPost in
// tests/bench/x_bench.cpp), the case of every keystroke in the composer.
const TYPICAL = 'La médiathèque sera fermée samedi pour travaux. Les élèves de l’école sont invités à la réunion ' +
  'publique du conseil municipal, lundi à 18h30, salle des fêtes. Les informations sur ' +
  'mairie-saint-exemple.fr/agenda : horaires, accès et inscriptions ! 🎉';
const [parvisTypical, twitterTypical] = measure([countParvis, countTwitter], texts.map(() => TYPICAL));
console.log(`a typical post: parvis wasm ${(parvisTypical.ms * 1000 / perPass).toFixed(2)} µs/text, twitter-text ` +
  `${(twitterTypical.ms * 1000 / perPass).toFixed(2)} µs/text, ratio ${twitterTypical.ratio.toFixed(1)}×`);
console.log(line('  JS glue', glue) + `   (${(100 * glue.ms / parvis.ms).toFixed(0)} % of a countX call: encodeInto + the result object)`);

const nativeBench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/native/tests/parvis_x_bench');
if (existsSync(nativeBench)) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parvis-xbench-'));
  try {
    const corpusFile = path.join(dir, 'corpus.json');
    // A lone surrogate has no UTF-8 form: the native bench gets U+FFFD, as the wasm module does.
    writeFileSync(corpusFile, JSON.stringify(texts.map((t) => t.toWellFormed())));
    process.stdout.write(execFileSync(nativeBench, [corpusFile, '--runs', String(RUNS), '--repeat', String(REPEAT)], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log(`(native figure: build ${path.relative(process.cwd(), nativeBench)} with cmake --build build/native --target parvis_x_bench)`);
}
