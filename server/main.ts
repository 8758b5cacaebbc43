/**
 * `npm start`: builds the client when it is missing or older than its sources, then serves everything
 * on one port and prints the addresses (and a QR code) people on the local network can open.
 */
import QRCode from 'qrcode';
import { startFrescoServer } from './app';
import { ensureClientBuild } from './build/ensureClientBuild';
import { readConfig } from './config';
import { stopOnSignals } from './lifecycle';
import { printBanner } from './log';
import { networkUrls } from './network';

async function main(): Promise<void> {
  const config = readConfig();
  await ensureClientBuild(config.clientDir);
  const server = await startFrescoServer(config);
  const lan = networkUrls(server.port, config.host);
  const urls = [server.url, ...lan].map((url) => `${url}/`);
  const shared = urls[urls.length - 1] ?? server.url;
  const qr = await QRCode.toString(shared, { type: 'terminal', small: true });
  printBanner(
    [
      '',
      'Fresco est prêt. / Fresco is ready.',
      ...urls.map((url) => `  ${url}`),
      '',
      'Ouvrez cette adresse sur l’ordinateur de l’animateur·rice : / Open this address on the facilitator’s laptop:',
      qr,
    ].join('\n'),
  );

  stopOnSignals(server);
}

main().catch((error: unknown) => {
  printBanner(`Fresco could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
