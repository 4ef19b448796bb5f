// A Graph API contract server: the subset of Meta's Graph API (v24.0) that Parvis calls for a
// Facebook Page, written from Meta's documentation (developers.facebook.com/docs/graph-api:
// reference/page, page/feed « Publishing » and « Scheduled posts », page/photos, page/scheduled_posts,
// reference/post (updating: scheduled_publish_time; deleting), object/comments, using-graph-api/
// error-handling, overview/rate-limiting), because Meta's servers cannot be reached from the tests.
// It checks what Graph checks and answers what it answers:
//   - a Page access token as a Bearer header (or access_token parameter); a token it does not
//     know → 400 OAuthException code 190 with a WWW-Authenticate header, as Graph answers;
//   - GET /{page-id}?fields=id,name and /me (a Page token's /me is the Page);
//   - POST /{page-id}/photos (page/photos): a multipart `source` image, kept unpublished with
//     published=false (temporary=true and alt_text_custom kept as sent): {"id": photo id};
//   - POST /{page-id}/feed: message and/or link, and attached_media[i]={"media_fbid":…} naming
//     unpublished photos of the Page (another id → (#100)); published=false + scheduled_publish_time must be
//     10 minutes to 30 days ahead, else (#100) « The specified scheduled publish time is invalid. »;
//     the answer is {"id":"PAGEID_POSTID"};
//   - GET /{page-id}/feed (published posts, newest first) and /{page-id}/scheduled_posts;
//   - POST /{post-id} scheduled_publish_time (same window), DELETE /{post-id}: {"success":true};
//   - GET /{post-id}?fields=reactions.summary(total_count),comments.summary(total_count),shares;
//   - GET /{object-id}/comments (a post's comments, or a comment's replies), POST a reply;
//   - GET /{post-id}/insights?metric=…&period=lifetime (reference/insights, « Deprecated Page
//     Insights Metrics »): post_media_view and post_total_media_view_unique; any other metric name
//     → (#100) « The value must be a valid insights metric » for the whole request; without the
//     read_insights permission → (#10);
//   - X-App-Usage and X-Page-Usage on every answer; rate-limit errors (#4, #32) with
//     X-Business-Use-Case-Usage « estimated_time_to_regain_access » (minutes);
//   - CORS as Graph sends it (the web app calls it from another origin).
// Every answer closes its connection (Connection: close): a browser may silently resend a request
// whose reused keep-alive connection dropped, which a cut then could not be told from; with a
// fresh connection each time, a cut reaches the app, as a real lost answer does.
// Faults through /__control (not part of Graph): the next N requests (or the next N
// « METHOD /path » requests, with `on`) answer a rate-limit error ('4', '32'), or 500, or the
// connection is cut after the post is created ('cut'). Also: a comment written by someone on a post,
// reactions, shares, views and reach given to a post, a scheduled post published by Meta
// (`publish_due`), the insights metrics Graph knows (`insights_metrics`) or refuses (`insights_denied`).
import http from 'node:http';
import { randomBytes } from 'node:crypto';

export const GRAPH_VERSION = 'v24.0';

