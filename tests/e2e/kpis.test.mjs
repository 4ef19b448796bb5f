// The Indicateurs dashboard on the demo workspace: charts drawn, the engagement base changes the
// figures, the monthly HTML report downloads and opens in Chromium with its sections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, snapshot, until, click, holdClick, widget, distinctColours, waitFrames } from './harness.mjs';

const env = useBrowser();

async function openDashboard(page) {
  await click(page, 'Indicateurs');
  return until(page, (s) => s.workspace.screen === 'kpis' && s.workspace.kpis && s.workspace.kpis.figures, 'le tableau de bord');
}

test('the dashboard opens on the demo with non-empty charts and figures', async () => {
  const { context, page } = await env.freshApp();
  const snap = await openDashboard(page);
  const k = snap.workspace.kpis;
  assert.equal(k.base, 'reach');
  assert.equal(k.aggregate, 'mean');
  assert.ok(k.community_points >= 2, `community line: ${k.community_points} points`);
  assert.ok(k.format_bars >= 1, `format bars: ${k.format_bars}`);
  assert.ok(k.sparkline_points >= 2, `sparklines: ${k.sparkline_points}`);
  assert.ok(k.figures.followers > 0, 'community size');
  assert.ok(k.figures.publications > 0, 'publications in the last 30 days');
  assert.ok(k.figures.engagement_rate > 0.5 && k.figures.engagement_rate < 10, `engagement rate ${k.figures.engagement_rate}`);
  assert.ok(k.compute_ms < 200, `computed in ${k.compute_ms} ms`);
  // Every figure's definition is one hover away.
  await widget(page, 'Portée');
  // A longer period fills the best-time heatmap.
  await click(page, 'Période');
  await click(page, 'Les 12 derniers mois');
  const year = await until(page, (s) => s.workspace.kpis.from !== k.from && s.workspace.kpis.heat_cells > 0, 'la période de 12 mois');
  assert.ok(year.workspace.kpis.figures.publications > k.figures.publications);
  // The charts are really drawn: scroll down to them and count colours.
  await page.mouse.move(640, 500);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
  await waitFrames(page, 3);
  const colours = distinctColours(await page.screenshot());
  assert.ok(colours > 12, `the charts look blank (${colours} colours)`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('switching the engagement base and the aggregation changes the engagement figures', async () => {
  const { context, page } = await env.freshApp();
  const first = (await openDashboard(page)).workspace.kpis;
  await click(page, 'Abonnés le jour de la publication', 'item');
  const followers = (await until(page, (s) => s.workspace.kpis.base === 'followers', 'la base abonnés')).workspace.kpis;
  assert.notEqual(followers.figures.engagement_rate, first.figures.engagement_rate);
  // All three bases are computed; the chosen one is the engagement rate shown.
  assert.equal(followers.figures.engagement_rate, followers.figures.engagement_rate_followers);
  assert.equal(first.figures.engagement_rate, first.figures.engagement_rate_reach);
  await click(page, 'Impressions', 'item');
  const impressions = (await until(page, (s) => s.workspace.kpis.base === 'impressions', 'la base impressions')).workspace.kpis;
  assert.notEqual(impressions.figures.engagement_rate, first.figures.engagement_rate);
  await click(page, 'Ratio des sommes', 'item');
  const ratio = (await until(page, (s) => s.workspace.kpis.aggregate === 'ratio', 'le ratio des sommes')).workspace.kpis;
  assert.notEqual(ratio.figures.engagement_rate, impressions.figures.engagement_rate);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the HTML report downloads and opens in Chromium with its sections', async () => {
  const { context, page } = await env.freshApp();
  await openDashboard(page);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Télécharger le rapport (HTML)')]);
  assert.match(download.suggestedFilename(), /^parvis-rapport-indicateurs-\d{4}-\d{2}-\d{2}\.html$/);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-kpis-'));
  const file = join(dir, 'rapport.html');
  await download.saveAs(file);
  const html = await readFile(file, 'utf8');
  const report = await context.newPage();
  const errors = [];
  report.on('pageerror', (e) => errors.push(e.message));
  report.on('requestfailed', (r) => errors.push(`request ${r.url()}`));
  await report.setContent(html);
  assert.match(await report.title(), /Indicateurs réseaux sociaux — Ville de Saint-Exemple/);
  for (const id of ['figures', 'community', 'formats', 'message-types', 'best-time', 'objectives']) {
    assert.equal(await report.locator(`section#${id} h2`).count(), 1, `section ${id}`);
  }
  assert.ok(await report.locator('#chart-community path').count() >= 1, 'community line drawn');
  assert.ok(await report.locator('#chart-heatmap rect').count() === 7 * 24, 'heatmap cells');
  const rows = await report.locator('section#figures tbody tr').count();
  assert.ok(rows >= 10, `key figures: ${rows}`);
  assert.match(await report.locator('section#figures').innerText(), /Taux d’engagement/);
  // The public-sector references: drawn on the chart by format and named with their source.
  assert.equal(await report.locator('section#formats line.reference').count(), 2, 'reference lines');
  assert.match(await report.locator('#references').textContent(), /Facebook\u00a0: 1,54\u202f% par publication/);
  // Printable: the page has a print style sheet.
  assert.match(html, /@media print/);
  await report.emulateMedia({ media: 'print' });
  const pdf = await report.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, 'the report prints');
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 12 « Chiffres »: the response times by service, person and channel, the option to count
// working hours only, the backlog curve, and figures that follow the desk (closing every message
// empties the backlog's last day).
test('Délais de réponse: by service, person and channel, working hours, and a backlog that follows the desk', async () => {
  const { context, page } = await env.freshApp();
  await openDashboard(page);
  let snap = await until(page, (s) => s.workspace.kpis.responses && s.workspace.kpis.responses.figures, 'les délais de réponse');
  let r = snap.workspace.kpis.responses;
  const f = r.figures;
  assert.equal(r.business_hours, false);
  assert.ok(f.all_replies.answered > 0 && f.all_replies.median_seconds > 0, JSON.stringify(f.all_replies));
  assert.ok(f.all_replies.waiting > 0, 'the demo has messages still waiting');
  // The police still holds one hand-off: waiting, no answer measured.
  const police = f.by_service.find((g) => g.label === 'Police municipale');
  assert.ok(police, JSON.stringify(f.by_service.map((g) => g.label)));
  assert.equal(police.waiting, 1);
  assert.equal(police.answered, 0);
  assert.ok(f.by_assignee.some((g) => g.label === 'Camille Le Goff' && g.answered > 0), JSON.stringify(f.by_assignee));
  assert.ok(f.by_channel.length > 0);
  // One backlog point per day of the dashboard's period, all drawn.
  assert.equal(f.period.from, snap.workspace.kpis.from);
  assert.equal(f.backlog.length, f.period.days);
  assert.equal(r.backlog_points, f.period.days);
  assert.ok(f.backlog.at(-1).open > 0);

  // Working hours only: no duration can be longer than on the wall clock.
  const box = await widget(page, 'Compter en heures ouvrées (hors jours fériés)');
  await holdClick(page, box.rect.x + box.rect.h / 2, box.rect.y + box.rect.h / 2);
  snap = await until(page, (s) => s.workspace.kpis.responses.business_hours && s.workspace.kpis.responses.figures.business_hours,
    'les heures ouvrées');
  const worked = snap.workspace.kpis.responses.figures;
  assert.equal(worked.all_replies.answered, f.all_replies.answered);
  assert.ok(worked.all_replies.median_seconds <= f.all_replies.median_seconds, `${worked.all_replies.median_seconds} > ${f.all_replies.median_seconds}`);
  assert.ok(worked.all_replies.p90_seconds <= f.all_replies.p90_seconds);

  // Close every message on the desk: the figures follow, nothing waits any more.
  await click(page, 'Messages');
  await until(page, (s) => s.workspace.screen === 'messages', 'l’écran Messages');
  await click(page, 'Tout cocher');
  await click(page, 'Clore les messages cochés');
  await until(page, (s) => s.workspace.inbox.items.every((m) => m.status === 'closed' || m.status === 'hidden' || m.status === 'answered'),
    'tous les messages clos');
  await openDashboard(page);
  snap = await until(page, (s) => s.workspace.kpis.responses && s.workspace.kpis.responses.figures.all_replies.waiting === 0,
    'plus rien en attente');
  r = snap.workspace.kpis.responses;
  assert.equal(r.figures.backlog.at(-1).open, 0, JSON.stringify(r.figures.backlog.slice(-3)));
  assert.equal(r.figures.by_service.find((g) => g.label === 'Police municipale').waiting, 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});
