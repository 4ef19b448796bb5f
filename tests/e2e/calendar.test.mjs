// End-to-end tests of the calendar screen (month, week and list views) in headless Chromium:
// create a post from an empty slot, drag it to another day and to another hour, make it
// recurring, see the pre-electoral warning on a post in the period, switch views, move with the
// keyboard; everything survives a reload. Positions come from the test hook: day cells and week
// columns are widgets labelled « lundi 30 novembre 2026 », chips are labelled with the post's
// title; window.parvis.snapshot().workspace.calendar says where each post of the range is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, reloadApp, snapshot, until, click, widget, waitSaved } from './harness.mjs';
import { NEW, cal, addDays, areaOf, drag, doubleClick, postNamed, calendarScreen } from './calendar_helpers.mjs';

const env = useBrowser();

test('month view: a double click on an empty day creates a post there, a drag moves it keeping its time; reload keeps it', async () => {
  const { context, page } = await env.freshApp();
  let snap = await calendarScreen(page);
  const c0 = snap.workspace.calendar;
  assert.equal(c0.view, 'month');
  assert.equal(c0.days, 42);
  const posts0 = snap.workspace.posts;
  // A day of the grid near the selected one with at most one post, and the same two days later: a
  // cell holds two chips, more show as « +1 » and the new one would not be drawn. The demo is dated
  // from today and fills most weekdays, so the day is looked for rather than fixed.
  const count = {};
  for (const p of c0.posts) count[p.day] = (count[p.day] ?? 0) + 1;
  const quiet = (d) => (count[d] ?? 0) <= 1;
  const near = [3, 4, 5, 6, -3, -4, -5, -6, 2, -2, 7, -7, 8, 9, 10, 11, 12].map((n) => addDays(c0.selected_day, n));
  const day = near.find((d) => quiet(d) && quiet(addDays(d, 2)) && d >= c0.first_day && addDays(d, 2) < addDays(c0.first_day, c0.days));
  assert.ok(day, 'a quiet day near the selected one');
  const cell = await areaOf(page, day);
  // The right edge of a cell is outside the chips (they keep 3 px from the border). Two clicks a
  // few frames apart: ImGui reads the mouse once per frame.
  snap = await doubleClick(page, cell.rect.x + cell.rect.w - 2, cell.rect.y + cell.rect.h - 3,
    (s) => s.workspace.posts === posts0 + 1 && s.workspace.screen === 'composer', 'la création et l’ouverture en Rédaction');
  await widget(page, 'Texte', 'text');  // the composer shows the new post's text boxes

  snap = await calendarScreen(page);
  let created = postNamed(snap.workspace.calendar, NEW);
  assert.ok(created, 'the new post is in the month');
  assert.equal(created.day, day);
  assert.equal(created.time, '10:00');

  const target = addDays(day, 2);
  const chip = await widget(page, NEW);
  const to = await areaOf(page, target);
  await drag(page, { x: chip.rect.x + 10, y: chip.rect.y + chip.rect.h / 2 }, { x: to.rect.x + to.rect.w - 20, y: to.rect.y + to.rect.h - 6 });
  snap = await until(page, (s) => postNamed(s.workspace.calendar, NEW)?.day === target, 'le déplacement par glisser-déposer');
  created = postNamed(snap.workspace.calendar, NEW);
  assert.equal(created.time, '10:00', 'the month view keeps the local time');
  assert.equal(snap.workspace.calendar.dragging, false);

  await waitSaved(page);
  await reloadApp(page);
  snap = await calendarScreen(page);
  created = postNamed(snap.workspace.calendar, NEW);
  assert.ok(created, 'still there after reload');
  assert.equal(created.day, target);
  assert.equal(created.time, '10:00');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('week view: hours, a drop on 14:30 of another day, keyboard navigation and the month/week switch', async () => {
  const { context, page } = await env.freshApp();
  await calendarScreen(page);
  await click(page, 'Semaine');
  let c = (await until(page, (s) => s.workspace.calendar.view === 'week', 'la vue semaine')).workspace.calendar;
  assert.equal(c.days, 7);
  const monday = c.first_day;
  assert.equal(new Date(`${monday}T12:00:00Z`).getUTCDay(), 1, 'the week starts on Monday');

  // Keyboard: T today, arrows, PageDown / PageUp a week in this view.
  const today = c.selected_day;
  await page.keyboard.press('ArrowRight');
  c = (await until(page, (s) => s.workspace.calendar.selected_day === addDays(today, 1), 'flèche droite')).workspace.calendar;
  const week = c.first_day;  // tomorrow may be next Monday
  await page.keyboard.press('PageDown');
  await until(page, (s) => s.workspace.calendar.first_day === addDays(week, 7) && s.workspace.calendar.selected_day === addDays(today, 8), 'page suivante');
  await page.keyboard.press('PageUp');
  await until(page, (s) => s.workspace.calendar.first_day === week, 'page précédente');
  await page.keyboard.press('t');
  await until(page, (s) => s.workspace.calendar.selected_day === today, 'T : aujourd’hui');

  // Enter on the selected slot creates a post there (a slot moved with the arrows).
  const minute0 = (await cal(page)).selected_minute;
  await page.keyboard.press('ArrowDown');
  await until(page, (s) => s.workspace.calendar.selected_minute === minute0 + 15, 'flèche bas : quart d’heure suivant');
  const posts0 = (await snapshot(page)).workspace.posts;
  await page.keyboard.press('Enter');
  await until(page, (s) => s.workspace.posts === posts0 + 1 && s.workspace.screen === 'composer', 'Entrée crée une publication');
  await calendarScreen(page);
  const hh = String(Math.floor((minute0 + 15) / 60)).padStart(2, '0'), mm = String((minute0 + 15) % 60).padStart(2, '0');
  let created = postNamed(await cal(page), NEW);
  assert.ok(created, 'the created post is in the week');
  assert.equal(created.day, today);
  assert.equal(created.time, `${hh}:${mm}`);

  // Drag it to 14:30 on another day of the week: the chip's top edge lands on the slot.
  const target = today === monday ? addDays(monday, 2) : monday;
  const chip = await widget(page, NEW);
  const column = await areaOf(page, target);
  const y = column.rect.y + column.rect.h * (14.5 / 24);
  await drag(page, { x: chip.rect.x + 6, y: chip.rect.y + 3 }, { x: column.rect.x + column.rect.w / 2, y: y + 3 });
  const snap = await until(page, (s) => postNamed(s.workspace.calendar, NEW)?.day === target, 'le dépôt sur un autre jour');
  created = postNamed(snap.workspace.calendar, NEW);
  assert.equal(created.time, '14:30');

  // Month ⇄ week, and in the month PageDown moves a month.
  await click(page, 'Mois');
  c = (await until(page, (s) => s.workspace.calendar.view === 'month', 'la vue mois')).workspace.calendar;
  assert.equal(c.days, 42);
  const selected = c.selected_day;
  await page.keyboard.press('ArrowDown');
  await until(page, (s) => s.workspace.calendar.selected_day === addDays(selected, 7), 'flèche bas : semaine suivante');
  await page.keyboard.press('PageDown');
  c = (await until(page, (s) => s.workspace.calendar.selected_day.slice(0, 7) !== addDays(selected, 7).slice(0, 7), 'mois suivant')).workspace.calendar;
  await page.keyboard.press('t');
  await until(page, (s) => s.workspace.calendar.selected_day === today, 'T : aujourd’hui');

  await waitSaved(page);
  await reloadApp(page);
  await calendarScreen(page);
  await click(page, 'Semaine');
  created = postNamed((await until(page, (s) => s.workspace.calendar.view === 'week', 'la vue semaine')).workspace.calendar, NEW);
  assert.equal(created?.day, target);
  assert.equal(created?.time, '14:30');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a post made recurring shows its later occurrences; a post in the pre-electoral period carries a warning; both survive reload', async () => {
  const { context, page } = await env.freshApp({ acceptDownloads: true });
  // Prepare the workspace: an election three months ahead (the period of L52-1 covers today)
  // and a post of this month promoting the council's record.
  await click(page, 'Paramètres');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-calendar-'));
  await download.saveAs(join(dir, 'demo.json'));
  const ws = JSON.parse(await readFile(join(dir, 'demo.json'), 'utf8'));
  const now = new Date();
  const vote = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 14));
  ws.elections = [{ id: 'municipales', kind: 'municipales', first_round: vote.toISOString().slice(0, 10) }];
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 3);
  const monthEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 26);
  const inMonth = ws.posts.filter((p) => p.scheduled_at && Date.parse(p.scheduled_at) > monthStart && Date.parse(p.scheduled_at) < monthEnd);
  assert.ok(inMonth.length >= 2, 'the demo has posts this month');
  const bilan = inMonth[0];
  bilan.title = 'Bilan du mandat';
  bilan.variants[0].text = 'Promesse tenue : le bilan de la municipalité, grâce à la municipalité, est excellent.';
  const weekly = inMonth.find((p) => p !== bilan);
  await page.evaluate((text) => window.parvis.importText('avec-election.json', text), JSON.stringify(ws));
  await click(page, 'Remplacer l’espace ouvert');
  await until(page, (s) => !s.workspace.import_pending, 'l’import');
  await waitSaved(page);

  let snap = await calendarScreen(page);
  const warned = snap.workspace.calendar.posts.find((p) => p.id === bilan.id);
  assert.ok(warned, 'the post is in the month');
  assert.ok(warned.warnings > 0, 'a promotion of the record in the pre-electoral period is flagged');
  const quiet = snap.workspace.calendar.posts.find((p) => p.id === weekly.id);

  // Make another post recurring: select its chip, tick « Répéter cette publication ».
  await click(page, quiet.title);
  await until(page, (s) => s.workspace.calendar.selected_post === weekly.id, 'la sélection de la publication');
  const occurrences0 = (await cal(page)).occurrences;
  await click(page, 'Répéter cette publication', 'toggle');
  snap = await until(page, (s) => s.workspace.calendar.posts.find((p) => p.id === weekly.id)?.recurring, 'la répétition');
  // The later occurrences are drawn (dimmed) from the next frame's layout on.
  await until(page, (s) => s.workspace.calendar.occurrences > occurrences0, 'les occurrences suivantes');
  await waitSaved(page);

  await reloadApp(page);
  snap = await calendarScreen(page);
  const after = snap.workspace.calendar;
  assert.ok(after.posts.find((p) => p.id === weekly.id)?.recurring, 'still recurring after reload');
  assert.ok(after.occurrences > occurrences0);
  assert.ok(after.posts.find((p) => p.id === bilan.id)?.warnings > 0, 'still warned after reload');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the text filter applies to every view; the list shows the matching posts in date order; colours by network', async () => {
  const { context, page } = await env.freshApp();
  await calendarScreen(page);
  const all = await cal(page);
  assert.equal(all.colouring, 'campaign');
  await click(page, 'par réseau');
  await until(page, (s) => s.workspace.calendar.colouring === 'network', 'les couleurs par réseau');
  const word = all.posts.map((p) => p.title.split(' ')[0]).find((w) => w.length > 4);
  await click(page, 'Rechercher dans les publications', 'text');
  await page.keyboard.type(word);
  const filtered = (await until(page, (s) => s.workspace.calendar.chips < all.chips && s.workspace.calendar.chips > 0, 'le filtre texte')).workspace.calendar;
  await click(page, 'Liste');
  const snap = await until(page, (s) => s.workspace.calendar.view === 'list', 'la vue liste');
  // Rows are labelled with their local date and time (« 30 nov. 2026 à 10:00 »), in date order.
  const rows = snap.widgets.filter((w) => w.visible && / à \d\d:\d\d$/.test(w.label)).sort((a, b) => a.rect.y - b.rect.y);
  assert.ok(rows.length > 0 && rows.length <= filtered.chips + 50, `rows: ${rows.length}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
