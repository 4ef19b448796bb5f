// Frames on demand (issue 16): an open tab that nobody touches draws nothing, wakes on input, and
// still does what it has planned (here: retry a failed save) without anyone polling it. Every wait here reads
// window.parvis.quiet(), which does not wake the app (snapshot() and frame() do, for the other tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitInPage, newPost, focusText, snapshot, until } from './harness.mjs';

const env = useBrowser();
const quiet = (page) => page.evaluate(() => window.parvis.quiet());
const paused = (page, what) => waitInPage(page, () => window.parvis.quiet().paused, null, { timeout: 20000, what });

// Watches the frame counter for `ms` of wall-clock time without waking the app. This is an
// observation window, not a synchronisation sleep: what is checked is that nothing happens in it.
async function framesDuring(page, ms) {
  const before = (await quiet(page)).frame;
  await page.evaluate((wait) => new Promise((ok) => setTimeout(ok, wait)), ms);
  return (await quiet(page)).frame - before;
}

test('an untouched tab pauses its frames, and the mouse wakes it', async () => {
  const { context, page } = await env.freshApp();
  await paused(page, 'la pause des images après le démarrage');
  // Three seconds untouched: at 60 images per second a tab drawing all the time would show ~180.
  // Allowed: one wake on the clock's next minute (a few settle frames).
  const drawn = await framesDuring(page, 3000);
  assert.ok(drawn <= 8, `${drawn} images dessinées en 3 s sans aucune action`);
  assert.equal((await quiet(page)).paused, true);

  const { frame } = await quiet(page);
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 310);
  await waitInPage(page, (f) => window.parvis.quiet().frame > f, frame, { what: 'une image après le mouvement de la souris' });
  // The pointer at rest: the app settles again (after ImGui's hover delays).
  await paused(page, 'la pause après le mouvement de la souris');
  await context.close();
});

test('a failed save is retried by the app’s own timer while the tab is paused, with nobody reading its state', async () => {
  const { context, page } = await env.freshApp();
  const box = await newPost(page);
  await focusText(page, box);
  await page.evaluate(() => window.parvis.simulateStorageFailure('failed'));
  const text = 'Réunion publique à l’école Jean-Jaurès';
  await page.keyboard.type(text, { delay: 5 });
  await until(page, (s) => s.workspace.save_state === 'error', 'l’échec simulé de l’enregistrement');
  const failedAt = Date.now();
  // The storage works again; the hook itself wakes nothing. From here on nothing reads snapshot():
  // only the retry timer the app set (10 s after the failure) can bring the save about.
  await page.evaluate(() => window.parvis.simulateStorageFailure(null));
  await paused(page, 'la pause après l’échec');
  await waitInPage(page, (at) => Date.now() > at + 14000 && window.parvis.quiet().paused, failedAt,
    { timeout: 30000, what: 'quatorze secondes après l’échec' });
  // snapshot() returns the state the paused app left (its wake takes effect at the next frame).
  const s = await snapshot(page);
  assert.equal(s.workspace.save_state, 'saved', 'the retry ran while the app was paused');
  assert.equal(s.workspace.revision, s.workspace.saved_revision);
  assert.ok(s.widgets.some((w) => w.label === box && w.value === text), 'the typed text is in the box');
  await context.close();
});
