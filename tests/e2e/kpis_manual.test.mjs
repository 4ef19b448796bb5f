// Indicateurs › « Saisie manuelle » on the demo workspace: a snapshot typed for the Mastodon account
// (French date, « 1 234 » with a space) becomes that account's community figure; invalid entries
// show their French message and add nothing; a duplicate asks before replacing; a reload keeps
// the saved entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, snapshot, until, click, widget, replaceText, waitSaved, reloadApp } from './harness.mjs';

const env = useBrowser();

// Today as the app reads it: the collectivité's day (Europe/Paris in the demo), jj/mm/aaaa.
const todayFr = () => new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric',
}).format(new Date());

async function openDashboard(page) {
  await click(page, 'Indicateurs');
  return until(page, (s) => s.workspace.screen === 'kpis' && s.workspace.kpis && s.workspace.kpis.figures, 'le tableau de bord');
}

// The dashboard's network selector on the Mastodon account; returns its id.
async function chooseMastodon(page) {
  await click(page, 'Réseau');
  const snap = await until(page, (s) => s.widgets.some((w) => w.visible && w.label.startsWith('Mastodon')), 'la liste des réseaux');
  const item = snap.widgets.find((w) => w.visible && w.label.startsWith('Mastodon'));
  await page.mouse.click(item.rect.x + 20, item.rect.y + item.rect.h / 2);
  const chosen = await until(page, (s) => s.workspace.kpis.account !== '', 'le compte Mastodon choisi');
  return chosen.workspace.kpis.account;
}

// Replaces the text of a box: click, select all, type like a person.

const manual = (s) => s.workspace.kpis.manual;

async function addSnapshot(page, date, followers) {
  await replaceText(page, 'Date (jj/mm/aaaa)', date);
  await replaceText(page, 'Abonnés', followers);
  const before = manual(await snapshot(page));
  await click(page, 'Ajouter le relevé');
  // Each press gives a fresh outcome: wait until the message is about this press.
  return until(page, (s) => manual(s).message !== '' && (manual(s).message !== before.message || manual(s).error !== before.error ||
    manual(s).snapshots !== before.snapshots), 'le résultat de la saisie');
}

