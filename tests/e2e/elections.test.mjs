// End-to-end test of the calendar's « Élections à venir » dialog (issue 5, item 6): the user enters a coming
// election with French dates; a date that does not exist or is past is refused with a French
// message and adds nothing; the election survives a reload; deleting one asks first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, reloadApp, snapshot, until, click, widget, replaceText, waitSaved } from './harness.mjs';

const env = useBrowser();
const FIRST = 'Premier tour (jj/mm/aaaa)';

const elections = async (page) => (await snapshot(page)).workspace.elections;
// The calendar, then its toolbar button « Élections à venir (N)… ».
async function electionsDialog(page) {
  await click(page, 'Calendrier');
  await until(page, (s) => s.workspace.screen === 'calendar', 'l’écran Calendrier');
  const snap = await snapshot(page);
  const button = snap.widgets.find((w) => w.visible && /^Élections à venir \(\d+\)…$/.test(w.label));
  assert.ok(button, 'the toolbar offers the coming elections');
  await click(page, button.label);
  await until(page, (s) => s.workspace.elections.open, 'la fenêtre des élections');
  await widget(page, FIRST, 'text');
}


test('an election is entered with French dates, checked, kept after reload, and deleted after confirmation', async () => {
  const { context, page } = await env.freshApp();
  await electionsDialog(page);
  const before = (await elections(page)).count;
  assert.ok(before >= 1, 'the demo workspace has its coming presidential election');

  // 31 February does not exist: refused, with the French message, nothing added.
  const next = new Date().getUTCFullYear() + 1;
  await replaceText(page, FIRST, `31/02/${next}`);
  await click(page, 'Ajouter l’élection');
  let s = await until(page, (x) => x.workspace.elections.error !== '', 'le message d’erreur');
  assert.match(s.workspace.elections.error, /n’est pas une date/);
  assert.equal(s.workspace.elections.count, before);

  // A past first round: refused too.
  await replaceText(page, FIRST, '15/03/2020');
  await click(page, 'Ajouter l’élection');
  s = await until(page, (x) => /déjà passé/.test(x.workspace.elections.error), 'le refus d’une date passée');
  assert.equal(s.workspace.elections.count, before);

  // A real one: municipales with two rounds, territory typed with accents.
  await replaceText(page, FIRST, `14/03/${next}`);
  await replaceText(page, 'Second tour (facultatif)', `21/03/${next}`);
  await replaceText(page, 'Territoire concerné', 'Commune de Saint-Exemple-lès-Bois');
  await click(page, 'Ajouter l’élection');
  s = await until(page, (x) => x.workspace.elections.count === before + 1, 'l’ajout de l’élection');
  assert.equal(s.workspace.elections.error, '');
  assert.match(s.workspace.message, /Élection ajoutée/);

  // « Fermer » closes the dialog; the toolbar counts the elections.
  await click(page, 'Fermer');
  await until(page, (x) => !x.workspace.elections.open, 'la fermeture de la fenêtre');
  assert.ok((await widget(page, `Élections à venir (${before + 1})…`)), 'the count on the button');
  await waitSaved(page);
  await reloadApp(page);
  assert.equal((await elections(page)).count, before + 1, 'the election survives a reload');

  // Deleting asks first; « Annuler » keeps it, the confirmation removes it.
  await electionsDialog(page);
  await click(page, 'Supprimer');
  await until(page, (x) => x.workspace.elections.confirm_delete !== '', 'la demande de confirmation');
  await click(page, 'Annuler');
  s = await until(page, (x) => x.workspace.elections.confirm_delete === '', 'l’annulation');
  assert.equal(s.workspace.elections.count, before + 1);
  await click(page, 'Supprimer');
  await click(page, 'Supprimer l’élection');
  await until(page, (x) => x.workspace.elections.count === before, 'la suppression confirmée');
  assert.deepEqual(page.errors, []);
  await context.close();
});
