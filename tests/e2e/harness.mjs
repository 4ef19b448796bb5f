// Shared harness of the browser tests and the benchmark: serves build/wasm/dist on loopback,
// launches Debian's Chromium through playwright-core, and drives the app like a person would,
// through window.parvis.snapshot() (widgets' labels and rectangles from ImGui's item hooks).
import { before, after } from 'node:test';
import { chromium, errors } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { startServer } from '../../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(process.env.PARVIS_DIST || join(here, '../../build/wasm/dist'));

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  throw new Error('Chromium introuvable : lancez scripts/setup.sh (paquet chromium) ou définissez CHROMIUM_PATH');
}

export async function serve() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html absent : construisez d’abord (cmake --build --preset wasm)`);
  const server = await startServer({ root: DIST, port: 0 });
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

export async function launch() {
  return watchCsp(await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }));
}

// Content-Security-Policy (shell/index.html): every page of every context the browser opens
// reports each violation (`securitypolicyviolation`) as a console error (so in page.errors of
// openApp) and into page.cspViolations, and snapshot() then throws: any browser test fails on a
// violation.
const CSP_TAG = '[CSP] ';
function watchCsp(browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    await context.addInitScript((tag) => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`${tag}${e.violatedDirective} bloque ${e.blockedURI || 'inline'} (${e.sourceFile || '?'}:${e.lineNumber || 0})`);
      }, true);
    }, CSP_TAG);
    const watch = (page) => {
      page.cspViolations = [];
      page.on('console', (m) => { if (m.type() === 'error' && m.text().startsWith(CSP_TAG)) page.cspViolations.push(m.text()); });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    return context;
  };
  return browser;
}

function checkCsp(page) {
  if (page.cspViolations && page.cspViolations.length) throw new Error(`Violation de la CSP :\n${page.cspViolations.join('\n')}`);
}

// In place of page.waitForFunction, which evaluates its predicate with eval() in the page and is
// refused by the CSP: polls `fn(arg)` through page.evaluate (a function, sent by the DevTools
// protocol, outside the CSP) until it returns a truthy value, which it returns. A navigation
// under way (its context destroyed) counts as « not yet ».
export async function waitInPage(page, fn, arg, { timeout = 20000, interval = 50, what = 'une condition dans la page' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch((e) => {
      if (/context was destroyed|navigation|Target closed|has been closed/i.test(e.message) && !page.isClosed()) return undefined;
      throw e;
    });
    if (value) return value;
    if (Date.now() >= deadline) throw new errors.TimeoutError(`Délai dépassé (${timeout} ms) en attendant ${what}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

// A page that records console errors and page errors, for the "no console error" checks.
// `options.personPrompt`: 'later' (default) answers the start prompt « Qui utilise Parvis ? »
// with « Plus tard », like a user who chooses later; 'keep' leaves it open for the test.
export async function openApp(context, url, options = {}) {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  await waitReady(page, options);
  return page;
}

export async function waitReady(page, { personPrompt = 'later' } = {}) {
  await waitInPage(page, () => {
    if (window.parvisBootError) return true;
    if (!window.parvis || !window.parvis.snapshot) return false;
    const s = window.parvis.snapshot();
    // The dictionary is read a few frames after start, in one go (a freeze of a fraction of a
    // second): a test starts after it, so that no click or key falls into that freeze.
    return s.frame > 2 && s.workspace && s.workspace.loading === false && s.workspace.person_asked === true &&
      s.workspace.dictionary.state !== 'pending';
  }, null, { timeout: 30000, what: 'le démarrage de Parvis' });
  const bootError = await page.evaluate(() => window.parvisBootError || null);
  if (bootError) throw new Error(`Échec du démarrage : ${bootError}`);
  await installTestHooks(page);
  const snap = await snapshot(page);
  if (personPrompt === 'later' && snap.workspace.person_prompt) {
    await click(page, snap.workspace.lang === 'en' ? 'Later' : 'Plus tard');
    await until(page, (s) => !s.workspace.person_prompt, 'la fermeture de « Qui utilise Parvis ? »');
  }
}

// The test-only hooks (importText, simulateStorageFailure: test_hooks.js), added to a ready page;
// the shipped app has none (shipped_hooks.test.mjs). Evaluated through DevTools, so the page's
// Content-Security-Policy (no inline script) does not apply.
let testHooksSource = null;
export async function installTestHooks(page) {
  testHooksSource ??= readFileSync(join(here, 'test_hooks.js'), 'utf8');
  await page.evaluate(testHooksSource);
}

