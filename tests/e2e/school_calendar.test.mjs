// The school calendar the views draw (issue 5, item 5: school holidays « from a data file in
// assets/ that the user can update »): Calendrier › « Vacances scolaires… » says the
// collectivité's zone and how far its dates go; a newer file in the same format is loaded from
// the file picker, checked first (a bad one is refused in French and changes nothing), kept
// across a reload, and forgotten only after a confirmation. The calendar in use can be
// downloaded as a template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, snapshot, until, click, widget, reloadApp } from './harness.mjs';
import { calendarScreen, addDays } from './calendar_helpers.mjs';

const env = useBrowser();
const school = (s) => s.workspace.school_calendar;

async function pick(page, label, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, label)]);
  await chooser.setFiles(path);
}

test('a newer school calendar is checked, loaded, kept after reload, and forgotten after confirmation', async () => {
  const { context, page } = await env.freshApp();
  const dir = await mkdtemp(join(tmpdir(), 'parvis-e2e-school-'));
  let snap = await calendarScreen(page);
  const day = snap.workspace.calendar.selected_day;  // today, in the month shown
  const embedded = school(snap);
  assert.equal(embedded.loaded_file, null);
  assert.ok(embedded.periods > 20, 'the shipped calendar has the national periods');
  const zone = embedded.zone;
  const zoneName = /^[ABC]$/.test(zone) ? `zone ${zone}` : zone;
  assert.ok(embedded.shown.some((n) => n.startsWith('Vacances de Noël')), `December shows Christmas holidays: ${embedded.shown}`);

  await click(page, 'Vacances scolaires…');
  await until(page, (s) => school(s).open, 'la fenêtre des vacances scolaires');
  await widget(page, 'Charger un calendrier…');  // drawn the frame after the dialog opens

  // A file whose period resumes before it ends: refused, the entry named, nothing changes.
  const bad = join(dir, 'vacances-faux.json');
  await writeFile(bad, JSON.stringify({ format: 'parvis-vacances-scolaires', periodes: [
    { nom: 'Vacances à l’envers', zones: [zone], fin_des_cours: '2026-12-10', reprise: '2026-12-01' }] }));
  await pick(page, 'Charger un calendrier…', bad);
  snap = await until(page, (s) => school(s).error !== '', 'le refus du fichier');
  assert.match(school(snap).error, /« vacances-faux\.json » n’a pas été chargé/);
  assert.match(school(snap).error, /periodes\/0/);
  assert.equal(school(snap).loaded_file, null);
  assert.equal(school(snap).periods, embedded.periods);

  // A good file: a week of holidays from today for the collectivité's zone, and Guadeloupe's.
  const good = join(dir, 'vacances-test.json');
  await writeFile(good, JSON.stringify({ format: 'parvis-vacances-scolaires', source: 'Arrêté de test', periodes: [
    { nom: 'Vacances de test', zones: [zone], fin_des_cours: addDays(day, -1), reprise: addDays(day, 3) },
    { nom: 'Vacances de Carnaval', zones: ['Guadeloupe'], fin_des_cours: '2027-02-06', reprise: '2027-02-22' }] }));
  await pick(page, 'Charger un calendrier…', good);
  snap = await until(page, (s) => school(s).loaded_file === 'vacances-test.json', 'le chargement du fichier');
  assert.equal(school(snap).error, '');
  assert.equal(school(snap).periods, 2);
  assert.deepEqual(school(snap).shown, [`Vacances de test (${zoneName})`], 'the views draw the loaded calendar only');
  assert.equal(snap.workspace.message, 'Calendrier scolaire « vacances-test.json » chargé : 2 périodes.');
  await click(page, 'Fermer');
  await until(page, (s) => !school(s).open, 'la fermeture');
  // Its dates end before the month shown ends: the key's button says dates are missing.
  await widget(page, 'Vacances scolaires : dates manquantes…');

  // Kept on this device across a reload.
  await reloadApp(page);
  snap = await calendarScreen(page);
  assert.equal(school(snap).loaded_file, 'vacances-test.json');
  assert.deepEqual(school(snap).shown, [`Vacances de test (${zoneName})`]);

  // The calendar in use downloads as the file loaded, a template to complete.
  await click(page, 'Vacances scolaires : dates manquantes…');
  await until(page, (s) => school(s).open, 'la fenêtre des vacances scolaires');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Télécharger le calendrier utilisé')]);
  const downloaded = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(downloaded.format, 'parvis-vacances-scolaires');
  assert.equal(downloaded.periodes.length, 2);

  // Back to the shipped calendar, after a confirmation.
  await click(page, 'Revenir au calendrier fourni…');
  await until(page, (s) => school(s).confirm_reset, 'la demande de confirmation');
  assert.equal(school(await snapshot(page)).loaded_file, 'vacances-test.json', 'nothing forgotten before the confirmation');
  await click(page, 'Oui, revenir au calendrier fourni');
  snap = await until(page, (s) => school(s).loaded_file === null, 'le retour au calendrier fourni');
  assert.equal(school(snap).periods, embedded.periods);
  assert.deepEqual(school(snap).shown, embedded.shown);
  await reloadApp(page);
  snap = await calendarScreen(page);
  assert.equal(school(snap).loaded_file, null, 'the choice is kept after a reload');
  assert.deepEqual(page.errors, []);
  await context.close();
});
