// The Mastodon connector's requests and readings (core/connect/mastodon.h, through the core's
// Node module) against the Mastodon contract server (contract/mastodon_server.mjs, written from
// Mastodon's documentation: no Mastodon server installs here). Real HTTP on 127.0.0.1: each
// request is built by the core, sent with fetch, and the answer read back by the core.
// Not a browser test, but it runs with them: cd tests/e2e && node --test ./connect_mastodon.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { loadParvisCore } from './node_core.mjs';
import { startMastodon } from './contract/mastodon_server.mjs';

let core, server;
before(async () => { core = await loadParvisCore(); server = await startMastodon(); });
after(async () => { await server?.close(); });

// Sends a request the core built; a cut connection or a timeout reads as status 0, as in the app.
async function send(request) {
  try {
    const r = await fetch(request.url, { method: request.method, headers: request.headers,
      body: request.body === '' ? undefined : request.body,
      redirect: 'manual', signal: AbortSignal.timeout(request.timeoutMs) });
    return { status: r.status, headers: Object.fromEntries(r.headers), body: await r.text() };
  } catch {
    return { status: 0, headers: {}, body: '' };
  }
}
const req = (op, args) => core.connectRequest('mastodon', op, JSON.stringify(args));
const read = (what, r) => core.connectRead('mastodon', what, String(r.status), JSON.stringify(r.headers), r.body, new Date().toISOString());
const control = (body) => fetch(`${server.url}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
const inMinutes = (m) => new Date(Date.now() + m * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');

// Registers Parvis and signs in with PKCE (out-of-band code, as a user pasting it would).
async function signIn() {
  const oob = 'urn:ietf:wg:oauth:2.0:oob';
  const app = read('app', await send(req('register_app', { base: server.url, redirect_uri: oob })));
  assert.equal(app.ok, true);
  const pkce = core.connectRequest('pkce', '', JSON.stringify({ random: randomBytes(32).toString('latin1') }));
  const { url } = req('authorize_url', { base: server.url, ...app, redirect_uri: oob, state: 's', challenge: pkce.challenge });
  assert.match(url, /code_challenge_method=S256/);
  const page = await (await fetch(url)).text();
  const code = /<code id="code">([^<]+)<\/code>/.exec(page)[1];
  // A wrong verifier is refused by the server, and the core says why in French.
  const wrong = await send(req('token', { base: server.url, ...app, redirect_uri: oob, code, verifier: 'x'.repeat(43) }));
  const refused = read('failure', wrong);
  assert.equal(refused.kind, 'refused');
  assert.match(refused.message, /^La plateforme a refusé/);
  assert.match(refused.detail, /verifier/);
  // The code was not consumed by the failed attempt: the right verifier gets the token.
  const token = read('token', await send(req('token', { base: server.url, ...app, redirect_uri: oob, code, verifier: pkce.verifier })));
  assert.equal(token.ok, true);
  return { app, token: token.token };
}

test('sign-in with PKCE, the account and the instance\'s limits', async () => {
  const { token } = await signIn();
  assert.equal(read('acct', await send(req('verify', { base: server.url, token }))).acct, 'ville');
  const limits = read('instance', await send(req('instance', { base: server.url })));
  assert.deepEqual([limits.max_characters, limits.description_limit], [500, 1500]);
});

test('a publish whose answer is lost, then retried, posts exactly once', async () => {
  const { token } = await signIn();
  const before = server.state.statuses.length;
  const status = req('status', { base: server.url, token, text: 'Le marché de Noël ouvre samedi 🎄', post_id: 'p1', account_id: 'masto' });
  assert.match(status.headers['Idempotency-Key'], /^parvis-[0-9a-f]{32}$/);
  await control({ fault: 'cut' });
  const lost = await send(status);
  assert.equal(read('failure', lost).kind, 'offline');
  // The retry is the same request (same key): the server answers the first status again.
  const again = read('published', await send(req('status', { base: server.url, token, text: 'Le marché de Noël ouvre samedi 🎄', post_id: 'p1', account_id: 'masto' })));
  assert.equal(again.ok, true);
  assert.equal(again.scheduled, false);
  assert.equal(server.state.statuses.length, before + 1);
  assert.equal(server.state.statuses.at(-1).id, again.id);
  assert.match(again.url, /\/@ville\//);
});

test('scheduling: less than 5 minutes ahead is refused; moved and cancelled on the server', async () => {
  const { token } = await signIn();
  const soon = await send(req('status', { base: server.url, token, text: 'Trop tôt', post_id: 'p2', account_id: 'm', scheduled_at: inMinutes(2) }));
  assert.equal(soon.status, 422);
  assert.equal(read('failure', soon).kind, 'refused');
  const at = inMinutes(60);
  const scheduled = read('published', await send(req('status', { base: server.url, token, text: 'Conseil municipal ce soir', post_id: 'p3', account_id: 'm', scheduled_at: at })));
  assert.equal(scheduled.scheduled, true);
  assert.equal(scheduled.scheduled_at, at);
  const moved = await send(req('reschedule', { base: server.url, token, id: scheduled.id, at: inMinutes(120) }));
  assert.equal(moved.status, 200);
  assert.equal(server.state.scheduled.get(scheduled.id).scheduled_at, new Date(inMinutes(120)).toISOString());
  assert.equal((await send(req('cancel', { base: server.url, token, id: scheduled.id }))).status, 200);
  assert.equal(server.state.scheduled.has(scheduled.id), false);
});

test('an image with its alt text: 202, polled until ready, then attached', async () => {
  const { token } = await signIn();
  const upload = await send(req('media', { base: server.url, token, file_name: 'affiche.png', content_type: 'image/png',
    bytes: 'PNG-octets', description: 'Affiche du marché de Noël : chalets illuminés' }));
  assert.equal(upload.status, 202);
  const m = read('media', upload);
  assert.equal(m.ready, false);
  assert.equal(server.state.media.get(m.id).json.description, 'Affiche du marché de Noël : chalets illuminés');
  let state = read('media', await send(req('media_poll', { base: server.url, token, id: m.id })));
  assert.equal(state.ready, false);  // 206: still processing
  state = read('media', await send(req('media_poll', { base: server.url, token, id: m.id })));
  assert.equal(state.ready, true);
  const posted = read('published', await send(req('status', { base: server.url, token, text: 'Avec affiche', post_id: 'p4', account_id: 'm', media_ids: [m.id] })));
  assert.equal(posted.ok, true);
});

test('rate limits and expired tokens are read as such, with the wait and a French message', async () => {
  const { app, token } = await signIn();
  await control({ fault: '429' });
  const limited = read('failure', await send(req('verify', { base: server.url, token })));
  assert.equal(limited.kind, 'rate_limited');
  assert.equal(limited.retry_after, 2);
  assert.equal(limited.retryable, true);
  await control({ fault: '503' });
  assert.equal(read('failure', await send(req('verify', { base: server.url, token }))).kind, 'server');
  assert.equal((await send(req('revoke', { base: server.url, ...app, token }))).status, 200);
  const gone = read('failure', await send(req('verify', { base: server.url, token })));
  assert.equal(gone.kind, 'unauthorized');
  assert.match(gone.message, /reconnectez le compte/);
});

test('mentions come back once, in order, with the status they answer; counts follow', async () => {
  const { token } = await signIn();
  const posted = read('published', await send(req('status', { base: server.url, token, text: 'Travaux rue de la Poterie', post_id: 'p5', account_id: 'm' })));
  await control({ mention: { acct: 'marie@piaille.fr', in_reply_to_id: posted.id, text: 'Et le stationnement ? C\'est <gratuit> & ouvert ?' } });
  await control({ mention: { acct: 'paul@mastodon.social', in_reply_to_id: posted.id, text: 'Merci !' } });
  const first = read('mentions', await send(req('mentions', { base: server.url, token, since_id: '' })));
  const ours = first.mentions.filter((m) => m.in_reply_to_id === posted.id);
  assert.deepEqual(ours.map((m) => m.author), ['marie@piaille.fr', 'paul@mastodon.social']);
  assert.equal(ours[0].text, 'Et le stationnement ? C\'est <gratuit> & ouvert ?');
  const since = first.mentions.at(-1).notification_id;
  const next = read('mentions', await send(req('mentions', { base: server.url, token, since_id: since })));
  assert.equal(next.mentions.length, 0);  // nothing twice
  const counts = read('status_counts', await send(req('status_get', { base: server.url, token, id: posted.id })));
  assert.equal(counts.replies, 2);
});
