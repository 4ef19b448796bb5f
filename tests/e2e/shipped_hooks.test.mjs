// The shipped app exposes no hook that changes data: a plain page (no harness injection) has
// only read-only window.parvis members, and no shipped file holds the test hooks' names. The
// same page with tests/e2e/test_hooks.js added has them, so this test would see them shipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, useBrowser, installTestHooks, waitInPage } from './harness.mjs';

const env = useBrowser();
const MUTATING = ['importText', 'simulateStorageFailure'];
const READ_ONLY = ['a11yStats', 'frame', 'historyText', 'quiet', 'snapshot'];

// Ready without the harness's waitReady (which adds the test hooks).
async function plainPage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(env.url);
  await waitInPage(page, () => {
    if (!window.parvis || !window.parvis.snapshot) return false;
    const s = window.parvis.snapshot();
    return s.frame > 2 && s.workspace && s.workspace.loading === false && s.workspace.save_state === 'saved';
  }, null, { timeout: 30000, what: 'le démarrage de Parvis' });
  return { context, page };
}

test('a plain page exposes only read-only hooks, and they change nothing', async () => {
  const { context, page } = await plainPage();
  const found = await page.evaluate(() => ({
    keys: Object.keys(window.parvis).sort(),
    frozen: Object.isFrozen(window.parvis),
    globals: Object.keys(window).filter((k) => /importText|simulateStorageFailure|__parvis/i.test(k)),
  }));
  assert.deepEqual(found.keys, READ_ONLY);
  assert.ok(found.frozen, 'window.parvis cannot be extended by the page');
  assert.deepEqual(found.globals, []);
  // Calling every member leaves the workspace as it was.
  const before = await page.evaluate(() => window.parvis.snapshot().workspace);
  await page.evaluate(() => { window.parvis.frame(); window.parvis.historyText(); window.parvis.a11yStats(); window.parvis.snapshot(); });
  const after = await page.evaluate(() => window.parvis.snapshot().workspace);
  for (const key of ['revision', 'saved_revision', 'generation', 'stored_digest', 'posts', 'save_state'])
    assert.deepEqual(after[key], before[key], key);
  // The harness's injection is what brings the mutating hooks.
  await installTestHooks(page);
  const injected = await page.evaluate((names) => names.filter((n) => typeof window.parvis[n] === 'function'), MUTATING);
  assert.deepEqual(injected, MUTATING);
  await context.close();
});

test('no shipped file holds a test hook', async () => {
  const files = (await readdir(DIST)).filter((f) => /\.(js|html|wasm|css)$/.test(f));
  assert.ok(files.includes('parvis.js') && files.includes('index.html'), `dist: ${files}`);
  for (const f of files) {
    const text = (await readFile(join(DIST, f))).toString('latin1');
    for (const name of MUTATING) assert.ok(!text.includes(name), `${f} contains ${name}`);
  }
});
