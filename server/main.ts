/**
 * The server's start: runs it as a supervised child process (restarted if it ever dies) and prints the
 * addresses (and a QR code) people on the local network can open, once, when it first listens.
 * `npm start` (scripts/start.mjs, after building what is stale) and a release's `bin/fresco` both run
 * it compiled, through dist/server/cli.js; tests also run it from the sources through tsx.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { readConfig } from './config';
import { createLogger, printBanner } from './log';
import { announce, type MdnsAnnouncement, mdnsHost } from './mdns';
import { networkUrls } from './network';
import { supervise } from './supervisor';

// serve.ts next to this file, or serve.js once compiled (dist/server).
const SERVE = fileURLToPath(new URL(`./serve${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

async function main(): Promise<number> {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  const localName = mdnsHost(process.env, config.host);
  // Announced by this parent, which outlives any restart of the server child: the name never flickers.
  let announcement: MdnsAnnouncement | null = null;
  const code = await supervise({
    script: SERVE,
    log,
    onReady: (ready, first) => {
      if (!first) return;
      // With PORT=0 the system picked a port: later children (after a crash) take the same one, so the
      // addresses and QR code already shown keep working.
      process.env.PORT = String(ready.port);
      if (localName) announcement = announce(localName, ready.port, log);
      void showBanner(ready.url, ready.port, config.host, localName);
    },
  });
  await (announcement as MdnsAnnouncement | null)?.stop();
  return code;
}

async function showBanner(url: string, port: number, host: string, localName: string | null): Promise<void> {
  const lan = networkUrls(port, host);
  const named = localName ? [`http://${localName}:${port}`] : [];
  const urls = [url, ...named, ...lan].map((address) => `${address}/`);
  const shared = urls[urls.length - 1] ?? url;
  const qr = await QRCode.toString(shared, { type: 'terminal', small: true });
  printBanner(
    [
      '',
      'Fresco est prêt. / Fresco is ready.',
      ...urls.map((address) => `  ${address}`),
      '',
      'Ouvrez cette adresse sur l’ordinateur de l’animateur·rice : / Open this address on the facilitator’s laptop:',
      qr,
    ].join('\n'),
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    printBanner(`Fresco could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
