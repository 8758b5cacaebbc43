/**
 * A cap on the sockets one address holds open, HTTP keep-alive and websockets together (an upgraded
 * socket is the same TCP connection, counted once). Without it, one device opening thousands of idle
 * connections uses up the process's file descriptors and nobody else can join the workshop.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** A tablet holds a few sync sockets and a few keep-alive ones; this leaves room for a whole class. */
export const DEFAULT_MAX_SOCKETS_PER_ADDRESS = 256;

/** The address a socket was counted under: its remote address is gone once it is closed. */
const COUNTED_AS = Symbol('countedAs');

type CountedSocket = Socket & { [COUNTED_AS]?: string };

export function capSocketsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  // One listener for every socket (`this` is the socket), not a closure kept alive by each of them.
  function release(this: CountedSocket): void {
    const address = this[COUNTED_AS];
    if (address === undefined) return;
    this[COUNTED_AS] = undefined;
    const left = (open.get(address) ?? 1) - 1;
    if (left <= 0) open.delete(address);
    else open.set(address, left);
  }
  server.on('connection', (socket: CountedSocket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      // Over the cap: dropped before a byte is read, so it costs no parser, timer or handler.
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket[COUNTED_AS] = address;
    socket.on('close', release);
  });
}
