// Rédaction from idea to scheduled (issue 13), in one run, as the team would do it: the community
// manager writes a post with accented text, adds an image with its alt text and asks for validation; the DGS refuses it once
// (a refusal needs a comment) then approves the corrected post; the élu approves and schedules it
// for next Tuesday 18:30, typed in the date field; the post is on that day in the calendar, and
// after a reload its status, the approvals with names and comments, and its time are all there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, until, click, widget, focusText, replaceText, newPost, waitSaved, reloadApp, openPost, holdClick, findWidget,
} from './harness.mjs';
import { addDays } from './calendar_helpers.mjs';
import { pngBytes } from './image_helpers.mjs';

const env = useBrowser();

const visible = (snap, predicate) => snap.widgets.find((w) => w.visible && predicate(w.label));

// The status bar's « Vous êtes » combo: who uses the app now (no passphrase in the demo).
async function choosePerson(page, name, id) {
  await click(page, 'Vous êtes');
  const snap = await until(page, (s) => visible(s, (l) => l.startsWith(`${name} (`)), `${name} dans la liste des personnes`);
  const who = visible(snap, (l) => l.startsWith(`${name} (`));
  await page.mouse.click(who.rect.x + 20, who.rect.y + who.rect.h / 2);
  await until(page, (s) => s.workspace.person === id, `${name} choisi·e`);
}

async function tab(page, label) {
  const w = await widget(page, label);
  await holdClick(page, w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2);
}

const post = (s) => s.workspace.composer.post || {};
const media = (s) => s.workspace.composer.media || [];
const images = (s) => (media(s)[0] || { images: [] }).images;
const ALT = 'La salle du conseil municipal, ses bancs et la tribune, vue depuis l’entrée.';

// Next Tuesday after `today` (ISO day), never today itself.
function nextTuesday(today) {
  const dow = new Date(`${today}T12:00:00Z`).getUTCDay();  // 0 Sunday … 6 Saturday
  const ahead = ((2 - dow + 7) % 7) || 7;
  return addDays(today, ahead);
}

// Opens the calendar and finds the post's chip, a month on (PageDown) when the day is beyond the
// month shown.
async function inCalendar(page, id) {
  await click(page, 'Calendrier');
  const chip = (s) => (s.workspace.calendar.posts || []).find((c) => c.id === id);
  let snap = await until(page, (s) => s.workspace.screen === 'calendar' && s.workspace.calendar.chips >= 0, 'le calendrier');
  for (let i = 0; i < 2 && !chip(snap); ++i) {
    const first = snap.workspace.calendar.first_day;
    await page.keyboard.press('PageDown');
    snap = await until(page, (s) => s.workspace.calendar.first_day > first, 'le mois suivant');
  }
  snap = await until(page, chip, 'la publication dans le calendrier');
  return chip(snap);
}

const TITLE = 'Conseil municipal de décembre';
const TEXT = 'Le conseil municipal se réunit mardi à l’hôtel de ville : séance publique, ordre du jour détaillé sur le site.';

