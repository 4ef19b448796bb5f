// Benchmark of the tone check in a browser's WebAssembly engine (issue 6, item 9: « under 3 ms in
// the browser »; not a test: it prints figures). Node runs the same V8 WebAssembly engine as
// Chromium, and the core's Node module is built from the same sources with the same flags as the
// app (core/check, core/count and core/text at -O2: see CMakeLists.txt), so this is the cost
// of a check on each keystroke in the composer, JS call included. The post is the one of
// tests/bench/check_bench.cpp (3,000 bytes of French with jargon, capitals, « !! », an emoji, a
// point médian, a phone number), checked without a charter (the defaults), with no network
// counted, then with the seven networks counted. Medians of RUNS timed calls after a warm-up.
//   node tests/e2e/bench_check.mjs [--runs 300]
import { loadParvisCore } from './node_core.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Math.max(1, Number(process.argv[i + 1])) : fallback;
};
const RUNS = option('--runs', 300);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const paragraph =
  'Afin de préparer la fête du quartier des Tilleuls, la mairie procédera à la fermeture de la rue ' +
  'Jean-Jaurès samedi 14\u202Fjuin de 8\u202Fh à 18h30. Les habitant·e·s pourront stationner au parking ' +
  'de la gare ; l’accès reste gratuit. Infos : mairie-exemple.fr/fete ou au 01 23 45 67 89 !! 🎉 ' +
  'Dans le cadre de cette journée, N’HÉSITEZ PAS à venir avec vos enfants… #FêteDesTilleuls\n';
const bytes = (s) => Buffer.byteLength(s, 'utf8');
let text = '';
while (bytes(text) + bytes(paragraph) <= 3000) text += paragraph;
while (bytes(text) < 3000) text += ' ';

const core = await loadParvisCore();
function measure(networks) {
  const first = core.check(text, networks);  // warm-up: lexicons parsed, code compiled by V8
  for (let i = 0; i < 20; i++) core.check(text, networks);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    core.check(text, networks);
    times.push(performance.now() - start);
  }
  return { ms: median(times), findings: first.findings };
}

const all = 'x,mastodon,bluesky,threads,instagram,linkedin,facebook';
const rules = measure('');
const seven = measure(all);
const ms = (x) => x.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
console.log(`Vérification d’une publication de ${bytes(text)} octets dans le moteur WebAssembly de V8 (Node ${process.version}), médiane de ${RUNS} appels :`);
console.log(`  règles seules        : ${ms(rules.ms)} ms (${rules.findings} constats)`);
console.log(`  + 7 réseaux comptés  : ${ms(seven.ms)} ms (${seven.findings} constats)`);
console.log(`  objectif du navigateur : moins de 3 ms — ${seven.ms < 3 ? 'atteint' : 'NON atteint'}`);
