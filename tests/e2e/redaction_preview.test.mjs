// « Aperçu » in Rédaction (issue 13 item 4): a demo post's Facebook text as the feed shows it —
// whole while short; once long, cut with « … Voir plus » after lines that are the beginning of the
// text; the preview follows the typing; the X variant shows X's own count. Images: the part of
// each one the feed shows, from its real size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, until, click, widget, replaceText, holdClick, focusText, waitFrames, selectAll,
} from './harness.mjs';
import { pngBytes } from './image_helpers.mjs';

const env = useBrowser();

async function tab(page, label) {
  const w = await widget(page, label);
  await holdClick(page, w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2);
}

const preview = (s) => s.workspace.composer.preview || {};
const textBox = (s) => s.widgets.find((w) => w.visible && w.key === 'preview-text' && w.kind === 'text');

// The words of the visible lines, joined again, must be the start of the text (lines lose only
// the spaces and line feeds where they break).
function assertBeginning(lines, text) {
  const shown = lines.join(' ').replace(/\s+/g, ' ').trim();
  const start = text.replace(/\s+/g, ' ').trim();
  assert.ok(shown.length > 0, 'some text is shown');
  assert.ok(start.startsWith(shown), `the visible lines are the beginning of the text:\n${shown}\n---\n${start}`);
}

const LONG = 'Chaudière, poêle, chauffe-eau : faites-les vérifier chaque année par un professionnel. '
  + 'Aérez votre logement au moins dix minutes par jour, même quand il fait froid, et ne bouchez jamais '
  + 'les entrées d’air. Le monoxyde de carbone est invisible, sans odeur et mortel. Maux de tête, nausées, '
  + 'vertiges ? Ouvrez les fenêtres, arrêtez les appareils, sortez et appelez le 15, le 18 ou le 112. '
  + 'Les agents du service hygiène de la mairie répondent à vos questions du lundi au vendredi, '
  + 'de 9 h à 12 h et de 14 h à 17 h, à l’accueil de l’hôtel de ville.';

