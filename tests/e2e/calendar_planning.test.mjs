// End-to-end tests of the calendar's planning features in headless Chromium: the planning checks
// panel (« Vérifications du planning (N) », an overloaded day listed, marked and selected by a
// click), crisis mode (posts held, the release dialog, both surviving a reload, the audit naming
// who did it), the explicit choice of time on the spring-forward day (28 March 2027, Paris), and
// the evergreen re-queue. The checks' results come from window.parvis.snapshot().workspace.calendar
// (planning_findings, overloaded_days, crisis_active, held_posts…).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, reloadApp, snapshot, until, click, widget, waitSaved, waitFrames, holdClick } from './harness.mjs';
import { NEW, cal, addDays, daysBetween, press, calendarScreen } from './calendar_helpers.mjs';

const env = useBrowser();

const visible = (snap, predicate) => snap.widgets.find((w) => w.visible && predicate(w.label));

// In the week view, selects `target` with the keyboard: a week per Page suivante, then a day per
// arrow, each step read back from the app (a press seen late still ends on the target).
async function weekOf(page, target) {
  for (let step = 0; step < 60; step++) {
    const day = (await cal(page)).selected_day;
    const gap = daysBetween(day, target);
    if (gap === 0) return;
    const key = gap >= 7 ? 'PageDown' : gap > 0 ? 'ArrowRight' : 'ArrowLeft';
    await press(page, key, (s) => s.workspace.calendar.selected_day !== day, 'un autre jour');
  }
  assert.fail(`${target} not reached`);
}

// Entrée on the selected day (no post selected) creates a post there and opens it in Rédaction.
async function createWithEnter(page) {
  const posts = (await snapshot(page)).workspace.posts;
  await page.keyboard.press('Enter');
  await until(page, (s) => s.workspace.posts === posts + 1 && s.workspace.screen === 'composer', 'Entrée crée une publication');
  return calendarScreen(page);
}

