// Idle-tab benchmark (issue 16; not a test: it prints figures). Opens the demo workspace in
// headless Chromium, leaves it untouched, and measures over RUNS windows of SECONDS each:
//   - busy: the renderer's main-thread task time (DevTools Performance.getMetrics TaskDuration)
//     as a share of the window: 100 % is a core kept busy, ~0 % a tab that sleeps;
//   - browser CPU: the CPU time of every Chromium process (renderer, GPU with its software
//     rasteriser, browser) from /proc, as a share of one core: what the laptop's battery pays;
//   - frames: images the app drew in the window (window.parvis.quiet(), which does not wake it).
// Prints every run and the medians. Compare builds with PARVIS_DIST=… (a build without quiet()
// is read with frame(), which costs nothing there: such a build draws all the time anyway).
//   node tests/e2e/bench_idle.mjs [--runs 5] [--seconds 10]
import { readdirSync, readFileSync } from 'node:fs';
import { serve, launch, openApp, waitSaved } from './harness.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const RUNS = arg('--runs', 5);
const SECONDS = arg('--seconds', 10);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// CPU seconds (user + system) of this script's descendants (Chromium's processes), from /proc.
function childrenCpuSeconds(root = process.pid) {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch { /* the process ended meanwhile */ }
  }
  let ticks = 0;
  const inTree = (pid) => { for (let p = pid; p > 1; p = procs.get(p)?.ppid ?? 0) if (p === root) return true; return false; };
  for (const [pid, p] of procs) if (pid !== root && inTree(pid)) ticks += p.ticks;
  return ticks / 100;  // USER_HZ
}

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
  const busy = [], cpu = [], drawn = [];
  for (let run = 0; run < RUNS; run++) {
    const [t0, c0, f0, w0] = [await taskSeconds(), childrenCpuSeconds(), await frames(), Date.now()];
    await page.evaluate((ms) => new Promise((ok) => setTimeout(ok, ms)), SECONDS * 1000);
    const [t1, c1, f1, w1] = [await taskSeconds(), childrenCpuSeconds(), await frames(), Date.now()];
    busy.push((100 * (t1 - t0)) / ((w1 - w0) / 1000));
    cpu.push((100 * (c1 - c0)) / ((w1 - w0) / 1000));
    drawn.push(f1 - f0);
    console.log(`run ${run + 1}: main thread busy ${busy.at(-1).toFixed(2)} %, browser CPU ${cpu.at(-1).toFixed(1)} % of a core, ${drawn.at(-1)} frames in ${((w1 - w0) / 1000).toFixed(1)} s`);
  }
  console.log(`median over ${RUNS} runs of ${SECONDS} s idle: main thread busy ${median(busy).toFixed(2)} %, browser CPU ${median(cpu).toFixed(1)} % of a core, ${median(drawn)} frames`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
