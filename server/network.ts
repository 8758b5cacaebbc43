import { networkInterfaces } from 'node:os';

/** The addresses other devices on the local network can open (never `localhost`, which tablets can't reach). */
export function networkUrls(port: number, host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::')
    return host === 'localhost' || host.startsWith('127.') ? [] : [`http://${host}:${port}`];
  const urls: string[] = [];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) urls.push(`http://${address.address}:${port}`);
    }
  }
  return urls;
}
