/**
 * Announces the server on the local network by multicast DNS: the name `fresco.local` (A records for
 * this machine's network addresses) and an HTTP service "Fresco" on that name and port, so a tablet
 * whose system resolves `.local` names can open http://fresco.local:8080/ instead of typing an address.
 *
 * `MDNS` names it (`MDNS=salle2` → `salle2.local`, for a second box on the same wifi) or turns it off
 * (`MDNS=off`). Nothing is announced when the server listens on a loopback address only: no tablet could
 * reach it. Multicast may be missing (no network yet, a container, a firewall): that is logged, never a
 * crash, and the addresses in the banner still work.
 */
import Bonjour from 'bonjour-service';
import type { Logger } from './log';

export interface MdnsAnnouncement {
  /** The announced host name, e.g. `fresco.local`. */
  host: string;
  /** Says goodbye on the network (records with a zero lifetime), then closes the socket. */
  stop(): Promise<void>;
}

export interface MdnsOptions {
  /** multicast-dns socket options (tests bind their own interface). */
  socket?: { interface?: string; ip?: string; port?: number };
}

const NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The host name to announce for this configuration, or null when there is none to announce. */
export function mdnsHost(env: NodeJS.ProcessEnv, listenHost: string): string | null {
  const wanted = (env.MDNS ?? 'fresco').trim().toLowerCase();
  if (wanted === 'off' || wanted === '0' || wanted === 'false' || wanted === '') return null;
  if (listenHost === 'localhost' || listenHost.startsWith('127.') || listenHost === '::1') return null;
  if (!NAME.test(wanted)) throw new Error(`MDNS must be a host name like "fresco" or "off", got ${env.MDNS}`);
  return `${wanted}.local`;
}

export function announce(
  host: string,
  port: number,
  log: Logger,
  options: MdnsOptions = {},
): MdnsAnnouncement {
  let failed = false;
  // Every send fails the same way once multicast is missing: say it once.
  const onError = (error: unknown) => {
    if (!failed) log.warn('mdns_unavailable', { host, error: String(error) });
    failed = true;
  };
  const bonjour = new Bonjour(options.socket ?? {}, onError);
  // The library's socket reports a failed bind or send as an 'error' event that, unheard, would throw
  // and end this process; it is private in its types, hence the cast.
  const socket = (bonjour as unknown as { server: { mdns: NodeJS.EventEmitter } }).server.mdns;
  socket.on('error', onError);
  socket.on('warning', (error: unknown) => log.debug('mdns_warning', { error: String(error) }));
  const service = bonjour.publish({ name: 'Fresco', type: 'http', port, host, txt: { path: '/' } });
  service.on('up', () => {
    if (!failed) log.info('mdns_announced', { host, port });
  });
  service.on('error', onError);
  let stopped: Promise<void> | null = null;
  return {
    host,
    stop() {
      stopped ??= new Promise<void>((done) => {
        const timer = setTimeout(done, 1000);
        bonjour.unpublishAll(() => {
          bonjour.destroy(() => {
            clearTimeout(timer);
            done();
          });
        });
      });
      return stopped;
    },
  };
}
