// A small static web server for build/wasm/dist (used by scripts/serve.sh, the browser tests and
// the benchmark). Any static server works for Parvis; this one only needs Node, serves the right
// MIME types (application/wasm) and compresses with gzip when the browser accepts it, as a
// production server would, so that the measured transfer size is realistic.
//   node scripts/static-server.mjs [--root DIR] [--host 127.0.0.1] [--port 8080]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.webmanifest': 'application/manifest+json; charset=utf-8', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

export function startServer({ root, host = '127.0.0.1', port = 8080 } = {}) {
  const base = resolve(root);
  const cache = new Map();  // path → { mtime, raw, gz }
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(base, path);
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      const info = await stat(file);
      let entry = cache.get(file);
      if (!entry || entry.mtime !== info.mtimeMs) {
        const raw = await readFile(file);
        entry = { mtime: info.mtimeMs, raw, gz: gzipSync(raw, { level: 9 }) };
        cache.set(file, entry);
      }
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
      const body = gzip ? entry.gz : entry.raw;
      const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-cache' };
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
  const root = arg('--root', 'build/wasm/dist');
  const host = arg('--host', '127.0.0.1');
  const port = Number(arg('--port', '8080'));
  startServer({ root, host, port }).then(() => {
    console.log(`Parvis est servi sur http://${host}:${port}/  (Ctrl+C pour arrêter)`);
  }, (err) => {
    console.error(`Impossible de servir sur ${host}:${port} : ${err.message}`);
    process.exit(1);
  });
}
