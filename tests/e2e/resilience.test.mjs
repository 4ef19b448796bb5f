// Browser tests of what can go wrong around the user's data and display: storage unavailable
// from the start, a corrupted last save, a lost WebGL context, IME composition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, reloadApp, openPost, newPost, openApp, snapshot, until, click, focusText, textValue, waitSaved, widget, distinctColours,
  waitFrames,
  waitInPage,
} from './harness.mjs';

const env = useBrowser();
const freshApp = (initScript) => env.freshApp({}, initScript);

test('without IndexedDB (private browsing) the app works in memory, says so and offers export', async () => {
  const { context, page } = await freshApp(() => { Object.defineProperty(window, 'indexedDB', { value: undefined }); });
  const snap = await snapshot(page);
  assert.equal(snap.workspace.save_state, 'memory_only');
  assert.equal(snap.workspace.save_error, 'unavailable');
  assert.match(snap.workspace.message, /stockage du navigateur est indisponible/);
  assert.ok(snap.widgets.some((w) => w.label === 'Exporter une sauvegarde'), 'export is offered');
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type('Toujours là, en mémoire');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === 'Toujours là, en mémoire'), 'la saisie en mémoire');
  await context.close();
});

test('a corrupted last save falls back to the previous good generation', async () => {
  const { context, page } = await freshApp();
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type('Première version');
  await waitSaved(page);
  await page.keyboard.type(' puis la seconde');
  await waitSaved(page);
  // Damage the newest generation in place (consistent length and checksum, unreadable JSON),
  // as a write cut in the middle by a crash could leave it.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('parvis');
    open.onsuccess = () => {
      const tx = open.result.transaction(['generations'], 'readwrite');
      const store = tx.objectStore('generations');
      store.openCursor(null, 'prev').onsuccess = (e) => {
        const c = e.target.result;
        const g = c.value;
        g.text = g.text.slice(0, Math.floor(g.text.length / 2));
        g.length = g.text.length;
        let h = 0x811c9dc5;
        for (let i = 0; i < g.text.length; i++) { h ^= g.text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
        g.hash = h >>> 0;
        c.update(g);
      };
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  const snap = await reloadApp(page);
  assert.match(snap.workspace.message, /version précédente/);
  await openPost(page);
  assert.equal(await textValue(page, box), 'Première version');
  await context.close();
});

test('a lost WebGL context is restored and drawing goes on', async () => {
  const { context, page } = await freshApp();
  await page.evaluate(() => {
    const gl = document.getElementById('canvas').getContext('webgl2');
    window.__lose = gl.getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  // The app has seen the loss: its overlay says so.
  await waitInPage(page, () => document.getElementById('overlay').className !== 'hidden', null, { timeout: 5000, what: 'l’écran de perte du contexte' });
  await page.evaluate(() => window.__lose.restoreContext());
  const before = (await snapshot(page)).frame;
  await until(page, (s) => s.frame > before + 10, 'des images après la restauration');
  await click(page, 'Paramètres');
  await widget(page, 'Exporter l’espace (JSON)');
  await waitFrames(page, 3);
  const colours = distinctColours(await page.screenshot());
  assert.ok(colours > 8, `blank canvas after restore (${colours} colours)`);
  assert.equal(await page.evaluate(() => document.getElementById('overlay').className), 'hidden');
  assert.deepEqual(page.errors.filter((e) => !/WebGL|GL_/.test(e)), []);
  await context.close();
});

test('IME composition and dead keys reach the text box once, composed', async () => {
  const { context, page } = await freshApp();
  const box = await newPost(page);
  await focusText(page, box);
  // A composition (IME, or a dead key on some systems): intermediate input is ignored, the
  // final text arrives once at compositionend.
  await page.evaluate(() => {
    const ta = document.getElementById('parvis-text-input');
    ta.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    ta.value = '^';
    ta.dispatchEvent(new InputEvent('input', { data: '^', inputType: 'insertCompositionText', isComposing: true }));
    ta.value = 'ê';
    ta.dispatchEvent(new CompositionEvent('compositionend', { data: 'ê' }));
  });
  // Dead key then letter as Chromium delivers it on Linux (the composed character, inserted).
  await page.keyboard.insertText('ë');
  await page.keyboard.type('t€@');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === 'êët€@'), 'le texte composé');
  await context.close();
});

test('English interface, Ctrl + / Ctrl − zoom, both kept after reload', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Paramètres');
  await click(page, 'English');
  await widget(page, 'Settings');
  assert.ok((await snapshot(page)).widgets.some((w) => w.label === 'Calendar'));
  const small = await widget(page, 'Settings');
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  const zoomed = await until(page, (s) => Math.abs(s.workspace.zoom - 1.2) < 1e-3, 'le zoom à 120 %');
  const large = zoomed.widgets.find((w) => w.label === 'Settings');
  assert.ok(large.rect.h > small.rect.h * 1.1, `text grows with zoom (${small.rect.h} → ${large.rect.h})`);
  // Settings are written with the next storage transaction: wait until IndexedDB holds them.
  const storedSettings = () => page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('parvis');
    open.onsuccess = () => {
      const req = open.result.transaction(['settings']).objectStore('settings').get('app');
      req.onsuccess = () => { open.result.close(); resolve(req.result ? req.result.value : null); };
    };
  }));
  for (let tries = 0; ; tries++) {
    const stored = await storedSettings();
    if (stored && stored.lang === 'en' && Math.abs(stored.zoom - 1.2) < 1e-3) break;
    assert.ok(tries < 300, `settings not stored: ${JSON.stringify(stored)}`);
    await waitFrames(page, 1);
  }
  const after = await reloadApp(page);
  assert.equal(after.workspace.lang, 'en');
  assert.ok(Math.abs(after.workspace.zoom - 1.2) < 1e-3);
  await page.keyboard.press('Control+Minus');
  await until(page, (s) => Math.abs(s.workspace.zoom - 1.1) < 1e-3, 'le zoom à 110 %');
  await click(page, 'Settings');
  await click(page, '+');  // the zoom button of Settings
  await until(page, (s) => Math.abs(s.workspace.zoom - 1.2) < 1e-3, 'le zoom à 120 % par le bouton');
  await click(page, 'Français');
  await widget(page, 'Paramètres');
  await context.close();
});

