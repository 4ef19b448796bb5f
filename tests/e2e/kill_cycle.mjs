// Crash test of the storage: types in a post so that saves happen, kills Chromium (SIGKILL, the
// whole process group: browser, storage, renderer) at a random moment, relaunches it on the same
// profile, and checks what opens. Used by kill.test.mjs (PARVIS_KILLS, small in CI) and by
// scripts/kill.sh N, which prints the figures:
//   node tests/e2e/kill_cycle.mjs [N]
//
// What is checked at each relaunch, against the states the app acknowledged with « Enregistré »
// (recorded from the snapshot while typing: generation, digest of the stored text, post text):
// - the workspace opens (no boot error, no « version précédente » fallback: nothing torn);
// - it is an acknowledged state (same generation, same digest, same text), the newest one; or
//   a newer save, committed before the kill and never shown as « Enregistré » (the one in flight,
//   or one that ended while keys kept coming): then its text must be a prefix of what was typed,
//   no shorter than the last acknowledged one (a state the app had asked to store, not a mixture);
// - never older than the newest acknowledged state (a lost acknowledged edit).
// Random pauses and kill moments are the point of this test: the kill lands anywhere, and half
// of the kills aim at the moment the autosave starts (0.8 s after the last key, see app.cpp).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS, chromiumPath, serve, waitReady, snapshot, newPost, openPost, focusText, waitSaved, widget,
} from './harness.mjs';

const AUTOSAVE_DELAY_MS = 800;  // app.cpp kAutosaveDelay
const WORDS = ['mairie', 'conseil', 'marché', 'fête', 'école', 'voirie', 'bibliothèque', 'piscine', 'concert', 'réunion',
  'quartier', 'jardin', 'travaux', 'horaires', 'vacances', 'élus', 'sport', 'culture', 'parvis', 'place'];

// A small seeded generator, so that a run can be replayed (PARVIS_KILL_SEED).
function generator(seed) {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
  return { next, between: (a, b) => a + Math.floor(next() * (b - a + 1)) };
}

// The text typed over the whole run: every stored state is a prefix of it.
function sequence(rng, length) {
  let text = 'Coupure : ';
  while (text.length < length) text += WORDS[rng.between(0, WORDS.length - 1)] + ' ';
  return text;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };

