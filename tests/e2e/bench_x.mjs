// Benchmark of the X weighted length (issue 6, item 9; not a test: it prints figures). In one Node
// process, counts the generated French posts of french_corpus.mjs (2,000 texts × REPEAT per pass)
// with the core's Node module (countX) and with npm's twitter-text (parseTweet), RUNS passes each
// after a warm-up, and prints the medians and the ratio. It also prints what the JS side of a call
// costs alone (UTF-8 encoding into the heap, decoding and parsing the JSON result), and, when the
// native build has it, runs build/native/tests/parvis_x_bench on the same corpus. The machine's load
// moves the figures; the ratios, measured in one process, move less.
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

function measure(count, corpus = texts) {
  let checksum = 0;
  for (let r = 0; r < REPEAT; r++) for (const t of corpus) checksum += count(t);  // warm-up
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let r = 0; r < REPEAT; r++) for (const t of corpus) checksum += count(t);
    times.push(performance.now() - start);
  }
  return { ms: median(times), checksum };
}

// The JS side of a call without the counting: encode the text into a buffer as api.js does,
// decode and parse a result of the same shape.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const buffer = new Uint8Array(1 << 20);
const resultBytes = encoder.encode(JSON.stringify(core.countX(texts[1])));
const jsSide = (t) => {
  const written = encoder.encodeInto(t, buffer).written;
  return written + JSON.parse(decoder.decode(resultBytes)).weightedLength;
};

const parvis = measure((t) => core.countX(t).weightedLength);
const twitter = measure((t) => twitterText.parseTweet(t).weightedLength);
const glue = measure(jsSide);
if (parvis.checksum !== twitter.checksum) console.log('ATTENTION : les longueurs diffèrent (voir twitter_text_diff.test.mjs)');

const line = (label, ms) =>
  `${label.padEnd(12)} ${ms.toFixed(2).padStart(8)} ms per pass of ${perPass} texts   ${(ms * 1000 / perPass).toFixed(2).padStart(6)} µs/text`;
console.log(`X weighted length, ${texts.length} generated French posts (${Math.round(chars / texts.length)} UTF-16 units on average) × ${REPEAT}, median of ${RUNS} passes, Node ${process.version}:`);
console.log(line('parvis wasm', parvis.ms) + `   (${path.relative(process.cwd(), nodeCorePath)})`);
console.log(line('twitter-text', twitter.ms) + '   (parseTweet 3.1.0)');
console.log(`ratio        ${(twitter.ms / parvis.ms).toFixed(1)}× faster than twitter-text (target ≥ 10×)`);
// Most of the generated texts hold a decomposed (NFD) piece, rare in real posts: the same texts in
// NFC show the usual case.
const nfcTexts = texts.map((t) => t.normalize('NFC'));
const parvisNfc = measure((t) => core.countX(t).weightedLength, nfcTexts);
const twitterNfc = measure((t) => twitterText.parseTweet(t).weightedLength, nfcTexts);
console.log(`same texts in NFC: parvis wasm ${(parvisNfc.ms * 1000 / perPass).toFixed(2)} µs/text, twitter-text ` +
  `${(twitterNfc.ms * 1000 / perPass).toFixed(2)} µs/text, ratio ${(twitterNfc.ms / parvisNfc.ms).toFixed(1)}×`);
console.log(line('  JS glue', glue.ms) + `   (${(100 * glue.ms / parvis.ms).toFixed(0)} % of a countX call: encodeInto + decode + JSON.parse)`);

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