test('planning checks: three posts on one day overload it; the panel lists the day, a click on it selects the day; no recomputation per frame', async () => {
  const { context, page } = await env.freshApp();
  let c = (await calendarScreen(page)).workspace.calendar;
  assert.equal(c.view, 'month');
  await widget(page, `Vérifications du planning (${c.planning_findings.length})`);

  // The checks run once per change, not per frame.
  const builds = c.planning_builds;
  assert.ok(builds >= 1);
  await waitFrames(page, 30);
  assert.equal((await cal(page)).planning_builds, builds, 'no rebuild without a change');

  // The demo charter allows at most 2 Facebook posts a day: three new posts (every active account)
  // at 10:00 on the selected day overload it.
  const day = c.selected_day;
  for (let i = 0; i < 3; i++) await createWithEnter(page);
  let snap = await until(page, (s) => s.workspace.calendar.overloaded_days.includes(day), 'la journée chargée');
  c = snap.workspace.calendar;
  assert.ok(c.planning_builds > builds, 'the edits rebuilt the checks');
  const overload = c.planning_findings.filter((f) => f.kind === 'planning_overload_day' && f.day === day);
  assert.ok(overload.length >= 1, 'an overloaded-day finding for the day');
  assert.match(overload[0].message, /^Journée chargée sur .+\s:\s\d+ publications pour un maximum de \d+ par jour dans la charte\.$/);
  assert.equal(overload[0].severity, 'avertissement');
  await widget(page, `Vérifications du planning (${c.planning_findings.length})`);
  await widget(page, `Journées chargées (${c.planning_findings.filter((f) => f.kind === 'planning_overload_day').length})`);

  // Select another day of the same month, then click the finding: its day is selected again.
  const other = day.slice(8) === '01' ? addDays(day, 1) : addDays(day, -1);
  await press(page, day.slice(8) === '01' ? 'ArrowRight' : 'ArrowLeft', (s) => s.workspace.calendar.selected_day === other, 'un autre jour');
  snap = await snapshot(page);
  const row = visible(snap, (label) => label === overload[0].message);
  assert.ok(row, 'the finding is in the panel, labelled with its message');
  await page.mouse.click(row.rect.x + 20, row.rect.y + row.rect.h / 2);
  snap = await until(page, (s) => s.workspace.calendar.selected_day === day, 'la sélection du jour par la remarque');
  assert.equal(snap.workspace.calendar.selected_post, '');
  assert.ok(snap.workspace.calendar.overloaded_days.includes(day), 'still marked');

  // A finding about a post (the demo schedules some posts on Saturdays, holidays or at 08:15:
  // « personne de permanence ») selects the post. The groups above it are folded to bring it up
  // (a tree node reacts to a press and a release in different frames).
  snap = await snapshot(page);
  c = snap.workspace.calendar;
  const postFinding = c.planning_findings.find((f) => f.post && f.day && f.kind === 'planning_off_duty');
  assert.ok(postFinding, 'the demo month has a post scheduled when nobody is on duty');
  for (const group of ['Journées chargées', 'Semaines chargées', 'Trous dans le planning']) {
    const header = visible(await snapshot(page), (l) => l.startsWith(`${group} (`));
    if (!header) continue;
    await holdClick(page, header.rect.x + 30, header.rect.y + header.rect.h / 2);
  }
  const inView = (s) => {
    const w = visible(s, (l) => l === postFinding.message);
    return w && w.rect.y + w.rect.h < 850;
  };
  snap = await until(page, inView, 'la remarque sur la publication, visible');
  const r = visible(snap, (l) => l === postFinding.message);
  await page.mouse.click(r.rect.x + 20, r.rect.y + r.rect.h / 2);
  snap = await until(page, (s) => s.workspace.calendar.selected_post === postFinding.post, 'la sélection de la publication par la remarque');
  assert.equal(snap.workspace.calendar.selected_day, postFinding.day);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('crisis mode holds the scheduled non-urgent posts, names who did it, survives a reload; leaving it releases them', async () => {
  const { context, page } = await env.freshApp();
  // Who uses the app (the status bar's chooser): the audit names this person.
  await click(page, 'Vous êtes');
  let snap = await until(page, (s) => visible(s, (l) => l.startsWith('Camille Le Goff (')), 'la liste des personnes');
  const camille = visible(snap, (l) => l.startsWith('Camille Le Goff ('));
  await page.mouse.click(camille.rect.x + 20, camille.rect.y + camille.rect.h / 2);
  await until(page, (s) => !visible(s, (l) => l.startsWith('Camille Le Goff (')), 'la fermeture de la liste');

  let c = (await calendarScreen(page)).workspace.calendar;
  assert.equal(c.crisis_active, false);
  assert.equal(c.held_posts, 0);
  await click(page, 'Mode crise', 'toggle');
  snap = await until(page, (s) => s.workspace.calendar.crisis_active && s.workspace.calendar.held_posts > 0, 'le mode crise');
  c = snap.workspace.calendar;
  const held = c.held_posts;
  // The notice counts the posts held.
  await until(page, (s) => s.workspace.message === `Mode crise activé : ${held} publication(s) suspendue(s).`, 'l’avis du mode crise');
  assert.equal(c.crisis_by, 'p-camille', 'the audit names the person using the app');
  // Held posts of the range are listed by the planning checks.
  // (a recurring post held counts once, on its first day in the range, even if its chip is
  // on an earlier day).
  // The checks are redone in the frame after the edit: wait for them.
  const heldListed = (x) => new Set(x.planning_findings.filter((f) => f.kind === 'planning_held').map((f) => f.post)).size >=
    new Set(x.posts.filter((p) => p.held).map((p) => p.id)).size;
  await until(page, (s) => heldListed(s.workspace.calendar), 'les publications suspendues dans les vérifications');

  await waitSaved(page);
  await reloadApp(page);
  c = (await calendarScreen(page)).workspace.calendar;
  assert.equal(c.crisis_active, true, 'still in crisis mode after reload');
  assert.equal(c.held_posts, held, 'the same posts still held after reload');

  // Leaving: the dialog lists the held posts (all ticked); releasing brings them back.
  await click(page, 'Mode crise', 'toggle');
  snap = await until(page, (s) => visible(s, (l) => l === 'Sortir du mode crise et libérer la sélection'), 'la fenêtre de sortie du mode crise');
  const ticked = snap.widgets.filter((w) => w.visible && w.kind === 'toggle' && w.checked && c.posts.some((p) => p.held && p.title === w.label));
  assert.ok(ticked.length > 0, 'the held posts are listed, ticked');
  await click(page, 'Sortir du mode crise et libérer la sélection');
  snap = await until(page, (s) => !s.workspace.calendar.crisis_active && s.workspace.calendar.held_posts === 0, 'la sortie du mode crise');
  assert.equal(snap.workspace.calendar.planning_findings.filter((f) => f.kind === 'planning_held').length, 0);

  await waitSaved(page);
  await reloadApp(page);
  c = (await calendarScreen(page)).workspace.calendar;
  assert.equal(c.crisis_active, false);
  assert.equal(c.held_posts, 0, 'released for good');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('02:30 on 28 March 2027 does not exist in Paris: the week view asks which time, and each choice gives its time', async () => {
  const { context, page } = await env.freshApp();
  await calendarScreen(page);
  await click(page, 'Semaine');
  let c = (await until(page, (s) => s.workspace.calendar.view === 'week', 'la vue semaine')).workspace.calendar;

  const target = '2027-03-28';
  assert.ok(daysBetween(c.selected_day, target) > 0, `the test runs before ${target}`);
  await weekOf(page, target);
  // The slot 02:30, a quarter of an hour per arrow.
  c = await cal(page);
  assert.equal(c.first_day, '2027-03-22');
  for (let minute = c.selected_minute; minute !== 150; minute = (await cal(page)).selected_minute) {
    await press(page, minute > 150 ? 'ArrowUp' : 'ArrowDown', (s) => s.workspace.calendar.selected_minute !== minute, 'le quart d’heure');
  }

  const ids = async () => (await cal(page)).posts.map((p) => p.id);
  const choose = async (pattern) => {
    const before = await ids();
    await page.keyboard.press('Enter');
    // The dialog is drawn the frame after it opens: wait for its two choices.
    const snap = await until(page, (s) => s.workspace.calendar.time_choice_open &&
      visible(s, (l) => /^03:30 \(UTC\+2\), après le changement d’heure$/.test(l)) &&
      visible(s, (l) => /^01:30 \(UTC\+1\), avant le changement d’heure$/.test(l)), 'le choix de l’heure et ses deux réponses');
    const button = visible(snap, (l) => pattern.test(l));
    await page.mouse.click(button.rect.x + 20, button.rect.y + button.rect.h / 2);
    await until(page, (s) => s.workspace.screen === 'composer', 'la création et l’ouverture en Rédaction');
    await calendarScreen(page);
    const c2 = await cal(page);
    assert.equal(c2.time_choice_open, false);
    const created = c2.posts.find((p) => !before.includes(p.id));
    assert.ok(created, 'the new post is in the week');
    assert.equal(created.title, NEW);
    return created;
  };
  const before = await choose(/^01:30 \(UTC\+1\)/);
  assert.equal(before.day, target);
  assert.equal(before.time, '01:30');
  const after = await choose(/^03:30 \(UTC\+2\)/);
  assert.equal(after.day, target);
  assert.equal(after.time, '03:30');

  // Annuler creates nothing.
  const count = (await snapshot(page)).workspace.posts;
  await page.keyboard.press('Enter');
  await until(page, (s) => s.workspace.calendar.time_choice_open, 'le choix de l’heure');
  await click(page, 'Annuler');
  const snap = await until(page, (s) => !s.workspace.calendar.time_choice_open, 'la fermeture du choix');
  assert.equal(snap.workspace.posts, count);
  assert.equal(snap.workspace.screen, 'calendar');

  await waitSaved(page);
  await reloadApp(page);
  await calendarScreen(page);
  await click(page, 'Semaine');
  await until(page, (s) => s.workspace.calendar.view === 'week', 'la vue semaine');
  await weekOf(page, target);
  const kept = await cal(page);
  assert.equal(kept.posts.find((p) => p.id === before.id)?.time, '01:30');
  assert.equal(kept.posts.find((p) => p.id === after.id)?.time, '03:30');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an evergreen published post goes back to the queue with « Remettre en file »', async () => {
  const { context, page } = await env.freshApp();
  let c = (await calendarScreen(page)).workspace.calendar;
  const uniquePublished = (cc) => cc.posts.find((p) => p.published && cc.posts.filter((q) => q.title === p.title).length === 1);
  if (!uniquePublished(c)) {
    const month = c.first_day;
    await press(page, 'PageUp', (s) => s.workspace.calendar.first_day !== month, 'le mois précédent');
    c = await cal(page);
  }
  const post = uniquePublished(c);
  assert.ok(post, 'the demo has a published post in this month or the previous one');
  await click(page, post.title);
  await until(page, (s) => s.workspace.calendar.selected_post === post.id, 'la sélection de la publication');
  await click(page, 'Contenu intemporel (remis en file après publication)', 'toggle');
  await until(page, (s) => s.workspace.calendar.posts.find((p) => p.id === post.id)?.evergreen, 'le contenu intemporel');
  await click(page, 'Remettre en file');
  const snap = await until(page, (s) => s.workspace.calendar.requeue_notice !== '', 'la remise en file');
  assert.match(snap.workspace.calendar.requeue_notice, /^Remise en file : prochaine publication le .+\.$/);
  assert.equal(snap.workspace.message, snap.workspace.calendar.requeue_notice);
  // No longer published: the button is gone.
  await until(page, (s) => !visible(s, (l) => l === 'Remettre en file'), 'la disparition du bouton');
  await waitSaved(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});
