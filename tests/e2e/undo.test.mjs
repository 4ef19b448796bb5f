// Undo and redo of the user's edits (core/history.h): Ctrl+Z, Ctrl+Y and Ctrl+Maj+Z once the text
// box is left, ImGui's own undo inside a text box, the « Annuler » / « Rétablir » buttons of the
// top bar, the notice, and the undone state saved like any edit (it survives a reload).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, reloadApp, snapshot, until, click, focusText, findWidget, newPost, textValue, waitSaved, waitFrames, selectAll,
  waitInPage,
} from './harness.mjs';

const env = useBrowser();

// A shortcut held over two frames, as a person's fingers do: ImGui 1.86 samples the keyboard once
// per frame, so Playwright's press (down and up at once) is lost whenever no frame falls between.
async function chord(page, keys) {
  const list = keys.split('+');
  for (const k of list) await page.keyboard.down(k);
  await waitFrames(page, 2);
  for (const k of [...list].reverse()) await page.keyboard.up(k);
  await waitFrames(page, 1);
}
const DEMO_NAME = 'Ville de Saint-Exemple';
const NEW_NAME = 'Mairie d’Été — « Saint-Exemple » 2026';
const NAME_BOX = 'Nom de l’espace ouvert';

// The top bar's button (a dialog or a screen may have its own « Annuler »: the top bar is above all).
async function clickToolbar(page, label) {
  const s = await until(page, (x) => x.widgets.some((w) => w.visible && w.label === label), `le bouton « ${label} »`);
  const w = s.widgets.filter((x) => x.visible && x.label === label).sort((a, b) => a.rect.y - b.rect.y)[0];
  assert.ok(w.rect.y < 60, `« ${label} » is in the top bar (y = ${w.rect.y})`);
  await page.mouse.click(w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2);
  await waitFrames(page, 3);
}

// Clicks an empty part of the sidebar: the text box loses the keyboard focus.
async function leaveTextBox(page) {
  await page.mouse.click(90, 820);
  await waitInPage(page, () => document.activeElement?.id !== 'parvis-text-input', null, { timeout: 5000, what: 'la sortie du champ de texte' });
  await waitFrames(page, 2);
}