test('HiDPI screens get a full-resolution canvas, and clicks land where the widgets are', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 });
  const page = await openApp(context, env.url);
  const size = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height, c.clientWidth]; });
  assert.deepEqual(size, [2000, 1400, 1000]);
  await click(page, 'Paramètres');
  await until(page, (s) => s.workspace.screen === 'settings', 'l’écran Paramètres après un clic en CSS px');
  await page.setViewportSize({ width: 800, height: 600 });
  await waitFrames(page, 2);  // each frame sizes the canvas to the window
  const resized = await page.evaluate(() => document.getElementById('canvas').width);
  assert.equal(resized, 1600, 'the canvas follows the window size');
  await context.close();
});

test('hiding the page saves at once, even with animation frames stopped', async () => {
  const { context, page } = await freshApp();
  const box = await newPost(page);
  await waitSaved(page);
  await focusText(page, box);
  await page.keyboard.type('Écrit juste avant de changer d’onglet');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === 'Écrit juste avant de changer d’onglet'), 'la saisie');
  // Like a background tab: no more frames, then the page becomes hidden before the autosave
  // pause (about a second) has passed.
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const stored = await page.evaluate(() => new Promise((resolve) => {
    const started = Date.now();
    const look = () => {
      const open = indexedDB.open('parvis');
      open.onsuccess = () => {
        const req = open.result.transaction(['generations']).objectStore('generations').getAll();
        req.onsuccess = () => {
          open.result.close();
          const found = req.result.some((g) => g.text.includes('Écrit juste avant de changer d’onglet'));
          if (found || Date.now() - started > 3000) resolve(found); else setTimeout(look, 100);
        };
      };
    };
    look();
  }));
  assert.equal(stored, true, 'the text reached IndexedDB without any further frame');
  await context.close();
});

test('a module that fails to load gets a French explanation', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/parvis.wasm', (route) => route.fulfill({ status: 404, body: 'absent' }));
  await page.goto(env.url);
  await waitInPage(page, () => window.parvisBootError, null, { timeout: 15000, what: 'l’erreur de démarrage' });
  const text = await page.textContent('#overlay-text');
  assert.match(text, /Parvis s’est arrêté|n’a pas pu se charger/);
  assert.match(text, /données/);
  await context.close();
});

