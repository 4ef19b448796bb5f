// Start-up benchmark of the web app (not a test: it prints figures). Serves build/wasm/dist on
// loopback with gzip, opens it RUNS times in fresh headless Chromium profiles, and reports medians:
//   - first frame: navigation start → the first frame drawn by ImGui;
//   - interactive: navigation start → the demo workspace open and its widgets drawn;
//   - transfer: bytes received for the page and everything it loads (gzip-compressed).
// Targets (issue 3): first frame < 1 s, transfer < 3 MB compressed.
//   node tests/e2e/bench.mjs [--runs 7]
import { serve, launch } from './harness.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const { server, url } = await serve();
const browser = await launch();
const firstFrame = [], interactive = [], transfer = [], bootScript = [], runtime = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let bytes = 0;
    const pending = [];
    page.on('requestfinished', (request) => pending.push(request.sizes().then((s) => { bytes += s.responseBodySize + s.responseHeadersSize; })));
    await page.goto(url);
    const t = await page.evaluate(() => new Promise((resolve, reject) => {
      let first = null;
      const started = performance.now();
      const tick = () => {
        if (window.parvisBootError) { reject(new Error(window.parvisBootError)); return; }
        if (performance.now() - started > 60000) { reject(new Error('pas prêt après 60 s')); return; }
        const s = window.parvis && window.parvis.snapshot ? window.parvis.snapshot() : null;
        if (s && s.frame >= 1 && first === null) first = performance.now();
        if (s && s.workspace && s.workspace.loading === false && s.widgets.length > 0) {
          resolve({ first, ready: performance.now(), boot: window.parvisTimes.boot, runtime: window.parvisTimes.runtime });
          return;
        }
        requestAnimationFrame(tick);
      };
      tick();
    }));
    await Promise.all(pending);
    firstFrame.push(t.first);
    bootScript.push(t.boot);
    runtime.push(t.runtime);
    interactive.push(t.ready);
    transfer.push(bytes);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const fmt = (ms) => `${Math.round(ms)} ms`;
console.log(`Parvis start-up, ${RUNS} runs, headless Chromium (swiftshader), medians:`);
console.log(`  loader started   ${fmt(median(bootScript))}   (page and boot.js)`);
console.log(`  module ready     ${fmt(median(runtime))}   (parvis.js, .wasm compiled, fonts loaded)`);
console.log(`  first frame      ${fmt(median(firstFrame))}   (runs: ${firstFrame.map(Math.round).join(', ')})   target < 1000 ms`);
console.log(`  interactive      ${fmt(median(interactive))}   (runs: ${interactive.map(Math.round).join(', ')})`);
console.log(`  transfer (gzip)  ${(median(transfer) / 1e6).toFixed(2)} MB   target < 3 MB`);