test('Ctrl+Z undoes a rename once the text box is left, Ctrl+Y and Ctrl+Maj+Z redo it, the undone state is saved', async () => {
  const { context, page } = await env.freshApp();
  const start = await snapshot(page);
  assert.equal(start.workspace.name, DEMO_NAME);
  assert.equal(start.workspace.undo_steps, 0, 'a freshly opened workspace has nothing to undo');
  assert.equal(start.workspace.redo_steps, 0);

  await click(page, 'Paramètres');
  await focusText(page, NAME_BOX);
  await selectAll(page);
  // One insertion (as a paste or an IME would send it): one edit, whatever the machine's speed.
  await page.keyboard.insertText(NEW_NAME);
  const typed = await until(page, (s) => s.workspace.name === NEW_NAME, 'le nouveau nom');
  assert.equal(typed.workspace.undo_steps, 1, 'one edit, one undo step');

  await leaveTextBox(page);
  const before = await snapshot(page);
  await chord(page, 'Control+KeyZ');
  const undone = await until(page, (s) => s.workspace.name === DEMO_NAME, 'l’ancien nom après Ctrl+Z');
  assert.equal(undone.workspace.message, 'Modification annulée');
  assert.equal(undone.workspace.undo_steps, 0);
  assert.equal(undone.workspace.redo_steps, 1);
  assert.ok(undone.workspace.revision > before.workspace.revision, 'an undo is a new revision for the autosave');
  assert.equal(await textValue(page, NAME_BOX), DEMO_NAME, 'the text box shows the restored name');

  await chord(page, 'Control+KeyY');
  const redone = await until(page, (s) => s.workspace.name === NEW_NAME, 'le nouveau nom après Ctrl+Y');
  assert.equal(redone.workspace.message, 'Modification rétablie');
  assert.equal(redone.workspace.redo_steps, 0);
  assert.equal(await textValue(page, NAME_BOX), NEW_NAME);

  await chord(page, 'Control+KeyZ');
  await until(page, (s) => s.workspace.name === DEMO_NAME, 'l’ancien nom, encore');
  await chord(page, 'Control+Shift+KeyZ');
  await until(page, (s) => s.workspace.name === NEW_NAME, 'le nouveau nom après Ctrl+Maj+Z');

  // The undone state is what the autosave writes, and what a reload opens (with no history).
  await chord(page, 'Control+KeyZ');
  await until(page, (s) => s.workspace.name === DEMO_NAME, 'l’ancien nom avant le rechargement');
  await waitSaved(page);
  const reloaded = await reloadApp(page);
  assert.equal(reloaded.workspace.name, DEMO_NAME);
  assert.equal(reloaded.workspace.undo_steps, 0);
  assert.equal(reloaded.workspace.redo_steps, 0);

  // Inside a text box, Ctrl+Z is the box's own undo of the typing: the app-wide undo stays out.
  await click(page, 'Paramètres');
  await focusText(page, NAME_BOX);
  await page.keyboard.type(' X');
  const withX = (await until(page, (s) => s.workspace.name.includes(' X'), 'le texte ajouté au nom')).workspace.name;
  await chord(page, 'Control+KeyZ');
  const inBox = await until(page, (s) => s.workspace.name !== withX, 'l’annulation dans la boîte de texte');
  assert.ok(!inBox.workspace.name.includes('X'), `the box's own undo took the typing back (${inBox.workspace.name})`);
  assert.notEqual(inBox.workspace.message, 'Modification annulée', 'the app-wide undo did not run inside the text box');
  assert.equal(inBox.workspace.redo_steps, 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the top bar buttons undo and redo typed text of a post; with nothing to undo they do nothing', async () => {
  const { context, page } = await env.freshApp();
  // Nothing to undo yet: the button is disabled and changes nothing.
  const start = await snapshot(page);
  await clickToolbar(page, 'Annuler');
  const still = await snapshot(page);
  assert.equal(still.workspace.revision, start.workspace.revision);
  assert.equal(still.workspace.message, '');

  const box = await newPost(page);
  const created = await until(page, (s) => s.workspace.posts === start.workspace.posts + 1 && s.workspace.undo_steps === 1,
    'la nouvelle publication');
  // A pause (the creation's undo step closes): the typing below is an undo step of its own.
  await until(page, (s) => !s.workspace.undo_step_open, 'la fin de l’étape de la création');
  const text = 'Fête de la musique : rendez-vous à 18 h place de l’Église 🎶';
  await focusText(page, box);
  await page.keyboard.insertText(text);
  const typed = await until(page, (s) => findWidget(s, box, 'text')?.value === text, 'le texte saisi');
  await until(page, (s) => s.workspace.undo_steps === 2, 'deux étapes : la création, puis la saisie');
  // The buttons stay put while the save state's words change (« Modifications en attente… »,
  // then « Enregistré ») under the user's pointer.
  const annulerX = (s) => s.widgets.find((w) => w.visible && w.label === 'Annuler' && w.rect.y < 60).rect.x;
  assert.equal(annulerX(typed), annulerX(start), `« Annuler » stays put (${typed.workspace.save_state})`);
  await clickToolbar(page, 'Annuler');
  const undone = await until(page, (s) => findWidget(s, box, 'text')?.value === '', 'le texte annulé');
  assert.equal(undone.workspace.posts, created.workspace.posts, 'only the typing was undone, the post is still there');
  assert.equal(undone.workspace.message, 'Modification annulée');

  await clickToolbar(page, 'Rétablir');
  const redone = await until(page, (s) => findWidget(s, box, 'text')?.value === text, 'le texte rétabli');
  assert.equal(redone.workspace.message, 'Modification rétablie');
  assert.equal(redone.workspace.redo_steps, 0);

  // Two undos: the post itself goes away.
  await clickToolbar(page, 'Annuler');
  await clickToolbar(page, 'Annuler');
  await until(page, (s) => s.workspace.posts === start.workspace.posts && s.workspace.redo_steps === 2, 'la création annulée');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a one-click fix is one undo step of its own, even right after typing', async () => {
  const { context, page } = await env.freshApp();
  const box = await newPost(page);
  await until(page, (s) => !s.workspace.undo_step_open, 'la fin de l’étape de la création');
  const typed = 'La mairie ferme la rue afin de préparer la fête du quartier.';
  const fixed = 'La mairie ferme la rue pour préparer la fête du quartier.';
  await focusText(page, box);
  await page.keyboard.insertText(typed);
  await until(page, (s) => findWidget(s, box, 'text')?.value === typed &&
    s.widgets.some((w) => w.visible && w.label === 'Corriger'), 'le texte saisi et sa correction proposée');
  // No pause: the fix comes while the typing's step may still be open.
  await click(page, 'Corriger');
  await until(page, (s) => findWidget(s, box, 'text')?.value === fixed, 'le texte corrigé');
  await leaveTextBox(page);
  await clickToolbar(page, 'Annuler');
  await until(page, (s) => findWidget(s, box, 'text')?.value === typed, 'la correction seule annulée, le texte saisi reste');
  await clickToolbar(page, 'Annuler');
  await until(page, (s) => findWidget(s, box, 'text')?.value === '', 'puis la saisie annulée');
  assert.deepEqual(page.errors, []);
  await context.close();
});
