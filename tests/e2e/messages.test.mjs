// End-to-end tests of the Messages desk (issue 12) in headless Chromium, on the demo workspace:
// an accent-free search finds an accented message, the desk assigns it, routes it to a service and
// sends the hand-off (the mailto: the platform layer was given is in the snapshot, and the page
// saw the link clicked), records the service's answer, marks it answered and closes it; the
// keyboard moves through the list; a message received by phone is entered by hand; everything is
// still there after a reload. Tests wait on the app's state (window.parvis.snapshot()), never on
// fixed delays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, reloadApp, snapshot, until, click, widget, replaceText, waitSaved, waitFrames, holdClick } from './harness.mjs';

const env = useBrowser();

// The mail program is not there in a test browser: the link's click is recorded and goes nowhere
// (Chromium would otherwise report a scheme with no handler).
const catchMailto = () => {
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.protocol === 'mailto:') { (window.__mailtoClicked ||= []).push(this.href); return; }
    return click.call(this);
  };
};

const inbox = (s) => s.workspace.inbox;
const item = (s, id) => inbox(s).items.find((m) => m.id === id);

async function messagesScreen(page) {
  await click(page, 'Messages');
  return until(page, (s) => s.workspace.screen === 'messages', 'l’écran Messages');
}

// A key held over two frames: ImGui 1.86 samples the keyboard once per frame.
async function pressKey(page, key) {
  await page.keyboard.down(key);
  await waitFrames(page, 2);
  await page.keyboard.up(key);
  await waitFrames(page, 2);
}

// Opens a combo by its label (or '#key') and picks an entry by its label.
async function choose(page, combo, entry) {
  await click(page, combo);
  await click(page, entry);
}

