// Images in Rédaction (issue 13 item 3), as the community manager adds them: « Ajouter une image »
// through the browser's file picker, the thumbnail decoded by the browser, the alt text typed, the
// per-network rules shown (Instagram takes JPEG only), everything still there after a reload (the
// bytes in IndexedDB, not in the workspace JSON); then the .zip backup: exported, the device's
// images wiped, imported back, exported again byte-identical. A paste and a drop add images too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import {
  useBrowser, until, click, widget, replaceText, newPost, waitSaved, reloadApp, openPost,
} from './harness.mjs';
import { pngBytes } from './image_helpers.mjs';

const env = useBrowser();

const TITLE = 'Marché de Noël sur le parvis';
const ALT = 'Les chalets illuminés du marché de Noël devant l’hôtel de ville, à la tombée de la nuit.';
const composer = (s) => s.workspace.composer || {};
const images = (s, variant = 0) => ((composer(s).media || [])[variant] || { images: [] }).images;

// The entries of a stored ZIP (what Parvis writes), read here independently of the app's reader.
function zipEntries(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'an end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; ++i) {
    assert.equal(buf.readUInt32LE(pos), 0x02014b50);
    const method = buf.readUInt16LE(pos + 10), compressed = buf.readUInt32LE(pos + 20);
    const nameLen = buf.readUInt16LE(pos + 28), extra = buf.readUInt16LE(pos + 30), comment = buf.readUInt16LE(pos + 32);
    const local = buf.readUInt32LE(pos + 42);
    const name = buf.toString('utf8', pos + 46, pos + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + compressed);
    out.set(name, method === 0 ? raw : inflateRawSync(raw));
    pos += 46 + nameLen + extra + comment;
  }
  return out;
}

async function exportZip(page, dir, name) {
  await click(page, 'Paramètres');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter avec les images (.zip)')]);
  assert.match(download.suggestedFilename(), /^parvis-ville-de-saint-exemple-\d{4}-\d{2}-\d{2}\.zip$/);
  const path = join(dir, name);
  await download.saveAs(path);
  return readFile(path);
}

