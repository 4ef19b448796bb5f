// Differential test of Parvis's X counter against npm's twitter-text (the reference, version
// pinned in package.json): on 2,500 generated French posts (french_corpus.mjs, seeded), the core's
// Node module (build/wasm/node/parvis_core.mjs) must give exactly parseTweet's weighted length and
// validity, and the same ranges and permillage. Unlike the conformance files of ../shared, this
// needs nothing outside the project, so it means the same on every machine.
// twitter-text 3.1.0 (2019) knows the emoji of Emoji 11 only (twemoji-parser 11): newer sequences
// (🧑‍🌾, 🏳️‍⚧️, 😮‍💨, skin tones on 🤏…) and ZWJ sequences without their U+FE0F it counts piece by
// piece. Parvis follows Unicode 15 (every emoji sequence weighs 2, as DESIGN.md says): those are
// checked against Unicode's own list, emoji-test.txt of Debian's unicode-data, in the last test.
// Not a browser test, but it runs with them: cd tests/e2e && node --test ./twitter_text_diff.test.mjs
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import twitterText from 'twitter-text';

import { frenchCorpus } from './french_corpus.mjs';
import { loadParvisCore } from './node_core.mjs';

const FIELDS = ['weightedLength', 'valid', 'permillage', 'validRangeStart', 'validRangeEnd',
  'displayRangeStart', 'displayRangeEnd'];

test('countX du module Node = parseTweet de twitter-text sur 2 500 textes français générés', async () => {
  const core = await loadParvisCore();
  const texts = frenchCorpus(2500);
  const mismatches = [];
  let overLimit = 0, withLink = 0, invalid = 0;
  for (const text of texts) {
    const ours = core.countX(text);
    const theirs = twitterText.parseTweet(text);
    if (!theirs.valid) invalid++;
    if (theirs.weightedLength > 280) overLimit++;
    if (ours.links > 0) withLink++;
    const differs = FIELDS.filter((f) => ours[f] !== theirs[f]);
    if (differs.length > 0) mismatches.push({ text, differs, ours, theirs });
  }
  for (const m of mismatches.slice(0, 20)) {
    const show = (r) => JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, r[f]])));
    console.log(`DIFFÉRENCE sur ${m.differs.join(', ')}\n  texte        ${JSON.stringify(m.text)}\n` +
      `  parvis       ${show(m.ours)}\n  twitter-text ${show(m.theirs)}`);
  }
  // The corpus must exercise what it is meant to: links, texts over the limit, refused texts.
  assert.ok(withLink > 500, `trop peu de textes avec un lien (${withLink})`);
  assert.ok(overLimit > 100, `trop peu de textes au-delà de 280 (${overLimit})`);
  assert.ok(invalid > overLimit, `trop peu de textes refusés pour une autre raison (${invalid - overLimit})`);
  assert.equal(mismatches.length, 0, `${mismatches.length} texte(s) sur ${texts.length} comptés autrement que par twitter-text`);
});

test('count(network, text) du module Node : limites, erreurs en français', async () => {
  const core = await loadParvisCore();
  const x = core.count('x', 'Bonjour « à tous » 👍🏽 service-public.fr');
  assert.equal(x.network, 'x');
  assert.equal(x.length, twitterText.parseTweet('Bonjour « à tous » 👍🏽 service-public.fr').weightedLength);
  assert.equal(x.limit, 280);
  assert.equal(x.valid, true);
  const mastodon = core.count('mastodon', 'é'.repeat(501));
  assert.deepEqual([mastodon.length, mastodon.limit, mastodon.valid, mastodon.problem], [501, 500, false, 'too_long']);
  assert.equal(core.count('mastodon', 'é'.repeat(501), 1000).valid, true);
  const bluesky = core.count('bluesky', 'a'.repeat(10));
  assert.equal(bluesky.maxBytes, 3000);
  assert.throws(() => core.count('myspace', 'x'), /Réseau inconnu : « myspace »/);
  assert.throws(() => core.count('mastodon', 'x', -3), /Limite invalide/);
  // Long inputs grow the input buffer; the heap may move: results stay right afterwards.
  assert.equal(core.countX('a'.repeat(200000)).weightedLength, 200000);
  assert.equal(core.countX('été').weightedLength, 3);
});

// Every emoji of Unicode 15's emoji-test.txt, alone and inside a sentence.
test('chaque émoji d’Unicode 15 pèse 2 ; ceux d’Emoji ≤ 11 comme twitter-text', async () => {
  const core = await loadParvisCore();
  const ucd = process.env.PARVIS_UCD_DIR || '/usr/share/unicode';
  const file = path.join(ucd, 'emoji/emoji-test.txt');
  assert.ok(existsSync(file), `${file} introuvable : paquet Debian unicode-data (scripts/setup.sh), ou PARVIS_UCD_DIR`);
  // Emoji 11 sequences twitter-text 3.1.0 still gets wrong (twemoji 11 lacks them).
  const twemojiGaps = new Set(['\u267e\ufe0f', '\u{1f441}\ufe0f\u200d\u{1f5e8}\ufe0f']);
  let sequences = 0, compared = 0;
  const wrong = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^([0-9A-F ]+);\s*(fully-qualified|minimally-qualified)\s*#\s*\S+\s+E(\d+)\.(\d+)/);
    if (!m) continue;
    const emoji = String.fromCodePoint(...m[1].trim().split(/\s+/).map((h) => parseInt(h, 16)));
    const version = Number(m[3]) + Number(m[4]) / 10;
    sequences++;
    for (const [text, expected] of [[emoji, 2], [`Bravo ${emoji} !`, 10]]) {
      const ours = core.countX(text).weightedLength;
      if (ours !== expected) wrong.push(`${JSON.stringify(text)} (${m[1].trim()}, E${m[3]}.${m[4]}) : ${ours} au lieu de ${expected}`);
      if (m[2] === 'fully-qualified' && version <= 11 && !twemojiGaps.has(emoji)) {
        compared++;
        const theirs = twitterText.parseTweet(text).weightedLength;
        if (ours !== theirs) wrong.push(`${JSON.stringify(text)} : parvis ${ours}, twitter-text ${theirs}`);
      }
    }
  }
  for (const w of wrong.slice(0, 20)) console.log(w);
  assert.ok(sequences > 4000, `emoji-test.txt trop court (${sequences} séquences)`);
  assert.ok(compared > 5000, `trop peu de comparaisons avec twitter-text (${compared})`);
  assert.equal(wrong.length, 0, `${wrong.length} émoji mal compté(s)`);
});
