// Browser test of publishing to Mastodon (issue 11), against the Mastodon contract server
// (contract/mastodon_server.mjs, started here on 127.0.0.1: no Mastodon server installs here).
// Through the app as a person uses it: Paramètres › Comptes « Connecter… » (app registration,
// the instance's sign-in page with PKCE S256, the redirect back to Parvis with ?code=&state=),
// then Rédaction › « Publier maintenant ». Faults come from the server's /__control: the
// connection cut after the status is created, 429 with Retry-After, and a revoked token (401).
// Last, the token and the client secret are looked for everywhere the app can show or keep data.
// The tests of this file run in order on one page (one device): each builds on the previous one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, click, until, snapshot, findWidget, waitFrames, waitSaved, waitReady, replaceText, holdClick } from './harness.mjs';
import { startMastodon } from './contract/mastodon_server.mjs';
import { scrollClick as scrollClickIn, exportWorkspace as exportFrom, connectionRecords, dataPlaces, replaceWorkspace } from './publish_helpers.mjs';
import { pngBytes } from './image_helpers.mjs';

const env = useBrowser();
let masto, context, page;
const consoleTexts = [];
const TITLES = ['Essai Mastodon 1 : concert', 'Essai Mastodon 2 : marché', 'Essai Mastodon 3 : collecte', 'Essai Mastodon 4 : mairie',
  'Essai Mastodon 5 : piscine', 'Essai Mastodon 6 : programmé', 'Essai Mastodon 7 : image', 'Essai Mastodon 8 : fermé',
  'Essai Mastodon 9 : jamais parti', 'Essai Mastodon 10 : parti à l’heure', 'Essai Mastodon 11 : supprimé sur l’instance'];
