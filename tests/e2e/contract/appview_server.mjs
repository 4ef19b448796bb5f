// A Bluesky AppView contract server: the subset of the app.bsky read API that Parvis reaches
// through its PDS, written from the Bluesky documentation and lexicons (docs.bsky.app: « API Hosts
// and Auth », « Service Auth »; lexicons app.bsky.notification.listNotifications,
// app.bsky.feed.getPosts, app.bsky.feed.defs#postView, app.bsky.actor.defs#profileView,
// app.bsky.richtext.facet#mention; com.atproto.sync.listRepos, com.atproto.repo.listRecords,
// com.atproto.repo.describeRepo), because a PDS alone has no AppView and bsky's own cannot be
// reached from the tests. It answers from what the real PDS (tests/e2e/pds_server.mjs) holds,
// read again at each request through the PDS's public endpoints only (listRepos, describeRepo for
// the handles, listRecords for app.bsky.feed.post / like / repost), bounded to the first
// `maxRepos` repositories and the latest `maxRecords` records of each collection: no firehose, no
// index, no state of its own.
//
// How the PDS reaches it (@atproto/pds 0.4, dist/pipethrough.js): an app.bsky.* method the PDS
// does not serve itself (listNotifications, getPosts, ...) falls to its catch-all proxy, which sends
// it to the configured AppView (env bskyAppViewUrl / bskyAppViewDid) — no `atproto-proxy` header
// is needed; with one, `${did}#bsky_appview` names this AppView too (special-cased, not resolved).
// The PDS replaces the user's token with a service-auth JWT (ES256K) whose payload holds
// iss = the user's DID, aud = this AppView's DID, lxm = the method. Here the viewer is that `iss`:
// the payload is decoded (base64url JSON) and the SIGNATURE IS NOT CHECKED (a real AppView
// resolves iss's DID document and verifies it). Missing or garbled token → 401 AuthMissing.
// The DID is did:web:localhost%3A<port> and /.well-known/did.json names this server as its
// #bsky_appview service, so the DID resolves offline too (the PDS does not need it to).
// Through the PDS, an AppView error answer of 500 becomes 502 (the JSON body kept); other statuses
// and the JSON error body are passed on, but not the headers: the PDS's error handler drops them
// (a 429's Retry-After does not reach the client). A request without a token is refused by the PDS
// itself (401 AuthMissing) and never reaches this server.
//
//   - GET /xrpc/app.bsky.notification.listNotifications?limit=&cursor=&reasons=: the viewer's
//     notifications, newest first (indexedAt = the record's createdAt): a post by another repo
//     mentioning the viewer (facet app.bsky.richtext.facet#mention) → « mention »; quoting one of
//     the viewer's posts (embed app.bsky.embed.record / recordWithMedia) → « quote », reasonSubject
//     the quoted post; replying to one of the viewer's posts (the parent, or an ancestor up to 4
//     levels up, found among the posts read) → « reply », reasonSubject that post. As the AppView
//     does, a post notifies a viewer once, mention first, then quote, then reply. Likes and reposts
//     of the viewer's posts → « like » / « repost », reasonSubject the post. isRead is always
//     false; the cursor (`<ms>::<cid>`, as bsky's) is given only when more remain;
//   - GET /xrpc/app.bsky.feed.getPosts?uris=…&uris=… (at most 25; more → 400 InvalidRequest): the
//     post views of the uris found, in the order asked, unknown ones left out (as the AppView
//     does), with likeCount / repostCount / replyCount / quoteCount counted across all repos read;
//   - any other /xrpc/ method → 501 MethodNotImplemented.
// Not part of Bluesky: `calls` (the method names received, in order) and `fail(method, status)`
// (the next call of that method answers that status, e.g. 500 or 429 with Retry-After).
//
//   const appView = await startAppView();      // before the PDS: its config needs url and did
//   const pds = await startPds({ appView });    // calls appView.setPds(pds.url)
//   appView.url, appView.did, appView.calls, appView.fail('app.bsky.feed.getPosts', 503)
//   await pds.close(); await appView.close();
import http from 'node:http';

const MENTION = 'app.bsky.richtext.facet#mention';
const POST = 'app.bsky.feed.post';
const LIKE = 'app.bsky.feed.like';
const REPOST = 'app.bsky.feed.repost';
const REPLY_NOTIF_DEPTH = 5;

// at://did/collection/rkey → did (undefined when it is not an at:// uri).
const uriDid = (uri) => (typeof uri === 'string' && uri.startsWith('at://') ? uri.slice(5).split('/')[0] : undefined);

