// Imports from inside the app (issue 5 item 8, issue 7): a French planning spreadsheet in
// Windows-1252, an events agenda (.ics) and a Meta Business Suite export, each chosen in the
// browser's file picker, previewed (rows, skipped rows with their reason, column mapping),
// applied as one edit only on « Importer », kept across a reload, and never imported twice.
// A broken file shows a French error and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, snapshot, until, click, widget, waitSaved, reloadApp, waitFrames } from './harness.mjs';

const env = useBrowser();
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(here, '../fixtures/imports');

// Windows-1252 bytes of a text (Excel's « CSV (séparateur : point-virgule) » in France): Latin-1
// plus the typographic characters of 0x80–0x9F that French uses.
function windows1252(text) {
  const extra = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c };
  return Buffer.from([...text].map((c) => {
    if (extra[c] !== undefined) return extra[c];
    const code = c.codePointAt(0);
    if (code > 0xff) throw new Error(`pas en Windows-1252 : ${c}`);
    return code;
  }));
}

// Today in the collectivité's zone, so that the imported posts fall in the calendar's month.
function parisToday() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date()).map((p) => [p.type, p.value]));
  return { fr: `${parts.day}/${parts.month}/${parts.year}`, compact: `${parts.year}${parts.month}${parts.day}` };
}

// Picks `path` through the button `label` (the real file chooser, as a user would).
async function pick(page, label, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, label)]);
  await chooser.setFiles(path);
}

const dialog = (s) => s.workspace.import_dialog;