test('an image added in Rédaction: thumbnail, alt text, network rules, kept over a reload, and the .zip round trip', async () => {
  const { context, page } = await env.freshApp();
  await newPost(page);
  await replaceText(page, 'Titre interne', TITLE);

  // « Ajouter une image » opens the browser's file picker; the chosen PNG goes on every network.
  const png = await pngBytes(page, 600, 400, '#2f6db5');
  const sha = createHash('sha256').update(png).digest('hex');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Ajouter une image')]);
  await chooser.setFiles({ name: 'marche-noel.png', mimeType: 'image/png', buffer: png });
  let snap = await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready' && images(s)[0].texture,
    'la vignette de l’image');
  const img = images(snap)[0];
  assert.equal(img.sha256, sha, 'the image is named by the SHA-256 of its bytes');
  assert.equal(img.mime, 'image/png');
  assert.equal(img.bytes, png.length);
  assert.deepEqual([img.width, img.height], [600, 400], 'the size the browser decoded');
  assert.equal(snap.workspace.media.thumbnails[sha].thumb_width, 160, 'a thumbnail, not the full image');
  const variants = composer(snap).media;
  assert.ok(variants.length >= 2, 'the demo posts on several networks');
  assert.ok(variants.every((v) => v.images.length === 1 && v.images[0].sha256 === sha), 'on every network of the post');
  assert.match(snap.workspace.message, /Image\s«\smarche-noel\.png\s»\sajoutée/);
  // Instagram's rule: JPEG only through its API; the X variant has nothing to say about a PNG.
  const findings = Object.fromEntries(variants.map((v) => [v.account_id, v.media_findings]));
  assert.deepEqual(findings['acc-instagram'], ['format_refused'], `Instagram refuses a PNG: ${JSON.stringify(findings)}`);
  assert.deepEqual(findings['acc-x'], [], 'X takes it');
  assert.deepEqual(findings['acc-mastodon'], [], 'Mastodon takes it');

  // The alt text, typed in French with accents, on the first network.
  await replaceText(page, '#alt-0-0', ALT);
  snap = await until(page, (s) => images(s)[0].alt_text === ALT, 'le texte alternatif');
  await waitSaved(page);

  // The workspace JSON names the image; its bytes are not in it.
  const stored = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('parvis-media');
    open.onsuccess = () => {
      const tx = open.result.transaction(['blobs'], 'readonly');
      const get = tx.objectStore('blobs').getAll();
      get.onsuccess = () => Promise.all(get.result.map(async (r) => ({ hash: r.hash, mime: r.mime, size: r.size,
        bytes: Array.from(new Uint8Array(await r.blob.arrayBuffer())) }))).then(resolve, reject);
    };
    open.onerror = () => reject(open.error);
  }));
  assert.equal(stored.length, 1, 'one blob in IndexedDB');
  assert.equal(stored[0].hash, sha);
  assert.deepEqual(Buffer.from(stored[0].bytes), png, 'the blob holds the file’s bytes exactly');

  // After a reload: the image, its alt text and its thumbnail are back.
  await reloadApp(page);
  await openPost(page, TITLE);
  snap = await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready' && images(s)[0].texture,
    'l’image après rechargement');
  assert.equal(images(snap)[0].alt_text, ALT);
  assert.equal(images(snap)[0].sha256, sha);

  // The .zip backup: workspace.json (the JSON export's text) and media/<sha256>.png.
  const dir = await mkdtemp(join(tmpdir(), 'parvis-images-'));
  const zip1 = await exportZip(page, dir, 'sauvegarde.zip');
  const entries = zipEntries(zip1);
  assert.deepEqual([...entries.keys()], ['workspace.json', `media/${sha}.png`]);
  assert.deepEqual(entries.get(`media/${sha}.png`), png, 'the image in the backup is the file, byte for byte');
  const json = entries.get('workspace.json').toString('utf8');
  assert.ok(json.includes(sha) && json.includes(ALT), 'the JSON names the image and holds its alt text');
  assert.ok(!json.includes(png.toString('base64').slice(0, 40)), 'no image bytes in the JSON');
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'Exporter l’espace (JSON)')]);
  assert.match(jsonDownload.suggestedFilename(), /\.json$/, 'the JSON-only export stays');

  // This device loses its images (site data partly cleared): the post says so after a reload.
  await page.evaluate(() => new Promise((resolve) => {
    const del = indexedDB.deleteDatabase('parvis-media');
    del.onsuccess = del.onerror = del.onblocked = () => resolve();
  }));
  await reloadApp(page);
  await openPost(page, TITLE);
  await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'missing', 'l’image absente de l’appareil');

  // Import the .zip: previewed with its image, then it replaces the open workspace and puts the
  // image back on the device.
  await click(page, 'Paramètres');
  const [importer] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importer une sauvegarde…')]);
  await importer.setFiles(join(dir, 'sauvegarde.zip'));
  snap = await until(page, (s) => s.workspace.import_pending, 'l’aperçu de l’import');
  assert.equal(snap.workspace.import_images, 1);
  await click(page, 'Remplacer l’espace ouvert');
  await until(page, (s) => !s.workspace.import_pending && s.workspace.media.restored === 1, 'l’image rangée sur l’appareil');
  await waitSaved(page);
  await openPost(page, TITLE);
  await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready', 'la vignette après import');

  // Exported again: the same bytes.
  const zip2 = await exportZip(page, dir, 'sauvegarde-2.zip');
  assert.ok(zip2.equals(zip1), 'export → import → export of the .zip is byte-identical');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an image pasted or dropped onto the page goes on the open post; a file that is not an image is refused', async () => {
  const { context, page } = await env.freshApp();
  await newPost(page);
  const jpegBase64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 1080; c.height = 1350;
    const g = c.getContext('2d');
    g.fillStyle = '#c0392b'; g.fillRect(0, 0, 1080, 1350);
    return c.toDataURL('image/jpeg', 0.8).split(',')[1];
  });
  // A paste of a copied image (no text in the clipboard).
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'affiche.jpg', { type: 'image/jpeg' }));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, jpegBase64);
  let snap = await until(page, (s) => images(s).length === 1 && images(s)[0].thumbnail === 'ready', 'l’image collée');
  assert.equal(images(snap)[0].mime, 'image/jpeg');
  assert.deepEqual([images(snap)[0].width, images(snap)[0].height], [1080, 1350]);
  // 4:5 JPEG: Instagram has nothing to say about it.
  assert.ok(composer(snap).media.every((v) => !v.media_findings.includes('format_refused') && !v.media_findings.includes('ratio_out_of_range')));

  // A drop of a second image.
  const png = await pngBytes(page, 300, 300, '#27ae60');
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'carre.png', { type: 'image/png' }));
    const canvas = document.querySelector('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, png.toString('base64'));
  snap = await until(page, (s) => images(s).length === 2 && images(s)[1].thumbnail === 'ready', 'l’image déposée');
  assert.equal(images(snap)[1].name, 'carre.png');

  // « Retirer » takes it off one network only.
  await click(page, '#remove-0-1');
  snap = await until(page, (s) => images(s, 0).length === 1, 'l’image retirée du premier réseau');
  assert.equal(images(snap, 1).length, 2, 'the other networks keep it');

  // A text file given as an image: refused in French, nothing added.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Ajouter une image')]);
  await chooser.setFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
  snap = await until(page, (s) => /n’est pas une image JPEG, PNG, GIF ou WebP/.test(s.workspace.message), 'le refus du fichier');
  assert.equal(images(snap, 1).length, 2);
  assert.deepEqual(page.errors, []);
  await context.close();
});
