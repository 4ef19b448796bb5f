// A Mastodon contract server: the subset of Mastodon's REST API that Parvis calls, written from
// the documentation (docs.joinmastodon.org: methods/apps, methods/oauth, methods/statuses,
// methods/scheduled_statuses, methods/media, methods/notifications, methods/instance,
// api/rate-limits, api/guidelines « Idempotency-Key »), because no Mastodon server installs here
// from Debian or npm. It checks what a real instance checks and answers what it answers:
//   - app registration; OAuth authorization code with PKCE S256 (the verifier is checked),
//     out-of-band codes shown on a page; revocation;
//   - statuses: 500 characters, Idempotency-Key replays the first answer (same token, 1 hour),
//     scheduled_at less than 5 minutes ahead → 422; scheduled statuses read, moved and cancelled;
//   - media: POST /api/v2/media answers 202 (processing), GET /api/v1/media/:id 206 then 200;
//   - notifications of type mention, newest first, since_id;
//   - an account's latest statuses (text as HTML only), a status's /source (its plain text), the
//     scheduled statuses: what finds a status whose answer was lost;
//   - X-RateLimit-* headers on every answer; 401 for a bad token;
//   - CORS as Mastodon sends it (the web app calls it from another origin).
// Faults are injected through /__control (not part of Mastodon): the next N requests (or the next
// N « METHOD /path » requests, with `on`) answer 429 with Retry-After, or 503, or the connection
// is cut after the status is created, or a status is never answered (`hang`: created; `hold`: not
// created), as when the tab closes while it waits. Also through /__control: a mention or reply arriving from
// another account, favourites/boosts given to a status (`counts`), and a scheduled status whose
// time came (`publish_due`: it becomes a new status and the scheduled one is gone, as the
// instance's scheduler does).
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
const base64url = (buf) => buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export async function startMastodon({ port = 0, maxCharacters = 500 } = {}) {
  const state = {
    apps: new Map(), codes: new Map(), tokens: new Map(), statuses: [], scheduled: new Map(),
    media: new Map(), notifications: [], idempotency: new Map(), faults: [], held: [], nextId: 1000,
  };
  const id = () => String(state.nextId++);
  const now = () => new Date();

  function send(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Link, X-RateLimit-Reset, X-RateLimit-Limit, X-RateLimit-Remaining, Retry-After',
      'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '299',
      'X-RateLimit-Reset': new Date(Date.now() + 5 * 60_000).toISOString(),
      ...headers,
    });
    res.end(text);
  }

  async function readBody(req) {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] || '';
    if (type.startsWith('application/json')) return JSON.parse(raw.toString('utf8') || '{}');
    if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    if (type.startsWith('multipart/form-data')) {
      const boundary = '--' + /boundary=(.+)$/.exec(type)[1];
      const fields = {};
      for (const part of raw.toString('latin1').split(boundary).slice(1, -1)) {
        const [head, ...rest] = part.split('\r\n\r\n');
        const value = rest.join('\r\n\r\n').replace(/\r\n$/, '');
        const name = /name="([^"]+)"/.exec(head)[1];
        const file = /filename="([^"]*)"/.exec(head);
        fields[name] = file ? { fileName: file[1], bytes: Buffer.from(value, 'latin1') } : Buffer.from(value, 'latin1').toString('utf8');
      }
      return fields;
    }
    return {};
  }

  function account(req) {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization || '');
    return m ? state.tokens.get(m[1]) : undefined;
  }

  // As Mastodon shows a status: its text only as HTML `content` (the plain text comes from /source).
  function statusJson({ text, ...shown }) { return shown; }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = url.pathname;
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '600' });
        return res.end();
      }
      if (path === '/__control') {  // test-only: faults and incoming mentions
        const body = await readBody(req);
        if (body.clear) state.faults.length = 0;
        if (body.fault) state.faults.push(...Array(body.count || 1).fill(null).map(() => ({ kind: body.fault, on: body.on || '' })));
        if (body.mention) {
          const target = state.statuses.find((s) => s.id === body.mention.in_reply_to_id);
          const st = { id: id(), created_at: now().toISOString(), in_reply_to_id: body.mention.in_reply_to_id || null,
            content: `<p>${escapeHtml(body.mention.text)}</p>`, account: { acct: body.mention.acct }, url: null };
          if (target) target.replies_count += 1;
          state.notifications.unshift({ id: id(), type: 'mention', created_at: st.created_at, account: st.account, status: st });
        }
        if (body.publish_due) {  // the instance publishing a scheduled status whose time came: a new status, the scheduled one gone
          const held = state.scheduled.get(body.publish_due);
          if (held) {
            state.scheduled.delete(held.id);
            const sid = id();
            state.statuses.push({ id: sid, created_at: now().toISOString(), in_reply_to_id: null, sensitive: false, spoiler_text: '',
              visibility: held.params.visibility || 'public', language: held.params.language || null, url: `http://localhost/@ville/${sid}`,
              content: `<p>${escapeHtml(held.params.text)}</p>`, text: held.params.text, replies_count: 0, reblogs_count: 0,
              favourites_count: 0, scheduled_at: null, media_attachments: held.media_attachments });
          }
        }
        if (body.counts) {
          const target = state.statuses.find((s) => s.id === body.counts.id);
          if (target) Object.assign(target, { favourites_count: body.counts.favourites ?? target.favourites_count, reblogs_count: body.counts.reblogs ?? target.reblogs_count });
        }
        return send(res, 200, { statuses: state.statuses.length, scheduled: state.scheduled.size, faults: state.faults.length });
      }
      // A fault `on` « METHOD /path » waits for that request; others take the next one.
      const fault = state.faults[0] && (!state.faults[0].on || state.faults[0].on === `${req.method} ${path}`) ? state.faults[0].kind : undefined;
      if (fault === '429') { state.faults.shift(); return send(res, 429, { error: 'Too many requests' }, { 'Retry-After': '2', 'X-RateLimit-Remaining': '0' }); }
      if (fault === '503') { state.faults.shift(); return send(res, 503, { error: 'Service Unavailable' }); }

      if (req.method === 'POST' && path === '/api/v1/apps') {
        const b = await readBody(req);
        if (!b.client_name || !b.redirect_uris) return send(res, 422, { error: 'Validation failed: Redirect URI must be an absolute URI.' });
        const app = { id: id(), name: b.client_name, redirect_uri: b.redirect_uris, client_id: base64url(randomBytes(16)),
          client_secret: base64url(randomBytes(24)), scopes: (b.scopes || 'read').split(' ') };
        state.apps.set(app.client_id, app);
        return send(res, 200, app);
      }
      if (req.method === 'GET' && path === '/oauth/authorize') {
        // The user signs in and approves at once: the code goes to the redirect URI (or is shown).
        const q = url.searchParams;
        const app = state.apps.get(q.get('client_id'));
        if (!app || q.get('response_type') !== 'code') return send(res, 400, { error: 'invalid_request' });
        if (q.get('redirect_uri') !== app.redirect_uri) return send(res, 400, { error: 'invalid_redirect_uri' });
        if (q.get('code_challenge') && q.get('code_challenge_method') !== 'S256') return send(res, 400, { error: 'invalid_request' });
        const code = base64url(randomBytes(16));
        state.codes.set(code, { app, challenge: q.get('code_challenge'), redirect: app.redirect_uri });
        if (app.redirect_uri === 'urn:ietf:wg:oauth:2.0:oob') {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          return res.end(`<p>Copiez ce code dans l’application : <code id="code">${code}</code></p>`);
        }
        res.writeHead(302, { Location: `${app.redirect_uri}?code=${code}&state=${encodeURIComponent(q.get('state') || '')}` });
        return res.end();
      }
      if (req.method === 'POST' && path === '/oauth/token') {
        const b = await readBody(req);
        const grant = state.codes.get(b.code);
        if (!grant || grant.app.client_id !== b.client_id || grant.app.client_secret !== b.client_secret || grant.redirect !== b.redirect_uri)
          return send(res, 400, { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.' });
        if (grant.challenge && base64url(createHash('sha256').update(b.code_verifier || '').digest()) !== grant.challenge)
          return send(res, 400, { error: 'invalid_grant', error_description: 'The code verifier does not match the challenge.' });
        state.codes.delete(b.code);
        const token = base64url(randomBytes(32));
        state.tokens.set(token, { id: id(), username: 'ville', acct: 'ville' });
        return send(res, 200, { access_token: token, token_type: 'Bearer', scope: 'read write', created_at: Math.floor(Date.now() / 1000) });
      }
      if (req.method === 'POST' && path === '/oauth/revoke') {
        const b = await readBody(req);
        state.tokens.delete(b.token);
        return send(res, 200, {});
      }
      if (req.method === 'GET' && path === '/api/v2/instance') {
        return send(res, 200, { domain: 'localhost', title: 'Contrat Mastodon', configuration: {
          statuses: { max_characters: maxCharacters, max_media_attachments: 4, characters_reserved_per_url: 23 },
          media_attachments: { supported_mime_types: ['image/jpeg', 'image/png'], image_size_limit: 16777216, description_limit: 1500 } } });
      }

      const who = account(req);
      if (!who) return send(res, 401, { error: 'The access token is invalid' });

      if (req.method === 'GET' && path === '/api/v1/accounts/verify_credentials') return send(res, 200, who);
      if (req.method === 'POST' && path === '/api/v1/statuses') {
        const key = req.headers['idempotency-key'];
        const memo = key && state.idempotency.get(req.headers.authorization + key);
        const b = await readBody(req);
        // The tab closed before any answer: « hold » keeps the request unanswered and creates
        // nothing; « hang » (below) creates the status, then never answers.
        if (state.faults[0]?.kind === 'hold') { state.faults.shift(); state.held.push(res); return; }
        if (memo && Date.now() - memo.at < 3600_000) {
          // A replay whose answer is lost too (a browser may resend on its own after a cut).
          if (state.faults[0]?.kind === 'cut') { state.faults.shift(); return req.socket.destroy(); }
          return send(res, 200, memo.body);
        }
        if (!b.status && !(b.media_ids || []).length) return send(res, 422, { error: "Validation failed: Text can't be blank" });
        if ([...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(b.status || '')].length > maxCharacters)
          return send(res, 422, { error: `Validation failed: Text character limit of ${maxCharacters} exceeded` });
        for (const m of b.media_ids || []) {
          if (!state.media.get(m)?.ready) return send(res, 422, { error: 'Validation failed: Media attachments are still processing' });
        }
        let body;
        if (b.scheduled_at) {
          if (new Date(b.scheduled_at) - Date.now() < 5 * 60_000)
            return send(res, 422, { error: 'Validation failed: Scheduled at The scheduled date must be in the future' });
          body = { id: id(), scheduled_at: new Date(b.scheduled_at).toISOString(), params: { text: b.status, language: b.language, visibility: b.visibility }, media_attachments: [] };
          state.scheduled.set(body.id, body);
        } else {
          const sid = id();
          body = { id: sid, created_at: now().toISOString(), in_reply_to_id: b.in_reply_to_id || null, sensitive: !!b.sensitive,
            spoiler_text: b.spoiler_text || '', visibility: b.visibility || 'public', language: b.language || null,
            url: `http://localhost/@ville/${sid}`, content: `<p>${escapeHtml(b.status)}</p>`, text: b.status,
            replies_count: 0, reblogs_count: 0, favourites_count: 0, scheduled_at: null,
            media_attachments: (b.media_ids || []).map((m) => state.media.get(m).json) };
          state.statuses.push(body);
        }
        if (key) state.idempotency.set(req.headers.authorization + key, { at: Date.now(), body });
        if (state.faults[0]?.kind === 'cut') { state.faults.shift(); return req.socket.destroy(); }  // created, answer lost
        if (state.faults[0]?.kind === 'hang') { state.faults.shift(); state.held.push(res); return; }  // created, no answer ever
        return send(res, 200, body);
      }
      const scheduled = /^\/api\/v1\/scheduled_statuses\/(\w+)$/.exec(path);
      if (scheduled) {
        const s = state.scheduled.get(scheduled[1]);
        if (!s) return send(res, 404, { error: 'Record not found' });
        if (req.method === 'GET') return send(res, 200, s);
        if (req.method === 'DELETE') { state.scheduled.delete(s.id); return send(res, 200, {}); }
        if (req.method === 'PUT') {
          const b = await readBody(req);
          if (new Date(b.scheduled_at) - Date.now() < 5 * 60_000) return send(res, 422, { error: 'Validation failed: Scheduled at The scheduled date must be in the future' });
          s.scheduled_at = new Date(b.scheduled_at).toISOString();
          return send(res, 200, s);
        }
      }
      if (req.method === 'POST' && path === '/api/v2/media') {
        const b = await readBody(req);
        if (!b.file) return send(res, 422, { error: 'Validation failed: File must be present' });
        if ((b.description || '').length > 1500) return send(res, 422, { error: 'Validation failed: Description is too long (maximum is 1500 characters)' });
        const mid = id();
        const json = { id: mid, type: 'image', url: null, description: b.description || null, bytes: b.file.bytes.length };
        state.media.set(mid, { json, polls: 0, ready: false });
        return send(res, 202, json);
      }
      const media = /^\/api\/v1\/media\/(\w+)$/.exec(path);
      if (media && req.method === 'GET') {
        const m = state.media.get(media[1]);
        if (!m) return send(res, 404, { error: 'Record not found' });
        if (++m.polls < 2) return send(res, 206, m.json);  // still processing on the first poll
        m.ready = true;
        m.json = { ...m.json, url: `http://localhost/media/${m.json.id}.png` };
        return send(res, 200, m.json);
      }
      if (req.method === 'GET' && path === '/api/v1/notifications') {
        const types = url.searchParams.getAll('types[]');
        const since = Number(url.searchParams.get('since_id') || 0);
        const limit = Math.min(Number(url.searchParams.get('limit') || 40), 80);
        return send(res, 200, state.notifications.filter((n) => (!types.length || types.includes(n.type)) && Number(n.id) > since).slice(0, limit));
      }
      // Finding a status whose answer was lost: the account's latest statuses (newest first), a
      // status's source text, the scheduled statuses (methods/accounts, statuses, scheduled_statuses).
      const own = /^\/api\/v1\/accounts\/(\w+)\/statuses$/.exec(path);
      if (own && req.method === 'GET') {
        if (own[1] !== who.id) return send(res, 200, []);
        const limit = Math.min(Number(url.searchParams.get('limit') || 20), 40);
        return send(res, 200, state.statuses.slice().reverse().slice(0, limit).map(statusJson));
      }
      const source = /^\/api\/v1\/statuses\/(\w+)\/source$/.exec(path);
      if (source && req.method === 'GET') {
        const s = state.statuses.find((x) => x.id === source[1]);
        return s ? send(res, 200, { id: s.id, text: s.text, spoiler_text: s.spoiler_text }) : send(res, 404, { error: 'Record not found' });
      }
      if (path === '/api/v1/scheduled_statuses' && req.method === 'GET') return send(res, 200, [...state.scheduled.values()]);
      const status = /^\/api\/v1\/statuses\/(\w+)$/.exec(path);
      if (status && req.method === 'GET') {
        const s = state.statuses.find((x) => x.id === status[1]);
        return s ? send(res, 200, statusJson(s)) : send(res, 404, { error: 'Record not found' });
      }
      return send(res, 404, { error: 'Record not found' });
    } catch (e) {
      return send(res, 500, { error: String(e && e.message || e) });
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    state,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
