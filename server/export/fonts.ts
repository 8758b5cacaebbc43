/**
 * Fonts embedded in the PDFs and used to rasterise the pictures: DejaVu Sans, shipped by the
 * `dejavu-fonts-ttf` npm package (never a system font, so the output is the same on every server). It
 * covers French accents, and also Arabic, Cyrillic and most symbols residents may type.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FILES = {
  regular: join(folder, 'DejaVuSans.ttf'),
  bold: join(folder, 'DejaVuSans-Bold.ttf'),
  oblique: join(folder, 'DejaVuSans-Oblique.ttf'),
  /** The paper kit's small cards: the same letters, narrower, so whole words fit a 2 cm card. */
  condensedBold: join(folder, 'DejaVuSansCondensed-Bold.ttf'),
} as const;

export const FONT_FAMILY = 'DejaVu Sans';
