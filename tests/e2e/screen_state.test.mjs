// The screens' state (issue 17): each screen's selection, search texts and forms are kept by the
// app for that screen, and start afresh when another workspace opens — nothing selected or typed
// in one workspace shows in another. The composer keeps the checks of the open post only.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { click, focusText, until, useBrowser, waitInPage } from './harness.mjs';

const { freshApp } = useBrowser();

// Rédaction's search box is the screen's only text box without a visible label (« ##Rechercher »).
const composerSearch = (s) => s.widgets.find((w) => w.visible && w.kind === 'text' && w.label === '');

// Opens `post` in Rédaction from the calendar: its chip selects it, « Ouvrir dans Rédaction » asks
// the controller to open it (an OpenPost intent).
async function openFromCalendar(page, post) {
  await click(page, 'Calendrier');
  await until(page, (s) => s.workspace.screen === 'calendar', 'le calendrier');
  await click(page, post.title);
  await until(page, (s) => s.workspace.calendar.selected_post === post.id, `la sélection de « ${post.title} »`);
  await click(page, 'Ouvrir dans Rédaction');
  return until(page, (s) => s.workspace.screen === 'composer' && s.workspace.composer.selected_post === post.id &&
    s.workspace.composer.checks > 0, `« ${post.title} » ouverte dans Rédaction`);
}

test('screen state stays with its workspace: a switch starts every screen afresh', async () => {
  const { context, page } = await freshApp();
  // Two posts of the demo shown in the calendar, with distinct titles.
  const start = await until(page, (s) => s.workspace.calendar.posts.length >= 2, 'les publications du calendrier');
  const [a, b] = start.workspace.calendar.posts.filter((p, i, all) => all.findIndex((q) => q.title === p.title) === i);
  assert.ok(a && b, 'two posts with distinct titles in the demo calendar');

  // Rédaction keeps the checks of the open post only: A, then B, then A again holds A's alone.
  const first = await openFromCalendar(page, a);
  const checksOfA = first.workspace.composer.checks;
  await openFromCalendar(page, b);
  const again = await openFromCalendar(page, a);
  assert.equal(again.workspace.composer.checks, checksOfA, 'the checks of B were dropped when A was opened again');

  // A search typed in Rédaction, and the calendar's selection, belong to the demo workspace.
  const search = composerSearch(await until(page, composerSearch, 'la recherche de Rédaction'));
  await page.mouse.click(search.rect.x + 20, search.rect.y + search.rect.h / 2);
  await waitInPage(page, () => document.activeElement && document.activeElement.id === 'parvis-text-input', null, { timeout: 5000, what: 'le champ de texte caché' });
  await page.keyboard.type('fête', { delay: 5 });
  await until(page, (s) => s.workspace.composer.filter === 'fête' && composerSearch(s)?.value === 'fête', 'la recherche tapée');

  // Another workspace: Rédaction and the calendar start afresh.
  await click(page, 'Paramètres');
  await focusText(page, 'Nom du nouvel espace');
  await page.keyboard.type('Commune de Val-Neuf');
  await click(page, 'Créer');
  const other = await until(page, (s) => s.workspace.name === 'Commune de Val-Neuf', 'le nouvel espace');
  assert.equal(other.workspace.composer.selected_post, '');
  assert.equal(other.workspace.composer.filter, '');
  assert.equal(other.workspace.composer.checks, 0);
  assert.equal(other.workspace.calendar.selected_post, '');
  await click(page, 'Rédaction');
  const composer = await until(page, (s) => s.workspace.screen === 'composer' && composerSearch(s), 'Rédaction du nouvel espace');
  assert.equal(composerSearch(composer).value, '', 'the search typed in the demo is not in the new workspace');

  // Back to the demo: fresh too (the state is the screens', not a memory per workspace).
  await click(page, 'Paramètres');
  await click(page, 'Ouvrir');
  const demo = await until(page, (s) => s.workspace.demo, 'le retour à la démo');
  assert.equal(demo.workspace.composer.selected_post, '');
  assert.equal(demo.workspace.composer.filter, '');
  assert.deepEqual(page.errors, []);
  await context.close();
});
