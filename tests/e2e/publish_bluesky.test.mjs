// Browser test of Bluesky (issue 11) against a REAL PDS: @atproto/pds, the reference
// implementation, run on 127.0.0.1 with its PLC directory (pds_server.mjs), a test account
// « mairie.test » and an app password. The app's page is served from another port: every call
// crosses origins (the PDS answers with CORS).
// Through the app as a person uses it: Paramètres › Comptes, the handle and the app password,
// then Rédaction › « Publier maintenant » on a validated post with accents, an emoji, a link, a
// bare domain, a mention, a hashtag and an image with its alt text. The record is read back from
// the PDS over HTTP and compared byte for byte. A small proxy in front of the PDS cuts the
// connection after createRecord was forwarded (retry → exactly one record) and answers one
// ExpiredToken (the session is refreshed, the post goes out). Then a second account on the PDS
// answers a post, names the town hall and likes the post; the relève brings these back through the
// PDS, which proxies app.bsky.* to a contract AppView (contract/appview_server.mjs: a PDS alone has
// no notifications nor counts), and « Répondre sur Bluesky » posts in the thread. Last, the tokens
// are looked for everywhere the app can show or keep data, and « Déconnecter » ends the session.
// The tests of this file run in order on one page (one device): each builds on the previous one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { useBrowser, click, until, snapshot, findWidget, waitFrames, waitSaved, waitReady, replaceText, focusText } from './harness.mjs';
import { pngBytes } from './image_helpers.mjs';
import { scrollClick as scrollClickIn, exportWorkspace as exportFrom, connectionRecords, dataPlaces, replaceWorkspace } from './publish_helpers.mjs';
import { startPds, PdsUnavailable } from './pds_server.mjs';
import { startAppView } from './contract/appview_server.mjs';

const env = useBrowser();
let pds, proxy, appView, context, page, skip = '';
const consoleTexts = [];
const ACCOUNT = 'acc-bluesky';
const TITLES = ['Essai Bluesky 1 : fête de la musique', 'Essai Bluesky 2 : marché', 'Essai Bluesky 3 : piscine'];
const LONG_URL = 'https://www.saint-exemple.fr/agenda/fete-de-la-musique';
const TEXTS = [
  'Fête de la musique à l’église Saint-Étienne 🎶 : chœurs, piano et crêpes dès 18 h. Merci à @mairie.test pour l’accueil ! '
    + `Tout le programme sur saint-exemple.fr et ${LONG_URL} #FêteDeLaMusique`,
  'Le marché de Noël ouvre samedi place de l’Hôtel-de-Ville : artisans, vin chaud et manège 🎠',
  'La piscine Jean-Bouin rouvre ses bassins rénovés : horaires d’été dès le 1er juillet.',
];
const ALT = 'La chorale de Saint-Étienne chante devant l’église, au coucher du soleil.';

// The proxy in front of the PDS: forwards everything (CORS preflights included) and, on demand,
// cuts the connection once createRecord was forwarded and answered by the PDS (the record exists,
// the app never hears of it), then cuts the getRecord calls that follow (without forwarding them),
// or answers one authenticated call with 400 ExpiredToken.
function startProxy(target) {
  const state = { cutCreates: 0, cutGetsAfterCut: 0, cutGets: 0, cuts: 0, expireOnce: false, seen: [] };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const method = req.url.split('?')[0].replace('/xrpc/', '');
      state.seen.push(`${req.method} ${method}`);
      if (state.expireOnce && req.method !== 'OPTIONS' && req.headers.authorization && method !== 'com.atproto.server.refreshSession') {
        state.expireOnce = false;
        res.writeHead(400, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        res.end(JSON.stringify({ error: 'ExpiredToken', message: 'Token has expired' }));
        return;
      }
      if (method === 'com.atproto.repo.getRecord' && state.cutGets > 0) {
        state.cutGets--;
        req.socket.destroy();
        return;
      }
      const cut = req.method === 'POST' && method === 'com.atproto.repo.createRecord' && state.cutCreates > 0;
      if (cut) state.cutCreates--;
      const headers = { ...req.headers, host: new URL(target).host };
      const out = http.request(`${target}${req.url}`, { method: req.method, headers }, (answer) => {
        const body = [];
        answer.on('data', (c) => body.push(c));
        answer.on('end', () => {
          if (cut) { state.cuts++; state.cutGets = state.cutGetsAfterCut; req.socket.destroy(); return; }
          res.writeHead(answer.statusCode, answer.headers);
          res.end(Buffer.concat(body));
        });
      });
      out.on('error', () => req.socket.destroy());
      out.end(Buffer.concat(chunks));
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    ok({ url: `http://127.0.0.1:${server.address().port}`, state, close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }) });
  }));
}