const TEXTS = [
  'Fête de la musique à l’église Saint-Étienne : chœurs, piano et crêpes dès 18 h. Entrée libre, venez nombreux ! 🎶',
  'Le marché de Noël ouvre samedi place de l’Hôtel-de-Ville : artisans, vin chaud et manège.',
  'Collecte des déchets décalée d’un jour la semaine du 25 décembre. Sortez vos bacs la veille au soir.',
  'La mairie sera fermée le lundi 26 décembre. Bonnes fêtes à toutes et à tous !',
  'La piscine Jean-Bouin rouvre ses bassins rénovés : horaires d’été dès le 1er juillet.',
  'Conseil municipal jeudi à 18 h 30, salle des fêtes : l’ordre du jour est en ligne.',
  'Les illuminations de Noël s’allument vendredi à 18 h sur le parvis de l’église.',
  'Inscriptions au centre de loisirs d’été : dossiers à déposer en mairie avant le 30 avril.',
  'Réunion publique sur le plan local d’urbanisme mardi à 19 h, salle Émile-Zola.',
  'Le Téléthon, c’est ce week-end : défis sportifs au gymnase et soupe à l’oignon sur la place ! 💪',
  'Balayage des rues du centre mercredi matin : merci de ne pas stationner côté pair.',
];
const ALT = 'Le sapin illuminé devant l’église, guirlandes dorées et étoile rouge.';
const IN_TWO_DAYS = new Date(Date.now() + 2 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
// An instance that allows 1,000 characters, as many do: the counter follows it, not the default 500.
before(async () => { masto = await startMastodon({ maxCharacters: 1000 }); });
after(async () => { await context?.close().catch(() => {}); await masto?.close(); });

const control = (body) => fetch(`${masto.url}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
const statusesWith = (text) => masto.state.statuses.filter((s) => s.text === text);
const mastodonAccount = (s) => s.workspace.connections.accounts.find((a) => a.id === 'acc-mastodon');
const inbox = (s) => s.workspace.inbox;
const replyOf = (s, messageId) => s.workspace.connections.replies.find((r) => r.message === messageId);
const images = (s) => (((s.workspace.composer || {}).media || [])[0] || { images: [] }).images;
const jobOf = (s, postId) => s.workspace.connections.jobs.find((j) => j.post === postId && j.account === 'acc-mastodon');

const scrollClick = (label, kind) => scrollClickIn(page, label, kind);
const exportWorkspace = () => exportFrom(page);

// Paramètres › Comptes › « Connecter… »: the instance's sign-in page approves at once and sends
// the browser back to Parvis with ?code=&state=; Parvis starts again, exchanges the code.
async function connectThroughRedirect() {
  await click(page, 'Paramètres');
  const back = page.waitForURL((u) => u.searchParams.has('code'), { timeout: 30000 });
  // The click leaves the page for the instance's: the frames the click waits for may never come.
  await scrollClick('Connecter…').catch((e) => { if (!/context was destroyed|navigation/.test(e.message)) throw e; });
  await back;
  await waitReady(page);
  const s = await until(page, (x) => mastodonAccount(x)?.state === 'connected', 'le compte Mastodon connecté', 30000);
  assert.ok(!page.url().includes('code='), `the code is taken out of the address: ${page.url()}`);
  return s;
}

async function openPost(title) {
  await click(page, 'Rédaction');
  await click(page, title);
  await tabClick('Textes');  // the tab with the texts and « Publier », whichever was open
  await until(page, (s) => findWidget(s, 'Texte', 'text'), 'l’éditeur de la publication');
}

async function publishNow(title) {
  await openPost(title);
  await scrollClick('Publier maintenant');
}

let postIds = [];

async function choosePerson(name, id) {
  await click(page, 'Vous êtes');
  const snap = await until(page, (s) => s.widgets.find((w) => w.visible && w.label.startsWith(`${name} (`)), `${name} dans la liste des personnes`);
  const who = snap.widgets.find((w) => w.visible && w.label.startsWith(`${name} (`));
  await page.mouse.click(who.rect.x + 20, who.rect.y + who.rect.h / 2);
  await until(page, (s) => s.workspace.person === id, `${name} choisi·e`);
}

async function tabClick(label) {
  const snap = await until(page, (s) => findWidget(s, label), label);
  const w = findWidget(snap, label);
  await holdClick(page, w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2);
}

test('a Mastodon account connects through the instance\'s sign-in page and back (PKCE S256)', async () => {
  context = await env.browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('console', (m) => consoleTexts.push(m.text()));
  await page.goto(env.url);
  await waitReady(page);

  // The demo, its Mastodon account on the contract server, four posts for Mastodon only, whose
  // message type needs no approval (their circuit is complete).
  const ws = await exportWorkspace();
  const account = ws.accounts.find((a) => a.id === 'acc-mastodon');
  account.instance = masto.url;
  for (const t of ws.charter.message_types) t.validation_circuit = [];
  const posts = ws.posts.filter((p) => p.variants.some((v) => v.account_id === 'acc-mastodon')).slice(0, TITLES.length);
  assert.equal(posts.length, TITLES.length, 'the demo has posts for Mastodon');
  posts.forEach((p, i) => {
    p.title = TITLES[i];
    p.status = 'validated';
    p.variants = [{ ...p.variants.find((v) => v.account_id === 'acc-mastodon'), text: TEXTS[i], media: [], link: '', external_id: '', permalink: '' }];
    p.scheduled_at = IN_TWO_DAYS;
    delete p.recurrence;
  });
  // Newest last: at the top of Rédaction's list.
  ws.posts = [...ws.posts.filter((p) => !posts.includes(p)), ...posts];
  postIds = posts.map((p) => p.id);
  await replaceWorkspace(page, ws, 'mastodon.json');

  let s = await snapshot(page);
  assert.equal(mastodonAccount(s).state, 'disconnected');
  s = await connectThroughRedirect();
  assert.equal(mastodonAccount(s).handle, '@ville');
  assert.equal(masto.state.tokens.size, 1, 'one token issued, after the verifier matched the challenge');
  assert.equal(masto.state.codes.size, 0, 'the code was used');
  const app = [...masto.state.apps.values()][0];
  assert.equal(app.redirect_uri, env.url, 'Parvis registered its own page as the redirect URI');
  // The instance's limits were read (/api/v2/instance).
  s = await until(page, (x) => mastodonAccount(x)?.max_characters === 1000, 'les limites de l’instance');
  // Rédaction's counter counts against the instance's own limit.
  await openPost(TITLES[0]);
  await tabClick('Aperçu');
  s = await until(page, (x) => x.workspace.composer.preview?.network === 'mastodon', 'l’aperçu Mastodon');
  assert.equal(s.workspace.composer.preview.limit, 1000);
  // The workspace came back as it was left.
  assert.equal(s.workspace.posts, ws.posts.length);
});

test('« Publier maintenant » posts the accented text once, in French, and records the permalink', async () => {
  await publishNow(TITLES[0]);
  const s = await until(page, (x) => jobOf(x, postIds[0])?.state === 'done', 'la publication', 30000);
  const held = statusesWith(TEXTS[0]);
  assert.equal(held.length, 1, 'exactly one status');
  assert.equal(held[0].language, 'fr');
  assert.equal(held[0].visibility, 'public');
  assert.equal(masto.state.statuses.length, 1);
  assert.equal(jobOf(s, postIds[0]).permalink, held[0].url);
  await waitSaved(page);
  const ws = await exportWorkspace();
  const post = ws.posts.find((p) => p.id === postIds[0]);
  assert.equal(post.status, 'published');
  assert.equal(post.variants[0].permalink, held[0].url);
  assert.equal(post.variants[0].external_id, held[0].id);
  const entry = ws.audit.find((e) => e.action === 'post.publish' && e.target_id === postIds[0]);
  assert.ok(entry, 'the publish is in the audit log');
  assert.equal(entry.detail, held[0].url);
  // Published: the panel offers no second publish.
  await openPost(TITLES[0]);
  await waitFrames(page, 3);
  assert.ok(!findWidget(await snapshot(page), 'Publier maintenant'), 'no « Publier maintenant » once published');
});

test('the connection cut after the status is created, then a retry: exactly one status (Idempotency-Key)', async () => {
  // Three cuts: Chromium may resend a request on its own up to twice after a reused connection
  // drops, so at least one cut reaches the app whatever it does.
  await control({ fault: 'cut', count: 3 });
  await publishNow(TITLES[1]);
  let s;
  let failures = 0;
  for (let i = 0; i < 5; i++) {
    s = await until(page, (x) => ['waiting', 'done', 'queued'].includes(jobOf(x, postIds[1])?.state), 'la réponse ou son absence', 30000);
    if (jobOf(s, postIds[1]).state === 'done') break;
    failures++;
    assert.match(jobOf(s, postIds[1]).message, /réseau|répondu/);
    await scrollClick('Réessayer maintenant');
  }
  assert.equal(jobOf(s, postIds[1]).state, 'done');
  assert.ok(failures >= 1, 'the app saw the cut');
  assert.equal((await control({})).faults, 0, 'every cut happened');
  assert.equal(statusesWith(TEXTS[1]).length, 1, 'exactly one status despite the retries');
});

test('429 with Retry-After: the app waits, then the publish succeeds', async () => {
  // On the publish itself: the app's relève (GET) must not take the fault.
  await control({ fault: '429', on: 'POST /api/v1/statuses' });
  const t0 = Date.now();
  await publishNow(TITLES[2]);
  const waiting = await until(page, (x) => jobOf(x, postIds[2])?.state === 'waiting', 'l’attente après 429');
  assert.match(jobOf(waiting, postIds[2]).message, /limite/);
  const s = await until(page, (x) => jobOf(x, postIds[2])?.state === 'done', 'la publication après l’attente', 30000);
  assert.ok(Date.now() - t0 >= 2000, 'Retry-After: 2 was honoured');
  assert.equal(jobOf(s, postIds[2]).attempt, 1);
  assert.equal(statusesWith(TEXTS[2]).length, 1);
});

test('no network: the publish is queued in view, and goes out once the browser is back online', async () => {
  await openPost(TITLES[4]);
  await context.setOffline(true);
  await scrollClick('Publier maintenant');
  const s = await until(page, (x) => jobOf(x, postIds[4])?.state === 'queued', 'la file d’attente hors ligne');
  assert.ok(findWidget(s, 'Réessayer maintenant'), 'the queued publish is shown, with a retry');
  assert.equal(statusesWith(TEXTS[4]).length, 0);
  await context.setOffline(false);
  await until(page, (x) => jobOf(x, postIds[4])?.state === 'done', 'l’envoi au retour du réseau', 30000);
  assert.equal(statusesWith(TEXTS[4]).length, 1);
});

// Waits, from Node, until the contract server's state says `what` (bounded like `until`).
async function serverUntil(predicate, what, timeout = 30000) {
  const t0 = Date.now();
  while (!predicate()) {
    if (Date.now() - t0 > timeout) throw new Error(`le serveur n’a pas vu : ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('the tab closed before Mastodon answered: at the next opening Parvis looks first, records the status it finds, or says nothing went out', async () => {
  // Created on the server, never answered; the tab is reloaded (closed and opened) while Parvis waits.
  await control({ fault: 'hang', on: 'POST /api/v1/statuses' });
  await publishNow(TITLES[7]);
  await serverUntil(() => statusesWith(TEXTS[7]).length === 1, 'le statut créé');
  assert.equal(jobOf(await snapshot(page), postIds[7]).state, 'sending', 'no answer came');
  await page.reload();
  await waitReady(page);
  await openPost(TITLES[7]);
  let s = await until(page, (x) => jobOf(x, postIds[7])?.state === 'done', 'la publication retrouvée', 30000);
  const held = statusesWith(TEXTS[7]);
  assert.equal(held.length, 1, 'nothing was sent again: one status');
  assert.equal(jobOf(s, postIds[7]).permalink, held[0].url);
  await waitSaved(page);
  let ws = await exportWorkspace();
  let post = ws.posts.find((p) => p.id === postIds[7]);
  assert.equal(post.status, 'published');
  assert.equal(post.variants[0].external_id, held[0].id);
  assert.ok(ws.audit.some((e) => e.action === 'post.publish' && e.target_id === postIds[7] && e.detail === held[0].url), 'audited with the permalink');

  // Never reached the server (the request waits unanswered, nothing created): after the reload
  // Parvis says so and sends nothing by itself; « Réessayer » then sends it, once.
  const before = masto.state.statuses.length;
  await control({ fault: 'hold', on: 'POST /api/v1/statuses' });
  await publishNow(TITLES[8]);
  await serverUntil(() => masto.state.held.length === 2, 'la demande reçue');
  await page.reload();
  await waitReady(page);
  await openPost(TITLES[8]);
  s = await until(page, (x) => jobOf(x, postIds[8])?.state === 'failed', 'la vérification', 30000);
  assert.match(jobOf(s, postIds[8]).message, /rien n’a été publié/);
  assert.equal(masto.state.statuses.length, before, 'nothing published meanwhile');
  assert.ok(findWidget(s, 'Réessayer'), 'the panel offers to send it');
  await scrollClick('Réessayer');
  await until(page, (x) => jobOf(x, postIds[8])?.state === 'done', 'l’envoi demandé', 30000);
  assert.equal(statusesWith(TEXTS[8]).length, 1);
  // The records of both are gone: a third opening checks nothing. (Closed before the workspace
  // and the device had stored the answer, it would look again, and find the status: also right.)
  await waitSaved(page);
  const t0 = Date.now();
  while ((await connectionRecords(page)).includes('unsettled|')) {
    assert.ok(Date.now() - t0 < 30000, 'the records erased from the device');
    await waitFrames(page, 2);
  }
  await page.reload();
  await waitReady(page);
  await until(page, (x) => x.workspace.connections.ready, 'la base des connexions lue');
  await waitFrames(page, 5);
  const left = (await snapshot(page)).workspace.connections.jobs;
  assert.equal(left.length, 0, `no publish left to check: ${JSON.stringify(left)}`);
});

test('mentions and replies come back into Messages once, counts into Indicateurs, and a reply goes out in the thread', async () => {
  const concert = statusesWith(TEXTS[0])[0];
  await control({ mention: { acct: 'lea@exemple.social', text: 'Le concert est-il accessible en fauteuil ? Merci 🙏', in_reply_to_id: concert.id } });
  await control({ mention: { acct: 'paul@autre.social', text: '@ville bravo pour la fête de la musique, à refaire !' } });
  await control({ counts: { id: concert.id, favourites: 12, reblogs: 3 } });
  await click(page, 'Messages');
  await until(page, (x) => x.workspace.screen === 'messages', 'l’écran Messages');
  await click(page, 'Relever maintenant');
  const brought = (x) => inbox(x).items.filter((m) => m.account_id === 'acc-mastodon' && m.external_id);
  let s = await until(page, (x) => brought(x).length === 2 && mastodonAccount(x).sync.in_flight === 0, 'les mentions relevées', 30000);
  const lea = brought(s).find((m) => m.author === '@lea@exemple.social');
  const paul = brought(s).find((m) => m.author === '@paul@autre.social');
  assert.ok(lea && paul, JSON.stringify(brought(s)));
  assert.equal(lea.channel, 'comment', 'a reply to our status is a comment of the post');
  assert.equal(lea.post_id, postIds[0]);
  assert.equal(lea.status, 'unread');
  assert.equal(paul.channel, 'mention');
  assert.equal(paul.post_id, '');
  assert.equal(mastodonAccount(s).sync.messages, 2);
  assert.ok(inbox(s).sync_lines.some((t) => t.includes('nouveaux messages\u00a0: 2')), `what the relève brought is said: ${inbox(s).sync_lines}`);

  // A second relève brings nothing twice.
  await click(page, 'Relever maintenant');
  s = await until(page, (x) => mastodonAccount(x).sync.in_flight === 0 && mastodonAccount(x).sync.messages === 0 && mastodonAccount(x).sync.done,
    'la deuxième relève', 30000);
  assert.equal(brought(s).length, 2, 'no duplicate');

  // « Répondre sur Mastodon »: answered in the citizen's thread, once, even after a 429.
  // The list is sorted by reply deadline: where a new arrival lands depends on today's date.
  await replaceText(page, 'Rechercher dans les messages', '@lea@exemple.social');
  await click(page, '@lea@exemple.social');
  await until(page, (x) => inbox(x).selected === lea.id, 'le message sélectionné');
  await replaceText(page, 'Texte de la réponse', 'Oui, la salle est de plain-pied et un espace est réservé près de la scène. À jeudi !');
  await control({ fault: '429', on: 'POST /api/v1/statuses' });
  await scrollClick('Répondre sur Mastodon');
  s = await until(page, (x) => replyOf(x, lea.id)?.state === 'done', 'la réponse envoyée', 30000);
  assert.equal(replyOf(s, lea.id).attempt, 1, 'the 429 was waited out');
  const replies = masto.state.statuses.filter((x) => x.in_reply_to_id === lea.external_id);
  assert.equal(replies.length, 1, 'exactly one reply on the instance');
  assert.equal(replies[0].text, '@lea@exemple.social Oui, la salle est de plain-pied et un espace est réservé près de la scène. À jeudi !');
  assert.equal(replies[0].language, 'fr');
  assert.equal(replies[0].visibility, 'public', 'a public comment is answered in public');
  assert.equal(replyOf(s, lea.id).permalink, replies[0].url);
  s = await until(page, (x) => inbox(x).items.find((m) => m.id === lea.id).status === 'answered', 'le message « répondu »');

  // Counts and the relève in the workspace, with who did it.
  await waitSaved(page);
  const ws = await exportWorkspace();
  const figures = ws.metrics.posts.filter((m) => m.post_id === postIds[0] && m.account_id === 'acc-mastodon');
  assert.equal(figures.length, 1, JSON.stringify(ws.metrics.posts.slice(-3)));
  assert.equal(figures[0].reactions, 12);
  assert.equal(figures[0].shares, 3);
  assert.equal(figures[0].comments, 1);
  assert.ok(ws.audit.some((e) => e.action === 'messages.receive' && e.target_id === 'acc-mastodon' && e.detail === '2'));
  assert.ok(ws.audit.some((e) => e.action === 'metrics.sync' && e.target_id === 'acc-mastodon'));
  assert.ok(ws.audit.some((e) => e.action === 'message.reply' && e.target_id === lea.id));
  assert.ok(ws.accounts.find((a) => a.id === 'acc-mastodon').messages_cursor, 'the cursor is kept in the workspace');
});

test('« Programmer sur Mastodon »: a scheduled status on the server, the post « Programmé »', async () => {
  await openPost(TITLES[5]);
  await scrollClick('Programmer sur Mastodon');
  await until(page, (x) => jobOf(x, postIds[5])?.state === 'done', 'la programmation', 30000);
  const scheduled = [...masto.state.scheduled.values()];
  assert.equal(scheduled.length, 1);
  assert.equal(scheduled[0].params.text, TEXTS[5]);
  assert.equal(scheduled[0].params.language, 'fr');
  assert.equal(scheduled[0].scheduled_at, new Date(IN_TWO_DAYS).toISOString());
  assert.equal(statusesWith(TEXTS[5]).length, 0, 'not published now');
  await waitSaved(page);
  const ws = await exportWorkspace();
  const post = ws.posts.find((p) => p.id === postIds[5]);
  assert.equal(post.status, 'scheduled');
  assert.equal(post.variants[0].external_id, scheduled[0].id);
  assert.ok(ws.audit.some((e) => e.action === 'post.schedule_remote' && e.target_id === postIds[5] && e.detail === scheduled[0].id));
});

// Moving, holding or unscheduling the post in Parvis is carried to the scheduled status on the
// server (core/connect/remote_schedule.h): PUT and DELETE /api/v1/scheduled_statuses/:id.
test('the post scheduled on Mastodon follows Parvis: moved there, cancelled by crisis mode\'s offer, and by « Déprogrammer »', async () => {
  const remoteOf = (s) => (s.workspace.connections.remote || []).find((j) => j.post === postIds[5]);
  const variantOf = (ws) => ws.posts.find((p) => p.id === postIds[5]).variants[0];
  await choosePerson('Camille Le Goff', 'p-camille');
  await openPost(TITLES[5]);
  await tabClick('Réglages et date');
  // Three days ahead, 10:30 in the collectivité's zone (Europe/Paris).
  const day = new Date(Date.now() + 3 * 86400_000);
  const [y, m, d] = [day.getUTCFullYear(), String(day.getUTCMonth() + 1).padStart(2, '0'), String(day.getUTCDate()).padStart(2, '0')];
  await replaceText(page, 'Date et heure', `${d}/${m}/${y} 10:30`);
  await until(page, (s) => Array.isArray(s.workspace.composer.moment_findings), 'les vérifications pour ce moment');
  await click(page, 'Programmer');
  let s = await until(page, (x) => remoteOf(x)?.kind === 'move' && remoteOf(x)?.state === 'done', 'le déplacement sur Mastodon', 30000);
  assert.match(remoteOf(s).message, /^Déplacée sur Mastodon/);
  await waitSaved(page);
  let ws = await exportWorkspace();
  const post = ws.posts.find((p) => p.id === postIds[5]);
  const [held] = [...masto.state.scheduled.values()];
  assert.equal(masto.state.scheduled.size, 1, 'still one scheduled status');
  assert.equal(new Date(held.scheduled_at).toISOString(), new Date(post.scheduled_at).toISOString(), 'the server holds the new time');
  assert.notEqual(new Date(held.scheduled_at).toISOString(), new Date(IN_TWO_DAYS).toISOString());
  assert.equal(variantOf(ws).remote_at, post.scheduled_at);
  assert.ok(ws.audit.some((e) => e.action === 'post.reschedule_remote' && e.target_id === postIds[5] && e.comment === 'acc-mastodon'));

  // Crisis mode holds it here; the calendar says the server would still publish it, and offers to
  // cancel it there.
  await click(page, 'Calendrier');
  await click(page, 'Mode crise', 'toggle');
  await until(page, (x) => findWidget(x, 'Les annuler sur les plateformes'), 'l’offre d’annuler sur les plateformes');
  await click(page, 'Les annuler sur les plateformes');
  s = await until(page, (x) => remoteOf(x)?.kind === 'cancel' && remoteOf(x)?.state === 'done', 'l’annulation sur Mastodon', 30000);
  assert.equal(masto.state.scheduled.size, 0, 'the server no longer holds it');
  await until(page, (x) => !findWidget(x, 'Les annuler sur les plateformes'), 'l’offre retirée');
  await waitSaved(page);
  ws = await exportWorkspace();
  assert.equal(variantOf(ws).external_id, '', 'the variant may be scheduled again');
  assert.equal(variantOf(ws).remote_at, undefined);
  assert.ok(ws.audit.some((e) => e.action === 'post.cancel_remote' && e.target_id === postIds[5] && e.detail === held.id));
  // Leaving crisis mode releases it; scheduled on Mastodon again, then « Déprogrammer » cancels it there.
  await click(page, 'Calendrier');  // the export above went through Paramètres
  await click(page, 'Mode crise', 'toggle');
  await until(page, (x) => findWidget(x, 'Sortir du mode crise et libérer la sélection'), 'la fenêtre de sortie du mode crise');
  await click(page, 'Sortir du mode crise et libérer la sélection');
  await until(page, (x) => !x.workspace.calendar.crisis_active, 'la sortie du mode crise');
  await openPost(TITLES[5]);
  await scrollClick('Programmer sur Mastodon');
  await until(page, () => masto.state.scheduled.size === 1, 'la nouvelle programmation sur le serveur', 30000);
  await until(page, (x) => jobOf(x, postIds[5])?.state === 'done', 'la programmation', 30000);
  await tabClick('Réglages et date');
  await scrollClick('Déprogrammer');
  s = await until(page, (x) => remoteOf(x)?.kind === 'cancel' && remoteOf(x)?.state === 'done' && masto.state.scheduled.size === 0,
    'l’annulation sur Mastodon après « Déprogrammer »', 30000);
  assert.match(remoteOf(s).message, /^Annulée sur Mastodon/);
  assert.equal(statusesWith(TEXTS[5]).length, 0, 'never published');
});

// Mastodon publishes a scheduled status at its time by itself, as a new status, and forgets the
// scheduled one: the relève finds which (core/connect/published_there.h).
test('once its time has passed, a status Mastodon held scheduled is found and the post « Publié »; one deleted there is freed', async () => {
  for (const i of [9, 10]) {
    await openPost(TITLES[i]);
    await scrollClick('Programmer sur Mastodon');
    await until(page, (x) => jobOf(x, postIds[i])?.state === 'done', 'la programmation', 30000);
  }
  const held = [...masto.state.scheduled.values()];
  const due = held.find((h) => h.params.text === TEXTS[9]);
  const deleted = held.find((h) => h.params.text === TEXTS[10]);
  assert.ok(due && deleted, JSON.stringify(held));
  // Two days later: the instance published one at its time; the other was deleted on the instance.
  // Parvis was closed meanwhile: its workspace still says « Programmé », at a time now past.
  await control({ publish_due: due.id });
  masto.state.scheduled.delete(deleted.id);
  const [status] = statusesWith(TEXTS[9]);
  assert.ok(status);
  await waitSaved(page);
  const ws = await exportWorkspace();
  const past = new Date(Date.now() - 3 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  for (const i of [9, 10]) {
    const p = ws.posts.find((x) => x.id === postIds[i]);
    p.scheduled_at = past;
    p.variants[0].remote_at = past;
  }
  await replaceWorkspace(page, ws, 'mastodon-deux-jours-plus-tard.json');

  await click(page, 'Messages');
  await until(page, (x) => x.workspace.screen === 'messages' && mastodonAccount(x).sync.in_flight === 0, 'l’écran Messages');
  await click(page, 'Relever maintenant');
  await until(page, (x) => mastodonAccount(x).sync.in_flight === 0 && mastodonAccount(x).sync.done, 'la relève', 30000);
  await waitSaved(page);
  const after = await exportWorkspace();
  const out = after.posts.find((p) => p.id === postIds[9]);
  assert.equal(out.status, 'published');
  assert.equal(out.variants[0].external_id, status.id, 'the status it became, not the scheduled one');
  assert.equal(out.variants[0].permalink, status.url);
  assert.equal(out.variants[0].remote_at, undefined);
  assert.equal(out.published_at, status.created_at.replace(/\.\d+Z$/, 'Z'), 'published when the instance published it');
  assert.ok(after.audit.some((e) => e.action === 'post.publish' && e.target_id === postIds[9] && e.detail === status.url));
  const gone = after.posts.find((p) => p.id === postIds[10]);
  assert.equal(gone.variants[0].external_id, '', 'freed: it may be scheduled or published again');
  assert.ok(after.audit.some((e) => e.action === 'post.cancel_remote' && e.target_id === postIds[10] && e.detail === deleted.id));
  assert.equal(statusesWith(TEXTS[10]).length, 0, 'nothing sent in its place');

  // The next relève records nothing twice.
  await click(page, 'Messages');
  await click(page, 'Relever maintenant');
  await until(page, (x) => mastodonAccount(x).sync.in_flight === 0 && mastodonAccount(x).sync.done, 'la deuxième relève', 30000);
  await waitSaved(page);
  const again = await exportWorkspace();
  assert.equal(again.posts.find((p) => p.id === postIds[9]).variants[0].external_id, status.id);
  assert.equal(again.audit.filter((e) => e.action === 'post.publish' && e.target_id === postIds[9]).length, 1, 'recorded once');
});

test('an image with its alt text: uploaded, polled until processed, then one status that carries it', async () => {
  await openPost(TITLES[6]);
  const png = await pngBytes(page, 640, 360, '#1e5aa8');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), scrollClick('Ajouter une image')]);
  await chooser.setFiles({ name: 'illuminations.png', mimeType: 'image/png', buffer: png });
  await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready', 'l’image ajoutée');
  await replaceText(page, '#alt-0-0', ALT);
  await until(page, (s) => images(s)[0].alt_text === ALT, 'le texte alternatif');
  await waitSaved(page);
  const mediaBefore = masto.state.media.size;

  await scrollClick('Publier maintenant');
  const s = await until(page, (x) => jobOf(x, postIds[6])?.state === 'done', 'la publication avec l’image', 30000);
  const held = statusesWith(TEXTS[6]);
  assert.equal(held.length, 1, 'exactly one status');
  assert.equal(held[0].media_attachments.length, 1, 'the status carries the image');
  const media = held[0].media_attachments[0];
  assert.equal(media.description, ALT, 'the alt text is the description');
  assert.equal(media.bytes, png.length, 'the bytes sent are the image added');
  assert.ok(media.url, 'the instance had processed it');
  assert.equal(masto.state.media.size, mediaBefore + 1, 'one upload');
  assert.equal(masto.state.media.get(media.id).polls, 2, 'polled until ready (206, then 200)');
  assert.equal(jobOf(s, postIds[6]).permalink, held[0].url);
  // In the app: « Publié », with its permalink; no second publish offered.
  await waitSaved(page);
  const ws = await exportWorkspace();
  const post = ws.posts.find((p) => p.id === postIds[6]);
  assert.equal(post.status, 'published');
  assert.equal(post.variants[0].permalink, held[0].url);
  await openPost(TITLES[6]);
  await waitFrames(page, 3);
  assert.ok(!findWidget(await snapshot(page), 'Publier maintenant'), 'no « Publier maintenant » once published');
  // A relève now counts the new status, so the next test's relève (after its reload) has nothing
  // new to record and the workspace comes back as saved.
  await click(page, 'Messages');
  await until(page, (x) => x.workspace.screen === 'messages', 'l’écran Messages');
  await click(page, 'Relever maintenant');
  await until(page, (x) => mastodonAccount(x).sync.in_flight === 0 && mastodonAccount(x).sync.posts >= 1, 'la relève des compteurs', 30000);
  await waitSaved(page);
});

test('401: « Reconnectez le compte », nothing lost; reconnected, the post goes out once', async () => {
  masto.state.tokens.clear();  // the token revoked on the server's side
  await publishNow(TITLES[3]);
  let s = await until(page, (x) => jobOf(x, postIds[3])?.state === 'reconnect', 'la demande de reconnexion');
  assert.equal(mastodonAccount(s).state, 'reconnect');
  assert.equal(statusesWith(TEXTS[3]).length, 0);
  await waitSaved(page);
  const kept = (await exportWorkspace()).posts.find((p) => p.id === postIds[3]);
  assert.equal(kept.variants[0].text, TEXTS[3], 'the text is intact');
  assert.equal(kept.status, 'validated', 'not marked published');
  assert.equal(kept.variants[0].permalink, '');
  s = await connectThroughRedirect();
  assert.equal(s.workspace.saved_revision, s.workspace.revision, 'the workspace came back as saved');
  await publishNow(TITLES[3]);
  await until(page, (x) => jobOf(x, postIds[3])?.state === 'done', 'la publication après reconnexion', 30000);
  assert.equal(statusesWith(TEXTS[3]).length, 1);
  assert.equal(masto.state.statuses.filter((x) => !x.in_reply_to_id).length, TITLES.length - 2,
    'one status per post published (and one reply), but for the one unscheduled and the one deleted on the instance');
});

test('no token or client secret anywhere the app shows or keeps data, except the connections database', async () => {
  await waitSaved(page);
  const secrets = [...masto.state.tokens.keys(), ...[...masto.state.apps.values()].map((a) => a.client_secret)];
  assert.ok(secrets.length >= 2);
  const places = await dataPlaces(page, consoleTexts);
  assert.ok(places.indexeddb.includes('generations') || places.indexeddb.length > 1000, 'the workspace store was read');
  assert.ok(places.history.length > 1000, 'the undo history holds copies of the workspace');
  for (const [where, text] of Object.entries(places))
    for (const secret of secrets) assert.ok(!text.includes(secret), `a secret found in ${where}`);
  // It is kept, in the device's own connections database: the search above would have found it.
  const kept = await connectionRecords(page);
  assert.ok(kept.includes([...masto.state.tokens.keys()][0]), 'the token is in parvis-connections');
});

test('« Déconnecter » asks first, then revokes the token on the server and forgets it here', async () => {
  await click(page, 'Paramètres');
  await scrollClick('Déconnecter');
  await click(page, 'Annuler');
  let s = await snapshot(page);
  assert.equal(mastodonAccount(s).state, 'connected', 'cancel keeps the connection');
  await scrollClick('Déconnecter');
  await click(page, 'Déconnecter le compte');
  s = await until(page, (x) => mastodonAccount(x)?.state === 'disconnected', 'la déconnexion');
  assert.match(mastodonAccount(s).message, /révoqué/);
  assert.equal(masto.state.tokens.size, 0, 'the token was revoked on the server');
  const kept = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('parvis-connections');
    open.onsuccess = () => {
      const req = open.result.transaction(['records'], 'readonly').objectStore('records').getAllKeys();
      req.onsuccess = () => resolve(req.result);
    };
  }));
  assert.ok(!kept.some((k) => k.startsWith('account|')), `no account record left: ${kept}`);
});

test('« Connecter avec un code… »: the sign-in page opens in a new tab, the pasted code connects the account', async () => {
  await click(page, 'Paramètres');
  const popup = context.waitForEvent('page');
  await scrollClick('Connecter avec un code…');
  const tab = await popup;
  await tab.waitForLoadState();
  const code = (await tab.textContent('#code')).trim();
  assert.match(code, /^[\w-]{16,}$/);
  await tab.close();
  await replaceText(page, 'Code donné par le serveur', code);
  await click(page, 'Valider le code');
  const s = await until(page, (x) => mastodonAccount(x)?.state === 'connected', 'la connexion par code', 30000);
  assert.equal(mastodonAccount(s).handle, '@ville');
  const oob = [...masto.state.apps.values()].filter((a) => a.redirect_uri === 'urn:ietf:wg:oauth:2.0:oob');
  assert.equal(oob.length, 1, 'a client registered for the out-of-band code');
  assert.equal(masto.state.tokens.size, 1);
  assert.ok(!JSON.stringify(await snapshot(page)).includes([...masto.state.tokens.keys()][0]));
});