test('two tabs on one workspace: the idle tab follows, a tab with its own changes stops saving', async () => {
  const { context, page: first } = await freshApp();
  await waitSaved(first);  // the demo is stored before the second tab opens
  const second = await openApp(context, env.url);
  await waitSaved(second);
  const box = await newPost(first);
  await focusText(first, box);
  await first.keyboard.type('Écrit dans le premier onglet');
  await waitSaved(first);
  // The idle second tab reloads the workspace and sees the new post.
  await until(second, (s) => /autre onglet/.test(s.workspace.message), 'la mise à jour du second onglet');
  const posts = (await snapshot(first)).workspace.posts;
  await until(second, (s) => s.workspace.posts === posts, 'le même nombre de publications');
  // Now both edit. The second tab's change is not stored yet (its storage is made to fail, so
  // that the order is certain) when the first tab saves its own.
  // The post count follows the first save (the new, empty post); the typed text comes with a
  // later one: wait for it in the second tab's editor.
  await openPost(second);
  await until(second, (s) => s.widgets.some((w) => w.label === 'Texte' && w.kind === 'text' && w.value === 'Écrit dans le premier onglet'),
    'le texte du premier onglet dans le second');
  await focusText(second, 'Texte');
  await second.evaluate(() => window.parvis.simulateStorageFailure('failed'));
  await second.keyboard.press('End');
  await second.keyboard.type(' + second');
  await until(second, (s) => s.workspace.save_state === 'error', 'l’échec simulé dans le second onglet');
  await first.keyboard.type(' + premier');
  await waitSaved(first);
  const conflict = await until(second, (s) => s.workspace.save_state === 'conflict', 'le conflit dans le second onglet');
  assert.match(conflict.workspace.message, /n’enregistre plus/);
  assert.ok(conflict.widgets.some((w) => w.label === 'Exporter une sauvegarde'), 'export is offered');
  assert.equal(await textValue(second, 'Texte'), 'Écrit dans le premier onglet + second', 'the second tab keeps its text');
  // What the first tab saved is intact.
  await reloadApp(first);
  await openPost(first);
  assert.equal(await textValue(first, 'Texte'), 'Écrit dans le premier onglet + premier');
  await context.close();
});

test('a workspace stored by a newer Parvis is not opened and never overwritten', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Paramètres');
  await focusText(page, 'Nom du nouvel espace');
  await page.keyboard.type('Commune du futur');
  await click(page, 'Créer');
  await until(page, (s) => s.workspace.name === 'Commune du futur', 'le nouvel espace');
  await waitSaved(page);
  const id = (await snapshot(page)).workspace.id;
  // A later Parvis rewrote it in schema 4.
  const future = JSON.stringify({ format: 'parvis-workspace', schema_version: 4, id, champ_inconnu: { a: 1 } });
  await page.evaluate(({ id, future }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('parvis');
    open.onsuccess = () => {
      const tx = open.result.transaction(['generations'], 'readwrite');
      tx.objectStore('generations').openCursor(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER])).onsuccess = (e) => {
        const c = e.target.result;
        if (!c) return;
        const g = c.value;
        let h = 0x811c9dc5;
        for (let i = 0; i < future.length; i++) { h ^= future.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
        Object.assign(g, { text: future, length: future.length, hash: h >>> 0 });
        c.update(g);
        c.continue();
      };
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { id, future });
  const snap = await reloadApp(page);
  assert.match(snap.workspace.message, /version plus récente de Parvis/);
  assert.notEqual(snap.workspace.id, id, 'the newer workspace is not opened');
  assert.ok(snap.workspace.workspaces.some((w) => w.id === id), 'it is still listed');
  await waitSaved(page);  // nothing left for the autosave to write
  const stored = await page.evaluate((id) => new Promise((resolve) => {
    const open = indexedDB.open('parvis');
    open.onsuccess = () => {
      const req = open.result.transaction(['generations']).objectStore('generations').getAll(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
      req.onsuccess = () => { open.result.close(); resolve(req.result.map((g) => g.text)); };
    };
  }), id);
  assert.ok(stored.length > 0 && stored.every((t) => t === future), 'the stored versions are untouched');
  await context.close();
});
