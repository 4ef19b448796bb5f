// The calendar export from the web app: Paramètres → « Exporter le calendrier (.ics) » downloads
// an iCalendar file that ical.js reads, with one event per dated post of the open workspace, each
// at its post's instant (compared with the workspace's own JSON export).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { useBrowser, click } from './harness.mjs';

const env = useBrowser();

async function downloadText(page, label, dir, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
  const path = join(dir, name);
  await download.saveAs(path);
  return { text: await readFile(path, 'utf8'), file: download.suggestedFilename() };
}

test('Paramètres exports the calendar as .ics, read by ical.js at the posts\' instants', async () => {
  const { context, page } = await env.freshApp();
  await click(page, 'Paramètres');
  const dir = await mkdtemp(join(tmpdir(), 'parvis-e2e-ics-'));
  const ics = await downloadText(page, 'Exporter le calendrier (.ics)', dir, 'calendar.ics');
  assert.match(ics.file, /^parvis-ville-de-saint-exemple-calendrier-\d{4}-\d{2}-\d{2}\.ics$/);
  assert.ok(ics.text.startsWith('BEGIN:VCALENDAR\r\n'), 'an iCalendar file with CRLF lines');
  const workspace = JSON.parse((await downloadText(page, 'Exporter l’espace (JSON)', dir, 'workspace.json')).text);

  const calendar = new ICAL.Component(ICAL.parse(ics.text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const posts = new Map(workspace.posts.map((p) => [`${p.id}.${workspace.id}@parvis`, p]));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const dated = workspace.posts.filter((p) => p.scheduled_at || p.published_at);
  assert.equal(events.length, dated.length);
  assert.ok(events.length > 20);
  for (const event of events) {
    const post = posts.get(event.uid);
    assert.ok(post, `event ${event.uid} matches no post`);
    assert.equal(event.startDate.toJSDate().getTime(), Date.parse(post.scheduled_at ?? post.published_at), event.uid);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