before(async () => {
  try {
    appView = await startAppView();
    pds = await startPds({ handle: 'mairie.test', appView });
    proxy = await startProxy(pds.url);
  } catch (e) {
    if (!(e instanceof PdsUnavailable)) throw e;
    skip = `PDS indisponible ici, test sauté : ${e.message}`;
    console.log(skip);
  }
});
after(async () => { await context?.close().catch(() => {}); await proxy?.close(); await pds?.close(); await appView?.close(); });

// The calls of a publish, in order: the relève's (app.bsky.*, every 5 minutes) may come in between.
const posting = (seen) => seen.filter((c) => !c.startsWith('OPTIONS') && !c.includes(' app.bsky.'));
const blueskyAccount = (s) => s.workspace.connections.accounts.find((a) => a.id === ACCOUNT);
const jobOf = (s, postId) => s.workspace.connections.jobs.find((j) => j.post === postId && j.account === ACCOUNT);
const composer = (s) => s.workspace.composer || {};
const images = (s) => ((composer(s).media || [])[0] || { images: [] }).images;
async function records() {
  const r = await pds.xrpc('com.atproto.repo.listRecords', { repo: pds.did, collection: 'app.bsky.feed.post', limit: '100' });
  assert.equal(r.status, 200, r.text);
  return r.json.records;
}
const recordsWith = async (text) => (await records()).filter((r) => r.value.text === text);

// bsky.app's toShortUrl, written here from its rule, independently of the app: no scheme, the
// host, the path (with query) cut to 13 characters + « ... » past 15.
function shortUrl(uri) {
  const u = new URL(uri);
  let path = u.pathname === '/' ? '' : u.pathname;
  path += u.search + u.hash;
  return u.host + (path.length > 15 ? `${path.slice(0, 13)}...` : path);
}

const scrollClick = (label, kind) => scrollClickIn(page, label, kind);
const exportWorkspace = () => exportFrom(page);

async function openPost(title) {
  await click(page, 'Rédaction');
  await click(page, title);
  await until(page, (s) => findWidget(s, 'Texte', 'text'), 'l’éditeur de la publication');
}

// Paramètres › Comptes: the handle is prefilled from the account; the app password is typed.
async function signIn(password) {
  await click(page, 'Paramètres');
  await scrollClick('Mot de passe d’application', 'text');
  await focusText(page, 'Mot de passe d’application');
  await page.keyboard.type(password, { delay: 5 });
  await until(page, (s) => findWidget(s, 'Mot de passe d’application', 'text')?.value === '*'.repeat(password.length),
    'le mot de passe saisi, masqué');
  await scrollClick('Se connecter à Bluesky');
}

let postIds = [];