export const snapshot = async (page) => {
  checkCsp(page);
  return page.evaluate(() => window.parvis.snapshot());
};

// The number of frames the app has finished (the snapshot's `frame`), read without a snapshot.
export const frame = (page) => page.evaluate(() => window.parvis.frame());

// Waits until the app has finished frame `target`. False when it has not within `timeout` ms
// (no more frames: a hidden page, a stopped app).
async function reachFrame(page, target, timeout) {
  // Checked in the page at each animation frame (no eval: see waitInPage); a timer ends the wait
  // when no frame comes.
  return page.evaluate(([t, ms]) => new Promise((resolve) => {
    const timer = setTimeout(() => resolve(window.parvis.frame() >= t), ms);
    const tick = () => {
      if (window.parvis.frame() >= t) { clearTimeout(timer); resolve(true); } else requestAnimationFrame(tick);
    };
    tick();
  }), [target, Math.max(1, timeout)]);
}

// Waits until the app has finished frame `target` (a number from frame() or a snapshot).
export async function waitForFrame(page, target, timeout = 20000) {
  if (!(await reachFrame(page, target, timeout))) throw new Error(`Délai dépassé en attendant l’image ${target}`);
}

// Waits until the app has drawn `n` more frames. Each frame reads the input once, so an event
// sent now is handled by the next frame and its effect is in the snapshot at that frame's end:
// wait at least 2 frames after an input whose effect (or absence of effect) is checked.
export async function waitFrames(page, n, timeout = 20000) {
  await waitForFrame(page, (await frame(page)) + n, timeout);
}

// Waits for `predicate(snapshot)` to hold, re-reading the snapshot once per frame of the app.
export async function until(page, predicate, what, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await snapshot(page);
    if (predicate(last)) return last;
    // The deadline holds even while frames keep coming (every snapshot asks for some).
    if (Date.now() >= deadline || !(await reachFrame(page, last.frame + 1, deadline - Date.now()))) break;
  }
  throw new Error(`Délai dépassé en attendant : ${what}\nDernier état : ${JSON.stringify(last && last.workspace)}`);
}

// Waits for ImGui's clock to pass `seconds` from now: for ImGui's own delays (the double-click
// time), which a number of frames cannot express.
export async function waitAppTime(page, seconds) {
  const t0 = (await snapshot(page)).time;
  return until(page, (s) => s.time >= t0 + seconds, `${seconds} s de l’horloge d’ImGui`);
}

// A widget by its visible label, or by the hidden key of an unlabelled one ("##handle" in a table
// row: findWidget(snap, '#handle')).
export const labelled = (w, label) => (label.startsWith('#') ? w.key === label.slice(1) : w.label === label);

export function findWidget(snap, label, kind) {
  return snap.widgets.find((w) => w.visible && labelled(w, label) && (!kind || w.kind === kind));
}

// Waits for a widget; one outside the visible part of a long screen (Paramètres grows) is brought
// into view with the mouse wheel, as a person would scroll: ImGui does not report clipped items,
// and one partly drawn may have its centre below the page. The wheel turns towards the widget when
// it is known, else down, then up, until the widget's centre shows.
export async function widget(page, label, kind) {
  const { height } = page.viewportSize();
  const inView = (w) => w && w.rect.y + w.rect.h / 2 > 0 && w.rect.y + w.rect.h / 2 < height - 2;
  const blind = [...Array(8).fill(300), ...Array(16).fill(-300)];
  for (const [i, dy] of blind.entries()) {
    // The first wait is long enough for a widget still to come (a dialog, a screen after a load).
    const found = await until(page, (s) => findWidget(s, label, kind), `le widget « ${label} »`, i === 0 ? 5000 : 1000)
      .catch(() => null);
    const w = found && findWidget(found, label, kind);
    if (inView(w)) return w;
    await page.mouse.move(760, height / 2);
    await page.mouse.wheel(0, w ? Math.sign(w.rect.y) * 120 : dy);
    await waitFrames(page, 3);
  }
  const snap = await until(page, (s) => inView(findWidget(s, label, kind)), `le widget « ${label} » à l’écran`);
  return findWidget(snap, label, kind);
}

