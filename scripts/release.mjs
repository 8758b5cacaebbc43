/**
 * `npm run release`: writes release/fresco-<version>.tar.gz, one folder `fresco/` that runs on any Linux
 * machine (x64 or arm64, glibc) with Node.js 20 or newer and nothing else:
 *
 *   fresco/bin/fresco            starts the server (or runs a command: `backup FILE`, `restore FILE`)
 *   fresco/dist/client           the built client
 *   fresco/dist/server           the compiled server
 *   fresco/node_modules          the packages the compiled server imports (dist/server/packages.json),
 *                                at the versions of package-lock.json, with the native parts for
 *                                linux x64 and arm64
 *   fresco/deploy, docs, README  the systemd unit and the guides
 *
 * The packages come from the registry through npm (its cache first): once for linux x64 and once for
 * linux arm64 (npm's --os/--cpu/--libc choose the platform packages), and the arm64-only packages are
 * added to the x64 tree. Install scripts never run: nothing the release ships needs one.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './build.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'release');
const STAGE = join(OUT, 'fresco');
const PLATFORMS = [
  { os: 'linux', cpu: 'x64', libc: 'glibc' },
  { os: 'linux', cpu: 'arm64', libc: 'glibc' },
];

const say = (text) => process.stdout.write(`${text}\n`);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The release's package.json: the compiled server's packages only, each at the installed version. */
function releaseManifest(root) {
  const manifest = readJson(join(root, 'package.json'));
  const wanted = readJson(join(root, 'dist/server/packages.json'));
  const dependencies = {};
  for (const name of wanted) {
    if (!manifest.dependencies?.[name])
      throw new Error(`the server imports ${name}, which is not in package.json's dependencies`);
    dependencies[name] = readJson(join(root, 'node_modules', name, 'package.json')).version;
  }
  return {
    name: manifest.name,
    version: manifest.version,
    private: true,
    description: manifest.description,
    license: manifest.license,
    type: 'module',
    engines: { node: '>=20' },
    bin: { fresco: 'bin/fresco' },
    dependencies,
  };
}

/** npm install of `manifest` into `folder` for one platform, pinned by the project's lock file. */
function installFor(folder, manifest, platform) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(join(ROOT, 'package-lock.json'), join(folder, 'package-lock.json'));
  execFileSync(
    'npm',
    [
      'install',
      '--omit=dev',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      `--os=${platform.os}`,
      `--cpu=${platform.cpu}`,
      `--libc=${platform.libc}`,
    ],
    { cwd: folder, stdio: 'inherit' },
  );
}

/** Package folders under node_modules (scoped ones as `@scope/name`), top level only. */
function packagesIn(modules) {
  const names = [];
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@'))
      for (const sub of readdirSync(join(modules, entry))) names.push(`${entry}/${sub}`);
    else names.push(entry);
  }
  return names;
}

/**
 * What Node never loads: type declarations and source maps of the packages (a third of docx and pdfkit),
 * and libsql's musl builds (every other native part, resvg's included, is for glibc: a musl system could
 * not render exports anyway).
 */
function prune(modules) {
  let bytes = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(d\.[cm]?ts|map)$/.test(entry.name)) {
        bytes += statSync(path).size;
        rmSync(path);
      }
    }
  };
  for (const name of packagesIn(modules)) {
    if (name.startsWith('@libsql/') && name.endsWith('-musl')) {
      bytes += sizeOf(join(modules, name));
      rmSync(join(modules, name), { recursive: true });
    }
  }
  walk(modules);
  return bytes;
}

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((total, entry) => total + sizeOf(join(path, entry)), 0);
}

async function main() {
  const started = performance.now();
  await ensureBuilt();
  const manifest = releaseManifest(ROOT);
  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(STAGE, { recursive: true });

  say('Packages for linux x64 and arm64…');
  const [first, ...others] = PLATFORMS;
  installFor(STAGE, manifest, first);
  const modules = join(STAGE, 'node_modules');
  for (const platform of others) {
    const extra = join(OUT, `.stage-${platform.cpu}`);
    rmSync(extra, { recursive: true, force: true });
    installFor(extra, manifest, platform);
    const have = new Set(packagesIn(modules));
    for (const name of packagesIn(join(extra, 'node_modules'))) {
      if (!have.has(name))
        cpSync(join(extra, 'node_modules', name), join(modules, name), { recursive: true });
    }
    rmSync(extra, { recursive: true, force: true });
  }
  rmSync(join(modules, '.package-lock.json'), { force: true });
  const pruned = prune(modules);

  cpSync(join(ROOT, 'dist/client'), join(STAGE, 'dist/client'), { recursive: true });
  cpSync(join(ROOT, 'dist/server'), join(STAGE, 'dist/server'), { recursive: true });
  for (const file of [
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'deploy',
    'docs/guide-animateur.md',
    'docs/CREDITS.md',
  ]) {
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(STAGE, file), { recursive: true });
  }
  cpSync(join(ROOT, 'bin/fresco'), join(STAGE, 'bin/fresco'));
  chmodSync(join(STAGE, 'bin/fresco'), 0o755);

  const archive = join(OUT, `fresco-${manifest.version}.tar.gz`);
  rmSync(archive, { force: true });
  execFileSync('tar', [
    '--sort=name',
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '-czf',
    archive,
    '-C',
    OUT,
    'fresco',
  ]);
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  const largest = packagesIn(modules)
    .map((name) => [name, sizeOf(join(modules, name))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, bytes]) => `${name} ${mb(bytes)}`);
  say(
    `Unpacked: client ${mb(sizeOf(join(STAGE, 'dist/client')))}, server ${mb(sizeOf(join(STAGE, 'dist/server')))}, ` +
      `node_modules ${mb(sizeOf(modules))} (${mb(pruned)} of declarations, maps and musl builds left out)`,
  );
  say(`Largest packages: ${largest.join(', ')}`);
  say(
    `${archive}: ${mb(statSync(archive).size)}, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();