export async function startAppView({ port = 0, maxRepos = 50, maxRecords = 100 } = {}) {
  let pdsUrl = null;
  const calls = [];
  const faults = new Map(); // method → [{ status, retryAfter }], consumed one per call

  function send(res, status, body, headers = {}) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }
  const xrpcError = (res, status, error, message, headers) => send(res, status, message ? { error, message } : { error }, headers);

  // The viewer: `iss` of the Bearer JWT's payload (not verified: see the header).
  function viewerOf(req) {
    const m = /^Bearer ([^.\s]+)\.([^.\s]+)\.([^.\s]*)$/.exec(req.headers.authorization || '');
    if (!m) return undefined;
    try {
      const payload = JSON.parse(Buffer.from(m[2], 'base64url').toString('utf8'));
      return typeof payload.iss === 'string' && payload.iss.startsWith('did:') ? payload.iss.split('#')[0] : undefined;
    } catch { return undefined; }
  }

  async function pds(method, query) {
    if (!pdsUrl) throw new Error('AppView: no PDS yet (setPds)');
    const url = new URL(`${pdsUrl}/xrpc/${method}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
    const r = await fetch(url, { signal: AbortSignal.timeout(10000) });
    if (!r.ok) throw Object.assign(new Error(`PDS ${method} ${r.status} ${await r.text()}`), { status: r.status });
    return r.json();
  }

  // Everything the answers need, read afresh: repos (with handles) and their posts, likes, reposts.
  async function snapshot() {
    const { repos = [] } = await pds('com.atproto.sync.listRepos', { limit: maxRepos });
    const handles = new Map();
    const posts = [], likes = [], reposts = [];
    await Promise.all(repos.slice(0, maxRepos).filter((r) => r.active !== false).map(async ({ did }) => {
      const described = await pds('com.atproto.repo.describeRepo', { repo: did }).catch(() => null);
      handles.set(did, described?.handle || 'handle.invalid');
      const list = async (collection, into) => {
        const { records = [] } = await pds('com.atproto.repo.listRecords', { repo: did, collection, limit: maxRecords }).catch(() => ({}));
        for (const r of records) into.push({ ...r, did });
      };
      await Promise.all([list(POST, posts), list(LIKE, likes), list(REPOST, reposts)]);
    }));
    const author = (did) => ({ did, handle: handles.get(did) || 'handle.invalid' });
    return { posts, likes, reposts, author, postsByUri: new Map(posts.map((p) => [p.uri, p])) };
  }

  const indexedAt = (rec) => (typeof rec.value?.createdAt === 'string' ? rec.value.createdAt : new Date(0).toISOString());
  const quotedUri = (value) => {
    const e = value?.embed;
    if (!e) return undefined;
    if (e.$type === 'app.bsky.embed.record') return e.record?.uri;
    if (e.$type === 'app.bsky.embed.recordWithMedia') return e.record?.record?.uri;
    return undefined;
  };
  const isMentionOf = (value, did) => (value?.facets || []).some((f) => (f?.features || []).some((x) => x?.$type === MENTION && x.did === did));

  // The uri of the nearest post of `viewer` among the ancestors of a reply (parent first), if any.
  function repliedAncestor(snap, value, viewer) {
    let parent = value?.reply?.parent?.uri;
    for (let height = 1; parent && height < REPLY_NOTIF_DEPTH; height++) {
      if (uriDid(parent) === viewer) return parent;
      parent = snap.postsByUri.get(parent)?.value?.reply?.parent?.uri;
    }
    return undefined;
  }

  function notificationsOf(snap, viewer) {
    const out = [];
    const item = (rec, reason, reasonSubject) => out.push({
      uri: rec.uri, cid: rec.cid, author: snap.author(rec.did), reason,
      ...(reasonSubject ? { reasonSubject } : {}),
      record: rec.value, isRead: false, indexedAt: indexedAt(rec), labels: [],
    });
    for (const p of snap.posts) {
      if (p.did === viewer) continue;
      const quoted = quotedUri(p.value);
      const replied = repliedAncestor(snap, p.value, viewer);
      if (isMentionOf(p.value, viewer)) item(p, 'mention');
      else if (quoted && uriDid(quoted) === viewer && quoted.split('/')[3] === POST) item(p, 'quote', quoted);
      else if (replied) item(p, 'reply', replied);
    }
    for (const [records, reason] of [[snap.likes, 'like'], [snap.reposts, 'repost']]) {
      for (const r of records) {
        const subject = r.value?.subject?.uri;
        if (r.did !== viewer && uriDid(subject) === viewer) item(r, reason, subject);
      }
    }
    const key = (n) => [Date.parse(n.indexedAt) || 0, n.cid];
    return out.sort((a, b) => { const [ta, ca] = key(a), [tb, cb] = key(b); return tb - ta || (cb < ca ? -1 : cb > ca ? 1 : 0); });
  }

  function postView(snap, p) {
    const count = (list, pick) => list.filter((r) => pick(r.value) === p.uri).length;
    return {
      uri: p.uri, cid: p.cid, author: snap.author(p.did), record: p.value,
      replyCount: count(snap.posts, (v) => v?.reply?.parent?.uri),
      repostCount: count(snap.reposts, (v) => v?.subject?.uri),
      likeCount: count(snap.likes, (v) => v?.subject?.uri),
      quoteCount: count(snap.posts, quotedUri),
      indexedAt: indexedAt(p), labels: [],
    };
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/.well-known/did.json') {
        return send(res, 200, {
          '@context': ['https://www.w3.org/ns/did/v1'], id: did,
          service: [{ id: '#bsky_appview', type: 'BskyAppView', serviceEndpoint: root }],
        });
      }
      const m = /^\/xrpc\/([A-Za-z0-9.-]+)$/.exec(url.pathname);
      if (!m) return xrpcError(res, 404, 'NotFound', 'Not Found');
      const method = m[1];
      calls.push(method);
      const pending = faults.get(method);
      if (pending?.length) {
        const { status, retryAfter } = pending.shift();
        return xrpcError(res, status, status === 429 ? 'RateLimitExceeded' : 'InternalServerError', `injected ${status}`,
          retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {});
      }
      if (method === 'app.bsky.notification.listNotifications') {
        if (req.method !== 'GET') return xrpcError(res, 400, 'InvalidRequest', 'Incorrect HTTP method (POST) expected GET');
        const viewer = viewerOf(req);
        if (!viewer) return xrpcError(res, 401, 'AuthMissing', 'Authentication Required');
        const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : 50;
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return xrpcError(res, 400, 'InvalidRequest', 'limit must be an integer from 1 to 100');
        const reasons = url.searchParams.getAll('reasons');
        let all = notificationsOf(await snapshot(), viewer);
        if (reasons.length) all = all.filter((n) => reasons.includes(n.reason));
        const cursor = url.searchParams.get('cursor');
        if (cursor) {
          const [t, c] = cursor.split('::');
          all = all.filter((n) => { const tn = Date.parse(n.indexedAt) || 0; return tn < Number(t) || (tn === Number(t) && n.cid < c); });
        }
        const page = all.slice(0, limit);
        const last = page[page.length - 1];
        return send(res, 200, {
          notifications: page,
          ...(all.length > limit ? { cursor: `${Date.parse(last.indexedAt) || 0}::${last.cid}` } : {}),
        });
      }
      if (method === 'app.bsky.feed.getPosts') {
        if (req.method !== 'GET') return xrpcError(res, 400, 'InvalidRequest', 'Incorrect HTTP method (POST) expected GET');
        const uris = url.searchParams.getAll('uris');
        if (!uris.length) return xrpcError(res, 400, 'InvalidRequest', 'Error: Params must have the property "uris"');
        if (uris.length > 25) return xrpcError(res, 400, 'InvalidRequest', 'Error: uris must not have more than 25 elements');
        const snap = await snapshot();
        const posts = uris.map((u) => snap.postsByUri.get(u)).filter(Boolean).map((p) => postView(snap, p));
        return send(res, 200, { posts });
      }
      return xrpcError(res, 501, 'MethodNotImplemented', `Method Not Implemented: ${method}`);
    } catch (e) {
      return xrpcError(res, 500, 'InternalServerError', String(e && e.message || e));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const boundPort = server.address().port;
  const root = `http://127.0.0.1:${boundPort}`;
  const did = `did:web:localhost%3A${boundPort}`;
  return {
    url: root,
    did,
    calls,
    setPds: (u) => { pdsUrl = String(u).replace(/\/+$/, ''); },
    fail: (method, status = 500, { times = 1, retryAfter } = {}) => {
      const list = faults.get(method) || [];
      for (let i = 0; i < times; i++) list.push({ status, retryAfter });
      faults.set(method, list);
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
