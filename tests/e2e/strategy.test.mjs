// End-to-end tests of the Stratégie screen (issue 4): the charter's register round-trips through
// the UI and the browser's storage, and the exported strategy summary opens in Chromium with its
// sections, standalone (no request leaves the file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  useBrowser, reloadApp, snapshot, until, click, widget, waitSaved, findWidget, newPost, focusText, openPost, holdClick,
} from './harness.mjs';

const env = useBrowser();

// Tabs and radio buttons: a press and a release seen in different frames, so that a fast click
// is never lost between two frames.
async function tab(page, label) {
  const w = await widget(page, label);
  await holdClick(page, w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2);
}

const SECTIONS = ['Réseaux retenus et pourquoi', 'Objectifs et cibles', 'Ligne éditoriale',
  'Rôles et circuit de validation', 'Charte de modération'];

async function downloadSummary(page) {
  await click(page, 'Stratégie');
  await tab(page, 'Synthèse');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Télécharger la synthèse (HTML)')]);
  assert.match(download.suggestedFilename(), /^strategie-\d{4}-\d{2}-\d{2}\.html$/);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-summary-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('the charter register set to « tu » in the UI survives a reload', async () => {
  const { context, page } = await env.freshApp();
  await click(page, 'Stratégie');
  await tab(page, 'Charte');
  // The demo's charter says « vous »: the exported summary says so before the change.
  await widget(page, 'Tutoiement (« tu »)');
  const before = await readFile(await downloadSummary(page), 'utf8');
  assert.match(before, /Vouvoiement \(« vous »\)/);
  await tab(page, 'Charte');
  await tab(page, 'Tutoiement (« tu »)');  // press and release in separate frames
  await waitSaved(page);
  await reloadApp(page);
  const after = await readFile(await downloadSummary(page), 'utf8');
  assert.match(after, /Tutoiement \(« tu »\)/);
  assert.doesNotMatch(after, /Vouvoiement/);
  // The change is in the audit log of the stored workspace (exported as JSON).
  await click(page, 'Paramètres');
  const [exported] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  const ws = JSON.parse(await readFile(await exported.path(), 'utf8'));
  assert.equal(ws.charter.register, 'tu');
  assert.ok(ws.audit.some((e) => e.action === 'charter.edit' && e.detail === 'register'), 'audit entry of the change, by its code');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the exported summary opens in Chromium and shows the sections, with nothing fetched', async () => {
  const { context, page } = await env.freshApp();
  const file = await downloadSummary(page);
  const viewer = await context.newPage();
  const requests = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await viewer.goto(pathToFileURL(file).href);
  assert.equal(await viewer.title(), 'Stratégie réseaux sociaux — Ville de Saint-Exemple');
  const titles = await viewer.$$eval('h2', (els) => els.map((e) => e.textContent));
  assert.deepEqual(titles, SECTIONS);
  for (const h of await viewer.$$('h2')) assert.ok(await h.isVisible());
  const rows = await viewer.$$eval('#reseaux tbody tr', (els) => els.length);
  assert.ok(rows >= 1, 'at least one chosen network with its reasons');
  assert.match(await viewer.textContent('#moderation'), /PHAROS/);
  assert.ok(requests.every((u) => u === pathToFileURL(file).href), `a standalone page fetches nothing else: ${requests}`);
  await viewer.close();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the networks assistant ranks the twelve networks and a weight slider changes the scores', async () => {
  const { context, page } = await env.freshApp();
  await click(page, 'Stratégie');
  await tab(page, 'Réseaux');
  await widget(page, 'Données et souveraineté');
  const snap = await snapshot(page);
  const keeps = snap.widgets.filter((w) => w.visible && w.label === 'Retenir');
  assert.ok(keeps.length >= 3, `keep checkboxes: ${keeps.length}`);
  const slider = findWidget(snap, 'Données et souveraineté');
  const revision = snap.workspace.revision;
  await page.mouse.click(slider.rect.x + slider.rect.w - 3, slider.rect.y + slider.rect.h / 2);
  await until(page, (s) => s.workspace.revision > revision, 'the weight edit');
  await waitSaved(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Issue 4 × issue 6: the tone checker reads the charter. A post written with « vous » is fine under
// the demo's charter (vouvoiement); once the register is set to « tu » in Stratégie, the composer
// flags the « vous ».
test('setting the charter register to « tu » makes the tone checker flag a post written with « vous »', async () => {
  const { context, page } = await env.freshApp();
  const TEXT = 'Samedi, vous êtes invités à la fête du quartier, place de la Mairie.';
  const FLAG = 'la charte demande le tutoiement';
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type(TEXT, { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === TEXT), 'le texte saisi');
  // The check runs in the frame that sees the new text: no finding on the register now.
  assert.ok(!(await snapshot(page)).widgets.some((w) => w.visible && w.label.includes(FLAG)), 'no register finding under « vous »');
  await waitSaved(page);
  await click(page, 'Stratégie');
  await tab(page, 'Charte');
  await tab(page, 'Tutoiement (« tu »)');
  await waitSaved(page);
  await openPost(page);
  await until(page, (s) => s.widgets.some((w) => w.visible && w.label.includes(FLAG) && w.label.includes('vous')),
    'la remarque « la charte demande le tutoiement »');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('at start the app asks who uses it; the person chosen is offered first at the next start', async () => {
  const { context, page } = await env.freshApp({}, null, { personPrompt: 'keep' });
  let snap = await until(page, (s) => s.workspace.person_prompt, '« Qui utilise Parvis ? » au démarrage');
  assert.ok(findWidget(snap, 'Plus tard') && findWidget(snap, 'Camille Le Goff (Community manager)'), 'the prompt lists the team');
  assert.equal(snap.workspace.person, '', 'nobody is chosen before the answer');
  // « Continuer » waits for a choice: nothing happens without one.
  await click(page, 'Continuer');
  snap = await snapshot(page);
  assert.equal(snap.workspace.person_prompt, true);
  await click(page, 'Yanis Benali (Community manager)');
  await until(page, (s) => s.workspace.person_choice === 'p-yanis', 'Yanis sélectionné');
  await click(page, 'Continuer');
  snap = await until(page, (s) => !s.workspace.person_prompt, 'la fermeture après le choix');
  assert.equal(snap.workspace.person, 'p-yanis');

  // Next start: the same question, Yanis already selected — Entrée confirms.
  await reloadApp(page, { personPrompt: 'keep' });
  await until(page, (s) => s.workspace.person_prompt && s.workspace.person_choice === 'p-yanis', 'la question au redémarrage, Yanis proposé');
  await page.keyboard.press('Enter');
  snap = await until(page, (s) => !s.workspace.person_prompt, 'Entrée confirme la personne proposée');
  assert.equal(snap.workspace.person, 'p-yanis');

  // « Plus tard » leaves the choice to the status bar.
  await reloadApp(page, { personPrompt: 'keep' });
  await until(page, (s) => s.workspace.person_prompt, 'la question au redémarrage');
  await click(page, 'Plus tard');
  snap = await until(page, (s) => !s.workspace.person_prompt, '« Plus tard »');
  assert.equal(snap.workspace.person, '');
  assert.deepEqual(page.errors, []);
  await context.close();
});
