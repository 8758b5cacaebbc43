/**
 * `npm start`: builds the client when it is missing or older than its sources, then serves everything
 * on one port and prints the addresses (and a QR code) people on the local network can open.
 */
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { startFrescoServer } from './app';
import { ensureClientBuild } from './build/ensureClientBuild';
import { readConfig } from './config';
import { stopOnSignals } from './lifecycle';
import { printBanner } from './log';

function localUrls(port: number, host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host}:${port}/`];
  const urls = [`http://localhost:${port}/`];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) urls.push(`http://${address.address}:${port}/`);
    }
  }
  return urls;
}

async function main(): Promise<void> {
  const config = readConfig();
  await ensureClientBuild(config.clientDir);
  const server = await startFrescoServer(config);
  const urls = localUrls(server.port, config.host);
  const shared = urls.find((url) => !url.includes('localhost')) ?? urls[0] ?? server.url;
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