test('a French planning in Windows-1252: preview, skipped row, one edit, kept after reload, not imported twice', async () => {
  const { context, page } = await env.freshApp();
  const dir = await mkdtemp(join(tmpdir(), 'parvis-e2e-imports-'));
  const today = parisToday();
  const file = join(dir, 'planning-mairie.csv');
  await writeFile(file, windows1252(
    'Date;Heure;Titre;Texte;Réseaux\r\n' +
    `${today.fr};18h30;Fête de l’école;Kermesse à l’école Jules-Ferry, entrée 2 €;Facebook\r\n` +
    '32/13/2027;10h;Date impossible;Cette ligne doit être ignorée;Facebook\r\n' +
    `${today.fr};12:00;Vœux du maire;Rendez-vous à la salle des fêtes;Facebook, Instagram\r\n`));

  await click(page, 'Paramètres');
  const before = await snapshot(page);
  await pick(page, 'Importer un planning (.csv)', file);
  const preview = dialog(await until(page, (s) => dialog(s).open && dialog(s).kind === 'planning', 'l’aperçu du planning'));
  assert.equal(preview.error, '');
  assert.equal(preview.encoding, 'windows-1252');
  assert.equal(preview.separator, ';');
  assert.equal(preview.rows, 2);
  assert.deepEqual(preview.titles, ['Fête de l’école', 'Vœux du maire'], 'accents and typographic characters decoded');
  assert.equal(preview.mapping.date, 'Date');
  assert.equal(preview.mapping.networks, 'Réseaux');
  assert.equal(preview.skipped.length, 1);
  assert.equal(preview.skipped[0].line, 3);
  assert.equal(preview.skipped[0].reason, 'bad_date');
  assert.match(preview.skipped[0].message, /^Ligne 3 ignorée.*«\u00a032\/13\/2027\u00a0» n’est pas une date reconnue/);
  // The dialog is drawn, its button counting what will be added.
  await widget(page, 'Importer 2 éléments');
  const waiting = await snapshot(page);
  assert.equal(waiting.workspace.revision, before.workspace.revision, 'nothing changes before « Importer »');
  assert.equal(waiting.workspace.posts, before.workspace.posts);

  await click(page, 'Importer 2 éléments');
  const done = await until(page, (s) => !dialog(s).open, 'la fin de l’import');
  assert.equal(done.workspace.posts, before.workspace.posts + 2);
  assert.equal(done.workspace.revision, before.workspace.revision + 1, 'one edit');
  assert.match(done.workspace.message, /^2 publications importées depuis le planning «\u00a0planning-mairie\.csv\u00a0»/);
  await waitSaved(page);

  // Kept across a reload, and in the calendar of the month.
  const reloaded = await reloadApp(page);
  assert.equal(reloaded.workspace.posts, before.workspace.posts + 2);
  await click(page, 'Calendrier');
  const calendar = await until(page, (s) => s.workspace.screen === 'calendar' && s.workspace.calendar.posts.length > 0, 'le calendrier');
  const titles = calendar.workspace.calendar.posts.map((p) => p.title);
  assert.ok(titles.includes('Fête de l’école'), `calendar: ${titles.join(' | ')}`);
  const fete = calendar.workspace.calendar.posts.find((p) => p.title === 'Fête de l’école');
  assert.equal(fete.time, '18:30');

  // The same file again: everything is already there; « Importer » is disabled; nothing changes.
  await click(page, 'Paramètres');
  const again = await snapshot(page);
  await pick(page, 'Importer un planning (.csv)', file);
  const second = dialog(await until(page, (s) => dialog(s).open, 'le second aperçu'));
  assert.equal(second.rows, 0);
  assert.equal(second.already_present, 2);
  await click(page, 'Importer');  // disabled (nothing new): a click does nothing
  await waitFrames(page, 3);
  assert.equal(dialog(await snapshot(page)).open, true);
  await click(page, 'Annuler');
  const after = await until(page, (s) => !dialog(s).open, 'la fermeture');
  assert.equal(after.workspace.posts, again.workspace.posts);
  assert.equal(after.workspace.revision, again.workspace.revision);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the column mapping: a planning without a recognised date column waits for the user\'s choice', async () => {
  const { context, page } = await env.freshApp();
  const dir = await mkdtemp(join(tmpdir(), 'parvis-e2e-imports-'));
  const file = join(dir, 'quand.csv');
  await writeFile(file, 'Quand,Quoi\n2027-02-02,Chandeleur\n2027-02-14,Saint-Valentin\n');
  await click(page, 'Paramètres');
  const before = await snapshot(page);
  await pick(page, 'Importer un planning (.csv)', file);
  const first = dialog(await until(page, (s) => dialog(s).open, 'l’aperçu'));
  assert.equal(first.rows, 0);
  assert.equal(first.mapping.date, '');
  assert.match(first.mapping_problem, /Aucune colonne n’est associée à la date/);
  // Choose « Quand » for the date and « Quoi » for the title: the preview follows.
  await click(page, 'Date');
  await click(page, 'Quand');
  const dated = dialog(await until(page, (s) => dialog(s).rows === 2, 'l’aperçu avec la date'));
  assert.equal(dated.mapping.date, 'Quand');
  assert.equal(dated.mapping_problem, '');
  await click(page, 'Titre');
  await click(page, 'Quoi');
  const titled = dialog(await until(page, (s) => dialog(s).mapping.title === 'Quoi', 'le titre'));
  assert.deepEqual(titled.titles, ['Chandeleur', 'Saint-Valentin']);
  // Back to « (aucune) » for the date: nothing can be imported any more.
  await click(page, 'Date');
  await click(page, '(aucune)');
  await until(page, (s) => dialog(s).rows === 0 && dialog(s).mapping_problem !== '', 'le retour sans date');
  await click(page, 'Annuler');
  const after = await until(page, (s) => !dialog(s).open, 'la fermeture');
  assert.equal(after.workspace.revision, before.workspace.revision, 'a cancelled import changes nothing');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an agenda with two events becomes two ideas, once', async () => {
  const { context, page } = await env.freshApp();
  const dir = await mkdtemp(join(tmpdir(), 'parvis-e2e-imports-'));
  const today = parisToday();
  const file = join(dir, 'agenda-ville.ics');
  await writeFile(file, [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mairie//Agenda//FR',
    'BEGIN:VEVENT', 'UID:e2e-brocante@saint-exemple.fr', 'DTSTAMP:20261101T080000Z',
    `DTSTART;TZID=Europe/Paris:${today.compact}T090000`, 'SUMMARY:Brocante du quartier Nord',
    'LOCATION:Place de l’Église', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:e2e-concert@saint-exemple.fr', 'DTSTAMP:20261101T080000Z',
    `DTSTART;TZID=Europe/Paris:${today.compact}T203000`, 'SUMMARY:Concert de l’harmonie municipale',
    'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
  await click(page, 'Paramètres');
  const before = await snapshot(page);
  await pick(page, 'Importer un agenda (.ics)', file);
  const preview = dialog(await until(page, (s) => dialog(s).open && dialog(s).kind === 'agenda', 'l’aperçu de l’agenda'));
  assert.equal(preview.error, '');
  assert.equal(preview.events, 2);
  assert.equal(preview.rows, 2);
  assert.deepEqual(preview.titles, ['Brocante du quartier Nord', 'Concert de l’harmonie municipale']);
  await click(page, 'Importer 2 éléments');
  const done = await until(page, (s) => !dialog(s).open, 'l’import de l’agenda');
  assert.equal(done.workspace.posts, before.workspace.posts + 2);
  assert.equal(done.workspace.revision, before.workspace.revision + 1);
  assert.match(done.workspace.message, /^2 idées de publication importées/);

  await pick(page, 'Importer un agenda (.ics)', file);
  const second = dialog(await until(page, (s) => dialog(s).open, 'le second aperçu'));
  assert.equal(second.rows, 0);
  assert.equal(second.already_present, 2);
  await click(page, 'Annuler');
  const after = await until(page, (s) => !dialog(s).open, 'la fermeture');
  assert.equal(after.workspace.posts, done.workspace.posts);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Indicateurs imports a Meta export once; a broken export shows a French error and changes nothing', async () => {
  const { context, page } = await env.freshApp();
  await click(page, 'Indicateurs');
  await until(page, (s) => s.workspace.screen === 'kpis', 'les indicateurs');
  const before = await snapshot(page);
  const meta = 'Meta Business Suite (Facebook, Instagram) — CSV';

  await click(page, 'Importer des statistiques…');
  await pick(page, meta, join(FIXTURES, 'meta-facebook-fr.csv'));
  const preview = dialog(await until(page, (s) => dialog(s).open && dialog(s).kind === 'meta', 'l’aperçu des statistiques'));
  assert.equal(preview.error, '');
  assert.equal(preview.network, 'facebook');
  assert.equal(preview.rows, 3);
  assert.ok(preview.metrics_added > 0);
  // The export's « Durée de vie » description row, a row without a date and one with « beaucoup »
  // for a figure are skipped, each with its line and reason.
  assert.deepEqual(preview.skipped.map((r) => [r.line, r.reason]), [[2, 'description_row'], [6, 'no_date'], [7, 'bad_number']]);
  assert.equal((await snapshot(page)).workspace.post_metrics, before.workspace.post_metrics, 'nothing before « Importer »');
  await click(page, 'Importer 3 éléments');
  const done = await until(page, (s) => !dialog(s).open, 'l’import des statistiques');
  assert.equal(done.workspace.post_metrics, before.workspace.post_metrics + preview.metrics_added);
  assert.equal(done.workspace.revision, before.workspace.revision + 1);
  assert.match(done.workspace.message, /^Statistiques importées/);

  // The same export again adds nothing.
  await click(page, 'Importer des statistiques…');
  await pick(page, meta, join(FIXTURES, 'meta-facebook-fr.csv'));
  const second = dialog(await until(page, (s) => dialog(s).open, 'le second aperçu'));
  assert.equal(second.rows, 0);
  assert.equal(second.metrics_added, 0);
  assert.equal(second.unchanged, 3);
  await click(page, 'Annuler');
  await until(page, (s) => !dialog(s).open, 'la fermeture');

  // A truncated export: a French error in the dialog, the workspace as it was.
  await click(page, 'Importer des statistiques…');
  await pick(page, meta, join(FIXTURES, 'meta-truncated.csv'));
  const broken = await until(page, (s) => dialog(s).open && dialog(s).error !== '', 'le refus du fichier tronqué');
  assert.match(dialog(broken).error, /Le fichier semble tronqué\u00a0: un guillemet ouvert n’est jamais fermé/);
  assert.equal(dialog(broken).rows, 0);
  await click(page, 'Fermer');
  const after = await until(page, (s) => !dialog(s).open, 'la fermeture');
  assert.equal(after.workspace.post_metrics, done.workspace.post_metrics);
  assert.equal(after.workspace.revision, done.workspace.revision);
  assert.deepEqual(page.errors, []);
  await context.close();
});
