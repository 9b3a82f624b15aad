/**
 * Reads the QR code the `qrcode` package draws as SVG (one path of horizontal runs:
 * "M1 1.5h7m2 0h2...") back into pixels and decodes it with jsQR, so a test can
 * check that the printed code really opens the page.
 */
import jsQR from 'jsqr';

const scale = 4;
/** White modules added around the code: on paper the page around it is white too. */
const border = 4;

export function decodeQrSvg(svg: string): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) return undefined;
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    const first = Number(a);
    if (command === 'M') [x, y] = [first, Number(b)];
    else if (command === 'm') [x, y] = [x + first, y + Number(b)];
    else {
      for (let i = 0; i < first; i++) {
        const row = dark[Math.floor(y)];
        if (row) row[x + i] = true;
      }
      x += first;
    }
  }
  const width = (size + 2 * border) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const value = dark[Math.floor(py / scale) - border]?.[Math.floor(px / scale) - border] ? 0 : 255;
      pixels.set([value, value, value, 255], (py * width + px) * 4);
    }
  }
  return jsQR(pixels, width, width)?.data;
}
