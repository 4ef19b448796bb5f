// Images for the browser tests, drawn by the browser itself: the suite holds no image file.

// A real PNG of w × h, drawn by the browser (so the test holds no image file).
export async function pngBytes(page, w, h, colour) {
  const base64 = await page.evaluate(([w, h, colour]) => {
    const c = document.createElement('canvas');
    c.width = w; c.height = h;
    const g = c.getContext('2d');
    g.fillStyle = colour; g.fillRect(0, 0, w, h);
    g.fillStyle = '#ffffff'; g.fillRect(w / 4, h / 4, w / 2, h / 2);
    return c.toDataURL('image/png').split(',')[1];
  }, [w, h, colour]);
  return Buffer.from(base64, 'base64');
}
