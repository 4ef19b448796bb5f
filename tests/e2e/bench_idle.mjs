// Idle-tab benchmark (issue 16; not a test: it prints figures). Opens the demo workspace in
// headless Chromium, leaves it untouched, and measures over RUNS windows of SECONDS each:
//   - busy: the renderer's main-thread task time (DevTools Performance.getMetrics TaskDuration)
//     as a share of the window: 100 % is a core kept busy, ~0 % a tab that sleeps;
//   - frames: images the app drew in the window (window.parvis.quiet(), which does not wake it).
// Prints every run and the medians. Compare builds with PARVIS_DIST=… (a build without quiet()
// is read with frame(), which costs nothing there: such a build draws all the time anyway).
//   node tests/e2e/bench_idle.mjs [--runs 5] [--seconds 10]
import { serve, launch, openApp, waitSaved } from './harness.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const RUNS = arg('--runs', 5);
const SECONDS = arg('--seconds', 10);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const { server, url } = await serve();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await openApp(context, url);
  await waitSaved(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const frames = () => page.evaluate(() => (window.parvis.quiet ? window.parvis.quiet().frame : window.parvis.frame()));
  // Let the start settle (fonts, dictionary, first save) before the first window.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 3000)));
  const busy = [], drawn = [];
  for (let run = 0; run < RUNS; run++) {
    const [t0, f0, w0] = [await taskSeconds(), await frames(), Date.now()];
    await page.evaluate((ms) => new Promise((ok) => setTimeout(ok, ms)), SECONDS * 1000);
    const [t1, f1, w1] = [await taskSeconds(), await frames(), Date.now()];
    busy.push((100 * (t1 - t0)) / ((w1 - w0) / 1000));
    drawn.push(f1 - f0);
    console.log(`run ${run + 1}: busy ${busy.at(-1).toFixed(2)} % of the main thread, ${drawn.at(-1)} frames in ${((w1 - w0) / 1000).toFixed(1)} s`);
  }
  console.log(`median over ${RUNS} runs of ${SECONDS} s idle: busy ${median(busy).toFixed(2)} %, ${median(drawn)} frames`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
