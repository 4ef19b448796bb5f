// The iCalendar export read by an independent parser: ical.js (Mozilla's, used by Thunderbird)
// parses `parvis ics export` of the demo workspace, with the file's own VTIMEZONE registered,
// and every event must start at the very instant of its post (scheduled_at, else published_at)
// in the workspace JSON. Run around both summer-time changes in Paris, and in zones without
// summer time (Réunion) or with North American rules (Miquelon).
//
// Needs the native CLI (build/native/parvis), which scripts/test.sh builds before the browser
// tests; PARVIS_BIN overrides its path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const here = dirname(fileURLToPath(import.meta.url));
const parvis = process.env.PARVIS_BIN ?? resolve(here, '../../build/native/parvis');

function requireBinary() {
  assert.ok(existsSync(parvis),
    `native CLI not found at ${parvis}: build it first (cmake --preset native && ` +
    `cmake --build build/native --target parvis) or set PARVIS_BIN`);
}

function run(...args) {
  return execFileSync(parvis, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// Exports `workspace` through the CLI and checks every event against its post.
function checkInstants(workspace, label) {
  const dir = mkdtempSync(join(tmpdir(), 'parvis-ics-'));
  try {
    const file = join(dir, 'workspace.json');
    writeFileSync(file, JSON.stringify(workspace));
    const text = run('ics', 'export', file);

    // Folding: CRLF everywhere, at most 75 octets a line.
    for (const line of text.split('\r\n').slice(0, -1)) {
      assert.ok(!line.includes('\n'), `${label}: a line break that is not CRLF`);
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${label}: line longer than 75 octets: ${line}`);
    }

    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    const zones = calendar.getAllSubcomponents('vtimezone');
    assert.equal(zones.length, 1, `${label}: one VTIMEZONE`);
    ICAL.TimezoneService.register(zones[0]);
    const zone = workspace.profile.time_zone;
    assert.equal(zones[0].getFirstPropertyValue('tzid'), zone);

    const posts = new Map(workspace.posts.map((p) => [`${p.id}.${workspace.id}@parvis`, p]));
    const dated = workspace.posts.filter((p) => p.scheduled_at || p.published_at);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, dated.length, `${label}: one event per dated post`);
    assert.ok(events.length > 20, `${label}: the demo has dated posts`);

    let zoned = 0;
    for (const event of events) {
      const post = posts.get(event.uid);
      assert.ok(post, `${label}: event ${event.uid} matches no post`);
      const expected = Date.parse(post.scheduled_at ?? post.published_at);
      const start = event.startDate;
      if (!start.isDate && start.timezone !== 'Z' && start.zone?.tzid !== 'UTC') {
        assert.equal(start.zone?.tzid, zone, `${label}: ${event.uid} is not in the profile's zone`);
        zoned += 1;
      }
      assert.equal(start.toJSDate().getTime(), expected,
        `${label}: ${event.uid} starts at ${start.toJSDate().toISOString()}, ` +
        `the post at ${new Date(expected).toISOString()}`);
      assert.equal(event.duration.toSeconds(), 15 * 60);
      if (post.title) assert.equal(event.summary, post.title);
    }
    assert.ok(zoned > events.length / 2, `${label}: most events carry the TZID`);
    return events.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('ical.js reads the demo calendar at the posts\' instants, across Paris summer-time changes', () => {
  requireBinary();
  // Three months of posts around each day: spans the March and October changes.
  for (const today of ['2026-11-29', '2026-03-29', '2026-10-25', '2038-03-28']) {
    const workspace = JSON.parse(run('demo', '--today', today));
    assert.equal(workspace.profile.time_zone, 'Europe/Paris');
    checkInstants(workspace, `Paris, demo of ${today}`);
  }
});

test('ical.js agrees in a zone without summer time and in Miquelon', () => {
  requireBinary();
  for (const zone of ['Indian/Reunion', 'Pacific/Noumea', 'America/Miquelon']) {
    const workspace = JSON.parse(run('demo', '--today', '2026-11-01'));
    workspace.profile.time_zone = zone;
    checkInstants(workspace, zone);
  }
});
