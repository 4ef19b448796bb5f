// LinkedIn page analytics downloaded as an Excel workbook (.xlsx, issue 7 item 3), chosen in the
// browser's file picker: the bytes reach the core untouched (a ZIP, not text), the posts sheet is
// found and previewed, « Importer » applies it as one edit, the same workbook again adds nothing,
// and a damaged workbook shows a French error and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, snapshot, until, click } from './harness.mjs';

const env = useBrowser();
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(here, '../fixtures/imports');
const dialog = (s) => s.workspace.import_dialog;
const LINKEDIN = 'LinkedIn — statistiques de la page (CSV ou .xlsx)';

async function pick(page, label, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, label)]);
  await chooser.setFiles(path);
}

test('a LinkedIn .xlsx workbook is previewed from its posts sheet, imported once; a damaged one changes nothing', async () => {
  const { context, page } = await env.freshApp();
  await click(page, 'Indicateurs');
  await until(page, (s) => s.workspace.screen === 'kpis', 'les indicateurs');
  const before = await snapshot(page);

  await click(page, 'Importer des statistiques…');
  await pick(page, LINKEDIN, join(FIXTURES, 'linkedin-fr.xlsx'));
  const preview = dialog(await until(page, (s) => dialog(s).open && dialog(s).kind === 'linkedin', 'l’aperçu du classeur'));
  assert.equal(preview.error, '');
  assert.equal(preview.file, 'linkedin-fr.xlsx');
  assert.equal(preview.sheet, 'Tous les posts', 'the posts sheet, not « Indicateurs »');
  assert.equal(preview.language, 'fr');
  assert.equal(preview.network, 'linkedin');
  assert.equal(preview.rows, 2);
  assert.equal(preview.metrics_added, 2);
  assert.equal((await snapshot(page)).workspace.post_metrics, before.workspace.post_metrics, 'nothing before « Importer »');
  await click(page, 'Importer 2 éléments');
  const done = await until(page, (s) => !dialog(s).open, 'l’import du classeur');
  assert.equal(done.workspace.post_metrics, before.workspace.post_metrics + 2);
  assert.equal(done.workspace.revision, before.workspace.revision + 1, 'one edit');

  // The English workbook of the same posts adds nothing.
  await click(page, 'Importer des statistiques…');
  await pick(page, LINKEDIN, join(FIXTURES, 'linkedin-en.xlsx'));
  const second = dialog(await until(page, (s) => dialog(s).open && dialog(s).sheet === 'All posts', 'le second aperçu'));
  assert.equal(second.rows, 0);
  assert.equal(second.unchanged, 2);
  await click(page, 'Annuler');
  await until(page, (s) => !dialog(s).open, 'la fermeture');

  // A workbook whose posts sheet fails its CRC: a French error, nothing changed.
  await click(page, 'Importer des statistiques…');
  await pick(page, LINKEDIN, join(FIXTURES, 'broken/linkedin-bad-crc.xlsx'));
  const broken = await until(page, (s) => dialog(s).open && dialog(s).error !== '', 'le refus du classeur endommagé');
  assert.match(dialog(broken).error, /Le classeur \.xlsx est endommagé/);
  assert.equal(dialog(broken).rows, 0);
  await click(page, 'Fermer');
  const after = await until(page, (s) => !dialog(s).open, 'la fermeture');
  assert.equal(after.workspace.post_metrics, done.workspace.post_metrics);
  assert.equal(after.workspace.revision, done.workspace.revision);
  assert.deepEqual(page.errors, []);
  await context.close();
});
