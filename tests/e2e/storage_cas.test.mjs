// Browser tests of the storage's compare-and-swap and of its failures: two tabs that cannot tell
// each other (no BroadcastChannel) never overwrite each other's save; the tab that lost the race
// keeps its text, as a copy or by reloading; a database closed by the browser (versionchange) is
// reported in French, nothing thrown into WebAssembly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, reloadApp, newPost, openPost, snapshot, until, click, focusText, textValue, waitSaved } from './harness.mjs';

const env = useBrowser();
const noChannel = () => { Object.defineProperty(window, 'BroadcastChannel', { value: undefined }); };

// The texts of a workspace's newest stored generation, read from IndexedDB.
const storedText = (page, id) => page.evaluate((id) => new Promise((resolve, reject) => {
  const open = indexedDB.open('parvis');
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['workspaces', 'generations']);
    tx.objectStore('workspaces').get(id).onsuccess = (e) => {
      const record = e.target.result;
      if (!record) { resolve(null); return; }
      tx.objectStore('generations').get([id, record.latest]).onsuccess = (g) => resolve(g.target.result.text);
    };
    tx.oncomplete = () => db.close();
    tx.onerror = () => reject(tx.error);
  };
}), id);

// Two tabs on the demo workspace, with no BroadcastChannel: only the compare-and-swap protects.
async function twoTabs() {
  const { context, page: first } = await env.freshApp({}, noChannel);
  await waitSaved(first);
  const second = await openApp(context, env.url);
  const s = await waitSaved(second);
  const id = s.workspace.id;
  assert.equal((await snapshot(first)).workspace.id, id);
  // The first tab saves a change.
  await newPost(first);
  await focusText(first, 'Texte');
  await first.keyboard.type('Version du premier onglet');
  await waitSaved(first);
  // The second tab, which has not seen it, saves its own: refused, reported, its text kept.
  await newPost(second);
  await focusText(second, 'Texte');
  await second.keyboard.type('Version du second onglet');
  const conflict = await until(second, (x) => x.workspace.save_state === 'conflict', 'le conflit dans le second onglet');
  assert.equal(conflict.workspace.save_error, 'conflict');
  assert.match(conflict.workspace.message, /Cet espace a été modifié dans un autre onglet/);
  assert.ok(conflict.widgets.some((w) => w.label === 'Garder mes modifications dans une copie'));
  assert.equal(await textValue(second, 'Texte'), 'Version du second onglet');
  const stored = await storedText(first, id);
  assert.ok(stored.includes('Version du premier onglet') && !stored.includes('Version du second onglet'), 'the first tab’s save is not overwritten');
  return { context, first, second, id };
}

test('two tabs: the stale save is refused; « Garder mes modifications dans une copie » stores them apart', async () => {
  const { context, first, second, id } = await twoTabs();
  await click(second, 'Garder mes modifications dans une copie');
  const copy = await until(second, (x) => x.workspace.id !== id && x.workspace.save_state === 'saved' &&
    x.workspace.revision === x.workspace.saved_revision, 'la copie enregistrée');
  assert.match(copy.workspace.name, / \(copie\)$/);
  assert.match(copy.workspace.message, /nouvel espace/);
  await openPost(second);  // another workspace: the screens start afresh
  assert.equal(await textValue(second, 'Texte'), 'Version du second onglet');
  const copyText = await storedText(second, copy.workspace.id);
  assert.ok(copyText.includes('Version du second onglet') && !copyText.includes('Version du premier onglet'));
  const original = await storedText(second, id);
  assert.ok(original.includes('Version du premier onglet') && !original.includes('Version du second onglet'));
  // Both are listed, and the copy reopens after a reload.
  const again = await reloadApp(second);
  assert.equal(again.workspace.id, copy.workspace.id);
  assert.ok(again.workspace.workspaces.some((w) => w.id === id));
  assert.deepEqual([...first.errors, ...second.errors], []);
  await context.close();
});

test('two tabs: « Recharger la version de l’autre onglet » shows the stored version and saves again', async () => {
  const { context, first, second, id } = await twoTabs();
  const posts = (await snapshot(first)).workspace.posts;
  await click(second, 'Recharger la version de l’autre onglet');
  const reloaded = await until(second, (x) => x.workspace.save_state === 'saved' && x.workspace.posts === posts, 'la version de l’autre onglet');
  assert.equal(reloaded.workspace.id, id);
  // It saves again, on top of the first tab's version.
  await newPost(second);
  await focusText(second, 'Texte');
  await second.keyboard.type('Après rechargement');
  await waitSaved(second);
  const stored = await storedText(second, id);
  assert.ok(stored.includes('Version du premier onglet') && stored.includes('Après rechargement'));
  await context.close();
});

test('a database closed by the browser (versionchange) is reported in French; the text stays', async () => {
  const { context, page } = await env.freshApp();
  await newPost(page);
  await focusText(page, 'Texte');
  await page.keyboard.type('Avant la fermeture');
  await waitSaved(page);
  // Another page upgrades the database: the browser asks this one to close it.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('parvis', 2);
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  }));
  const closed = await until(page, (s) => s.workspace.save_state === 'error' && s.workspace.save_error === 'closed', 'l’erreur « base fermée »');
  assert.match(closed.workspace.message, /a fermé la base de données de Parvis/);
  assert.ok(closed.widgets.some((w) => w.label === 'Exporter une sauvegarde'));
  // Typing goes on; saves keep failing with the same French message, nothing is thrown.
  await focusText(page, 'Texte');
  await page.keyboard.press('End');
  await page.keyboard.type(' et après');
  await until(page, (s) => s.widgets.some((w) => w.label === 'Texte' && w.value === 'Avant la fermeture et après'), 'la saisie');
  const after = await until(page, (s) => s.workspace.save_state === 'error' && s.workspace.revision !== s.workspace.saved_revision, 'l’échec suivant');
  assert.equal(after.workspace.save_error, 'closed');
  assert.equal(await page.evaluate(() => window.parvisBootError || null), null);
  assert.deepEqual(page.errors, []);
  await context.close();
});
