// The tone checker in the composer: a post typed on the keyboard (accents through the text
// input path) is checked live, the plain-French finding on « afin de » is listed with a
// « Corriger » button, the fix replaces it with « pour », and the fixed text survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, reloadApp, openPost, newPost, until, click, focusText, textValue, waitSaved, waitFrames,
} from './harness.mjs';

const env = useBrowser();

const TEXT = 'La mairie ferme la rue afin de préparer la fête du quartier.';
const FIXED = 'La mairie ferme la rue pour préparer la fête du quartier.';

test('a jargon phrase typed in the composer is found, fixed in one click, and the fix is saved', async () => {
  const { context, page } = await env.freshApp();
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type(TEXT, { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === TEXT), 'le texte saisi');
  // The finding is listed, with its message naming the replacement.
  await until(page, (s) => s.widgets.some((w) => w.visible && w.label.includes('afin de') && w.label.includes('pour')),
    'la remarque sur « afin de »');
  await click(page, 'Corriger');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === FIXED), 'le texte corrigé');
  await until(page, (s) => !s.widgets.some((w) => w.visible && w.label.includes('afin de')), 'la remarque disparue');
  await waitSaved(page);
  await reloadApp(page);
  await openPost(page);
  assert.equal(await textValue(page, box), FIXED);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('findings are underlined in the text box, exactly under their characters', async () => {
  const { context, page } = await env.freshApp();
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type(TEXT, { delay: 5 });
  const start = Buffer.byteLength(TEXT.slice(0, TEXT.indexOf('afin de')));
  let s = await until(page, (x) => x.workspace.underlines.some((u) => u.rule === 'plain_french'), 'le soulignement de « afin de »');
  const mark = s.workspace.underlines.find((u) => u.rule === 'plain_french');
  assert.equal(mark.label, box);
  assert.equal(mark.start, start);
  assert.equal(mark.end, start + Buffer.byteLength('afin de'));
  assert.equal(mark.rects.length, 1, 'one line');
  const [r] = mark.rects;
  const field = s.widgets.find((w) => w.label === box && w.kind === 'text');
  assert.ok(r.x > field.rect.x && r.x + r.w < field.rect.x + field.rect.w, 'inside the box horizontally');
  assert.ok(r.y >= field.rect.y && r.y + r.h <= field.rect.y + field.rect.h, 'inside the box vertically');

  // Exactly there: a click at the underline's left end puts the cursor before « afin », so a
  // word typed there lands right before the underlined phrase.
  await page.mouse.click(r.x + 1, r.y + r.h / 2);
  await waitFrames(page, 3);  // the caret is placed before the typing
  await page.keyboard.type('X ');
  const marked = TEXT.replace('afin de', 'X afin de');
  s = await until(page, (x) => x.widgets.some((w) => w.label === box && w.value === marked), 'le caractère tapé au début du soulignement');
  // The underline follows the text: one character further, same phrase.
  s = await until(page, (x) => x.workspace.underlines.some((u) => u.rule === 'plain_french' && u.start === start + 2),
    'le soulignement déplacé avec le texte');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// With the French dictionary loaded, a lower-case hashtag is cut into words: the finding names its
// CamelCase form and « Corriger » puts it in the text (only the case changes).
test('a lower-case hashtag gets its CamelCase form from the dictionary, applied in one click', async () => {
  const { context, page } = await env.freshApp();
  const TAG_TEXT = 'Séance publique ce soir. #conseilmunicipal';
  await until(page, (s) => s.workspace.dictionary.state === 'loaded', 'le chargement du dictionnaire', 30000);
  const box = await newPost(page);
  await focusText(page, box);
  await page.keyboard.type(TAG_TEXT, { delay: 5 });
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === TAG_TEXT), 'le texte saisi');
  await until(page, (s) => s.widgets.some((w) => w.visible && w.label.includes('#ConseilMunicipal')),
    'la remarque proposant « #ConseilMunicipal »');
  await click(page, 'Corriger');
  await until(page, (s) => s.widgets.some((w) => w.label === box && w.value === 'Séance publique ce soir. #ConseilMunicipal'),
    'le mot-dièse corrigé');
  assert.deepEqual(page.errors, []);
  await context.close();
});