test('a post goes from Rédaction through validation to the calendar, and all of it survives a reload', async () => {
  const { context, page } = await env.freshApp();
  await choosePerson(page, 'Camille Le Goff', 'p-camille');

  // Camille writes the post: title, accented text, then asks for validation.
  const box = await newPost(page);
  let snap = await until(page, (s) => post(s).status === 'draft', 'le nouveau brouillon ouvert');
  const id = post(snap).id;
  assert.equal(post(snap).owner, 'p-camille', 'a post made in Rédaction belongs to its writer, as in the calendar');
  assert.equal(post(snap).next_role, 'validator_dgs', 'Vie municipale: the DGS approves first');
  await replaceText(page, 'Titre interne', TITLE);
  await focusText(page, box);
  await page.keyboard.type(TEXT, { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === TEXT), 'le texte accentué saisi');
  // An image with its alt text on every network (required before scheduling).
  const png = await pngBytes(page, 800, 600, '#8a2be2');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Ajouter une image')]);
  await chooser.setFiles({ name: 'salle-du-conseil.png', mimeType: 'image/png', buffer: png });
  snap = await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready', 'la vignette de l’image');
  const networks = media(snap).length;
  for (let v = 0; v < networks; ++v) await replaceText(page, `#alt-${v}-0`, ALT);
  snap = await until(page, (s) => media(s).every((v) => v.images[0] && v.images[0].alt_text === ALT), 'les textes alternatifs');
  await click(page, 'Demander la validation');
  snap = await until(page, (s) => post(s).status === 'to_validate', 'la demande de validation');
  assert.deepEqual(post(snap).actions, ['withdraw', 'cancel'], 'Camille cannot approve her own post');

  // The DGS: a refusal without a comment is refused, with the core's French reason.
  await choosePerson(page, 'Marc Delorme', 'p-marc');
  snap = await until(page, (s) => post(s).id === id && post(s).actions.includes('approve'), '« Valider » proposé au DGS');
  await click(page, 'Refuser');
  snap = await until(page, (s) => s.workspace.composer.workflow_error !== '', 'le refus sans commentaire');
  assert.match(snap.workspace.composer.workflow_error, /commentaire/);
  assert.equal(post(snap).status, 'to_validate');
  await replaceText(page, 'Commentaire', 'Préciser l’heure de la séance');
  await click(page, 'Refuser');
  snap = await until(page, (s) => post(s).status === 'draft', 'le retour en brouillon');
  assert.equal(snap.workspace.composer.workflow_error, '');

  // Camille corrects the text and asks again.
  await choosePerson(page, 'Camille Le Goff', 'p-camille');
  const corrected = `${TEXT} Séance à 18 h 30.`;
  await replaceText(page, box, corrected);
  await click(page, 'Demander la validation');
  await until(page, (s) => post(s).status === 'to_validate', 'la nouvelle demande');

  // The DGS approves with a comment; the élu is next.
  await choosePerson(page, 'Marc Delorme', 'p-marc');
  await replaceText(page, 'Commentaire', 'Faits vérifiés');
  await click(page, 'Valider');
  snap = await until(page, (s) => post(s).approvals.length === 1, 'la validation du DGS');
  assert.equal(post(snap).approvals[0].name, 'Marc Delorme');
  assert.equal(post(snap).next_role, 'validator_elected');
  assert.equal(post(snap).status, 'to_validate');

  // The élu approves, then schedules next Tuesday 18:30 (in the collectivité's zone).
  await choosePerson(page, 'Nathalie Kervella', 'p-nathalie');
  await replaceText(page, 'Commentaire', 'OK pour moi');
  await click(page, 'Valider');
  snap = await until(page, (s) => post(s).status === 'validated', 'la validation de l’élue');
  assert.deepEqual(post(snap).approvals.map((a) => a.name), ['Marc Delorme', 'Nathalie Kervella']);
  const tuesday = nextTuesday(snap.workspace.composer.today);
  const [y, m, d] = tuesday.split('-');
  await tab(page, 'Réglages et date');
  // A bad value is said in French and nothing is scheduled.
  await replaceText(page, 'Date et heure', 'mardi soir');
  snap = await until(page, (s) => findWidget(s, 'Programmer'), 'le bouton « Programmer »');
  await click(page, 'Programmer');
  snap = await until(page, (s) => /illisibles/.test(s.workspace.composer.workflow_error), 'le message sur la date illisible');
  assert.equal(post(snap).status, 'validated');
  await replaceText(page, 'Date et heure', `${d}/${m}/${y} 18:30`);
  snap = await until(page, (s) => Array.isArray(s.workspace.composer.moment_findings), 'les vérifications pour ce moment');
  await click(page, 'Programmer');
  snap = await until(page, (s) => post(s).status === 'scheduled', 'la programmation');
  assert.match(post(snap).scheduled_local, /à 18:30$/);
  assert.equal(snap.workspace.composer.workflow_error, '');

  // The calendar shows it on that Tuesday at 18:30.
  let chip = await inCalendar(page, id);
  assert.equal(chip.day, tuesday);
  assert.equal(chip.time, '18:30');

  // Reload: status, approvals with names and comments, date, history from the audit log.
  await waitSaved(page);
  await reloadApp(page);
  await openPost(page, TITLE);
  snap = await until(page, (s) => post(s).id === id, 'la publication rouverte');
  assert.equal(post(snap).status, 'scheduled');
  assert.deepEqual(post(snap).approvals.map((a) => [a.name, a.comment]), [['Marc Delorme', 'Faits vérifiés'], ['Nathalie Kervella', 'OK pour moi']]);
  assert.match(post(snap).scheduled_local, /à 18:30$/);
  assert.ok(snap.widgets.some((w) => w.label === box && w.value === corrected), 'the corrected text is there');
  snap = await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready', 'l’image après le rechargement');
  assert.ok(media(snap).every((v) => v.images.length === 1 && v.images[0].alt_text === ALT), 'the image and its alt texts are there');
  await tab(page, 'Historique');
  snap = await until(page, (s) => post(s).history >= 8, 'l’historique tiré du journal');
  chip = await inCalendar(page, id);
  assert.equal(chip.day, tuesday);
  assert.equal(chip.time, '18:30');
  assert.deepEqual(page.errors, []);
  await context.close();
});