test('a Bluesky account connects with its handle and an app password on the PDS', async (t) => {
  if (skip) return t.skip(skip);
  context = await env.browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('console', (m) => consoleTexts.push(m.text()));
  await page.goto(env.url);
  await waitReady(page);

  // The demo, with a Bluesky account on the PDS (through the proxy), and three posts for it
  // alone, whose message type needs no approval (their validation circuit is complete).
  const ws = await exportWorkspace();
  const mastodon = ws.accounts.find((a) => a.id === 'acc-mastodon');
  ws.accounts.push({ ...mastodon, id: ACCOUNT, network: 'bluesky', name: 'Mairie (Bluesky)', handle: '@mairie.test', instance: proxy.url });
  for (const type of ws.charter.message_types) type.validation_circuit = [];
  const posts = ws.posts.filter((p) => p.variants.some((v) => v.account_id === 'acc-mastodon')).slice(0, TITLES.length);
  posts.forEach((p, i) => {
    p.title = TITLES[i];
    p.status = 'validated';
    p.variants = [{ ...p.variants.find((v) => v.account_id === 'acc-mastodon'), account_id: ACCOUNT, text: TEXTS[i], media: [], link: '', external_id: '', permalink: '' }];
    delete p.recurrence;
  });
  ws.posts = [...ws.posts.filter((p) => !posts.includes(p)), ...posts];
  postIds = posts.map((p) => p.id);
  await replaceWorkspace(page, ws, 'bluesky.json');
  assert.equal(blueskyAccount(await snapshot(page)).state, 'disconnected');

  // A wrong app password: refused, said in French, nothing kept.
  await signIn('faux-mot-de-passe');
  let s = await until(page, (x) => blueskyAccount(x)?.state === 'error', 'le refus du mot de passe', 30000);
  assert.match(blueskyAccount(s).message, /refusé l’identifiant ou le mot de passe d’application/);

  await signIn(pds.appPassword);
  s = await until(page, (x) => blueskyAccount(x)?.state === 'connected', 'le compte Bluesky connecté', 30000);
  assert.equal(blueskyAccount(s).handle, '@mairie.test');
  assert.ok(proxy.state.seen.includes('POST com.atproto.server.createSession'));
  assert.equal(findWidget(s, 'Mot de passe d’application', 'text'), undefined, 'no password field once connected');
  assert.ok(!JSON.stringify(s).includes(pds.appPassword), 'the app password is nowhere in the snapshot');
});