test('Messages: search without accents, assign, route and hand off by mailto, service answer, answered, closed; reload keeps it all', async () => {
  const { context, page } = await env.freshApp({}, catchMailto);
  let snap = await messagesScreen(page);
  const claire = inbox(snap).items.find((m) => m.author === '@claire@mastodon.bzh');
  assert.ok(claire, 'the demo has the open-data thanks');
  assert.equal(claire.status, 'unread');
  assert.equal(claire.service_id, '');
  assert.ok(inbox(snap).shown.length > 1, 'the list shows the messages to handle');
  assert.ok(!snap.widgets.some((w) => w.label && w.label.startsWith('À venir sur cet écran : tri vers les services')),
    'the old notice is gone');

  // « deliberations » finds « délibérations ».
  await replaceText(page, 'Rechercher dans les messages', 'DELIBERATIONS');
  snap = await until(page, (s) => inbox(s).shown.length === 1, 'un seul message trouvé');
  assert.deepEqual(inbox(snap).shown, [claire.id]);

  await click(page, '@claire@mastodon.bzh');
  await until(page, (s) => inbox(s).selected === claire.id, 'le message sélectionné');

  // Assign to Yanis: an unread message becomes « assigné ».
  await choose(page, '#assignee', 'Yanis Benali');
  snap = await until(page, (s) => item(s, claire.id).assignee_id === 'p-yanis', 'l’attribution');
  assert.equal(item(snap, claire.id).status, 'assigned');

  // Route it to the Direction générale, then « Transmettre au service ».
  await choose(page, '#route', 'Direction générale des services');
  await until(page, (s) => item(s, claire.id).service_id === 'svc-direction-generale', 'l’orientation vers le service');
  await click(page, 'Transmettre au service');
  snap = await until(page, (s) => item(s, claire.id).forwarded_at !== null && s.workspace.opened_links.length > 0, 'la transmission');
  assert.equal(item(snap, claire.id).status, 'forwarded');
  const mailto = snap.workspace.opened_links.at(-1);
  assert.match(mailto, /^mailto:dgs@saint-exemple\.fr\?subject=/);
  const body = decodeURIComponent(mailto.split('&body=')[1]);
  assert.ok(body.includes('Bravo pour la publication des délibérations en données ouvertes !'), body);
  assert.ok(body.includes(`Référence : ${claire.id}`) || body.includes(claire.id), body);
  const clicked = await page.evaluate(() => window.__mailtoClicked || []);
  assert.deepEqual(clicked, [mailto], 'the page followed the mailto: link once');

  // The service answers; the reply is written and marked as given; then closed.
  await click(page, 'Réponse du service reçue');
  snap = await until(page, (s) => item(s, claire.id).service_answered_at !== null, 'la réponse du service');
  const reply = 'Merci Claire, toutes les deliberations sont en ligne chaque mois.';
  await replaceText(page, 'Texte de la réponse', reply);
  await click(page, 'Marquer comme répondu');
  snap = await until(page, (s) => item(s, claire.id).status === 'answered', 'le message répondu');
  assert.equal(item(snap, claire.id).reply, reply);
  assert.ok(item(snap, claire.id).replied_at);
  await click(page, 'Clore');
  snap = await until(page, (s) => item(s, claire.id).status === 'closed', 'le message clos');
  // « À traiter » (the default filter) no longer lists it.
  assert.deepEqual(inbox(snap).shown, []);
  const before = item(snap, claire.id);

  await waitSaved(page);
  await reloadApp(page);
  snap = await messagesScreen(page);
  const after = item(snap, claire.id);
  assert.deepEqual(after, before, 'every change kept after reload');
  assert.equal(after.status, 'closed');
  assert.equal(after.assignee_id, 'p-yanis');
  assert.equal(after.service_id, 'svc-direction-generale');
  assert.ok(after.forwarded_at && after.service_answered_at && after.replied_at);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Messages: keyboard triage (J / K, C) and a message received by phone entered by hand', async () => {
  const { context, page } = await env.freshApp({}, catchMailto);
  let snap = await messagesScreen(page);
  const shown = inbox(snap).shown;
  assert.ok(shown.length >= 3, `messages to handle: ${shown.length}`);
  // Sorted by deadline: the first one is due first.
  await pressKey(page, 'j');
  snap = await until(page, (s) => inbox(s).selected === shown[0], 'J : le premier message');
  await pressKey(page, 'j');
  snap = await until(page, (s) => inbox(s).selected === shown[1], 'J : le suivant');
  await pressKey(page, 'k');
  snap = await until(page, (s) => inbox(s).selected === shown[0], 'K : le précédent');
  await pressKey(page, 'c');
  snap = await until(page, (s) => item(s, shown[0]).status === 'closed', 'C : clos');

  // « Nouveau message reçu… » by phone.
  const count = inbox(snap).items.length;
  await click(page, 'Nouveau message reçu…');
  await until(page, (s) => inbox(s).new_open, 'le formulaire');
  const radio = await widget(page, 'téléphone');
  await holdClick(page, radio.rect.x + 8, radio.rect.y + radio.rect.h / 2);
  await replaceText(page, 'De la part de', 'Mme Rault');
  await replaceText(page, 'Ce que la personne a dit ou écrit', 'Encombrants deposes rue des Lilas depuis lundi.');
  await click(page, 'Enregistrer le message');
  snap = await until(page, (s) => inbox(s).items.length === count + 1 && !inbox(s).new_open, 'le message saisi');
  const added = inbox(snap).items.at(-1);
  assert.equal(added.author, 'Mme Rault');
  assert.equal(added.channel, 'phone');
  assert.equal(added.status, 'unread');
  assert.equal(inbox(snap).selected, added.id);
  assert.ok(inbox(snap).shown.includes(added.id), 'listed among the messages to handle');

  await waitSaved(page);
  await reloadApp(page);
  snap = await messagesScreen(page);
  assert.equal(item(snap, shown[0]).status, 'closed');
  assert.equal(item(snap, added.id).author, 'Mme Rault');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Messages: the router proposes a service, R opens the reply, the live check flags a phone number until it is gone; bulk close is one undo step (« Annuler »)', async () => {
  const { context, page } = await env.freshApp({}, catchMailto);
  let snap = await messagesScreen(page);
  assert.ok(!snap.widgets.some((w) => w.label && w.label.includes('service proposé automatiquement')), 'the notice no longer announces the router');

  // A message by phone about bulky waste: the router proposes the waste service, with reasons.
  await click(page, 'Nouveau message reçu…');
  await until(page, (s) => inbox(s).new_open, 'le formulaire');
  await replaceText(page, 'De la part de', 'M. Le Goff');
  await replaceText(page, 'Ce que la personne a dit ou écrit', 'Bonjour, des encombrants sont deposes devant l’ecole depuis lundi, qui passe les ramasser ?');
  await click(page, 'Enregistrer le message');
  snap = await until(page, (s) => !inbox(s).new_open && inbox(s).routing.for === inbox(s).selected && inbox(s).selected !== '', 'la proposition du routeur');
  const id = inbox(snap).selected;
  const routing = inbox(snap).routing;
  assert.equal(routing.service_id, 'svc-dechets', JSON.stringify(routing));
  assert.ok(routing.confidence > 0 && routing.reasons.length > 0, JSON.stringify(routing));
  assert.ok(inbox(snap).incoming_tone >= 0 && inbox(snap).incoming_tone < 20, `a calm message: ${inbox(snap).incoming_tone}`);
  await click(page, 'Affecter à ce service');
  snap = await until(page, (s) => item(s, id).service_id === 'svc-dechets', 'le message orienté');

  // R (no text box focused) puts the keyboard in the reply box; a phone number is flagged live.
  await page.mouse.click(5, 5);  // nothing focused
  await waitFrames(page, 2);
  await pressKey(page, 'r');
  await until(page, (s) => s.widgets.some((w) => w.label === 'Texte de la réponse' && w.kind === 'text' && w.id === s.active_id), 'la réponse prête à écrire');
  await page.keyboard.type('Bonjour, rappelez-moi au 06 12 34 56 78 pour en parler.', { delay: 5 });
  snap = await until(page, (s) => inbox(s).reply_rules.includes('personal_data'), 'le numéro signalé');
  await replaceText(page, 'Texte de la réponse', 'Bonjour, merci du signalement : le service Déchets passe cette semaine.');
  snap = await until(page, (s) => !inbox(s).reply_rules.includes('personal_data'), 'plus de donnée personnelle');
  await click(page, 'Marquer comme répondu');
  await until(page, (s) => item(s, id).status === 'answered', 'répondu');

  // Tick two messages (X), close both at once; one Ctrl+Z reopens both.
  await page.mouse.click(5, 5);
  await waitFrames(page, 2);
  snap = await snapshot(page);
  const [a, b] = inbox(snap).shown;
  assert.ok(a && b, 'two messages to handle');
  const before = [item(snap, a).status, item(snap, b).status];
  await pressKey(page, 'j');
  await until(page, (s) => inbox(s).selected === a, 'le premier');
  await pressKey(page, 'x');
  await pressKey(page, 'j');
  await until(page, (s) => inbox(s).selected === b, 'le second');
  await pressKey(page, 'x');
  snap = await until(page, (s) => inbox(s).checked.length === 2, 'deux messages cochés');
  assert.deepEqual([...inbox(snap).checked].sort(), [a, b].sort());
  await click(page, 'Clore les messages cochés');
  snap = await until(page, (s) => item(s, a).status === 'closed' && item(s, b).status === 'closed', 'les deux clos');
  const steps = snap.workspace.undo_steps;
  await click(page, 'Annuler');
  snap = await until(page, (s) => s.workspace.undo_steps === steps - 1, 'Ctrl+Z : une étape annulée');
  assert.equal(item(snap, a).status, before[0], `Ctrl+Z reopens both at once: ${JSON.stringify([item(snap, a), item(snap, b), snap.workspace.message])}`);
  assert.deepEqual([item(snap, a).status, item(snap, b).status], before);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Issue 12's « done when »: a template written in « Modèles de réponse… », then a message triaged
// by keyboard (S the proposed service, T the hand-off, R the reply), the template's phone number
// flagged by the live check, fixed, « Marquer comme répondu », C closed; all kept after reload.
test('Messages: keyboard triage — route (S), hand off (T), reply (R) with a template the checker flags for a phone number, fix, close (C)', async () => {
  const { context, page } = await env.freshApp({}, catchMailto);
  let snap = await messagesScreen(page);

  // A template of our own, with a phone number in it.
  await click(page, 'Modèles de réponse…');
  await until(page, (s) => inbox(s).templates_open, 'les modèles');
  await click(page, 'Nouveau modèle', 'item');
  // The new template is scrolled to, its text box ready to type in.
  const boxes = (s) => s.widgets.filter((w) => w.label === 'Texte du modèle' && w.kind === 'text');
  await until(page, (s) => boxes(s).some((w) => w.value === '' && w.id === s.active_id), 'le nouveau modèle prêt à écrire');
  const templateText = 'Bonjour {prénom}, le service {service} vous rappelle au 06 12 34 56 78 dès demain.';
  await page.keyboard.type(templateText, { delay: 5 });
  await until(page, (s) => boxes(s).some((w) => w.value === templateText), 'le texte du modèle');
  await click(page, 'Fermer');
  snap = await until(page, (s) => !inbox(s).templates_open, 'les modèles fermés');

  // The first message to handle without a service, reached with J.
  const target = inbox(snap).shown.find((id) => item(snap, id).service_id === '' && item(snap, id).status === 'unread');
  assert.ok(target, 'a message without a service');
  await page.mouse.click(5, 5);
  await waitFrames(page, 2);
  for (let i = 0; i < inbox(snap).shown.length && (await snapshot(page)).workspace.inbox.selected !== target; i++) await pressKey(page, 'j');
  snap = await until(page, (s) => inbox(s).selected === target && inbox(s).routing.for === target, 'le message et sa proposition');
  const proposed = inbox(snap).routing.service_id;
  assert.ok(proposed, `the router proposes a service: ${JSON.stringify(inbox(snap).routing)}`);

  await pressKey(page, 's');
  await until(page, (s) => item(s, target).service_id === proposed, 'S : orienté vers le service proposé');
  await pressKey(page, 't');
  snap = await until(page, (s) => item(s, target).forwarded_at !== null, 'T : transmis');
  assert.match(snap.workspace.opened_links.at(-1), /^mailto:/);

  await pressKey(page, 'r');
  await until(page, (s) => s.widgets.some((w) => w.label === 'Texte de la réponse' && w.id === s.active_id), 'R : la réponse');
  await click(page, 'Modèle de réponse');
  await click(page, 'Nouveau modèle');
  snap = await until(page, (s) => s.widgets.some((w) => w.label === 'Texte de la réponse' && w.value.includes('06 12 34 56 78')), 'le modèle rempli');
  const filled = snap.widgets.find((w) => w.label === 'Texte de la réponse').value;
  assert.ok(!filled.includes('{service}'), `the service is filled in: ${filled}`);
  snap = await until(page, (s) => inbox(s).reply_rules.includes('personal_data'), 'le numéro signalé');
  const fixed = filled.replace(' vous rappelle au 06 12 34 56 78 dès demain', ' vous répond en message privé dès demain');
  await replaceText(page, 'Texte de la réponse', fixed);
  await until(page, (s) => !inbox(s).reply_rules.includes('personal_data'), 'plus de numéro');
  await click(page, 'Marquer comme répondu');
  await until(page, (s) => item(s, target).status === 'answered' && item(s, target).reply === fixed, 'répondu');
  await page.mouse.click(5, 5);
  await waitFrames(page, 2);
  await pressKey(page, 'c');
  snap = await until(page, (s) => item(s, target).status === 'closed', 'C : clos');
  const before = item(snap, target);

  await waitSaved(page);
  await reloadApp(page);
  snap = await messagesScreen(page);
  assert.deepEqual(item(snap, target), before, 'kept after reload');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Issue 12 item 5, the buffer role: a hostile message gets the advice, « Alerter … » sends the
// person the charter names an e-mail with the citizen's words (recorded in the audit log), and
// « Mode crise… » leads to the Calendar's crisis switch. The person is chosen in Stratégie › Charte.
test('Messages: a hostile thread alerts the person the charter names, and leads to crisis mode', async () => {
  const { context, page } = await env.freshApp({}, catchMailto);
  let snap = await messagesScreen(page);
  await click(page, 'Nouveau message reçu…');
  await until(page, (s) => inbox(s).new_open, 'le formulaire');
  await replaceText(page, 'De la part de', 'Un riverain');
  await replaceText(page, 'Ce que la personne a dit ou écrit',
    'Vous êtes des incompétents, une bande d’escrocs et de menteurs. Honte à vous, démission !!! On va porter plainte');
  await click(page, 'Enregistrer le message');
  snap = await until(page, (s) => !inbox(s).new_open && inbox(s).selected !== '' && inbox(s).incoming_tone >= 0, 'le message et sa tonalité');
  const id = inbox(snap).selected;
  assert.ok(inbox(snap).incoming_tone >= 50, `a hostile message: ${inbox(snap).incoming_tone}`);

  // The demo's charter names the director of communication.
  const links = snap.workspace.opened_links.length;
  await click(page, 'Alerter Hélène Rousseau (e-mail)');
  snap = await until(page, (s) => s.workspace.opened_links.length === links + 1, 'l’alerte envoyée');
  const mail = snap.workspace.opened_links.at(-1);
  assert.match(mail, /^mailto:helene\.rousseau@saint-exemple\.fr\?subject=/);
  const body = decodeURIComponent(mail.slice(mail.indexOf('&body=') + 6));
  assert.match(body, /^Bonjour Hélène,/);
  assert.ok(body.includes('> Vous êtes des incompétents'), body);
  assert.ok(body.includes(`Référence\u00a0: ${id}`), body);
  assert.match(snap.workspace.message, /Alerte envoyée à Hélène Rousseau/);

  // « Mode crise… » opens the Calendar, where the switch is.
  await click(page, 'Mode crise…');
  await until(page, (s) => s.workspace.screen === 'calendar', 'le Calendrier');
  await widget(page, 'Mode crise');

  // Another person named in the charter: the next alert goes to them.
  await click(page, 'Stratégie');
  const charterTab = await widget(page, 'Charte');
  await holdClick(page, charterTab.rect.x + charterTab.rect.w / 2, charterTab.rect.y + charterTab.rect.h / 2);
  await choose(page, 'Personne à alerter si un fil devient hostile', 'Marc Delorme');
  await waitSaved(page);
  snap = await messagesScreen(page);
  assert.equal(inbox(snap).selected, id);
  await click(page, 'Alerter Marc Delorme (e-mail)');
  snap = await until(page, (s) => s.workspace.opened_links.length === links + 2, 'la seconde alerte');
  assert.match(snap.workspace.opened_links.at(-1), /^mailto:marc\.delorme@saint-exemple\.fr\?/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
