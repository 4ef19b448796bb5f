// Browser test of the recurrence editor's monthly « n-ième jour de la semaine » rule: a post on
// the first Tuesday of the month made to repeat « le 1er mardi du mois » shows its later
// occurrences on the first Tuesdays of the following months (not on the same day of the month),
// and the rule survives a reload. The days come from window.parvis.snapshot().workspace.calendar
// .occurrence_days (calendar_summary in wasm/ui/calendar.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, reloadApp, until, click, widget, waitSaved, holdClick } from './harness.mjs';
import { cal, calendarScreen, press } from './calendar_helpers.mjs';

const env = useBrowser();
const TITLE = 'Permanence des élus';

// Radio buttons and checkboxes react to a press and a release seen in different frames.
async function pressRelease(page, label, kind) {
  const w = await widget(page, label, kind);
  await holdClick(page, w.rect.x + Math.min(w.rect.w / 2, 40), w.rect.y + w.rect.h / 2);
}

const isFirstTuesday = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay() === 2 && Number(iso.slice(8, 10)) <= 7;
const daysOf = (c, id) => (c.occurrence_days ?? []).filter((o) => o.id === id).map((o) => o.day);

test('a post repeated « le 1er mardi du mois » recurs on the first Tuesdays of the next months, after a reload too', async () => {
  const { context, page } = await env.freshApp({ acceptDownloads: true });
  // A demo post moved to the first Tuesday of this month, 10:00 in Paris (09:00 UTC in winter,
  // 08:00 in summer: either way the same local day).
  await click(page, 'Paramètres');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-recurrence-'));
  await download.saveAs(join(dir, 'demo.json'));
  const ws = JSON.parse(await readFile(join(dir, 'demo.json'), 'utf8'));
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, 9));
  first.setUTCDate(1 + ((2 - first.getUTCDay() + 7) % 7));
  const post = ws.posts.find((p) => p.scheduled_at && !p.recurrence);
  assert.ok(post, 'the demo has a one-off post');
  post.title = TITLE;
  post.scheduled_at = first.toISOString().replace('.000Z', 'Z');
  await page.evaluate((text) => window.parvis.importText('permanence.json', text), JSON.stringify(ws));
  await click(page, 'Remplacer l’espace ouvert');
  await until(page, (s) => !s.workspace.import_pending, 'l’import');
  await waitSaved(page);

  let c = (await calendarScreen(page)).workspace.calendar;
  const chip = c.posts.find((p) => p.id === post.id);
  assert.ok(chip, 'the post is in the month shown');
  assert.ok(isFirstTuesday(chip.day), `${chip.day} is a first Tuesday`);

  await click(page, TITLE);
  await until(page, (s) => s.workspace.calendar.selected_post === post.id, 'la sélection de la publication');
  await pressRelease(page, 'Répéter cette publication', 'toggle');
  await until(page, (s) => s.workspace.calendar.posts.find((p) => p.id === post.id)?.recurring, 'la répétition');
  await pressRelease(page, 'Tous les mois');
  // The choice is drawn the frame after « Tous les mois »: wait for its radio button.
  await until(page, (s) => s.widgets.some((w) => w.label === 'le 1er mardi du mois'), 'le choix « le 1er mardi du mois »');
  // « le 1er du mois » stays the default (as before); « le 1er » of a later month is seldom a Tuesday.
  await pressRelease(page, 'le 1er mardi du mois');
  // Radio buttons carry no checked state in the test hook (ImGui 1.86): the rule shows in the
  // days of the later occurrences. This month's grid ends in the next month's first week(s),
  // where the first Tuesday is (« le 1er du mois » would give the 1st instead).
  const snap = await until(page, (s) => {
    const days = daysOf(s.workspace.calendar, post.id);
    return days.length >= 1 && days.every(isFirstTuesday);
  }, 'une occurrence le 1er mardi du mois suivant');
  assert.ok(!snap.widgets.some((w) => w.label === 'le dernier mardi du mois'), 'no « dernier » for a first Tuesday');
  assert.ok(snap.widgets.some((w) => /^le 1er du mois$/.test(w.label)), 'the day of the month stays offered');

  // The next months: every later occurrence shown falls on a first Tuesday.
  const seen = new Set();
  for (let k = 0; k < 2; k++) {
    const before = (await cal(page)).first_day;
    c = await press(page, 'PageDown', (s) => s.workspace.calendar.first_day !== before, 'le mois suivant');
    c = c.workspace.calendar;
    const days = daysOf(c, post.id);
    assert.ok(days.length >= 1, `an occurrence in the range from ${c.first_day}`);
    for (const d of days) {
      assert.ok(isFirstTuesday(d), `${d} is a first Tuesday`);
      seen.add(d);
    }
  }
  assert.ok(seen.size >= 2, `occurrences in two later months (${[...seen].join(', ')})`);
  await waitSaved(page);

  await reloadApp(page);
  c = (await calendarScreen(page)).workspace.calendar;
  assert.ok(c.posts.find((p) => p.id === post.id)?.recurring, 'still recurring after reload');
  const before = c.first_day;
  c = (await press(page, 'PageDown', (s) => s.workspace.calendar.first_day !== before, 'le mois suivant')).workspace.calendar;
  const later = daysOf(c, post.id);
  assert.ok(later.length >= 1 && later.every(isFirstTuesday), `first Tuesdays after reload (${later.join(', ')})`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
