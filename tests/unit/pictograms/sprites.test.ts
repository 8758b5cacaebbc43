/** The sprite sheets: where each pictogram sits, the sheet drawn at build time, and reading them back. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePictogramBundle } from '../../../server/build/pictogramBundlePlugin';
import { readBundleSprites } from '../../../shared/pictograms/bundle';
import { PICTOGRAMS } from '../../../shared/pictograms/catalog';
import {
  readSpriteSheets,
  SPRITE_BANDS,
  spriteCell,
  spriteColumns,
  spriteSheetSvg,
} from '../../../shared/pictograms/sprites';

const SVG = '<svg id="emoji" viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg"><circle r="9"/></svg>';

describe('sprite cells', () => {
  it('lays pictograms out row by row in a square grid', () => {
    expect(spriteColumns(135)).toBe(12);
    expect(spriteColumns(1)).toBe(1);
    expect(spriteCell(0, 12, 48)).toEqual({ x: 0, y: 0, size: 48 });
    expect(spriteCell(13, 12, 48)).toEqual({ x: 48, y: 48, size: 48 });
  });

  it('nests each drawing at its cell with its own viewBox', () => {
    const svg = spriteSheetSvg(
      [
        { id: 'a', svg: SVG },
        { id: 'b', svg: SVG },
      ],
      144,
    );
    expect(svg).toContain('width="288" height="144"');
    expect(svg).toContain(
      '<svg x="144" y="0" width="144" height="144" viewBox="0 0 72 72"><circle r="9"/></svg>',
    );
  });

  it('reads back only sheets that fit', () => {
    const good = { size: 48, columns: 2, ids: ['a'], png: 'iVBOR' };
    expect(readSpriteSheets([good, { ...good, size: -1 }, { ...good, ids: [3] }, null, 'x'])).toEqual([good]);
    expect(readSpriteSheets(undefined)).toEqual([]);
    expect(readBundleSprites({ format: 1, svgs: {} })).toEqual([]);
  });
});

describe('the built bundle', () => {
  it('carries one PNG sheet per band with every pictogram, sized to its grid', () => {
    const built = makePictogramBundle(resolve(__dirname, '../../../client/public/pictograms'));
    const sheets = readBundleSprites(JSON.parse(built.text));
    expect(sheets.map((sheet) => sheet.size)).toEqual([...SPRITE_BANDS]);
    for (const sheet of sheets) {
      expect(sheet.ids).toEqual(PICTOGRAMS.map((pictogram) => pictogram.id));
      const png = Buffer.from(sheet.png, 'base64');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const rows = Math.ceil(sheet.ids.length / sheet.columns);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        sheet.columns * sheet.size,
        rows * sheet.size,
      ]);
    }
  }, 30_000);
});
