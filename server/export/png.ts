/**
 * RGBA pixels to an opaque RGB PNG. resvg writes RGBA PNGs; pdfkit has to decode those in JavaScript to
 * split the alpha channel out (hundreds of ms per fresco picture), while an RGB PNG goes into the PDF
 * as it is. Pictures are drawn on white, so nothing is lost by compositing onto white here.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function encodeRgbPng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  const rgb = new Uint8Array(width * 3);
  const previous = new Uint8Array(width * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      const alpha = rgba[i + 3] as number;
      const o = x * 3;
      if (alpha === 255) {
        rgb[o] = rgba[i] as number;
        rgb[o + 1] = rgba[i + 1] as number;
        rgb[o + 2] = rgba[i + 2] as number;
      } else {
        const white = 255 - alpha;
        rgb[o] = ((rgba[i] as number) * alpha + 255 * white) / 255;
        rgb[o + 1] = ((rgba[i + 1] as number) * alpha + 255 * white) / 255;
        rgb[o + 2] = ((rgba[i + 2] as number) * alpha + 255 * white) / 255;
      }
    }
    // Filter type 2 ("up"): flat-coloured pictures compress well, for one subtraction per byte.
    const row = y * stride;
    raw[row] = y === 0 ? 0 : 2;
    for (let k = 0; k < rgb.length; k++)
      raw[row + 1 + k] = ((rgb[k] as number) - (y === 0 ? 0 : (previous[k] as number))) & 0xff;
    previous.set(rgb);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