test('« Publier maintenant »: the record on the PDS has the text, langs, exact facets and the image with its alt text', async (t) => {
  if (skip) return t.skip(skip);
  await openPost(TITLES[0]);
  const png = await pngBytes(page, 640, 360, '#c0392b');
  const sha = createHash('sha256').update(png).digest('hex');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Ajouter une image')]);
  await chooser.setFiles({ name: 'chorale.png', mimeType: 'image/png', buffer: png });
  await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready', 'l’image ajoutée');
  await replaceText(page, '#alt-0-0', ALT);
  await until(page, (s) => images(s)[0].alt_text === ALT, 'le texte alternatif');
  await waitSaved(page);

  const t0 = proxy.state.seen.length;
  await scrollClick('Publier maintenant');
  let s = await until(page, (x) => jobOf(x, postIds[0])?.state === 'done', 'la publication sur Bluesky', 30000);
  const calls = posting(proxy.state.seen.slice(t0));
  assert.deepEqual(calls, ['GET com.atproto.repo.getRecord', 'GET com.atproto.identity.resolveHandle', 'POST com.atproto.repo.uploadBlob',
    'POST com.atproto.repo.createRecord'], 'the record looked for first, then the mention, the image, the record');

  const held = await records();
  assert.equal(held.length, 1, 'exactly one record');
  const record = held[0].value;
  const rkey = held[0].uri.split('/').pop();
  assert.equal(record.$type, 'app.bsky.feed.post');
  assert.deepEqual(record.langs, ['fr']);
  const expectedText = TEXTS[0].replace(LONG_URL, shortUrl(LONG_URL));
  assert.equal(record.text, expectedText, 'the text as bsky.app stores it: the long link shortened for display');
  // Each facet's byte range, sliced from the UTF-8 text, is the link, the mention or the hashtag.
  const bytes = Buffer.from(record.text, 'utf8');
  const facets = record.facets.map((f) => ({ text: bytes.subarray(f.index.byteStart, f.index.byteEnd).toString('utf8'), feature: f.features[0] }));
  assert.deepEqual(facets, [
    { text: '@mairie.test', feature: { $type: 'app.bsky.richtext.facet#mention', did: pds.did } },
    { text: 'saint-exemple.fr', feature: { $type: 'app.bsky.richtext.facet#link', uri: 'https://saint-exemple.fr' } },
    { text: shortUrl(LONG_URL), feature: { $type: 'app.bsky.richtext.facet#link', uri: LONG_URL } },
    { text: '#FêteDeLaMusique', feature: { $type: 'app.bsky.richtext.facet#tag', tag: 'FêteDeLaMusique' } },
  ]);
  assert.notEqual(record.facets[0].index.byteStart, [...record.text.slice(0, record.text.indexOf('@mairie'))].length,
    'offsets in bytes, not in characters (accents and the emoji come before)');
  // The image: the blob the PDS holds is the PNG's bytes, with the alt text typed.
  assert.equal(record.embed.$type, 'app.bsky.embed.images');
  assert.equal(record.embed.images.length, 1);
  assert.equal(record.embed.images[0].alt, ALT);
  const blob = record.embed.images[0].image;
  assert.equal(blob.mimeType, 'image/png');
  assert.equal(blob.size, png.length);
  const got = await fetch(`${pds.url}/xrpc/com.atproto.sync.getBlob?did=${encodeURIComponent(pds.did)}&cid=${blob.ref.$link}`);
  assert.equal(got.status, 200);
  assert.equal(createHash('sha256').update(Buffer.from(await got.arrayBuffer())).digest('hex'), sha, 'the image uploaded is the one added');

  // In the app: « Publiée » with its permalink; the workspace and the audit log say so.
  const permalink = `https://bsky.app/profile/mairie.test/post/${rkey}`;
  assert.equal(jobOf(s, postIds[0]).permalink, permalink);
  await waitSaved(page);
  const ws = await exportWorkspace();
  const post = ws.posts.find((p) => p.id === postIds[0]);
  assert.equal(post.status, 'published');
  assert.equal(post.variants[0].permalink, permalink);
  assert.equal(post.variants[0].external_id, held[0].uri);
  const entry = ws.audit.find((e) => e.action === 'post.publish' && e.target_id === postIds[0]);
  assert.ok(entry, 'the publish is in the audit log');
  assert.equal(entry.detail, permalink);
  await openPost(TITLES[0]);
  await waitFrames(page, 3);
  assert.ok(!findWidget(await snapshot(page), 'Publier maintenant'), 'no « Publier maintenant » once published');
});

test('the connection cut after createRecord reached the PDS, then a retry: exactly one record', async (t) => {
  if (skip) return t.skip(skip);
  // The record is created but the answer is cut, and so are the checks that follow: the app cannot
  // know, and waits. Three cuts of each: Chromium may resend a request on its own after a reused
  // connection drops (a resent createRecord meets the record already there).
  proxy.state.cutCreates = 3;
  proxy.state.cutGetsAfterCut = 3;
  const t0 = proxy.state.seen.length;
  await openPost(TITLES[1]);
  await scrollClick('Publier maintenant');
  let s = await until(page, (x) => ['waiting', 'queued'].includes(jobOf(x, postIds[1])?.state), 'l’attente après la coupure', 30000);
  assert.match(jobOf(s, postIds[1]).message, /réseau|répondu/);
  assert.ok(proxy.state.cuts >= 1, 'a createRecord was cut after the PDS created the record');
  assert.equal((await recordsWith(TEXTS[1])).length, 1, 'the PDS holds the record the app did not hear of');
  // The network is back; « Réessayer maintenant » looks for the record first and finds it.
  proxy.state.cutGetsAfterCut = 0;
  proxy.state.cutGets = 0;
  const t1 = proxy.state.seen.length;
  await scrollClick('Réessayer maintenant');
  s = await until(page, (x) => jobOf(x, postIds[1])?.state === 'done', 'la publication retrouvée', 30000);
  const retry = posting(proxy.state.seen.slice(t1));
  assert.deepEqual(retry, ['GET com.atproto.repo.getRecord'], 'the retry found the record and created nothing');
  assert.ok(proxy.state.seen.slice(t0).filter((c) => c === 'POST com.atproto.repo.createRecord').length >= 1);
  proxy.state.cutCreates = 0;
  const held = await recordsWith(TEXTS[1]);
  assert.equal(held.length, 1, 'exactly one record despite the cuts and the retry');
  assert.equal(jobOf(s, postIds[1]).permalink, `https://bsky.app/profile/mairie.test/post/${held[0].uri.split('/').pop()}`);
  await waitSaved(page);
  assert.equal(jobOf(s, postIds[1]).attempt, 1, 'one failed attempt, then the retry');
});

