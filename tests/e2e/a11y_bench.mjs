// Cost of the accessibility mirror per frame (not a test: it prints figures). Opens the web app in
// headless Chromium and reads window.parvis.a11yStats() (wasm/platform/a11y_mirror.js): for each
// frame, the C++ time spent listing the frame's widgets and comparing the list with the last one
// sent, and the page's time patching its elements. Measured on the demo workspace (Calendrier,
// Rédaction, Paramètres) and on 2,000 posts in the calendar's week and month views, while the mouse
// wheel scrolls (the list changes every frame) and while frames are redrawn unchanged.
//   node tests/e2e/a11y_bench.mjs [--frames 200]
import { serve, launch, openApp, click, until, waitSaved, waitFrames } from './harness.mjs';
import { replaceWithBusyWeek } from './calendar_helpers.mjs';

const framesArg = process.argv.indexOf('--frames');
const FRAMES = framesArg > 0 ? Number(process.argv[framesArg + 1]) : 200;
const POSTS = 2000;
const median = (xs) => { if (!xs.length) return NaN; const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { if (!xs.length) return NaN; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

// Draws `n` frames (each wakes the next); with `scroll`, a wheel notch over the screen every
// other frame, alternating down and up, so that rectangles change. Returns the frames' costs.
async function measure(page, n, scroll) {
  const before = await page.evaluate(() => window.parvis.a11yStats());
  for (let i = 0; i < n; i++) {
    if (scroll && i % 2 === 0) await page.mouse.wheel(0, (i % 4 === 0) ? 100 : -100);
    await waitFrames(page, 1);
  }
  const after = await page.evaluate(() => window.parvis.a11yStats());
  const frames = after.frames - before.frames, sent = after.sent - before.sent;
  const tail = (xs, k) => xs.slice(Math.max(0, xs.length - k));
  return { frames, sent, elements: after.elements, cpp: tail(after.cpp, frames), js: tail(after.js, frames), jsChanged: tail(after.jsChanged, sent) };
}

const rows = [];
function report(what, m) {
  rows.push(`  ${what.padEnd(34)} ${String(m.elements).padStart(5)} elements  C++ ${median(m.cpp).toFixed(3)} ms (p95 ${p95(m.cpp).toFixed(3)})` +
    `  page ${median(m.js).toFixed(3)} ms (p95 ${p95(m.js).toFixed(3)})  page when changed ${median(m.jsChanged).toFixed(3)} ms` +
    `  [${m.frames} frames, ${m.sent} changed]`);
}

const { server, url } = await serve();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const page = await openApp(context, url);
  await waitSaved(page);
  await page.mouse.move(700, 500);
  for (const screen of ['Calendrier', 'Rédaction', 'Paramètres']) {
    await click(page, screen);
    await waitFrames(page, 5);
    await page.mouse.move(700, 500);
    report(`demo, ${screen}, unchanged`, await measure(page, FRAMES, false));
    report(`demo, ${screen}, scrolling`, await measure(page, FRAMES, true));
  }

  await replaceWithBusyWeek(page, POSTS);
  for (const [view, key] of [['Semaine', 'week'], ['Mois', 'month']]) {
    for (let i = 0; i < 5 && (await page.evaluate(() => window.parvis.snapshot().workspace.calendar.view)) !== key; i++) {
      await click(page, view);
      await waitFrames(page, 10);
    }
    await page.mouse.move(700, 500);
    await until(page, (s) => s.workspace.calendar.chips >= POSTS, `${POSTS} publications dans la vue ${view}`, 60000);
    report(`2,000 posts, ${view}, unchanged`, await measure(page, FRAMES, false));
    report(`2,000 posts, ${view}, scrolling`, await measure(page, FRAMES, true));
  }
  console.log(`Accessibility mirror cost per frame, headless Chromium (swiftshader), ${FRAMES} frames each, medians:`);
  for (const r of rows) console.log(r);
  if (page.errors.length) console.log('console errors:', page.errors);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
