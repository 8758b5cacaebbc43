/**
 * Only commands write the documents (STYLE.md, "Writers"): in client/, only a file named commands.ts may
 * import the ops of `shared/ops/{board,control,plan}`. The Biome rule is proved to bite by linting probe
 * files written inside the project tree (the overrides match project paths, so a file elsewhere would
 * prove nothing); a plain scan of client/ also catches an import hidden behind a biome-ignore comment.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const PROBES = join(ROOT, 'client', `ops-lint-probe-${process.pid}`);

afterAll(() => rmSync(PROBES, { recursive: true, force: true }));

/** Writes `path` (under the probe folder) importing `from`, lints it, says whether Biome passed it. */
async function lint(path: string, from: string): Promise<{ passed: boolean; output: string }> {
  const file = join(PROBES, path);
  mkdirSync(dirname(file), { recursive: true });
  const specifier = relative(dirname(file), join(ROOT, from)).replaceAll('\\', '/');
  writeFileSync(file, `import { probe } from '${specifier}';\n\nexport const used = probe;\n`);
  try {
    const { stdout, stderr } = await run(BIOME, ['lint', '--colors=off', relative(ROOT, file)], {
      cwd: ROOT,
    });
    return { passed: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { passed: false, output: stdout + stderr };
  }
}

describe('the lint rule: only client/**/commands.ts imports ops', () => {
  it('fails a component, a hook or a helper that imports an op of the board, the control or the plan', async () => {
    for (const [path, op] of [
      ['Widget.tsx', 'shared/ops/plan/actions'],
      ['useThing.ts', 'shared/ops/board/items'],
      ['deep/er/Panel.tsx', 'shared/ops/control/workshop'],
      // Near misses of the name are not commands files.
      ['doorCommands.ts', 'shared/ops/control/workshop'],
      ['commands.tsx', 'shared/ops/plan/text'],
    ]) {
      const { passed, output } = await lint(path as string, op as string);
      expect({ path, passed }).toEqual({ path, passed: false });
      expect(output).toContain('lint/style/noRestrictedImports');
      expect(output).toContain('Only client/**/commands.ts writes the documents');
    }
  }, 120_000);

  it('passes a commands.ts at any depth, and the ops that write nothing (origin, roots, undo) anywhere', async () => {
    for (const [path, from] of [
      ['commands.ts', 'shared/ops/plan/actions'],
      ['deep/er/commands.ts', 'shared/ops/control/workshop'],
      ['Widget.tsx', 'shared/ops/origin'],
      ['useThing.ts', 'shared/ops/roots'],
    ]) {
      const { passed, output } = await lint(path as string, from as string);
      expect({ path, passed, output }).toMatchObject({ path, passed: true });
    }
  }, 120_000);

  it('still keeps server code out of a commands.ts', async () => {
    const { passed, output } = await lint('other/commands.ts', 'server/app');
    expect(passed).toBe(false);
    expect(output).toContain('client/ runs in the browser');
  }, 60_000);
});

describe('client/ as it is', () => {
  it('imports ops of the board, the control or the plan from commands.ts files only', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== PROBES && entry.name !== 'public') walk(path);
        } else if (/\.tsx?$/.test(entry.name) && entry.name !== 'commands.ts') {
          const source = readFileSync(path, 'utf8');
          if (/from\s+['"][./]*\/?shared\/ops\/(board|control|plan)\b/.test(source)) {
            offenders.push(relative(ROOT, path));
          }
        }
      }
    };
    walk(join(ROOT, 'client'));
    expect(offenders).toEqual([]);
  });
});