export async function startGraph({ port = 0, pageId = '104729381234567', pageName = 'Ville de Saint-Exemple' } = {}) {
  const state = {
    page: { id: pageId, name: pageName },
    tokens: new Set(), posts: [], photos: [], comments: [], faults: [], requests: [], nextId: 5000,
    insightsMetrics: new Set(['post_media_view', 'post_total_media_view_unique']), insightsDenied: false,
  };
  const newToken = () => 'EAAG' + randomBytes(48).toString('base64url');
  state.tokens.add(newToken());
  const id = () => String(state.nextId++);
  const fbtrace = () => randomBytes(8).toString('base64url');
  const graphTime = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+0000');

  function send(res, status, body, headers = {}) {
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=UTF-8',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'X-App-Usage, X-Page-Usage, X-Business-Use-Case-Usage, WWW-Authenticate',
      'X-App-Usage': JSON.stringify({ call_count: 2, total_cputime: 1, total_time: 1 }),
      'X-Page-Usage': JSON.stringify({ call_count: 3, total_cputime: 1, total_time: 2 }),
      Connection: 'close',
      ...headers,
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }
  const graphError = (res, status, code, message, extra = {}, headers = {}) =>
    send(res, status, { error: { message, type: 'OAuthException', code, ...extra, fbtrace_id: fbtrace() } }, headers);

  async function readParams(req, url) {
    const params = Object.fromEntries(url.searchParams);
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const type = req.headers['content-type'] || '';
    if (type.startsWith('application/x-www-form-urlencoded')) Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));
    else if (type.startsWith('application/json') && raw) Object.assign(params, JSON.parse(raw));
    else if (type.startsWith('multipart/form-data')) {  // a file part becomes { fileName, contentType, bytes }
      const boundary = '--' + /boundary=(.+)$/.exec(type)[1];
      for (const part of bytes.toString('latin1').split(boundary).slice(1, -1)) {
        const [head, ...rest] = part.split('\r\n\r\n');
        const value = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1');
        const name = /name="([^"]+)"/.exec(head)[1];
        const file = /filename="([^"]*)"/.exec(head);
        params[name] = file ? { fileName: file[1], contentType: (/Content-Type: (.+)/i.exec(head) || [])[1], bytes: value } : value.toString('utf8');
      }
    }
    return params;
  }

  function tokenOf(req, params) {
    const m = /^(?:Bearer|OAuth) (.+)$/.exec(req.headers.authorization || '');
    return m ? m[1] : params.access_token;
  }

  // Meta's window for scheduled_publish_time: 10 minutes to 30 days from now (Unix seconds).
  function inWindow(seconds) {
    const ahead = Number(seconds) * 1000 - Date.now();
    return Number.isFinite(ahead) && ahead >= 10 * 60_000 && ahead <= 30 * 86400_000;
  }

  const postJson = (p, fields) => {
    const out = { id: p.id };
    for (const f of fields) {
      if (f === 'message' && p.message !== undefined) out.message = p.message;
      if (f === 'created_time') out.created_time = graphTime(p.created);
      if (f === 'scheduled_publish_time' && p.scheduled_publish_time) out.scheduled_publish_time = p.scheduled_publish_time;
      if (f === 'is_published') out.is_published = p.published;
      if (f.startsWith('reactions')) out.reactions = { data: [], summary: { total_count: p.reactions } };
      if (f.startsWith('comments')) out.comments = { data: [], summary: { total_count: state.comments.filter((c) => c.parent === p.id).length } };
      if (f === 'shares' && p.shares) out.shares = { count: p.shares };
      if (f === 'permalink_url') out.permalink_url = `https://www.facebook.com/${p.id}`;
    }
    return out;
  };
  // « reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares »:
  // commas inside parentheses do not separate fields.
  const fieldsOf = (params, dflt) => (params.fields || dflt).split(/,(?![^(]*\))/).map((f) => f.trim()).filter(Boolean);
  const limitOf = (params, dflt) => Math.min(Math.max(Number(params.limit || dflt) || dflt, 1), 100);

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, POST, DELETE',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Max-Age': '600', Connection: 'close' });
        return res.end();
      }
      if (url.pathname === '/__control') {  // test-only: faults, comments, reactions
        const body = await readParams(req, url);
        if (body.clear) state.faults.length = 0;
        if (body.fault) state.faults.push(...Array(body.count || 1).fill(null).map(() => ({ kind: body.fault, on: body.on || '' })));
        if (body.comment) {
          const c = { id: `${body.comment.post_id.split('_')[1] || body.comment.post_id}_${id()}`, parent: body.comment.post_id,
            message: body.comment.message, from: { name: body.comment.from, id: id() }, created: Date.now() };
          state.comments.push(c);
        }
        if (body.counts) {
          const p = state.posts.find((x) => x.id === body.counts.post_id);
          if (p) Object.assign(p, { reactions: body.counts.reactions ?? p.reactions, shares: body.counts.shares ?? p.shares,
            views: body.counts.views ?? p.views, reach: body.counts.reach ?? p.reach });
        }
        if (body.insights_metrics) state.insightsMetrics = new Set(body.insights_metrics);
        if (body.insights_denied !== undefined) state.insightsDenied = Boolean(body.insights_denied);
        if (body.publish_due) {  // Meta publishing a scheduled post whose time came
          const p = state.posts.find((x) => x.id === body.publish_due);
          if (p) Object.assign(p, { published: true, created: Date.now(), scheduled_publish_time: undefined });
        }
        return send(res, 200, { posts: state.posts.length, faults: state.faults.length });
      }
      const prefix = `/${GRAPH_VERSION}/`;
      if (!url.pathname.startsWith(prefix)) return graphError(res, 400, 2500, 'Unknown path components: ' + url.pathname);
      const parts = url.pathname.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
      const params = await readParams(req, url);
      state.requests.push({ method: req.method, path: url.pathname, params: { ...params, access_token: undefined } });

      // A fault `on` « METHOD /path » waits for that request; others take the next one.
      const head = state.faults[0];
      const fault = head && head.kind !== 'cut' && (!head.on || head.on === `${req.method} ${url.pathname}`) ? head.kind : undefined;
      if (fault === '32' || fault === '4') {
        state.faults.shift();
        const usage = JSON.stringify({ call_count: 100, total_cputime: 30, total_time: 40 });
        return graphError(res, 400, Number(fault), fault === '32' ? '(#32) Page request limit reached' : '(#4) Application request limit reached', {},
          fault === '32'
            ? { 'X-Page-Usage': usage, 'X-Business-Use-Case-Usage': JSON.stringify({ [state.page.id]: [{ type: 'pages', call_count: 100, total_cputime: 30, total_time: 40, estimated_time_to_regain_access: 0 }] }) }
            : { 'X-App-Usage': usage });
      }
      if (fault === '500') { state.faults.shift(); return graphError(res, 500, 2, 'An unexpected error has occurred. Please retry your request later.', { is_transient: true }); }

      const token = tokenOf(req, params);
      if (!token || !state.tokens.has(token))
        return graphError(res, 400, 190, 'Invalid OAuth access token - Cannot parse access token', {},
          { 'WWW-Authenticate': 'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token - Cannot parse access token"' });

      const [node, edge] = parts;
      const isPage = node === 'me' || node === state.page.id;
      if (isPage && !edge && req.method === 'GET') return send(res, 200, { id: state.page.id, name: state.page.name });

      if (isPage && edge === 'photos' && req.method === 'POST') {
        if (!params.source?.bytes?.length) return graphError(res, 400, 324, '(#324) Requires upload file');
        const photo = { id: id(), published: !(params.published === 'false'), temporary: params.temporary === 'true',
          alt_text_custom: params.alt_text_custom, fileName: params.source.fileName, bytes: params.source.bytes, created: Date.now() };
        state.photos.push(photo);
        return send(res, 200, { id: photo.id });
      }
      if (isPage && edge === 'feed' && req.method === 'POST') {
        const message = params.message || '';
        // attached_media[i]={"media_fbid":"…"}: unpublished photos of this Page, in order.
        const attached = Object.keys(params).filter((k) => /^attached_media\[\d+\]$/.test(k))
          .sort((a, b) => Number(a.slice(15, -1)) - Number(b.slice(15, -1))).map((k) => {
            try { return JSON.parse(params[k]).media_fbid; } catch { return undefined; }
          });
        const bad = attached.findIndex((fbid) => !state.photos.some((ph) => ph.id === fbid && !ph.published));
        if (bad >= 0) return graphError(res, 400, 100, `(#100) param attached_media[${bad}] must be a valid unpublished photo`);
        if (!message && !params.link && !attached.length) return graphError(res, 400, 100, '(#100) Missing message or attachment');
        const published = !(params.published === 'false' || params.published === false);
        if (!published && params.scheduled_publish_time && !inWindow(params.scheduled_publish_time))
          return graphError(res, 400, 100, '(#100) The specified scheduled publish time is invalid.', { error_subcode: 1363047 });
        const p = { id: `${state.page.id}_${id()}`, message, link: params.link || '', photos: attached, published, created: Date.now(),
          scheduled_publish_time: published ? undefined : Number(params.scheduled_publish_time) || undefined, reactions: 0, shares: 0 };
        state.posts.push(p);
        if (state.faults[0]?.kind === 'cut') { state.faults.shift(); return req.socket.destroy(); }  // created, answer lost
        return send(res, 200, { id: p.id });
      }
      if (isPage && (edge === 'feed' || edge === 'scheduled_posts') && req.method === 'GET') {
        const scheduled = edge === 'scheduled_posts';
        const fields = fieldsOf(params, 'message,created_time');
        const list = state.posts.filter((p) => p.published !== scheduled).sort((a, b) => b.created - a.created).slice(0, limitOf(params, 25));
        return send(res, 200, { data: list.map((p) => postJson(p, fields)), paging: { cursors: { before: 'b', after: 'a' } } });
      }

      const post = state.posts.find((p) => p.id === node);
      const comment = state.comments.find((c) => c.id === node);
      if (edge === 'comments' && (post || comment)) {
        if (req.method === 'GET') {
          const fields = fieldsOf(params, 'id,message,from,created_time');
          const data = state.comments.filter((c) => c.parent === node).slice(0, limitOf(params, 25)).map((c) => {
            const out = { id: c.id };
            if (fields.includes('message')) out.message = c.message;
            if (fields.includes('from')) out.from = c.from;
            if (fields.includes('created_time')) out.created_time = graphTime(c.created);
            return out;
          });
          return send(res, 200, { data, paging: { cursors: { before: 'b', after: 'a' } } });
        }
        if (req.method === 'POST') {
          if (!params.message) return graphError(res, 400, 100, '(#100) Missing message or attachment');
          const c = { id: `${node.split('_')[0]}_${id()}`, parent: node, message: params.message, from: { name: state.page.name, id: state.page.id }, created: Date.now() };
          state.comments.push(c);
          if (state.faults[0]?.kind === 'cut') { state.faults.shift(); return req.socket.destroy(); }
          return send(res, 200, { id: c.id });
        }
      }
      if (post && edge === 'insights' && req.method === 'GET') {
        if (state.insightsDenied)
          return graphError(res, 400, 10, '(#10) This endpoint requires the \'read_insights\' permission to manage the object');
        const names = String(params.metric || '').split(',').map((m) => m.trim()).filter(Boolean);
        if (!names.length) return graphError(res, 400, 100, '(#100) The parameter metric is required', { error_subcode: 1504028 });
        if (names.some((m) => !state.insightsMetrics.has(m))) return graphError(res, 400, 100, '(#100) The value must be a valid insights metric');
        const period = params.period || 'lifetime';
        const value = (m) => (m === 'post_media_view' ? post.views : post.reach) ?? 0;
        return send(res, 200, { data: names.map((m) => ({ name: m, period, values: [{ value: value(m) }], title: m,
          description: m, id: `${post.id}/insights/${m}/${period}` })), paging: { previous: 'p', next: 'n' } });
      }
      if (post && !edge) {
        if (req.method === 'GET') return send(res, 200, postJson(post, fieldsOf(params, 'id,message,created_time')));
        if (req.method === 'DELETE') { state.posts.splice(state.posts.indexOf(post), 1); return send(res, 200, { success: true }); }
        if (req.method === 'POST') {
          if (params.scheduled_publish_time !== undefined) {
            if (post.published) return graphError(res, 400, 100, '(#100) Cannot reschedule a published post');
            if (!inWindow(params.scheduled_publish_time))
              return graphError(res, 400, 100, '(#100) The specified scheduled publish time is invalid.', { error_subcode: 1363047 });
            post.scheduled_publish_time = Number(params.scheduled_publish_time);
          }
          if (params.message !== undefined) post.message = params.message;
          return send(res, 200, { success: true });
        }
      }
      return graphError(res, 400, 100, `(#100) Unsupported ${req.method} request. Object with ID '${node}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        { error_subcode: 33 });
    } catch (e) {
      return graphError(res, 500, 1, String(e && e.message || e));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${server.address().port}`;
  return {
    url: root,
    base: `${root}/${GRAPH_VERSION}`,
    state,
    token: () => [...state.tokens][0],
    newToken: () => { const t = newToken(); state.tokens.add(t); return t; },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