export async function click(page, label, kind) {
  const w = await widget(page, label, kind);
  await page.mouse.click(w.rect.x + Math.min(w.rect.w / 2, 40), w.rect.y + w.rect.h / 2);
  await waitFrames(page, 3);  // ImGui sees the press, then the release, then the screen reacts
  return w;
}

// A click whose press and release are seen in different frames, for the widgets that react to
// the pair only (tabs, radio buttons, checkboxes, tree nodes): a release in the press's frame
// would be lost.
export async function holdClick(page, x, y) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await waitFrames(page, 2);
  await page.mouse.up();
  await waitFrames(page, 2);
}

// Clicks a text box and waits until the hidden text field has the focus (ImGui wants text).
export async function focusText(page, label) {
  await click(page, label, 'text');
  await waitInPage(page, () => document.activeElement && document.activeElement.id === 'parvis-text-input', null,
    { timeout: 5000, what: 'le champ de texte caché' });
}

// Replaces the text of a text box by `text`, as a person would: select all, erase, type. Keys are
// held over two frames (ImGui 1.86 samples the keyboard once per frame: a press and release
// within one frame would be missed), and typing starts a frame after the box is empty (characters
// come from a queue, and one typed in the Backspace's frame would be erased by it).
const holdKey = async (page, key) => { await page.keyboard.down(key); await waitFrames(page, 2); await page.keyboard.up(key); };

// Ctrl+A held over two frames, then one more frame: the selection is made before anything typed
// next arrives (a press within one frame can be sampled after the following characters).
export async function selectAll(page) {
  await page.keyboard.down('Control');
  await holdKey(page, 'a');
  await page.keyboard.up('Control');
  await waitFrames(page, 1);
}

export async function replaceText(page, label, text) {
  await focusText(page, label);
  await selectAll(page);
  await holdKey(page, 'Backspace');
  await until(page, (s) => s.widgets.some((w) => labelled(w, label) && w.kind === 'text' && w.value === ''), `${label} vidé`);
  await waitFrames(page, 1);
  if (text) await page.keyboard.type(text, { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => labelled(w, label) && w.kind === 'text' && w.value === text), `« ${text} » dans ${label}`);
}

export async function textValue(page, label) {
  const w = await widget(page, label, 'text');
  return w.value;
}

export async function waitSaved(page) {
  return until(page, (s) => s.workspace.save_state === 'saved' && s.workspace.revision === s.workspace.saved_revision, 'l’enregistrement');
}

// Decodes a PNG screenshot (8-bit RGB/RGBA, as Chromium writes them) and counts distinct colours:
// a blank canvas has one.
export function distinctColours(png, limit = 64) {
  let pos = 8, width = 0, height = 0, colourType = 0;
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos); const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); colourType = data[9]; }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const prev = Buffer.alloc(stride), cur = Buffer.alloc(stride);
  const colours = new Set();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a; else if (filter === 2) v += b; else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c); }
      cur[i] = v & 255;
    }
    for (let x = 0; x < width; x += 7) colours.add((cur[x * bpp] << 16) | (cur[x * bpp + 1] << 8) | cur[x * bpp + 2]);
    if (colours.size >= limit) return colours.size;
    cur.copy(prev);
  }
  return colours.size;
}

// Registers the suite's hooks: one server and one browser for the file, a fresh profile (so a
// first-time user on the demo workspace) for each `freshApp()`.
export function useBrowser() {
  const env = {};
  before(async () => {
    ({ server: env.server, url: env.url } = await serve());
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  env.freshApp = async (options = {}, initScript = null, appOptions = {}) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, ...options });
    if (initScript) await context.addInitScript(initScript);
    const page = await openApp(context, env.url, appOptions);
    return { context, page };
  };
  return env;
}

// Reloads the page like a user pressing F5 and returns the first snapshot once the app is ready.
export async function reloadApp(page, options = {}) {
  await page.reload();
  await waitReady(page, options);
  return snapshot(page);
}

// Opens, in Rédaction, the post with this title (a new post is « Brouillon sans titre »).
export async function openPost(page, title = 'Brouillon sans titre') {
  await click(page, 'Rédaction');
  await click(page, title);
}

// Creates a post in Rédaction; returns the label of its text boxes (one per network account).
export async function newPost(page) {
  await click(page, 'Rédaction');
  await click(page, 'Nouvelle publication');
  await widget(page, 'Texte', 'text');
  return 'Texte';
}
