// What the publishing tests share: clicking a widget that may be below the fold, and the
// workspace exported or replaced through the app as a person does it (Paramètres › Exporter,
// then the import dialog's « Remplacer l’espace ouvert »).
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { click, until, snapshot, findWidget, waitFrames, waitSaved } from './harness.mjs';

// Scrolls the screen under the mouse until `label` is in view and still, then clicks it. Items
// scrolled out of view are not reported: start from the top, then go down.
export async function scrollClick(page, label, kind) {
  await page.mouse.move(900, 500);
  if (!findWidget(await snapshot(page), label, kind)) {
    await page.mouse.wheel(0, -20000);
    await waitFrames(page, 2);
  }
  for (let i = 0; i < 30; i++) {
    const w = findWidget(await snapshot(page), label, kind);
    if (w && w.rect.y + w.rect.h < 850) {
      // A scroll may settle over a frame or two: click once the widget stays put.
      await waitFrames(page, 2);
      const again = findWidget(await snapshot(page), label, kind);
      if (again && again.rect.y === w.rect.y && again.rect.x === w.rect.x) return click(page, label, kind);
      continue;
    }
    await page.mouse.wheel(0, 240);
    await waitFrames(page, 2);
  }
  return click(page, label, kind);
}

export async function exportWorkspace(page) {
  await click(page, 'Paramètres');
  const [download] = await Promise.all([page.waitForEvent('download'), scrollClick(page, 'Exporter l’espace (JSON)')]);
  const dir = await mkdtemp(join(tmpdir(), 'parvis-export-'));
  await download.saveAs(join(dir, 'espace.json'));
  return JSON.parse(await readFile(join(dir, 'espace.json'), 'utf8'));
}

export async function replaceWorkspace(page, ws, name = 'espace.json') {
  await page.evaluate(([n, text]) => window.parvis.importText(n, text), [name, JSON.stringify(ws)]);
  await click(page, 'Remplacer l’espace ouvert');
  await until(page, (s) => !s.workspace.import_pending, 'l’import');
  await waitSaved(page);
}

// The records of the device's connections database (tokens live there, and only there).
export function connectionRecords(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('parvis-connections');
    open.onsuccess = () => {
      const req = open.result.transaction(['records'], 'readonly').objectStore('records').getAll();
      req.onsuccess = () => resolve(JSON.stringify(req.result));
    };
  }));
}

// Everywhere else the app shows or keeps data, as text, for the token-leak checks: the test
// hook's snapshot, an export and its audit log, the workspaces' database, the undo history, the
// console and the page's storages.
export async function dataPlaces(page, consoleTexts) {
  const places = {};
  places.snapshot = JSON.stringify(await snapshot(page));
  const exported = await exportWorkspace(page);
  places.export = JSON.stringify(exported);
  places.audit = JSON.stringify(exported.audit);
  places.indexeddb = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('parvis');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result, out = [];
      const tx = db.transaction([...db.objectStoreNames], 'readonly');
      for (const name of db.objectStoreNames) tx.objectStore(name).getAll().onsuccess = (e) => out.push(JSON.stringify(e.target.result));
      tx.oncomplete = () => resolve(out.join('\n'));
    };
  }));
  places.history = await page.evaluate(() => window.parvis.historyText());
  places.console = consoleTexts.join('\n');
  places.local_storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  return places;
}
