// French spelling in the browser: Debian's hunspell-fr, served next to the app (dict/fr.aff and
// dict/fr.dic) and fetched once the first frame is drawn, is loaded without holding the app back,
// judges words (the app's test summary runs « ouverte » / « ouvrte »
// through it); the local names of a workspace are managed in Paramètres and survive a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, reloadApp, snapshot, until, click, focusText, findWidget, widget, waitSaved, newPost, openPost, textValue,
  waitFrames, waitInPage, waitReady,
} from './harness.mjs';

const env = useBrowser();

// The local-names section sits at the bottom of Paramètres: scroll the screen until `label` shows.
async function scrollTo(page, label, kind) {
  for (let i = 0; i < 30; i++) {
    const s = await snapshot(page);
    const w = findWidget(s, label, kind);
    if (w && w.rect.y + w.rect.h < 850) return w;
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 240);
    await waitFrames(page, 2);
  }
  return widget(page, label, kind);
}

test('the French dictionary loads after the first frames and judges words', async () => {
  const { context, page } = await env.freshApp();
  const first = await snapshot(page);
  assert.ok(['pending', 'loaded'].includes(first.workspace.dictionary.state));
  const s = await until(page, (x) => x.workspace.dictionary.state !== 'pending', 'le chargement du dictionnaire', 30000);
  assert.equal(s.workspace.dictionary.state, 'loaded', s.workspace.dictionary.error);
  assert.equal(s.workspace.dictionary.works, true);
  assert.ok(s.workspace.dictionary.load_ms > 0);
  console.log(`dictionnaire chargé en ${Math.round(s.workspace.dictionary.load_ms)} ms dans le navigateur`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the app opens and works while the dictionary is still on its way, and spells once it came', async () => {
  // No service worker: it would fetch the files itself (precache), out of the page's routes.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 860 }, serviceWorkers: 'block' });
  // The two files are held back until the app is open: the first frame must not wait for them.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const asked = [];
  await context.route('**/dict/fr.*', async (route) => { asked.push(route.request().url()); await released; await route.continue(); });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(env.url);
  await waitInPage(page, () => {
    const s = window.parvis && window.parvis.snapshot ? window.parvis.snapshot() : null;
    return s && s.frame > 2 && s.workspace.loading === false && s.widgets.length > 0;
  }, null, { timeout: 30000, what: 'l’ouverture sans le dictionnaire' });
  const open = await snapshot(page);
  assert.equal(open.workspace.dictionary.state, 'pending');
  assert.deepEqual(asked.map((u) => new URL(u).pathname.replace(/.*\//, '')).sort(), ['fr.aff', 'fr.dic']);
  release();
  await waitReady(page);
  const s = await snapshot(page);
  assert.equal(s.workspace.dictionary.state, 'loaded', s.workspace.dictionary.error);
  assert.equal(s.workspace.dictionary.works, true);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('without the dictionary files the app works, spelling off, and says why in French', async () => {
  // No service worker: it would fetch the files itself (precache), out of the page's routes.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 860 }, serviceWorkers: 'block' });
  await context.route('**/dict/fr.dic', (route) => route.fulfill({ status: 404, body: 'absent' }));
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/404/.test(m.text())) page.errors.push(m.text()); });
  await page.goto(env.url);
  await waitReady(page);
  const s = await snapshot(page);
  assert.equal(s.workspace.dictionary.state, 'failed');
  assert.match(s.workspace.dictionary.error, /«\u00a0dict\/fr\.dic\u00a0» n’a pas pu être chargé \(HTTP 404\)/);
  // The other checks still run: a new post can be written and saved.
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type('Fête de l’été samedi');
  await waitSaved(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a local name is added in Paramètres, survives a reload, and is removed only after confirmation', async () => {
  const { context, page } = await env.freshApp();
  assert.deepEqual((await snapshot(page)).workspace.local_words, []);
  await click(page, 'Paramètres');
  await scrollTo(page, 'Nouveau nom local', 'text');
  await focusText(page, 'Nouveau nom local');
  await page.keyboard.type('Kerbrat-Plouzévédé');
  await click(page, 'Ajouter le nom');
  await until(page, (s) => s.workspace.local_words.includes('Kerbrat-Plouzévédé'), 'le nom local ajouté');
  // The same name in capitals is not added twice.
  await focusText(page, 'Nouveau nom local');
  await page.keyboard.type('KERBRAT-PLOUZÉVÉDÉ');
  await until(page, (s) => findWidget(s, 'Nouveau nom local', 'text')?.value === 'KERBRAT-PLOUZÉVÉDÉ', 'le nom en capitales saisi');
  await page.keyboard.press('Enter');
  await waitFrames(page, 3);
  assert.deepEqual((await snapshot(page)).workspace.local_words, ['Kerbrat-Plouzévédé']);
  await waitSaved(page);

  const reloaded = await reloadApp(page);
  assert.deepEqual(reloaded.workspace.local_words, ['Kerbrat-Plouzévédé']);

  // Removing asks first; cancelling keeps the name.
  await click(page, 'Paramètres');
  await scrollTo(page, 'Retirer…');
  await click(page, 'Retirer…');
  await widget(page, 'Retirer le nom');
  await click(page, 'Annuler');
  assert.deepEqual((await snapshot(page)).workspace.local_words, ['Kerbrat-Plouzévédé']);
  await scrollTo(page, 'Retirer…');
  await click(page, 'Retirer…');
  await click(page, 'Retirer le nom');
  await until(page, (s) => s.workspace.local_words.length === 0, 'le retrait du nom local');
  await waitSaved(page);
  assert.deepEqual((await reloadApp(page)).workspace.local_words, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Spelling in the composer: an unknown word is listed; its suggestions are computed on demand and
// one click puts the chosen one in the text; a local name added from the list is no longer flagged.
test('the composer flags a misspelt word, suggests on demand, fixes it; a local name is accepted', async () => {
  const { context, page } = await env.freshApp();
  await until(page, (x) => x.workspace.dictionary.state === 'loaded', 'le dictionnaire chargé', 30000);
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type('La mairie est ouvrte samedi, place des Glycinnes.', { delay: 5 });
  const flagged = (word) => (s) => s.widgets.some((w) => w.visible && w.label.includes(`«\u00a0${word}\u00a0» n’est pas dans le dictionnaire`));
  await until(page, flagged('ouvrte'), 'la remarque sur « ouvrte »');
  await until(page, flagged('Glycinnes'), 'la remarque sur « Glycinnes »');
  // Suggestions are asked for the first flagged word (« ouvrte »), then « ouverte » is applied.
  await click(page, 'Suggestions');
  await click(page, 'ouverte');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value.startsWith('La mairie est ouverte samedi')),
    'le mot corrigé');
  // The street name is a local name: added from the list, it is no longer flagged, and kept.
  await click(page, 'Ajouter aux noms locaux');
  const after = await until(page, (s) => !flagged('Glycinnes')(s), 'la remarque disparue');
  assert.deepEqual(after.workspace.local_words, ['Glycinnes']);
  await waitSaved(page);
  await reloadApp(page);
  await openPost(page);
  assert.equal(await textValue(page, box), 'La mairie est ouverte samedi, place des Glycinnes.');
  assert.ok(!flagged('Glycinnes')(await snapshot(page)));
  assert.deepEqual(page.errors, []);
  await context.close();
});
