/**
 * RGBA pixels (as resvg renders them) to PNG, compressed on Node's thread pool so several pictures are
 * encoded in parallel while the main thread goes on building the document.
 *
 * `opaque` writes RGB without alpha: pdfkit puts such a PNG into the PDF as it is, while an RGBA one it
 * must decode in JavaScript to split the alpha out (hundreds of ms per fresco picture). Pictures are
 * drawn on white, so compositing onto white loses nothing.
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Scanlines with filter type 0: plain row copies, cheap in JavaScript; zlib does the compressing. */
function scanlines(rgba: Uint8Array, width: number, height: number, opaque: boolean): Buffer {
  const channels = opaque ? 3 : 4;
  const stride = width * channels + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride + 1;
    const source = y * width * 4;
    if (!opaque) {
      raw.set(rgba.subarray(source, source + width * 4), row);
      continue;
    }
    for (let x = 0; x < width; x++) {
      const i = source + x * 4;
      const o = row + x * 3;
      const alpha = rgba[i + 3] as number;
      if (alpha === 255) {
        raw[o] = rgba[i] as number;
        raw[o + 1] = rgba[i + 1] as number;
        raw[o + 2] = rgba[i + 2] as number;
      } else {
        const white = 255 * (255 - alpha);
        raw[o] = ((rgba[i] as number) * alpha + white) / 255;
        raw[o + 1] = ((rgba[i + 1] as number) * alpha + white) / 255;
        raw[o + 2] = ((rgba[i + 2] as number) * alpha + white) / 255;
      }
    }
  }
  return raw;
}

export async function encodePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  opaque: boolean,
): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = opaque ? 2 : 6; // colour type: RGB or RGBA
  const data = await deflateAsync(scanlines(rgba, width, height, opaque), { level: 6 });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