test('an expired access token is renewed with refreshSession, and the post goes out', async (t) => {
  if (skip) return t.skip(skip);
  proxy.state.expireOnce = true;
  const t0 = proxy.state.seen.length;
  await openPost(TITLES[2]);
  await scrollClick('Publier maintenant');
  const s = await until(page, (x) => jobOf(x, postIds[2])?.state === 'done', 'la publication après le renouvellement', 30000);
  assert.ok(proxy.state.seen.slice(t0).includes('POST com.atproto.server.refreshSession'), 'the session was refreshed');
  assert.equal(blueskyAccount(s).state, 'connected');
  assert.equal((await recordsWith(TEXTS[2])).length, 1);
  assert.equal((await records()).length, 3);
});

// Bluesky has no scheduling of its own: Parvis sends a post at its time while it is open (the
// account connected), and lists one whose time passed while it was closed: never sent late by
// itself (core/connect/due_posts.h).
test('on time while Parvis is open, the post goes out by itself; one whose time passed waits for a decision', async (t) => {
  if (skip) return t.skip(skip);
  const ON_TIME = 'Concert du conservatoire ce soir à 20 h, salle Molière : entrée libre 🎻';
  const LATE = 'Rappel : inscriptions à l’école de musique jusqu’à vendredi midi.';
  const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const ws = await exportWorkspace();
  const base = ws.posts.find((p) => p.id === postIds[1]);
  const post = (id, title, text, at) => ({ ...structuredClone(base), id, title, status: 'scheduled', scheduled_at: iso(at),
    variants: [{ ...base.variants[0], text, external_id: '', permalink: '' }] });
  const onTime = post('post-bsky-a-l-heure', 'Essai Bluesky 4 : à l’heure', ON_TIME, Date.now() + 20_000);
  const late = post('post-bsky-manquee', 'Essai Bluesky 5 : manquée', LATE, Date.now() - 2 * 3600_000);
  ws.posts.push(onTime, late);
  await click(page, 'Paramètres');  // away from Rédaction's own « Publier maintenant »
  await replaceWorkspace(page, ws, 'bluesky-heure.json');
  const missed = (x) => x.workspace.connections.missed || [];
  await until(page, (x) => missed(x).some((m) => m.post === late.id), 'la publication manquée listée', 30000);
  assert.ok(!missed((await snapshot(page))).some((m) => m.post === onTime.id), 'the coming one is not missed');
  assert.equal((await recordsWith(ON_TIME)).length, 0, 'not before its time');

  await until(page, (x) => jobOf(x, onTime.id)?.state === 'done', 'l’envoi à l’heure', 60000);
  const [sent] = await recordsWith(ON_TIME);
  assert.ok(sent, 'the record is on the PDS');
  assert.ok(Date.parse(sent.value.createdAt) >= Date.parse(onTime.scheduled_at) - 1000, `sent at its time: ${sent.value.createdAt}`);
  assert.equal((await recordsWith(LATE)).length, 0, 'the missed one is not sent late by itself');

  // The banner, the dialog, the person's decision.
  await click(page, 'Voir et décider…');
  await until(page, (x) => findWidget(x, 'Ouvrir dans Rédaction'), 'la liste des publications manquées');
  await click(page, 'Publier maintenant');
  await until(page, (x) => jobOf(x, late.id)?.state === 'done' && missed(x).length === 0, 'la publication décidée', 30000);
  assert.equal((await recordsWith(LATE)).length, 1, 'exactly one record');
  await click(page, 'Fermer');
  await until(page, (x) => !findWidget(x, 'Voir et décider…'), 'la bannière retirée');
  await waitSaved(page);
  const after = await exportWorkspace();
  for (const id of [onTime.id, late.id]) {
    const p = after.posts.find((x) => x.id === id);
    assert.equal(p.status, 'published');
    assert.ok(p.variants[0].permalink.startsWith('https://bsky.app/profile/'), p.variants[0].permalink);
  }
});

