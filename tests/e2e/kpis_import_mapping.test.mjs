// The statistics import's column mapping (issue 7, item 3): a Meta export whose « Couverture »
// column was renamed « Couverture des publications » is previewed without that figure; the user
// maps the column with its combo, the preview follows, « Importer » applies it, and the figures
// are there after a reload (importing the same file with the same mapping changes nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, snapshot, until, click, widget, waitSaved, reloadApp } from './harness.mjs';

const env = useBrowser();
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../fixtures/imports/meta-facebook-fr-renamed.csv');
const META = 'Meta Business Suite (Facebook, Instagram) — CSV';
const COLUMN = 'Couverture des publications';

const dialog = (s) => s.workspace.import_dialog;

async function pickExport(page) {
  await click(page, 'Importer des statistiques…');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, META)]);
  await chooser.setFiles(FIXTURE);
  return dialog(await until(page, (s) => dialog(s).open && dialog(s).kind === 'meta', 'l’aperçu des statistiques'));
}

// Chooses « Couverture (portée) » for the renamed column in its combo.
async function mapReach(page) {
  await click(page, COLUMN);
  await click(page, 'Couverture (portée)');
  return dialog(await until(page, (s) => dialog(s).column_mappings?.[COLUMN] === 'reach', 'la correspondance de la colonne'));
}

test('a renamed Meta column mapped in the preview brings its figures in, once, and they survive a reload', async () => {
  const { context, page } = await env.freshApp();
  await click(page, 'Indicateurs');
  await until(page, (s) => s.workspace.screen === 'kpis', 'les indicateurs');
  const before = await snapshot(page);

  // Without a mapping: the column is unknown, its combo says « Ne pas importer », reach is missing.
  const plain = await pickExport(page);
  assert.equal(plain.error, '');
  assert.equal(plain.rows, 3);
  assert.deepEqual(plain.unknown_columns, [COLUMN]);
  assert.equal(plain.columns[COLUMN], '');
  assert.equal(plain.columns['Impressions'], 'impressions');
  assert.deepEqual(plain.column_mappings, {});
  assert.deepEqual(plain.figures.map((f) => f.reach), [null, null, null]);
  assert.deepEqual(plain.figures.map((f) => f.impressions), [2345, 1020, 3100]);
  const combo = await widget(page, COLUMN);
  assert.ok(combo.rect.y + combo.rect.h <= 860, 'the combo is within the screen');

  // Mapped to « Couverture (portée) »: the preview is recomputed with the figures.
  const mapped = await mapReach(page);
  assert.equal(mapped.columns[COLUMN], 'reach');
  assert.deepEqual(mapped.unknown_columns, []);
  assert.deepEqual(mapped.figures.map((f) => f.reach), [1234, 870, null]);
  assert.equal(mapped.rows, 3);
  const button = await widget(page, 'Importer 3 éléments');
  assert.ok(button.rect.y + button.rect.h <= 860, '« Importer » is within the screen');
  assert.equal((await snapshot(page)).workspace.post_metrics, before.workspace.post_metrics, 'nothing before « Importer »');

  await click(page, 'Importer 3 éléments');
  const done = await until(page, (s) => !dialog(s).open, 'l’import');
  assert.equal(done.workspace.post_metrics, before.workspace.post_metrics + 3);
  assert.equal(done.workspace.revision, before.workspace.revision + 1);
  await waitSaved(page);

  // After a reload, the same file with the same mapping finds every figure already there.
  await reloadApp(page);
  await click(page, 'Indicateurs');
  await until(page, (s) => s.workspace.screen === 'kpis', 'les indicateurs après rechargement');
  const reloaded = await snapshot(page);
  assert.equal(reloaded.workspace.post_metrics, done.workspace.post_metrics);
  await pickExport(page);
  const again = await mapReach(page);
  assert.equal(again.rows, 0);
  assert.equal(again.posts_added, 0);
  assert.equal(again.metrics_added, 0);
  assert.equal(again.metrics_updated, 0);
  assert.equal(again.unchanged, 3);
  await click(page, 'Annuler');
  const after = await until(page, (s) => !dialog(s).open, 'la fermeture');
  assert.equal(after.workspace.revision, reloaded.workspace.revision, 'a cancelled import changes nothing');
  assert.deepEqual(page.errors, []);
  await context.close();
});
