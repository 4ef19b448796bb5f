// Browser test of assisted publishing (issue 11, item 5): X, LinkedIn, Instagram and Threads
// cannot be called from a web page, so Rédaction › Publier says why, « Copier et ouvrir » opens
// the network's composer with the checked text, and the permalink pasted back marks the variant
// published — refused, with a French reason, when it is not a post of that network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, click, until, findWidget, replaceText, waitSaved } from './harness.mjs';
import { scrollClick, exportWorkspace, replaceWorkspace } from './publish_helpers.mjs';

const env = useBrowser();
const TITLE = 'Essai X : patinoire';
const TEXT = 'La patinoire de Noël ouvre samedi place de l’Hôtel-de-Ville : entrée libre, patins prêtés. ⛸️ #Noël';

test('X: « Copier et ouvrir » opens the intent with the text; a pasted permalink marks the variant published, a wrong one is refused', async () => {
  const { context, page } = await env.freshApp({ acceptDownloads: true });
  await context.route('https://x.com/**', (route) => route.abort());  // the composer's tab: no network here
  const ws = await exportWorkspace(page);
  for (const t of ws.charter.message_types) t.validation_circuit = [];
  const post = ws.posts.find((p) => p.variants.some((v) => v.account_id === 'acc-x') && p.status !== 'published');
  assert.ok(post, 'the demo has a post for X');
  post.title = TITLE;
  post.status = 'validated';
  post.variants = [{ ...post.variants.find((v) => v.account_id === 'acc-x'), text: TEXT, media: [], external_id: '', permalink: '' }];
  delete post.recurrence;
  ws.posts = [...ws.posts.filter((p) => p !== post), post];  // newest last: at the top of Rédaction's list
  await replaceWorkspace(page, ws);

  await click(page, 'Rédaction');
  await click(page, TITLE);
  let s = await until(page, (x) => findWidget(x, 'Copier et ouvrir'), 'le panneau Publier');
  await scrollClick(page, 'Copier et ouvrir');
  s = await until(page, (x) => x.workspace.opened_links.length > 0, 'l’éditeur de X ouvert');
  const opened = new URL(s.workspace.opened_links.at(-1));
  assert.equal(opened.origin + opened.pathname, 'https://x.com/intent/post');
  assert.equal(opened.searchParams.get('text'), TEXT, 'the checked text, accents and emoji intact');

  // A profile is not a post: refused, nothing changes.
  await replaceText(page, 'Adresse de la publication', 'https://x.com/VilleStExemple');
  await scrollClick(page, 'Marquer comme publiée');
  s = await until(page, (x) => x.workspace.composer.permalink_errors['acc-x'] === 'connect.assisted.error.not_a_post', 'le refus');
  assert.equal(s.workspace.composer.post.status, 'validated', 'nothing changed');
  // Another site: refused too.
  await replaceText(page, 'Adresse de la publication', 'https://x.com.exemple.fr/a/status/1');
  await scrollClick(page, 'Marquer comme publiée');
  await until(page, (x) => x.workspace.composer.permalink_errors['acc-x'] === 'connect.assisted.error.other_site', 'le refus d’un autre site');

  await replaceText(page, 'Adresse de la publication', ' https://x.com/VilleStExemple/status/1864321987654321098?s=20 ');
  await scrollClick(page, 'Marquer comme publiée');
  s = await until(page, (x) => x.workspace.composer.post.status === 'published', 'la publication marquée');
  assert.ok(!findWidget(s, 'Copier et ouvrir'), 'no second « Copier et ouvrir » once published');
  assert.deepEqual(s.workspace.composer.permalink_errors, {}, 'the refusal is gone');
  await waitSaved(page);
  const after = await exportWorkspace(page);
  const kept = after.posts.find((p) => p.id === post.id);
  assert.equal(kept.variants[0].permalink, 'https://x.com/VilleStExemple/status/1864321987654321098');
  assert.equal(kept.variants[0].external_id, '1864321987654321098');
  const entry = after.audit.find((e) => e.action === 'post.publish' && e.target_id === post.id);
  assert.ok(entry, 'the publish is in the audit log');
  assert.equal(entry.detail, 'https://x.com/VilleStExemple/status/1864321987654321098');
  assert.equal(entry.comment, 'acc-x');
});