test('a reply and a mention come back into Messages once, likes and replies into Indicateurs, and a reply goes out in the thread', async (t) => {
  if (skip) return t.skip(skip);
  const [ours] = await recordsWith(TEXTS[2]);  // the piscine's post, published above
  const lea = await pds.createAccount('lea.test');
  const post = (record) => pds.call('com.atproto.repo.createRecord',
    { token: lea.accessJwt, body: { repo: lea.did, collection: 'app.bsky.feed.post', record: { $type: 'app.bsky.feed.post', langs: ['fr'], createdAt: new Date().toISOString(), ...record } } });
  const QUESTION = 'Les horaires du dimanche changent aussi ? Merci 🙏';
  const asked = await post({ text: QUESTION, reply: { root: { uri: ours.uri, cid: ours.cid }, parent: { uri: ours.uri, cid: ours.cid } } });
  assert.equal(asked.status, 200, asked.text);
  const MENTION = '@mairie.test bravo pour les bassins rénovés, c’est superbe !';
  const named = await post({ text: MENTION, facets: [{ index: { byteStart: 0, byteEnd: Buffer.byteLength('@mairie.test') },
    features: [{ $type: 'app.bsky.richtext.facet#mention', did: pds.did }] }] });
  assert.equal(named.status, 200, named.text);
  const liked = await pds.call('com.atproto.repo.createRecord', { token: lea.accessJwt, body: { repo: lea.did, collection: 'app.bsky.feed.like',
    record: { $type: 'app.bsky.feed.like', subject: { uri: ours.uri, cid: ours.cid }, createdAt: new Date().toISOString() } } });
  assert.equal(liked.status, 200, liked.text);

  await click(page, 'Messages');
  await until(page, (x) => x.workspace.screen === 'messages', 'l’écran Messages');
  const inbox = (x) => x.workspace.inbox;
  const brought = (x) => inbox(x).items.filter((m) => m.account_id === ACCOUNT && m.external_id);
  await until(page, (x) => blueskyAccount(x).sync.in_flight === 0, 'la fin d’une relève en cours', 30000);
  await click(page, 'Relever maintenant');
  let s = await until(page, (x) => brought(x).length === 2 && blueskyAccount(x).sync.in_flight === 0, 'les messages relevés', 30000);
  const question = brought(s).find((m) => m.external_id === asked.json.uri);
  const mention = brought(s).find((m) => m.external_id === named.json.uri);
  assert.ok(question && mention, JSON.stringify(brought(s)));
  assert.equal(question.author, '@lea.test');
  assert.equal(question.channel, 'comment', 'a reply to our post is a comment of the post');
  assert.equal(question.post_id, postIds[2]);
  assert.equal(mention.channel, 'mention');
  assert.equal(mention.post_id, '');
  assert.ok(appView.calls.includes('app.bsky.notification.listNotifications'), 'read through the PDS from the AppView');

  await click(page, 'Relever maintenant');
  s = await until(page, (x) => blueskyAccount(x).sync.in_flight === 0 && blueskyAccount(x).sync.done && blueskyAccount(x).sync.messages === 0,
    'la deuxième relève', 30000);
  assert.equal(brought(s).length, 2, 'no duplicate');

  // « Répondre sur Bluesky »: a post of the town hall in Léa's thread, once.
  await replaceText(page, 'Rechercher dans les messages', 'horaires du dimanche');
  await click(page, '@lea.test');
  await until(page, (x) => inbox(x).selected === question.id, 'le message sélectionné');
  const ANSWER = 'Oui : le dimanche, la piscine ouvre de 9 h à 13 h. Bonne baignade !';
  await replaceText(page, 'Texte de la réponse', ANSWER);
  await scrollClick('Répondre sur Bluesky');
  s = await until(page, (x) => x.workspace.connections.replies.find((r) => r.message === question.id)?.state === 'done', 'la réponse envoyée', 30000);
  const answers = await recordsWith(ANSWER);
  assert.equal(answers.length, 1, 'exactly one reply on the PDS');
  assert.equal(answers[0].value.reply.parent.uri, asked.json.uri, 'under Léa’s post');
  assert.equal(answers[0].value.reply.parent.cid, asked.json.cid);
  assert.equal(answers[0].value.reply.root.uri, ours.uri, 'in the thread of the town hall’s post');
  assert.deepEqual(answers[0].value.langs, ['fr']);
  await until(page, (x) => inbox(x).items.find((m) => m.id === question.id).status === 'answered', 'le message « répondu »');

  await waitSaved(page);
  const ws = await exportWorkspace();
  const figures = ws.metrics.posts.filter((m) => m.post_id === postIds[2] && m.account_id === ACCOUNT);
  assert.equal(figures.length, 1, JSON.stringify(ws.metrics.posts.slice(-3)));
  assert.equal(figures[0].reactions, 1, 'Léa’s like');
  assert.equal(figures[0].comments, 1, 'Léa’s reply (the relève came before ours)');
  assert.ok(ws.audit.some((e) => e.action === 'messages.receive' && e.target_id === ACCOUNT && e.detail === '2'));
  assert.ok(ws.audit.some((e) => e.action === 'metrics.sync' && e.target_id === ACCOUNT));
  assert.ok(ws.audit.some((e) => e.action === 'message.reply' && e.target_id === question.id));
});

