import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDisposition, exportFileName } from '../../../server/export/fileName';

/** Every module `entry` pulls in through static imports (type-only imports and `import()` excluded). */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)';/gms)) {
    const specifier = match[1] as string;
    if (!specifier.startsWith('.')) {
      seen.add(specifier);
      continue;
    }
    for (const candidate of [`${specifier}.ts`, `${specifier}.tsx`, `${specifier}/index.ts`]) {
      const path = resolve(dirname(entry), candidate);
      try {
        readFileSync(path);
        staticImports(path, seen);
        break;
      } catch {
        // Try the next extension.
      }
    }
  }
  return seen;
}

describe('export route', () => {
  it('loads no document builder at server start: docx, pdfkit, resvg and fflate are imported on first use', () => {
    const loaded = [...staticImports(resolve('server/app.ts'))];
    expect(loaded.some((module) => module.endsWith('server/export/route.ts'))).toBe(true);
    expect(loaded).toContain('ws'); // the walk does see the server's own packages
    for (const heavy of ['docx', 'pdfkit', '@resvg/resvg-js', 'fflate']) expect(loaded).not.toContain(heavy);
    expect(loaded.some((module) => module.includes('server/export/render'))).toBe(false);
  });

  it('names files with ASCII words of the title and the date only', () => {
    expect(exportFileName('Atelier du Jas de Bouffan — été 2027', '2027-06-12', 'odt')).toBe(
      'fresco-plan-atelier-du-jas-de-bouffan-ete-2027-2027-06-12.odt',
    );
    expect(exportFileName('"; rm -rf / ; ../../etc/passwd', 'x', 'pdf', 'kit')).toBe(
      'fresco-kit-rm-rf-etc-passwd.pdf',
    );
    expect(exportFileName('مرحبا 👋', '', 'md')).toBe('fresco-plan-atelier.md');
    expect(exportFileName('a'.repeat(200), '', 'csv')).toBe(`fresco-plan-${'a'.repeat(60)}.csv`);
    expect(contentDisposition('fresco-plan-x.pdf')).toBe('attachment; filename="fresco-plan-x.pdf"');
  });
});
