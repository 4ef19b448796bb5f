// The tone checker in the composer: a post typed on the keyboard (accents through the text
// input path) is checked live, the plain-French finding on « afin de » is listed with a
// « Corriger » button, the fix replaces it with « pour », and the fixed text survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, reloadApp, openPost, newPost, until, click, focusText, textValue, waitSaved,
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
