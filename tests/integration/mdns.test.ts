/**
 * mDNS announce (server/mdns.ts), on the wire: each probe runs in a network namespace of its own
 * (`unshare -n`), so no packet ever leaves this machine; a veth pair in it gives the announcer a
 * non-loopback address (198.51.100.1, a documentation range) to put in the `fresco.local` A record.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mdnsHost } from '../../server/mdns';

const run = promisify(execFile);
const PROBE = 'node --import tsx tests/helpers/mdnsProbe.ts';
const VETH = [
  'set -e',
  'ip link set lo up',
  'ip link add fr0 type veth peer name fr1',
  'ip addr add 198.51.100.1/24 dev fr0',
  'ip link set fr1 up',
  'ip link set fr0 up',
  'ip route add 224.0.0.0/4 dev fr0',
].join('\n');

async function inNamespace(script: string): Promise<Record<string, unknown>> {
  const { stdout } = await run('unshare', ['-n', 'sh', '-c', script], { timeout: 30_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

describe('the mDNS name', () => {
  it('is fresco.local by default, another name or none by MDNS, and none on loopback', () => {
    expect(mdnsHost({}, '0.0.0.0')).toBe('fresco.local');
    expect(mdnsHost({ MDNS: 'Salle2' }, '0.0.0.0')).toBe('salle2.local');
    expect(mdnsHost({ MDNS: 'off' }, '0.0.0.0')).toBe(null);
    expect(mdnsHost({}, '192.168.1.20')).toBe('fresco.local');
    expect(mdnsHost({}, '127.0.0.1')).toBe(null);
    expect(mdnsHost({}, 'localhost')).toBe(null);
    expect(() => mdnsHost({ MDNS: 'salle 2' }, '0.0.0.0')).toThrow(/MDNS/);
  });
});

/**
 * A namespace needs CAP_SYS_ADMIN and iproute2: a CI container without them cannot run these probes,
 * and must not send multicast on its real network instead, so they are skipped there.
 */
const canIsolate =
  spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { timeout: 10_000 }).status === 0;

describe.skipIf(!canIsolate)('the announce on a local network', () => {
  it('is found as the HTTP service Fresco on fresco.local, with the machine address', async () => {
    const found = await inNamespace(`${VETH}\nexec ${PROBE} browse`);
    expect(found).toMatchObject({ name: 'Fresco', host: 'fresco.local', port: 8080 });
    expect(found.addresses).toContain('198.51.100.1');
  }, 40_000);

  it('logs once and keeps the process running when its socket fails (mDNS port held)', async () => {
    const result = await inNamespace(`ip link set lo up\nexec ${PROBE} port-taken`);
    expect(result).toEqual({ alive: true, events: ['mdns_unavailable'] });
  }, 40_000);
});