// Chromium started by us (not by Playwright), so that we own its process group and can kill it.
async function startChromium(profile) {
  const child = spawn(chromiumPath(), [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0',
    '--window-size=1280,860', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('Chromium ne répond pas')), 30000);
    child.stderr.on('data', (d) => {
      buf += d;
      const m = buf.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) { clearTimeout(timer); buf = ''; resolve(m[1]); }
      if (buf.length > 100000) buf = buf.slice(-1000);
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium s’est arrêté au démarrage (${code})`)); });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const page = context.pages()[0] || await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return { child, browser, page };
}

async function kill(run) {
  const exited = new Promise((resolve) => { if (run.child.exitCode !== null || run.child.signalCode) resolve(); else run.child.once('exit', resolve); });
  try { process.kill(-run.child.pid, 'SIGKILL'); } catch (e) { /* already gone */ }
  await exited;
  run.browser.close().catch(() => {});
}

// Opens the app on `profile`; the workspace's state once ready, with the post's text.
async function open(profile, url, withPost = true) {
  const t0 = Date.now();
  const run = await startChromium(profile);
  await run.page.goto(url);
  await waitReady(run.page);
  const relaunchMs = Date.now() - t0;
  const snap = await snapshot(run.page);
  let text = null;
  if (withPost) {
    await openPost(run.page);
    text = (await widget(run.page, 'Texte', 'text')).value;
  }
  return { run, relaunchMs, snap, text };
}

// Records, in the page, every state the app acknowledges (« Enregistré »: generation, digest of
// the stored text, the post's text) and every change of the save state, at the end of each frame
// (an animation-frame loop reading the snapshot), and streams them to Node as console messages as
// they happen. Polling from Node instead missed acknowledgements that lasted less than a DevTools
// round trip (a key typed right after a save), and the next save then looked torn.
function recordAcks(page, state, onSaveState) {
  page.on('console', (m) => {
    const text = m.text();
    if (text.startsWith('parvis-ack ')) {
      const a = JSON.parse(text.slice(11));
      state.acks.set(a.generation, { digest: a.digest, text: a.text });
    } else if (text.startsWith('parvis-save ')) {
      onSaveState(text.slice(12));
    }
  });
  return page.evaluate(() => {
    let lastAck = -1, lastState = '';
    const tick = () => {
      const s = window.parvis.snapshot();
      const w = s.workspace;
      if (w.save_state !== lastState) { lastState = w.save_state; console.log('parvis-save ' + lastState); }
      const box = s.widgets.find((x) => x.label === 'Texte' && x.kind === 'text');
      if (w.save_state === 'saved' && w.revision === w.saved_revision && box && !w.loading && w.generation !== lastAck) {
        lastAck = w.generation;
        console.log('parvis-ack ' + JSON.stringify({ generation: w.generation, digest: w.stored_digest, text: box.value }));
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

// One edit phase: types the sequence on from the post's text, records acknowledged states, and
// kills Chromium at a random moment. Resolves once the browser is dead.
async function editAndKill(run, state, rng, aimAtSave) {
  const { page } = run;
  let killed = false, lastSeen = null;
  await recordAcks(page, state, (saveState) => { lastSeen = saveState; });
  let resolveKill;
  const killedNow = new Promise((r) => { resolveKill = r; });
  const doKill = async () => {
    if (killed) return;
    killed = true;
    state.killedDuring.push(lastSeen);
    await kill(run);
    resolveKill();
  };
  const deadline = rng.between(1500, 6000);  // the random moment (ms from the first key)
  const timer = aimAtSave ? null : setTimeout(doKill, deadline);
  const typing = (async () => {
    const t0 = Date.now();
    let pos = (await widget(page, 'Texte', 'text')).value.length;
    await focusText(page, 'Texte');
    await page.keyboard.press('End');
    for (;;) {
      const burst = state.sequence.slice(pos, pos + rng.between(1, 5));
      await page.keyboard.type(burst, { delay: 12 });
      pos += burst.length;
      if (aimAtSave && Date.now() - t0 > deadline) {  // the autosave starts ~0.8 s after this key
        setTimeout(doKill, AUTOSAVE_DELAY_MS + rng.between(-20, 120));
        return;
      }
      // Either go on typing, or pause for a save (sometimes waiting until it is acknowledged).
      const pause = rng.next();
      if (pause < 0.4) await waitSaved(page);
      else if (pause < 0.7) await sleep(rng.between(100, 1200));
    }
  })().catch(() => {});
  await killedNow;
  if (timer) clearTimeout(timer);
  await Promise.allSettled([typing]);
}

// Classifies the state that opened after a kill (see the top of the file).
function judge(state, opened) {
  const { snap, text } = opened;
  const w = snap.workspace;
  if (/version précédente|Aucune version lisible/.test(w.message) || w.id !== state.id) return 'torn';
  const newest = Math.max(...state.acks.keys());
  const ack = state.acks.get(w.generation);
  if (ack) {
    if (ack.digest !== w.stored_digest || ack.text !== text) return 'torn';
    return w.generation < newest ? 'lost' : 'intact';
  }
  if (w.generation < newest) return 'lost';
  const last = state.acks.get(newest);
  // Newer than the newest acknowledged state: saves the app made while typing went on, so never
  // shown as « Enregistré » (one or more: a save that ends while keys arrive is not acknowledged,
  // and the next one may start before the kill). Whole if its text is what was typed, no shorter.
  if (w.generation > newest && text !== null && state.sequence.startsWith(text) && text.length >= last.text.length)
    return 'committed';
  return 'torn';
}

// Runs `kills` cycles on a fresh profile; returns the figures.
export async function runKills(kills, { log = () => {}, seed = Number(process.env.PARVIS_KILL_SEED) || Date.now() } = {}) {
  const rng = generator(seed);
  const profile = await mkdtemp(join(tmpdir(), 'parvis-kill-'));
  const { server, url } = await serve();
  const state = { acks: new Map(), sequence: sequence(rng, 200000), killedDuring: [] };
  const figures = { seed, kills: 0, opened: 0, intact: 0, committed: 0, torn: 0, lost: 0, relaunch_ms: [], acknowledged_saves: 0, details: [] };
  let current = null;
  try {
    // The first start: the demo, then a post of our own, stored.
    current = await open(profile, url, false);
    await waitSaved(current.run.page);
    await newPost(current.run.page);
    await focusText(current.run.page, 'Texte');
    await current.run.page.keyboard.type(state.sequence.slice(0, 10), { delay: 12 });
    await waitSaved(current.run.page);
    const s = await snapshot(current.run.page);
    state.id = s.workspace.id;
    state.acks.set(s.workspace.generation, { digest: s.workspace.stored_digest, text: state.sequence.slice(0, 10) });
    for (let i = 0; i < kills; i++) {
      await editAndKill(current.run, state, rng, i % 2 === 1);
      figures.kills++;
      let verdict;
      try {
        current = await open(profile, url);
        figures.opened++;
        figures.relaunch_ms.push(current.relaunchMs);
        verdict = judge(state, current);
      } catch (e) {
        verdict = 'torn';  // did not open
        log(`  ouverture impossible : ${e.message}`);
        throw e;
      } finally {
        figures[verdict] = (figures[verdict] ?? 0) + 1;
        const w = current?.snap.workspace;
        const newest = Math.max(...state.acks.keys());
        figures.details.push({ verdict, generation: w?.generation, newest, during: state.killedDuring.at(-1), text_length: current?.text?.length,
          newest_length: state.acks.get(newest)?.text.length, message: w?.message });
        log(`kill ${i + 1}/${kills}: ${verdict} (génération ${w?.generation}, tué pendant « ${state.killedDuring.at(-1)} », ` +
          `relance ${current?.relaunchMs} ms)`);
      }
      // The state that opened is stored: it is the base of the next cycle.
      if (verdict === 'committed' || verdict === 'intact')
        state.acks.set(current.snap.workspace.generation, { digest: current.snap.workspace.stored_digest, text: current.text });
    }
  } finally {
    if (current) await kill(current.run);
    server.close();
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
  figures.acknowledged_saves = state.acks.size;
  figures.median_relaunch_ms = median(figures.relaunch_ms);
  return figures;
}

export function printFigures(f) {
  console.log(`Parvis kill test (seed ${f.seed}):`);
  console.log(`  kills                         ${f.kills}`);
  console.log(`  workspace opened              ${f.opened}`);
  console.log(`  intact (acknowledged state)   ${f.intact}`);
  console.log(`  intact (save in flight, committed before the kill) ${f.committed}`);
  console.log(`  torn                          ${f.torn}`);
  console.log(`  lost acknowledged edits       ${f.lost}`);
  console.log(`  acknowledged saves            ${f.acknowledged_saves}`);
  console.log(`  killed while « saving »       ${f.details.filter((d) => d.during === 'saving').length}, « pending » ${f.details.filter((d) => d.during === 'pending').length}`);
  console.log(`  median relaunch (to ready)    ${f.median_relaunch_ms} ms`);
  // Each kill that was not intact, with what opened against the newest acknowledged state.
  for (const [i, d] of f.details.entries())
    if (d.verdict !== 'intact') console.log(`  kill ${i + 1}: ${JSON.stringify(d)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] || process.env.PARVIS_KILLS || 10);
  const figures = await runKills(n, { log: (m) => console.log(m) });
  printFigures(figures);
  process.exit(figures.torn || figures.lost || figures.opened !== figures.kills ? 1 : 0);
}
