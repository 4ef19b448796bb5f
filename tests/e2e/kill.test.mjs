// Kills Chromium (SIGKILL) at random moments while the app saves, PARVIS_KILLS times (10 by
// default: about 15 s each), and checks each relaunch (kill_cycle.mjs): the workspace opens, on
// the newest state the app had acknowledged (or the save in flight, committed whole), never
// torn, no acknowledged edit lost. scripts/kill.sh N runs more and prints the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runKills, printFigures } from './kill_cycle.mjs';

const KILLS = Number(process.env.PARVIS_KILLS || 10);

test(`${KILLS} kills during saves: the workspace always opens, whole, with every acknowledged edit`, { timeout: KILLS * 60000 + 60000 }, async () => {
  const figures = await runKills(KILLS);
  printFigures(figures);
  assert.equal(figures.kills, KILLS);
  assert.equal(figures.opened, KILLS, 'the workspace opened after every kill');
  assert.equal(figures.torn, 0, 'no torn workspace');
  assert.equal(figures.lost, 0, 'no acknowledged edit lost');
  assert.equal(figures.intact + figures.committed, KILLS);
  assert.ok(figures.acknowledged_saves >= 2, `saves happened (${figures.acknowledged_saves} acknowledged)`);
});