test('a snapshot typed by hand becomes the account’s community figure and survives a reload', async () => {
  const { context, page } = await env.freshApp();
  await openDashboard(page);
  const account = await chooseMastodon(page);
  await click(page, 'Saisie manuelle');
  await widget(page, 'Ajouter le relevé');
  const start = await snapshot(page);
  assert.equal(manual(start).account, account, 'the form starts on the dashboard’s account');
  const snapshots = manual(start).snapshots;
  const revision = start.workspace.revision;

  // Invalid entries: a French message each, nothing added, nothing edited.
  let s = await addSnapshot(page, todayFr(), '-12');
  assert.equal(manual(s).error, 'negative');
  assert.equal(manual(s).message, 'Abonnés : un nombre ne peut pas être négatif.');
  s = await addSnapshot(page, '01/01/2099', '1 234');
  assert.equal(manual(s).error, 'future_date');
  assert.match(manual(s).message, /dans le futur/);
  s = await addSnapshot(page, '31/02/2026', '1 234');
  assert.equal(manual(s).error, 'bad_date');
  assert.match(manual(s).message, /^Date invalide : écrivez-la jj\/mm\/aaaa/);
  s = await addSnapshot(page, todayFr(), '12,5');
  assert.equal(manual(s).error, 'bad_number');
  assert.match(manual(s).message, /^Abonnés : un nombre entier est attendu/);
  assert.equal(manual(s).snapshots, snapshots, 'an invalid entry adds no snapshot');
  assert.equal(s.workspace.revision, revision, 'an invalid entry edits nothing');
  assert.notEqual(s.workspace.kpis.figures.followers, 1234);

  // Valid: today, « 1 234 » with a space. The demo imports on Mondays: on a Monday the day
  // already has a snapshot, and the form asks before replacing it.
  s = await addSnapshot(page, todayFr(), '1 234');
  if (manual(s).asking_replace) {
    assert.match(manual(s).message, /existe déjà/);
    await click(page, 'Remplacer');
  }
  s = await until(page, (x) => manual(x).error === '' && x.workspace.kpis.figures.followers === 1234, 'le relevé pris en compte');
  assert.match(manual(s).message, /^Relevé du .+ enregistré pour Mastodon/);
  assert.ok(manual(s).snapshots >= snapshots && manual(s).snapshots <= snapshots + 1);
  assert.ok(s.workspace.revision > revision, 'saved through the edit path');

  // The same account and day again: a question, « Ne pas remplacer » keeps the first figure…
  s = await addSnapshot(page, todayFr(), '1250');
  assert.equal(manual(s).asking_replace, true);
  assert.match(manual(s).message, /Un relevé existe déjà pour Mastodon .* Le remplacer/);
  await click(page, 'Ne pas remplacer');
  s = await until(page, (x) => !manual(x).asking_replace, 'la question fermée');
  assert.equal(s.workspace.kpis.figures.followers, 1234);
  // … « Remplacer » puts the new one in its place, without a second line.
  const count = manual(s).snapshots;
  await click(page, 'Ajouter le relevé');
  await until(page, (x) => manual(x).asking_replace, 'la question, de nouveau');
  await click(page, 'Remplacer');
  s = await until(page, (x) => x.workspace.kpis.figures.followers === 1250, 'le relevé remplacé');
  assert.equal(manual(s).snapshots, count);

  // Saved in the browser: a reload shows the entered figure.
  await waitSaved(page);
  await reloadApp(page);
  await openDashboard(page);
  assert.equal(await chooseMastodon(page), account);
  s = await until(page, (x) => x.workspace.kpis.figures.followers === 1250, 'le relevé après rechargement');
  assert.equal(manual(s).snapshots, count);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the figures of one published post: a negative number is refused, the same day twice asks before replacing', async () => {
  const { context, page } = await env.freshApp();
  await openDashboard(page);
  await chooseMastodon(page);
  await click(page, 'Saisie manuelle');
  // The post list holds the account's published posts, newest first, labelled by their date.
  await click(page, 'Publication');
  const listed = await until(page, (s) => s.widgets.some((w) => w.visible && / — /.test(w.label) && /\d{4}/.test(w.label)), 'les publications du compte');
  const item = listed.widgets.find((w) => w.visible && / — /.test(w.label) && /\d{4}/.test(w.label));
  await page.mouse.click(item.rect.x + 20, item.rect.y + item.rect.h / 2);
  // The choice closes the list.
  const before = manual(await until(page, (s) => !s.widgets.some((w) => w.visible && w.label === item.label), 'la publication choisie')).post_metrics;

  await replaceText(page, 'Réactions', '12');
  await replaceText(page, 'Partages', '-3');
  await click(page, 'Enregistrer les chiffres');
  let s = await until(page, (x) => manual(x).error === 'negative', 'le refus du nombre négatif');
  assert.equal(manual(s).message, 'Partages : un nombre ne peut pas être négatif.');
  assert.equal(manual(s).post_metrics, before, 'nothing added');

  await replaceText(page, 'Partages', '');
  await click(page, 'Enregistrer les chiffres');
  // The demo imports the figures of its recent posts today: then the form asks first.
  s = await until(page, (x) => manual(x).asking_replace || manual(x).post_metrics === before + 1, 'les chiffres enregistrés');
  if (manual(s).asking_replace) {
    assert.match(manual(s).message, /déjà été saisis aujourd’hui/);
    await click(page, 'Remplacer');
  }
  s = await until(page, (x) => !manual(x).asking_replace && manual(x).error === '', 'les chiffres enregistrés');
  assert.match(manual(s).message, /^Chiffres de la publication enregistrés/);
  const saved = manual(s).post_metrics;
  assert.ok(saved === before || saved === before + 1);
  // Typed again the same day: the form asks before replacing, and replaces without adding.
  await replaceText(page, 'Réactions', '15');
  await click(page, 'Enregistrer les chiffres');
  s = await until(page, (x) => manual(x).asking_replace, 'la question de remplacement');
  await click(page, 'Remplacer');
  s = await until(page, (x) => !manual(x).asking_replace && manual(x).error === '', 'le remplacement');
  assert.equal(manual(s).post_metrics, saved, 'replaced, not added');
  assert.deepEqual(page.errors, []);
  await context.close();
});