test('no token anywhere the app shows or keeps data, except the connections database', async (t) => {
  if (skip) return t.skip(skip);
  await waitSaved(page);
  const kept = await connectionRecords(page);
  const tokens = [...kept.matchAll(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g)].map((m) => m[0]);
  assert.ok(tokens.length >= 2, 'the access and refresh tokens are kept in parvis-connections');
  const places = await dataPlaces(page, consoleTexts);
  assert.ok(places.history.length > 1000, 'the undo history holds copies of the workspace');
  for (const [where, text] of Object.entries(places)) {
    for (const token of tokens) assert.ok(!text.includes(token), `a token found in ${where}`);
    assert.ok(!text.includes(pds.appPassword), `the app password found in ${where}`);
  }
});

test('« Déconnecter » asks first, ends the session on the PDS and forgets it here', async (t) => {
  if (skip) return t.skip(skip);
  await click(page, 'Paramètres');
  await scrollClick('Déconnecter');
  await click(page, 'Déconnecter le compte');
  const s = await until(page, (x) => blueskyAccount(x)?.state === 'disconnected', 'la déconnexion');
  assert.match(blueskyAccount(s).message, /révoqué/);
  assert.ok(proxy.state.seen.includes('POST com.atproto.server.deleteSession'));
  const keys = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('parvis-connections');
    open.onsuccess = () => {
      const req = open.result.transaction(['records'], 'readonly').objectStore('records').getAllKeys();
      req.onsuccess = () => resolve(req.result);
    };
  }));
  assert.ok(!keys.some((k) => k.startsWith('account|')), `no account record left: ${keys}`);
});
