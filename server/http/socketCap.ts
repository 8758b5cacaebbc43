/**
 * A cap on the sockets one address holds open, HTTP keep-alive and websockets together (an upgraded
 * socket is the same TCP connection, counted once). Without it, one device opening thousands of idle
 * connections uses up the process's file descriptors and nobody else can join the workshop.
 */
import type { Server } from 'node:http';

/** A tablet holds a few sync sockets and a few keep-alive ones; this leaves room for a whole class. */
export const DEFAULT_MAX_SOCKETS_PER_ADDRESS = 256;

export function capSocketsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      // Over the cap: dropped before a byte is read, so it costs no parser, timer or handler.
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