test('Aperçu: the Facebook text folds with « … Voir plus » after its first lines, follows the typing, and X shows its count', async () => {
  const { context, page } = await env.freshApp({ permissions: ['clipboard-read', 'clipboard-write'] });
  await click(page, 'Rédaction');
  // The demo's prevention post (carbon monoxide in winter, the heat register in summer): Facebook,
  // X and Mastodon texts.
  await replaceText(page, '#Rechercher', 'Prévention');
  let snap = await until(page, (s) => s.widgets.some((w) => w.visible && w.label.startsWith('Prévention : ')), 'la publication de prévention');
  const title = snap.widgets.find((w) => w.visible && w.label.startsWith('Prévention : ')).label;
  await click(page, title);
  await tab(page, 'Aperçu');
  snap = await until(page, (s) => preview(s).network === 'facebook' && textBox(s), 'l’aperçu Facebook');
  const demoText = textBox(snap).value;
  assert.equal(preview(snap).folded, false, `a short text shows whole: ${JSON.stringify(preview(snap))}`);
  assert.equal(preview(snap).label, '');
  assertBeginning(preview(snap).lines, demoText);
  assert.ok(preview(snap).lines.length >= 2, 'a text of about 230 characters takes several lines of the column');
  assert.equal(preview(snap).count, [...demoText].length, 'Facebook counts characters');
  assert.equal(preview(snap).crop, '4:5 – 1,91:1', 'the frame Facebook crops feed images to');

  // A long text, pasted over the demo's (typing 600 characters one by one takes minutes here):
  // the feed cuts it, and what shows is its beginning.
  await page.evaluate((t) => navigator.clipboard.writeText(t), LONG);
  await focusText(page, '#preview-text');
  await selectAll(page);
  await page.keyboard.press('Control+V');
  snap = await until(page, (s) => preview(s).text_bytes === Buffer.byteLength(LONG) && preview(s).folded, 'l’aperçu replié');
  const folded = preview(snap);
  assert.equal(folded.label, '… Voir plus');
  assertBeginning(folded.lines, LONG);
  assert.ok(folded.lines.length >= 3 && folded.lines.length <= 7, `Facebook folds after a few lines (${folded.lines.length})`);
  assert.ok(folded.visible_end < Buffer.byteLength(LONG), 'the end of the text is hidden');
  assert.ok(folded.line_count > folded.lines.length, 'more lines exist past the fold');
  assert.equal(folded.count, [...LONG].length);

  // Typing more at the end: the count follows, the beginning people read stays the same.
  await page.keyboard.press('Control+End');
  await waitFrames(page, 2);
  const more = ' Bon hiver à tous !';
  await page.keyboard.type(more, { delay: 5 });
  snap = await until(page, (s) => preview(s).count === [...LONG].length + [...more].length, 'le compteur après la saisie');
  assert.deepEqual(preview(snap).lines, folded.lines);
  assert.equal(preview(snap).folded, true);

  // Typing at the start changes the first visible line.
  await page.keyboard.press('Control+Home');
  await waitFrames(page, 2);
  await page.keyboard.type('Important : ', { delay: 5 });
  snap = await until(page, (s) => (preview(s).lines[0] || '').startsWith('Important : '), 'la première ligne mise à jour');
  assertBeginning(preview(snap).lines, `Important : ${LONG}${more}`);

  // The X variant: no fold, and X's own count (weighted: these characters weigh 1 each).
  const x = snap.widgets.find((w) => w.visible && w.key && w.key.startsWith('preview-variant-') && w.label === 'X');
  assert.ok(x, 'a radio button for the X variant');
  await holdClick(page, x.rect.x + 8, x.rect.y + x.rect.h / 2);
  snap = await until(page, (s) => preview(s).network === 'x', 'l’aperçu X');
  const xText = textBox(snap).value;
  assert.notEqual(xText, '');
  assert.equal(preview(snap).limit, 280);
  assert.equal(preview(snap).count, [...xText].length, `X's weighted length of a plain French text: ${xText}`);
  assert.equal(preview(snap).folded, false);
  assertBeginning(preview(snap).lines, xText);
  assert.equal(preview(snap).crop, '', 'no crop measured for X');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Aperçu: an image too tall for the feed is cropped to its tallest frame, centred; one within the frame shows whole', async () => {
  const { context, page } = await env.freshApp();
  await click(page, 'Rédaction');
  await replaceText(page, '#Rechercher', 'Prévention');
  let snap = await until(page, (s) => s.widgets.some((w) => w.visible && w.label.startsWith('Prévention : ')), 'la publication de prévention');
  await click(page, snap.widgets.find((w) => w.visible && w.label.startsWith('Prévention : ')).label);
  await tab(page, 'Textes');
  // A portrait poster 300 × 900 (1:3), then a square photo 400 × 400.
  for (const [name, w, h] of [['affiche.png', 300, 900], ['photo.png', 400, 400]]) {
    const png = await pngBytes(page, w, h, '#c0392b');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Ajouter une image')]);
    await chooser.setFiles({ name, mimeType: 'image/png', buffer: png });
    await until(page, (s) => (s.workspace.composer.media || [])[0]?.images.some((i) => i.name === name && i.thumbnail === 'ready'), `l’image ${name}`);
  }
  await tab(page, 'Aperçu');
  snap = await until(page, (s) => preview(s).network === 'facebook' && (preview(s).images || []).length === 2, 'l’aperçu avec les images');
  const [poster, photo] = preview(snap).images;
  // Facebook's tallest frame is 4:5: 300 wide shows 375 high, the middle of the 900. Each is said
  // in words under its frame (what the summary gives is the sentence drawn).
  assert.deepEqual(poster, { name: 'affiche.png', cropped: true, x: 0, y: 262.5, width: 300, height: 375,
    said: 'Recadrée dans le fil\u00a0: seule la partie encadrée se voit (4:5), le reste est coupé.' });
  assert.deepEqual(photo, { name: 'photo.png', cropped: false, x: 0, y: 0, width: 400, height: 400,
    said: 'Montrée entière dans le fil\u00a0: son format est dans le cadre.' });
  assert.deepEqual(page.errors, []);
  await context.close();
});
