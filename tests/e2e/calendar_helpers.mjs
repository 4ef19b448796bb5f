// Helpers of the calendar's browser tests: where a day is on screen (day cells and week columns
// are widgets labelled « lundi 30 novembre 2026 »), drags and double clicks as ImGui sees them,
// key presses checked one by one. window.parvis.snapshot().workspace.calendar says where each
// post of the visible range is (calendar_summary in wasm/ui/calendar.cpp).
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshot, frame, until, click, waitFrames, waitForFrame, waitAppTime } from './harness.mjs';

export const NEW = 'Brouillon sans titre';
export const DAY_LABEL = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) /;

export const cal = async (page) => (await snapshot(page)).workspace.calendar;

export const addDays = (iso, n) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export const daysBetween = (from, to) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86400000);

// The day cells (month) or columns (week) in the order of the range.
export function dayAreas(snap) {
  return snap.widgets.filter((w) => w.visible && DAY_LABEL.test(w.label))
    .sort((a, b) => (a.rect.y - b.rect.y) || (a.rect.x - b.rect.x));
}

export async function areaOf(page, iso) {
  const snap = await snapshot(page);
  const c = snap.workspace.calendar;
  const index = daysBetween(c.first_day, iso);
  const areas = dayAreas(snap);
  assert.equal(areas.length, c.days, `one area per day of the range (${areas.length} for ${c.days})`);
  assert.ok(index >= 0 && index < c.days, `${iso} is in the range starting ${c.first_day}`);
  return areas[index];
}

// A drag as ImGui sees it: each step (hover, press, start of the move, arrival, release) in a
// frame of its own, since ImGui reads the mouse once per frame.
export async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await waitFrames(page, 2);
  await page.mouse.down();
  await waitFrames(page, 2);
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await waitFrames(page, 2);
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await waitFrames(page, 2);
  await page.mouse.up();
  await waitFrames(page, 3);
}

// A key press whose effect is checked before the next one: `done(snapshot)` must hold. A press
// can still go unseen on a loaded machine (a CI run lost one arrow in thirty); like a person,
// the test presses again when nothing happened within 60 frames (a second at 60 images per
// second; a key's effect shows within two), at most three times.
export async function press(page, key, done, what) {
  for (let attempt = 0; ; attempt++) {
    const start = await frame(page);
    await page.keyboard.press(key);
    const s = await until(page, (x) => done(x) || (attempt < 2 && x.frame >= start + 60), what);
    if (done(s)) return s;
  }
}

// A double click as ImGui sees it: two presses in two different frames, within its double-click
// time (0.3 s). Playwright's dblclick can land both presses in one frame under load. A frame that
// takes longer than 0.3 s (a loaded CI machine) turns it into two single clicks, as it would for a
// person: then the person clicks twice again, and so does the test, up to three times, until
// `done(snapshot)` holds.
export async function doubleClick(page, x, y, done, what) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(x, y);
    const f0 = await frame(page);
    await page.mouse.click(x, y);
    await waitForFrame(page, f0 + 2);  // the press seen in frame f0 + 1 at the latest
    await page.mouse.click(x, y);
    try {
      return await until(page, done, what, 3000);
    } catch (e) {
      if (attempt === 2) throw e;
    }
    await waitAppTime(page, 0.4);  // past the double-click time, so the next press starts afresh
  }
}

export const postNamed = (c, title) => c.posts.find((p) => p.title === title);

export async function calendarScreen(page) {
  await click(page, 'Calendrier');
  return until(page, (s) => s.workspace.screen === 'calendar' && s.workspace.calendar.days > 0, 'l’écran Calendrier');
}

// The benchmarks' big workspace: the open workspace exported (Paramètres › « Exporter l’espace
// (JSON) »), `count` posts added in the current week (Monday to Sunday, UTC days: the Paris week
// differs by at most an hour at its edges), 08:00 to 20:00 UTC in 15-minute steps, across
// campaigns and accounts, and imported in its place (window.parvis.importText, « Remplacer
// l’espace ouvert »). Ends on Calendrier.
export async function replaceWithBusyWeek(page, count) {
  await click(page, 'Paramètres');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-bench-'));
  await download.saveAs(join(dir, 'demo.json'));
  const ws = JSON.parse(await readFile(join(dir, 'demo.json'), 'utf8'));
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  const template = ws.posts.find((p) => p.variants && p.variants.length) || ws.posts[0];
  for (let i = 0; i < count; i++) {
    const at = new Date(monday.getTime() + (i % 7) * 86400000 + (8 * 60 + (Math.floor(i / 7) * 15) % (12 * 60)) * 60000);
    ws.posts.push({
      ...template, id: `bench-${i}`, title: `Publication de test n° ${i}`,
      campaign_id: ws.campaigns.length ? ws.campaigns[i % ws.campaigns.length].id : '',
      scheduled_at: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), status: 'scheduled',
    });
  }
  await page.evaluate((text) => window.parvis.importText('bench.json', text), JSON.stringify(ws));
  await click(page, 'Remplacer l’espace ouvert');
  await until(page, (s) => !s.workspace.import_pending && s.workspace.posts >= count, `l’import des ${count} publications`);
  await click(page, 'Calendrier');
}
