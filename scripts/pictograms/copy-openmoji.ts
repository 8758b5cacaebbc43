/**
 * Copies the OpenMoji colour SVGs the catalog uses into client/public/pictograms/openmoji/ (whitespace
 * stripped, drawing untouched), deletes the ones it no longer uses, and rewrites the pictogram section of
 * docs/CREDITS.md. OpenMoji is not a dependency: fetch the package once, by hand, and point at it.
 *
 *   cd /tmp && npm pack openmoji@17.0.0 && tar xzf openmoji-17.0.0.tgz
 *   npx tsx scripts/pictograms/copy-openmoji.ts /tmp/package
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PICTOGRAMS } from '../../shared/pictograms/catalog';
import { OPENMOJI_URL, PICTOGRAM_CREDIT, PICTOGRAM_LICENSE_URL } from '../../shared/pictograms/credit';

interface OpenMojiEntry {
  hexcode: string;
  group: string;
  annotation: string;
  openmoji_author: string;
}

const root = resolve(import.meta.dirname, '../..');
const targetDir = join(root, 'client/public/pictograms/openmoji');
const creditsPath = join(root, 'docs/CREDITS.md');
const START = '<!-- pictograms:start (written by scripts/pictograms/copy-openmoji.ts) -->';
const END = '<!-- pictograms:end -->';

/** Newlines and indentation only: numbers and shapes stay exactly as OpenMoji drew them. */
export function minifySvg(svg: string): string {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/>\s+</g, '><')
    .trim();
}

function hexcodeOf(file: string): string {
  return basename(file, '.svg');
}

function copyFiles(packageDir: string): string[] {
  const hexcodes = [...new Set(PICTOGRAMS.map((pictogram) => hexcodeOf(pictogram.file)))];
  mkdirSync(targetDir, { recursive: true });
  for (const hexcode of hexcodes) {
    const svg = readFileSync(join(packageDir, 'color/svg', `${hexcode}.svg`), 'utf8');
    writeFileSync(join(targetDir, `${hexcode}.svg`), `${minifySvg(svg)}\n`);
  }
  const wanted = new Set(hexcodes.map((hexcode) => `${hexcode}.svg`));
  for (const file of readdirSync(targetDir)) {
    if (!wanted.has(file)) rmSync(join(targetDir, file));
  }
  return hexcodes;
}

function creditsSection(packageDir: string, hexcodes: string[]): string {
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version as string;
  const entries: OpenMojiEntry[] = JSON.parse(readFileSync(join(packageDir, 'data/openmoji.json'), 'utf8'));
  const meta = new Map(entries.map((entry) => [entry.hexcode, entry]));
  const rows = hexcodes.map((hexcode) => {
    const entry = meta.get(hexcode);
    if (!entry) throw new Error(`${hexcode} is not in OpenMoji ${version}`);
    const ids = PICTOGRAMS.filter((pictogram) => hexcodeOf(pictogram.file) === hexcode)
      .map((pictogram) => `\`${pictogram.id}\` (${pictogram.kind})`)
      .join(', ');
    const set = entry.group.startsWith('extras-') ? entry.group : 'unicode';
    return `| ${ids} | \`openmoji/${hexcode}.svg\` | ${hexcode} | ${entry.annotation} | ${set} | ${entry.openmoji_author} |`;
  });
  return [
    START,
    '## Pictograms: OpenMoji',
    '',
    `> ${PICTOGRAM_CREDIT.fr}`,
    '>',
    `> ${PICTOGRAM_CREDIT.en}`,
    '',
    `The pictograms on the fresco and the residents' avatars are by [OpenMoji](${OPENMOJI_URL}), the open-source`,
    'emoji and icon project (HfG Schwäbisch Gmünd and contributors; authors listed per file below).',
    '',
    '- Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),',
    `  ${PICTOGRAM_LICENSE_URL} (full legal code: ${PICTOGRAM_LICENSE_URL}legalcode).`,
    `- Source: the npm package \`openmoji@${version}\`, folder \`color/svg/\` (OpenMoji is not an npm dependency of`,
    '  Fresco: only the files below are copied, by `scripts/pictograms/copy-openmoji.ts`).',
    '- Changes: line breaks and indentation removed; the drawings are unchanged. The files keep the OpenMoji',
    '  hexcode as their name and are served from `client/public/pictograms/openmoji/`.',
    '- Share-alike: these files, and any adaptation of them, remain under CC BY-SA 4.0, whatever the licence',
    '  of the rest of Fresco. The credit above is shown on the About screen and printed in every export.',
    '',
    `${hexcodes.length} files:`,
    '',
    '| Used as | File | Hexcode | OpenMoji annotation | Set | Author |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    END,
  ].join('\n');
}

function writeCredits(section: string): void {
  let current = '';
  try {
    current = readFileSync(creditsPath, 'utf8');
  } catch {
    current = '# Credits\n\nThird-party works shipped with Fresco, with their licences.\n';
  }
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(creditsPath, next);
}

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: tsx scripts/pictograms/copy-openmoji.ts <unpacked openmoji package dir>');
  process.exit(1);
}
const hexcodes = copyFiles(resolve(packageDir));
writeCredits(creditsSection(resolve(packageDir), hexcodes));
console.log(`${hexcodes.length} pictograms copied to ${targetDir}`);
