// End-to-end tests of the web app in headless Chromium (node --test). Each test starts from a
// fresh browser profile, so it begins on the demo workspace like a first-time user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  useBrowser, reloadApp, openPost, newPost, snapshot, until, click, focusText, textValue, waitSaved, widget, distinctColours,
  waitFrames, replaceText, selectAll,
  waitInPage,
} from './harness.mjs';

const FETE = 'Fête de la musique à Saint-Exemple — « venez nombreux » 🎶 ! Entrée : 10 €';
const SCREENS = [  // navigation label, screen key, a widget only that screen draws
  ['Stratégie', 'strategy', 'Nom de la collectivité'], ['Calendrier', 'calendar', 'Rechercher dans les publications'],
  ['Rédaction', 'composer', 'Nouvelle publication'], ['Messages', 'messages', 'Rechercher dans les messages'],
  ['Indicateurs', 'kpis', null], ['Paramètres', 'settings', 'Exporter l’espace (JSON)'],
];

const env = useBrowser();
const freshApp = (options) => env.freshApp(options);

test('the app starts on the demo workspace, draws, and logs no error', async () => {
  const { context, page } = await freshApp();
  const snap = await snapshot(page);
  assert.equal(snap.workspace.demo, true);
  assert.equal(snap.workspace.name, 'Ville de Saint-Exemple');
  assert.ok(snap.workspace.posts >= 100, `posts: ${snap.workspace.posts}`);
  assert.equal(snap.workspace.lang, 'fr');
  assert.ok(snap.widgets.some((w) => w.label === 'Calendrier'), 'navigation drawn');
  const colours = distinctColours(await page.screenshot());
  assert.ok(colours > 8, `the canvas looks blank (${colours} colours)`);
  await waitSaved(page);  // the demo is written to IndexedDB at first start
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('every screen opens', async () => {
  const { context, page } = await freshApp();
  const seen = new Set();
  for (const [label, key, expected] of SCREENS) {
    await click(page, label);
    await until(page, (s) => s.workspace.screen === key, `l’écran ${key}`);
    if (expected) await widget(page, expected);
    await waitFrames(page, 3);  // windows sized to their content are drawn in full
    const shot = (await page.screenshot()).toString('base64');
    assert.ok(!seen.has(shot), `${key} looks like another screen`);
    seen.add(shot);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

// The wheel as a browser reports it (deltaY > 0: down, 100 px a notch) scrolls the screen
// under the pointer that way, by a few lines a notch; Emscripten's GLFW alone scrolled up, by pages.
test('the mouse wheel scrolls the screen under the pointer the way it turns, a few lines a notch', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Paramètres');
  const label = 'Dupliquer l’espace ouvert';
  const top = (await widget(page, label)).rect.y;
  const y = async () => (await snapshot(page)).widgets.find((w) => w.label === label)?.rect.y;
  await page.mouse.move(700, 500);
  await page.mouse.wheel(0, 100);
  await waitFrames(page, 3);
  const down = await y();
  assert.ok(down < top && down > top - 200, `one notch down moved the screen from ${top} to ${down}`);
  await page.mouse.wheel(0, -100);
  await waitFrames(page, 3);
  assert.equal(await y(), top, 'one notch up brings it back');
  await context.close();
});

test('typed French text with accents, quotes and emoji survives reload byte for byte', async () => {
  const { context, page } = await freshApp();
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type(FETE, { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === FETE), 'le texte saisi');
  await waitSaved(page);
  await reloadApp(page);
  await openPost(page);
  assert.equal(await textValue(page, box), FETE);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('paste from the system clipboard, copy and cut out to it', async () => {
  const { context, page } = await freshApp({ permissions: ['clipboard-read', 'clipboard-write'] });
  const box = await newPost(page);
  const pasted = 'Collé : « été » — 2 000 € 🎉\nDeuxième ligne';
  await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  await focusText(page, box);
  await page.keyboard.press('Control+V');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === pasted), 'le texte collé');
  // Copy: select all, copy, and the system clipboard holds the text.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await selectAll(page);
  await page.keyboard.press('Control+C');
  await waitInPage(page, (t) => navigator.clipboard.readText().then((c) => c === t), pasted, { timeout: 5000, interval: 100, what: 'le texte copié' })
    .catch(async () => assert.equal(await page.evaluate(() => navigator.clipboard.readText()), pasted));
  // Cut: the text leaves the box for the clipboard.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await selectAll(page);
  await page.keyboard.press('Control+X');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === ''), 'la boîte vidée par Couper');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), pasted);
  // Undo brings it back.
  await page.keyboard.press('Control+Z');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === pasted), 'Annuler après Couper');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('export then import gives back the same workspace; a bad file changes nothing', async () => {
  const { context, page } = await freshApp();
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type(FETE);
  await waitSaved(page);
  await click(page, 'Paramètres');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  assert.match(download.suggestedFilename(), /^parvis-ville-de-saint-exemple-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-e2e-'));
  const exported = join(dir, 'export.json');
  await download.saveAs(exported);
  const text = await readFile(exported, 'utf8');
  assert.ok(text.includes(FETE), 'the export holds the typed text exactly');
  const before = await snapshot(page);

  // A truncated file is refused with its position, and nothing changes.
  const bad = join(dir, 'tronque.json');
  await writeFile(bad, text.slice(0, Math.floor(text.length / 2)));
  const [badChooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importer une sauvegarde…')]);
  await badChooser.setFiles(bad);
  const refused = await until(page, (s) => s.workspace.import_error !== '', 'le refus du fichier tronqué');
  assert.match(refused.workspace.import_error, /[Ll]igne \d+, colonne \d+/);
  assert.equal(refused.workspace.revision, before.workspace.revision, 'a bad file touches nothing');
  await click(page, 'OK');

  // The good file: previewed, then it replaces the open workspace.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importer une sauvegarde…')]);
  await chooser.setFiles(exported);
  await until(page, (s) => s.workspace.import_pending, 'l’aperçu de l’import');
  await widget(page, 'Remplacer l’espace ouvert');
  await click(page, 'Remplacer l’espace ouvert');
  await until(page, (s) => !s.workspace.import_pending, 'l’import');
  await waitSaved(page);
  const [again] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  const reexported = join(dir, 'export2.json');
  await again.saveAs(reexported);
  assert.equal(await readFile(reexported, 'utf8'), text, 'export → import → export is byte-identical');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a storage failure shows the message and loses nothing', async () => {
  const { context, page } = await freshApp();
  const box = await newPost(page);
  await waitSaved(page);
  await page.evaluate(() => window.parvis.simulateStorageFailure('quota'));
  await focusText(page, box);
  await page.keyboard.type('Texte tapé pendant la panne');
  const failed = await until(page, (s) => s.workspace.save_state === 'error', 'l’erreur d’enregistrement');
  assert.equal(failed.workspace.save_error, 'quota');
  assert.match(failed.workspace.message, /stockage du navigateur est plein/);
  assert.ok(failed.widgets.some((w) => w.label === 'Exporter une sauvegarde'), 'export is offered');
  assert.equal(await textValue(page, box), 'Texte tapé pendant la panne');
  // Storage comes back: the next edit saves everything, and a reload shows it.
  await page.evaluate(() => window.parvis.simulateStorageFailure(null));
  await page.keyboard.type(' — réparé');
  await waitSaved(page);
  await reloadApp(page);
  await openPost(page);
  assert.equal(await textValue(page, box), 'Texte tapé pendant la panne — réparé');
  await context.close();
});

test('two workspaces switch without mixing their data', async () => {
  const { context, page } = await freshApp();
  const demoPosts = (await snapshot(page)).workspace.posts;
  await click(page, 'Paramètres');
  await focusText(page, 'Nom du nouvel espace');
  await page.keyboard.type('Commune de Deux-Rivières');
  await click(page, 'Créer');
  const created = await until(page, (s) => s.workspace.name === 'Commune de Deux-Rivières', 'le nouvel espace');
  assert.equal(created.workspace.posts, 0);
  assert.equal(created.workspace.demo, false);
  // A new workspace has no account yet: its post carries only a title.
  await click(page, 'Rédaction');
  await click(page, 'Nouvelle publication');
  await focusText(page, 'Titre interne');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Réservé à Deux-Rivières');
  await waitSaved(page);

  await click(page, 'Paramètres');
  await click(page, 'Ouvrir');  // the only other workspace: the demo
  const demo = await until(page, (s) => s.workspace.demo, 'le retour à la démo');
  assert.equal(demo.workspace.posts, demoPosts, 'the demo did not receive the other workspace’s post');
  assert.equal(demo.workspace.workspaces.length, 2);

  await click(page, 'Ouvrir');
  const back = await until(page, (s) => s.workspace.name === 'Commune de Deux-Rivières', 'le retour au second espace');
  assert.equal(back.workspace.posts, 1);
  await openPost(page, 'Réservé à Deux-Rivières');
  assert.equal(await textValue(page, 'Titre interne'), 'Réservé à Deux-Rivières');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('duplicate, rename and delete a workspace, deletion only after confirmation', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Paramètres');
  await click(page, 'Dupliquer l’espace ouvert');
  const copy = await until(page, (s) => s.workspace.name === 'Ville de Saint-Exemple (copie)', 'la copie');
  assert.equal(copy.workspace.demo, false);
  assert.equal(copy.workspace.workspaces.length, 2);
  // replaceText holds Ctrl+A over two frames: a press within one frame can be sampled after the
  // first typed characters, which it would then select and overwrite (« int-Exemple — essai »).
  await replaceText(page, 'Nom de l’espace ouvert', 'Saint-Exemple — essai');
  await waitSaved(page);
  await until(page, (s) => s.workspace.workspaces.some((w) => w.name === 'Saint-Exemple — essai'), 'le nouveau nom dans la liste');
  // Deleting the demo (the other row): a confirmation first; cancelling keeps it.
  await click(page, 'Supprimer…');
  await widget(page, 'Supprimer définitivement');
  await click(page, 'Annuler');
  assert.equal((await snapshot(page)).workspace.workspaces.length, 2);
  await click(page, 'Supprimer…');
  await click(page, 'Supprimer définitivement');
  const after = await until(page, (s) => s.workspace.workspaces.length === 1, 'la suppression');
  assert.equal(after.workspace.name, 'Saint-Exemple — essai');
  const reloaded = await reloadApp(page);
  assert.deepEqual(reloaded.workspace.workspaces.map((w) => w.name), ['Saint-Exemple — essai']);
  assert.equal(reloaded.workspace.posts, copy.workspace.posts);
  await context.close();
});

test('a browser without WebAssembly gets a French explanation, not a blank page', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  await page.goto(env.url);
  const text = await page.textContent('#overlay-text');
  assert.match(text, /ne prend pas en charge WebAssembly/);
  assert.ok(await page.isVisible('#overlay-text'));
  await context.close();
});

test('an imported file with invalid UTF-8 is refused with its position, byte for byte', async () => {
  const { context, page } = await freshApp();
  const before = await snapshot(page);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-e2e-'));
  const bad = join(dir, 'latin1.json');
  // « Fête » written in Latin-1 by an old tool: 0xEA is not UTF-8. The browser must hand the
  // bytes over as they are (no silent U+FFFD), and the reader must say where.
  await writeFile(bad, Buffer.concat([Buffer.from('{\n  "format": "parvis-workspace",\n  "nom": "F'), Buffer.from([0xea]), Buffer.from('te"\n}\n')]));
  await click(page, 'Paramètres');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importer une sauvegarde…')]);
  await chooser.setFiles(bad);
  const refused = await until(page, (s) => s.workspace.import_error !== '', 'le refus du fichier');
  assert.match(refused.workspace.import_error, /Ligne 3, colonne 12/);
  assert.match(refused.workspace.import_error, /UTF-8/);
  assert.equal(refused.workspace.revision, before.workspace.revision);
  assert.equal(refused.workspace.import_pending, false);
  await context.close();
});
