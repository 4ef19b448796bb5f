// A real Bluesky PDS for the browser tests: @atproto/pds (the reference implementation, the one
// bsky.social runs) with its PLC directory (@did-plc/server, in memory), on 127.0.0.1, offline,
// with a temporary data folder. Installed by scripts/setup.sh into tests/pds/node_modules at the
// exact versions of tests/pds/package.json.
//
// Without an AppView (the default) app.bsky.* reads go nowhere. With `appView` (the object of
// startAppView() in contract/appview_server.mjs, started first: the PDS's config needs its url
// and did), the PDS is configured with bskyAppViewUrl / bskyAppViewDid, and app.bsky.* methods it
// does not serve itself (listNotifications, getPosts, ...) are proxied there by the PDS itself,
// without an atproto-proxy header, with a service-auth JWT whose `iss` is the calling user's DID.
//
//   const pds = await startPds();          // throws PdsUnavailable when it cannot run here
//   pds.url, pds.handle, pds.did, pds.password, pds.appPassword, pds.version
//   await pds.xrpc('com.atproto.repo.listRecords', { repo, collection })   // GET, public
//   await pds.call('com.atproto.repo.createRecord', { body, token })       // POST when a body
//   const lea = await pds.createAccount('lea.test')   // another account: { did, handle, password, accessJwt }
//   await pds.close();                     // stops both servers, removes the data folder
//
//   const appView = await startAppView();  // contract AppView reading this PDS
//   const pds = await startPds({ appView });   // calls appView.setPds(pds.url) once it is up
//   await pds.close(); await appView.close();  // the AppView is the caller's to close
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PDS_DIR = resolve(here, '../pds');

export class PdsUnavailable extends Error {}

// A free loopback port: the PDS needs its own address in its configuration before it listens.
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

// POST when `post` or a body is given (refreshSession and deleteSession are POSTs without one).
async function call(base, method, { body, token, query, post = body !== undefined } = {}) {
  const url = new URL(`${base}/xrpc/${method}`);
  for (const [k, v] of Object.entries(query || {})) url.searchParams.set(k, v);
  const r = await fetch(url, {
    method: post ? 'POST' : 'GET',
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15000),
  });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, json, text, headers: r.headers };
}

// handle: the test account's, in the PDS's own handle domain (.test). appView: see the header.
export async function startPds({ handle = 'mairie.test', appView } = {}) {
  if (!existsSync(join(PDS_DIR, 'node_modules/@atproto/pds'))) {
    throw new PdsUnavailable('@atproto/pds absent : lancez scripts/setup.sh (il installe tests/pds)');
  }
  const require = createRequire(join(PDS_DIR, 'package.json'));
  let pdsLib, plcLib;
  try {
    pdsLib = require('@atproto/pds');
    plcLib = require('@did-plc/server');
  } catch (e) {
    throw new PdsUnavailable(`@atproto/pds ne se charge pas sur Node ${process.version} : ${e.message}`);
  }
  const version = require('@atproto/pds/package.json').version;
  const dataDir = await mkdtemp(join(tmpdir(), 'parvis-pds-'));
  let plc, pds;
  const close = async () => {
    await pds?.destroy().catch(() => {});
    await plc?.destroy().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const plcPort = await freePort();
    plc = plcLib.PlcServer.create({ db: plcLib.Database.mock(), port: plcPort });
    await plc.start();
    const port = await freePort();
    const env = {
      devMode: true,
      port,
      hostname: 'localhost',
      dataDirectory: dataDir,
      blobstoreDiskLocation: join(dataDir, 'blobs'),
      didPlcUrl: `http://127.0.0.1:${plcPort}`,
      serviceHandleDomains: ['.test'],
      inviteRequired: false,
      adminPassword: randomBytes(16).toString('hex'),
      jwtSecret: randomBytes(32).toString('hex'),
      // A secp256k1 private key is 32 random bytes (below the curve order, all but certainly).
      plcRotationKeyK256PrivateKeyHex: randomBytes(32).toString('hex'),
      // No moderation or crawler here, and no AppView unless one is given: addresses that never
      // answer, never called by what Parvis uses (session, handles, blobs, records).
      bskyAppViewUrl: appView ? appView.url : 'http://127.0.0.1:9',
      bskyAppViewDid: appView ? appView.did : 'did:example:appview',
      modServiceUrl: 'http://127.0.0.1:9',
      modServiceDid: 'did:example:mod',
      crawlers: [],
      rateLimitsEnabled: false,
      disableSsrfProtection: true,
    };
    pds = await pdsLib.PDS.create(pdsLib.envToCfg(env), pdsLib.envToSecrets(env));
    await pds.start();
    const url = `http://localhost:${port}`;
    appView?.setPds(url);
    // Another account on this PDS (handles end in .test), signed in: its accessJwt is a session's.
    const createAccount = async (newHandle) => {
      const newPassword = randomBytes(12).toString('hex');
      const r = await call(url, 'com.atproto.server.createAccount', { body: { email: `${newHandle.split('.')[0]}@example.test`, handle: newHandle, password: newPassword } });
      if (r.status !== 200) throw new Error(`createAccount ${r.status} ${r.text}`);
      return { did: r.json.did, handle: r.json.handle, password: newPassword, accessJwt: r.json.accessJwt };
    };
    const created = await createAccount(handle);
    const password = created.password;
    const app = await call(url, 'com.atproto.server.createAppPassword', { body: { name: 'parvis-test' }, token: created.accessJwt });
    if (app.status !== 200) throw new Error(`createAppPassword ${app.status} ${app.text}`);
    return {
      url, version, handle, did: created.did, password, appPassword: app.json.password,
      xrpc: (method, query) => call(url, method, { query }),
      call: (method, options) => call(url, method, options),
      createAccount,
      close,
    };
  } catch (e) {
    await close();
    if (e instanceof PdsUnavailable) throw e;
    throw new PdsUnavailable(`le PDS ne démarre pas : ${e.stack || e.message}`);
  }
}
