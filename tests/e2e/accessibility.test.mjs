// Accessibility (issue 15): the accessibility mirror (wasm/platform/a11y_mirror.*) puts the widgets
// ImGui draws on the canvas into the page as real elements. Checked here the way assistive
// technologies see the page: axe-core finds no serious or critical violation on any of the six
// screens; the browser's own accessibility tree (Chromium's, through the DevTools protocol) holds
// each screen's heading, the six navigation entries and the screen's main controls by name;
// pressing a mirrored element as a screen reader does (a click on the element, not on the canvas)
// presses the widget; ImGui's keyboard focus and the page's focus follow each other. Themes: the
// browser's prefers-color-scheme and prefers-contrast choose the first one; the one chosen in
// Paramètres is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { click, holdClick, reloadApp, snapshot, until, useBrowser, waitAppTime, waitFrames, waitInPage, widget } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const { freshApp } = useBrowser();

// The six screens: the snapshot's name, the sidebar's label (the page heading), and controls the
// screen always shows in the demo workspace, by their accessible role and name.
const SCREENS = [
  { key: 'strategy', name: 'Stratégie', controls: [] },
  { key: 'calendar', name: 'Calendrier', controls: [] },
  { key: 'composer', name: 'Rédaction', controls: [['button', 'Nouvelle publication']] },
  { key: 'messages', name: 'Messages', controls: [['button', 'Nouveau message reçu…']] },
  { key: 'kpis', name: 'Indicateurs', controls: [] },
  { key: 'settings', name: 'Paramètres', controls: [['button', 'Exporter l’espace (JSON)']] },
];

// Keys as a person presses them: `focusedName` is the page's focus as « role:name », `tabTo` presses Tab until the focus is
// on `wanted`, as a person listening to a screen reader would.
function keyboard(page) {
  const focusedName = () => page.evaluate(() => {
    const el = document.activeElement;
    return el && el.closest('#parvis-a11y') ? `${el.getAttribute('role') || el.tagName.toLowerCase()}:${el.getAttribute('aria-label') || el.textContent}` : '';
  });
  const tabTo = async (wanted, max = 120) => {
    const trail = [];
    for (let i = 0; i < max; i++) {
      const name = await focusedName();
      if (name === wanted) return;
      if (!trail.includes(name)) trail.push(name);
      await page.keyboard.down('Tab');
      await waitFrames(page, 2);
      await page.keyboard.up('Tab');
      await waitFrames(page, 2);
    }
    throw new Error(`« ${wanted} » jamais atteint par Tab ; atteints : ${trail.map((n) => `« ${n} »`).join(', ')}`);
  };
  // Down and up at once: the app keeps a key released before its frame down for that frame
  // (wasm/main.cpp), and a key held over slow frames would pass ImGui's repeat delay and move twice.
  const press = async (key) => { await page.keyboard.down(key); await page.keyboard.up(key); await waitFrames(page, 3); };
  return { focusedName, tabTo, press };
}

async function openScreen(page, screen) {
  await click(page, screen.name);
  await until(page, (s) => s.workspace.screen === screen.key, `l’écran ${screen.name}`);
  await waitInPage(page, (name) => document.querySelector('#parvis-a11y h1')?.textContent === name, screen.name,
    { what: `le titre « ${screen.name} » dans la page` });
  await waitFrames(page, 3);
}

// The rows of the mirrored table named `caption` (« TH:Réseau », « TD:12 »), once the screen is
// scrolled down with the wheel until it is in the page.
async function tableRows(page, caption) {
  const rows = () => page.evaluate((c) => {
    const table = [...document.querySelectorAll('#parvis-a11y table')].find((t) => t.caption?.textContent === c);
    return table ? [...table.rows].map((r) => [...r.cells].map((cell) => `${cell.tagName}:${cell.textContent}`)) : null;
  }, caption);
  for (let i = 0; i < 30; i++) {
    const found = await rows();
    if (found) return found;
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 200);
    await waitFrames(page, 3);
  }
  const found = await rows();
  assert.ok(found, `« ${caption} » in the page once in view`);
  return found;
}

