// The edit API seen from the browser (issue 17): a post created and typed in Rédaction belongs to
// the person using the app and is in the audit log under their name, in codes (one entry for a
// burst of typing, not one per key); a strategy change that would make the workspace unreadable
// is refused and nothing is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, until, click, focusText, newPost, waitSaved } from './harness.mjs';

const env = useBrowser();

const visible = (snap, predicate) => snap.widgets.find((w) => w.visible && predicate(w.label));

async function chooseCamille(page) {
  await click(page, 'Vous êtes');
  const snap = await until(page, (s) => visible(s, (l) => l.startsWith('Camille Le Goff (')), 'la liste des personnes');
  const camille = visible(snap, (l) => l.startsWith('Camille Le Goff ('));
  await page.mouse.click(camille.rect.x + 20, camille.rect.y + camille.rect.h / 2);
  await until(page, (s) => s.workspace.person === 'p-camille', 'Camille choisie');
}

async function exported(page) {
  await click(page, 'Paramètres');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('a post made in Rédaction has its owner and its audit entries, typing being one entry', async () => {
  const { context, page } = await env.freshApp();
  await chooseCamille(page);
  const before = (await until(page, (s) => s.workspace.posts > 0, 'l’espace')).workspace.posts;
  const box = await newPost(page);
  await until(page, (s) => s.workspace.posts === before + 1, 'la nouvelle publication');
  await focusText(page, box);
  await page.keyboard.type('Réunion publique à la salle des fêtes', { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === 'Réunion publique à la salle des fêtes'), 'le texte saisi');
  await waitSaved(page);
  const ws = await exported(page);
  const post = ws.posts.find((p) => p.title === 'Brouillon sans titre');
  assert.ok(post, 'the new post is in the export');
  assert.equal(post.owner_id, 'p-camille', 'Rédaction names the owner, as the calendar does');
  const mine = ws.audit.filter((e) => e.target_id === post.id);
  const created = mine.find((e) => e.action === 'post.create');
  assert.ok(created, 'the creation is in the log');
  assert.equal(created.person_id, 'p-camille');
  const typed = mine.filter((e) => e.action === 'post.edit');
  assert.equal(typed.length, 1, `one entry for the typing, not one per key: ${JSON.stringify(typed)}`);
  assert.match(typed[0].detail, /^text@/, 'a field code, not a sentence');
  assert.equal(typed[0].person_id, 'p-camille');
  assert.deepEqual(page.errors, []);
  await context.close();
});