// axe-core's serious and critical violations on the page as it is now.
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.failureSummary || ''}`) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The browser's accessibility tree: the [role, name] of every node a screen reader is given.
async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value, name: n.name?.value || '',
      props: Object.fromEntries((n.properties || []).map((p) => [p.name, p.value?.value])) }));
  } finally {
    await cdp.detach();
  }
}

test('every screen: no serious or critical axe-core violation, heading, navigation and controls in the accessibility tree', async () => {
  const { context, page } = await freshApp();
  // Before the mirror, the tree held no named control: check it has the navigation now.
  for (const screen of SCREENS) {
    await openScreen(page, screen);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${screen.name} : violations axe-core graves ou critiques\n${JSON.stringify(violations, null, 2)}`);

    const tree = await accessibilityTree(page);
    const has = (role, name) => tree.some((n) => n.role === role && n.name === name);
    assert.ok(has('heading', screen.name), `${screen.name} : titre de l’écran absent de l’arbre d’accessibilité`);
    assert.equal(tree.filter((n) => n.role === 'heading' && n.props.level === 1).length, 1, `${screen.name} : un seul titre de niveau 1`);
    for (const other of SCREENS) {
      const entry = tree.find((n) => n.role === 'button' && n.name === other.name);
      assert.ok(entry, `${screen.name} : entrée de navigation « ${other.name} » absente`);
    }
    assert.ok(tree.some((n) => n.role === 'navigation'), `${screen.name} : pas de région de navigation`);
    for (const [role, name] of screen.controls) assert.ok(has(role, name), `${screen.name} : contrôle « ${name} » (${role}) absent`);
    const named = tree.filter((n) => ['button', 'checkbox', 'radio', 'tab', 'combobox', 'textbox'].includes(n.role) && n.name);
    assert.ok(named.length >= 8, `${screen.name} : ${named.length} contrôles nommés seulement`);
    if (screen.key === 'messages') {
      // A message's row is read whole (author, deadline, state and origin, its first words), and
      // its tick box, whose label is hidden, is named.
      assert.ok(tree.some((n) => n.role === 'checkbox' && /^Cocher le message de \S/.test(n.name)), 'case à cocher d’un message nommée');
      assert.ok(tree.some((n) => n.role === 'button' && / · .+, \S/.test(n.name)), 'un message lu avec son état, son origine et ses premiers mots');
    }
    if (screen.key === 'calendar') {
      // Radio buttons are radios with their state; a post's chip says its title, day, time and
      // status, not only its title (the rest is its place in the grid and its colour).
      const radio = (name) => tree.find((n) => n.role === 'radio' && n.name === name);
      assert.equal(radio('Mois')?.props.checked, 'true', 'radio « Mois » cochée');
      assert.equal(radio('Semaine')?.props.checked, 'false', 'radio « Semaine » non cochée');
      const chip = tree.find((n) => n.role === 'button' && /, (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4} \d{2}:\d{2}, \S/.test(n.name));
      assert.ok(chip, 'une publication du calendrier décrite par son titre, son jour, son heure et son statut');
      // Not by colour alone: each chip starts with its status's symbol, and the key says them.
      const SYMBOLS = { idea: '○', draft: '◔', to_validate: '◑', validated: '◕', scheduled: '●', published: '■', failed: '▲', cancelled: '□' };
      const { posts } = (await snapshot(page)).workspace.calendar;
      assert.ok(posts.length > 5, `${posts.length} publication(s) seulement`);
      for (const p of posts) assert.ok(p.text.startsWith(`${SYMBOLS[p.status]} ${p.time} `), JSON.stringify(p));
      assert.ok(new Set(posts.map((p) => p.status)).size >= 2, 'des statuts différents dans la démo');
    }
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Indicateurs and Stratégie: tables and a chart are read as tables, with their caption, column headers and values', async () => {
  const { context, page } = await freshApp();
  await openScreen(page, SCREENS[4]);
  const scrollToTable = (caption) => tableRows(page, caption);
  // « Chiffres clés », the screen's first table: a row per indicator, headed by its name, with
  // the current and the previous period's value.
  const keyFigures = await scrollToTable('Chiffres clés');
  assert.deepEqual(keyFigures[0], ['TH:Indicateur', 'TH:Période choisie', 'TH:Période précédente', 'TH:Évolution']);
  assert.ok(keyFigures.length > 10, `${keyFigures.length - 1} indicateur(s) seulement`);
  for (const row of keyFigures.slice(1)) {
    assert.equal(row.length, 4, JSON.stringify(row));
    assert.match(row[0], /^TH:\S/, JSON.stringify(row));
  }
  // The table « Par réseau », whose cells ImGui draws as text: a table with its headers.
  await scrollToTable('Par réseau');
  let tree = await accessibilityTree(page);
  assert.ok(tree.some((n) => n.role === 'table' && n.name === 'Par réseau'), 'table « Par réseau » named by its caption');
  for (const header of ['Réseau', 'Taille de la communauté'])
    assert.ok(tree.some((n) => n.role === 'columnheader' && n.name === header), `column header « ${header} »`);
  assert.ok(tree.some((n) => n.role === 'rowheader' && /^Facebook /.test(n.name)), 'a row headed by its account');
  // The community chart, further down: its text alternative is the table of its values, a row per day.
  const caption = 'Évolution de la communauté (abonnés, tous réseaux)';
  const rows = (await scrollToTable(caption)).map((row) => row.map((cell) => cell.replace(/^T[HD]:/, '')));
  assert.deepEqual(rows[0], ['Jour', 'Taille de la communauté']);
  assert.ok(rows.length > 2, `${rows.length - 1} jour(s) seulement`);
  for (const [day, value] of rows.slice(1)) {
    assert.match(day, /^\d{1,2}(er)? \S+ \d{4}$/, `jour « ${day} »`);
    assert.match(value, /^\d{1,3}([\u202f\u00a0 ]\d{3})*$/, `valeur « ${value} »`);
  }
  tree = await accessibilityTree(page);
  assert.ok(tree.some((n) => n.role === 'table' && n.name === caption), 'the chart’s table in the accessibility tree');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  // Stratégie's ranking of the networks: a row per network headed by its name, with the reasons
  // that the screen shows only under an opened row.
  await openScreen(page, SCREENS[0]);
  const networksTab = await widget(page, 'Réseaux');
  await holdClick(page, networksTab.rect.x + networksTab.rect.w / 2, networksTab.rect.y + networksTab.rect.h / 2);
  const ranking = await scrollToTable('Assistant de choix des réseaux');
  assert.deepEqual(ranking[0], ['TH:Réseau', 'TH:Rang', 'TH:Score', 'TH:h/sem.', 'TH:Recommandé', 'TH:Raisons']);
  assert.ok(ranking.some((row) => row[0] === 'TH:Facebook' && row[5].length > 8), JSON.stringify(ranking.slice(0, 3)));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a screen reader presses mirrored elements: navigation entries and a button act in the app', async () => {
  const { context, page } = await freshApp();
  // A click event on the element itself, as a screen reader or switch device sends it: the canvas
  // gets no mouse event at all.
  const press = (name) => page.evaluate((n) => {
    const el = [...document.querySelectorAll('#parvis-a11y [data-imgui-id]')].find((e) => (e.getAttribute('aria-label') || e.textContent) === n);
    if (!el) return false;
    el.click();
    return true;
  }, name);
  const pressWhenThere = async (name) => waitInPage(page, (n) => [...document.querySelectorAll('#parvis-a11y [data-imgui-id]')]
    .some((e) => (e.getAttribute('aria-label') || e.textContent) === n), name, { what: `« ${name} » dans la page` }).then(() => press(name));

  for (const screen of [SCREENS[1], SCREENS[5], SCREENS[2]]) {
    assert.ok(await pressWhenThere(screen.name));
    await until(page, (s) => s.workspace.screen === screen.key, `l’écran ${screen.name} ouvert par la page`);
    await waitInPage(page, (name) => document.querySelector('#parvis-a11y h1')?.textContent === name, screen.name, { what: 'le titre suivi' });
    // The entry of the open screen is the current page; the others are not.
    const current = await page.evaluate(() => [...document.querySelectorAll('#parvis-a11y nav [aria-current="page"]')].map((e) => e.textContent));
    assert.deepEqual(current, [screen.name]);
  }
  assert.ok(await pressWhenThere('Nouvelle publication'));
  await until(page, (s) => s.widgets.some((w) => w.visible && w.kind === 'text' && w.label === 'Texte'), 'la nouvelle publication ouverte');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('keyboard: Alt+2 opens the calendar with the focus on its first control, Tab moves it, the page focus follows, F1 shows the keyboard help', async () => {
  const { context, page } = await freshApp();
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el && el.closest('#parvis-a11y') ? { id: el.dataset.imguiId, name: el.getAttribute('aria-label') || el.textContent } : null;
  });
  // Alt is let go only once the calendar's first control has the focus, as a person does: its
  // release must leave the focus there (ImGui 1.86's « Alt tap » moved it out of the screen).
  await page.keyboard.down('Alt');
  await page.keyboard.press('2');
  await until(page, (s) => s.workspace.screen === 'calendar', 'le calendrier ouvert au clavier');
  const first = await waitInPage(page, () => {
    const el = document.activeElement;
    return el && el.closest('#parvis-a11y') ? el.dataset.imguiId : null;
  }, null, { what: 'le focus de la page sur un contrôle du calendrier' });
  assert.ok(first);
  assert.equal(String((await snapshot(page)).nav_id), first, 'the page focus is on ImGui’s keyboard focus');
  await page.keyboard.up('Alt');
  await waitFrames(page, 3);
  assert.equal(String((await snapshot(page)).nav_id), first, 'releasing Alt leaves ImGui’s keyboard focus on the first control');
  await page.keyboard.press('Tab');
  const next = await waitInPage(page, (before) => {
    const el = document.activeElement;
    return el && el.closest('#parvis-a11y') && el.dataset.imguiId !== before ? el.dataset.imguiId : null;
  }, first, { what: 'le focus déplacé par Tab' });
  assert.notEqual(next, first);
  assert.ok((await focused()).name, 'the focused element has a name');

  await page.keyboard.press('F1');
  await waitInPage(page, () => [...document.querySelectorAll('#parvis-a11y [role="dialog"][aria-modal="true"] button')]
    .some((b) => b.textContent === 'Fermer'), null, { what: 'l’aide clavier' });
  const snap = await snapshot(page);
  assert.ok(snap.widgets.some((w) => w.visible && w.label === 'Fermer'), 'the keyboard help is drawn');
  await page.keyboard.press('Escape');
  await waitInPage(page, () => !document.querySelector('#parvis-a11y [role="dialog"]'), null, { what: 'l’aide fermée par Échap' });
  // The focus comes back to where it was before F1.
  await waitInPage(page, (id) => document.activeElement && document.activeElement.dataset.imguiId === id, next,
    { what: 'le focus revenu sur le contrôle d’avant l’aide', timeout: 5000 });

  // Shift held, Tab twice: back to the first control, then to the one before it. The page's focus
  // moving must not let go of Shift (the second Tab went forward, back to `next`).
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await waitInPage(page, (id) => document.activeElement && document.activeElement.dataset.imguiId === id, first,
    { what: 'Maj+Tab revenu sur le premier contrôle' });
  await page.keyboard.press('Tab');
  const before = await waitInPage(page, (id) => {
    const el = document.activeElement;
    return el && el.closest('#parvis-a11y') && el.dataset.imguiId !== id ? el.dataset.imguiId : null;
  }, first, { what: 'le focus déplacé par le second Tab, Maj toujours enfoncée' });
  await page.keyboard.up('Shift');
  assert.notEqual(before, next, 'Shift was still down for the second Tab');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('keyboard only: a person chosen, a post created, typed, given a type, scheduled and saved without a single mouse event', async () => {
  const { context, page } = await freshApp();
  // Not one mouse event from here on: the page counts them.
  await page.evaluate(() => {
    window.__mouseEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown']) {
      window.addEventListener(type, (e) => { if (e.isTrusted && e.detail !== 0) window.__mouseEvents++; }, true);
    }
  });
  const { focusedName, tabTo, press } = keyboard(page);

  const before = (await snapshot(page)).workspace.posts;
  await page.keyboard.press('Alt+3');
  await until(page, (s) => s.workspace.screen === 'composer', 'Rédaction ouverte au clavier');
  // Who is at the keyboard (« Plus tard » was answered at start, and only a person of the team
  // may schedule): Camille, community manager, chosen from « Vous êtes » with the arrows.
  await tabTo('combobox:Vous êtes');
  await press(' ');
  for (let i = 0; i < 12 && !/:Camille Le Goff \(/.test(await focusedName()); i++) await press('ArrowDown');
  assert.match(await focusedName(), /:Camille Le Goff \(/, 'Camille reached with the arrows');
  await press(' ');
  await until(page, (s) => s.workspace.person === 'p-camille', 'Camille choisie au clavier');
  await tabTo('button:Nouvelle publication');
  await press(' ');
  await until(page, (s) => s.workspace.posts === before + 1, 'la publication créée');
  await tabTo('textbox:Texte');
  // Enter held past ImGui's key repeat delay (0.275 s) opens the box and types nothing into it.
  await page.keyboard.down('Enter');
  await waitAppTime(page, 0.6);
  await page.keyboard.up('Enter');
  await waitInPage(page, () => document.activeElement && document.activeElement.id === 'parvis-text-input', null, { what: 'la saisie du texte' });
  const text = 'Fête de la musique : scène ouverte place de l’Église à 18 h.';
  await page.keyboard.type(text, { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => w.kind === 'text' && w.label === 'Texte' && w.value === text), 'le texte tapé');
  // Tab leaves the text box keeping the text (Escape would cancel the typing, as ImGui does).
  await press('Tab');
  await until(page, (s) => { const box = s.widgets.find((w) => w.kind === 'text' && w.label === 'Texte'); return box && s.active_id !== box.id; },
    'la sortie du champ « Texte »');

  // Scheduled by keyboard too: the « Réglages et date » tab, the type « Services pratiques » (no
  // validation circuit in the demo's charter) from its list with the arrows, a date typed, then
  // « Programmer ».
  const post = (s) => s.workspace.composer.post;
  await tabTo('tab:Réglages et date');
  await press(' ');
  await until(page, (s) => s.widgets.some((w) => w.visible && w.kind === 'text' && w.label === 'Date et heure'), 'l’onglet « Réglages et date »');
  await tabTo('combobox:Type de message');
  await press(' ');
  for (let i = 0; i < 12 && !(await focusedName()).endsWith(':Services pratiques'); i++) await press('ArrowDown');
  assert.match(await focusedName(), /:Services pratiques$/, 'the type reached with the arrows');
  await press(' ');
  await until(page, (s) => post(s).message_type === 'type-services', 'le type « Services pratiques »');
  const today = (await snapshot(page)).workspace.composer.today;
  const [y, m, d] = new Date(Date.parse(`${today}T12:00:00Z`) + 8 * 86400_000).toISOString().slice(0, 10).split('-');
  await tabTo('textbox:Date et heure');
  await page.keyboard.down('Enter');
  await waitAppTime(page, 0.6);
  await page.keyboard.up('Enter');
  await waitInPage(page, () => document.activeElement && document.activeElement.id === 'parvis-text-input', null, { what: 'la saisie de la date' });
  await page.keyboard.type(`${d}/${m}/${y} 18:30`, { delay: 5 });
  await press('Tab');
  await until(page, (s) => s.widgets.some((w) => w.kind === 'text' && w.label === 'Date et heure' && w.value === `${d}/${m}/${y} 18:30`),
    'la date tapée');
  await tabTo('button:Programmer');
  await press(' ');
  const scheduled = await until(page, (s) => post(s).status === 'scheduled', 'la publication programmée');
  assert.match(post(scheduled).scheduled_local, /à 18:30$/);

  const saved = await until(page, (s) => s.workspace.save_state === 'saved' && s.workspace.revision === s.workspace.saved_revision &&
    s.workspace.posts === before + 1 && post(s).status === 'scheduled', 'l’enregistrement');
  assert.ok(saved);
  // Back on the texts' tab, by keyboard: the text is there, in the page's own text box too, and
  // the live region said « Enregistré ».
  await tabTo('tab:Textes');
  await press(' ');
  await until(page, (s) => s.widgets.some((w) => w.visible && w.kind === 'text' && w.label === 'Texte' && w.value === text), 'le texte gardé');
  await waitInPage(page, (t) => [...document.querySelectorAll('#parvis-a11y [role="textbox"]')].some((e) => e.textContent === t), text,
    { what: 'le texte dans la zone de texte de la page' });
  await waitInPage(page, () => [...document.querySelectorAll('#parvis-a11y [aria-live="polite"] p')].some((p) => p.textContent === 'Enregistré'),
    null, { what: '« Enregistré » dans la région annoncée' });
  assert.equal(await page.evaluate(() => window.__mouseEvents), 0, 'no mouse event');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('keyboard: Tab reaches the controls below the fold of a long screen and scrolls them into view', async () => {
  const { context, page } = await freshApp();
  const { tabTo } = keyboard(page);
  await page.keyboard.press('Alt+6');
  await until(page, (s) => s.workspace.screen === 'settings', 'Paramètres ouvert au clavier');
  // « Ajouter le nom » (the local names, at the bottom of Paramètres) is out of view at first.
  const out = (await snapshot(page)).widgets.find((w) => w.label === 'Ajouter le nom');
  assert.ok(!out || !out.visible, '« Ajouter le nom » starts out of view');
  await tabTo('button:Ajouter le nom', 200);
  const s = await snapshot(page);
  const button = s.widgets.find((w) => w.label === 'Ajouter le nom');
  assert.ok(button && button.visible, 'scrolled into view');
  assert.ok(button.rect.y >= 0 && button.rect.y + button.rect.h <= 860, `inside the window (y = ${button.rect.y})`);
  assert.equal(String(s.nav_id), String(button.id), 'ImGui’s keyboard focus is on it');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('zoom 200 %: the status bar wraps inside the window, a screen scrolls sideways, a control at its right end is reached by Tab and shown whole', async () => {
  // The browser's zoom at 200 % on a 1280 × 860 window: 640 × 430 CSS pixels, two device pixels each.
  const { context, page } = await freshApp({ viewport: { width: 640, height: 430 }, deviceScaleFactor: 2 });
  const { focusedName, tabTo } = keyboard(page);
  const whole = (w) => w && w.rect.x >= -1 && w.rect.y >= -1 && w.rect.x + w.rect.w <= 641 && w.rect.y + w.rect.h <= 431;
  for (const screen of SCREENS) {
    await openScreen(page, screen);
    const s = await snapshot(page);
    for (const label of ['Annuler', 'Rétablir', 'Vous êtes', ...SCREENS.map((x) => x.name)])
      assert.ok(whole(s.widgets.find((w) => w.visible && w.label === label)), `${screen.name} : « ${label} » entier dans la fenêtre`);
  }
  // Calendrier: the network filter, at the right end of the toolbar, was cut off by the window's
  // edge; the screen now scrolls sideways, and Tab brings it into view whole.
  await page.keyboard.press('Alt+2');
  await until(page, (s) => s.workspace.screen === 'calendar', 'le calendrier');
  await tabTo('combobox:Réseau', 80);
  const s = await snapshot(page);
  const filter = s.widgets.find((w) => w.label === 'Réseau' && w.visible);
  assert.ok(whole(filter), `the network filter whole in the window (x = ${filter?.rect.x}, width ${filter?.rect.w})`);
  assert.equal(await focusedName(), 'combobox:Réseau');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('keyboard: Escape ends the typing in a dialog, a second Escape closes it, nothing is added, the focus comes back', async () => {
  const { context, page } = await freshApp();
  const { focusedName, tabTo, press } = keyboard(page);
  const dialogOpen = () => page.evaluate(() => !!document.querySelector('#parvis-a11y [role="dialog"][aria-modal="true"]'));
  const before = (await snapshot(page)).workspace.messages;
  await page.keyboard.press('Alt+4');
  await until(page, (s) => s.workspace.screen === 'messages', 'Messages ouvert au clavier');
  await tabTo('button:Nouveau message reçu…');
  await press(' ');
  await waitInPage(page, () => !!document.querySelector('#parvis-a11y [role="dialog"][aria-modal="true"]'), null, { what: 'la boîte « Nouveau message reçu »' });
  await tabTo('textbox:De la part de');
  // A short press, over two frames (ImGui samples keys once a frame). Held past ImGui's repeat
  // delay, Enter would repeat in a one-line box, and a repeated Enter ends the typing.
  await page.keyboard.down('Enter');
  await waitFrames(page, 2);
  await page.keyboard.up('Enter');
  await waitInPage(page, () => document.activeElement && document.activeElement.id === 'parvis-text-input', null, { what: 'la saisie du nom' });
  await page.keyboard.type('Mme Durand', { delay: 5 });
  // The first Escape only ends the typing: the dialog stays.
  await press('Escape');
  await until(page, (s) => s.active_id === 0, 'la saisie terminée par Échap');
  await waitFrames(page, 3);
  assert.equal(await dialogOpen(), true, 'the first Escape leaves the dialog open');
  // The second closes it, like « Annuler »: no message added, the focus back on the button.
  await press('Escape');
  await waitInPage(page, () => !document.querySelector('#parvis-a11y [role="dialog"]'), null, { what: 'la boîte fermée par Échap' });
  await until(page, (s) => s.workspace.messages === before, 'aucun message ajouté');
  await waitInPage(page, () => {
    const el = document.activeElement;
    return el && el.closest('#parvis-a11y') && (el.getAttribute('aria-label') || el.textContent) === 'Nouveau message reçu…';
  }, null, { what: 'le focus revenu sur « Nouveau message reçu… »', timeout: 5000 });
  assert.equal(await focusedName(), 'button:Nouveau message reçu…');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// The theme stored in the device's settings (IndexedDB `parvis`, store `settings`): a function run
// in the page, null when none is stored (the theme then follows the browser).
const readStoredTheme = () => new Promise((resolve) => {
  const open = indexedDB.open('parvis');
  open.onerror = () => resolve(null);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('settings')) { db.close(); resolve(null); return; }
    const get = db.transaction('settings').objectStore('settings').get('app');
    get.onsuccess = () => { db.close(); resolve(get.result ? get.result.value.theme ?? null : null); };
    get.onerror = () => { db.close(); resolve(null); };
  };
});

test('themes: dark when the browser prefers dark, high contrast when it asks for more contrast, the one chosen in Paramètres kept', async () => {
  // A browser that prefers dark: a first-time user gets the dark theme, not stored as a choice.
  {
    const { context, page } = await freshApp({ colorScheme: 'dark' });
    const s = await until(page, (s) => s.workspace.theme === 'dark', 'le thème sombre d’un navigateur qui le préfère');
    assert.equal(s.workspace.theme_chosen, false);
    assert.equal(await page.evaluate(readStoredTheme), null, 'a theme the person did not choose is not stored');
    // The system's setting changed while the app runs: the theme follows (prefers-contrast: more).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-contrast', value: 'more' }, { name: 'prefers-color-scheme', value: 'dark' }] });
    await until(page, (s) => s.workspace.theme === 'high_contrast', 'le contraste élevé demandé par le navigateur');
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-contrast', value: 'no-preference' }, { name: 'prefers-color-scheme', value: 'light' }] });
    await until(page, (s) => s.workspace.theme === 'light', 'le thème clair quand le navigateur ne demande plus rien');
    await cdp.detach();
    assert.deepEqual(page.errors, []);
    await context.close();
  }

  // « Contraste élevé » chosen in Paramètres survives a reload, even in a browser that prefers dark.
  const { context, page } = await freshApp({ colorScheme: 'dark' });
  await click(page, 'Paramètres');
  await until(page, (s) => s.workspace.screen === 'settings', 'Paramètres');
  const radio = await widget(page, 'Contraste élevé');
  await holdClick(page, radio.rect.x + Math.min(radio.rect.w / 2, 10), radio.rect.y + radio.rect.h / 2);
  await until(page, (s) => s.workspace.theme === 'high_contrast' && s.workspace.theme_chosen === true, 'le contraste élevé choisi');
  assert.equal(await waitInPage(page, readStoredTheme, null, { what: 'le thème enregistré dans les réglages de l’appareil' }), 'high_contrast');
  const after = await reloadApp(page);
  assert.equal(after.workspace.theme, 'high_contrast');
  assert.equal(after.workspace.theme_chosen, true);

  // axe-core in the high-contrast theme, on the screens with the most kinds of controls.
  for (const screen of [SCREENS[5], SCREENS[1], SCREENS[2]]) {
    await openScreen(page, screen);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${screen.name} (contraste élevé) : violations axe-core graves ou critiques\n${JSON.stringify(violations, null, 2)}`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
