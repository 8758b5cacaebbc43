/**
 * Run inside a network namespace of the test's own (tests/integration/mdns.test.ts): announces
 * `fresco.local` with server/mdns.ts, then, with `browse`, looks for HTTP services as a tablet would and
 * prints what it found; with `port-taken`, first holds the mDNS port itself (the announcer's socket
 * then fails), and prints the log events after a while: a failed announce must not end the process.
 * One JSON line on stdout.
 */
import { createSocket } from 'node:dgram';
import Bonjour from 'bonjour-service';
import type { Logger } from '../../server/log';
import { announce } from '../../server/mdns';

const events: { event: string; fields?: Record<string, unknown> }[] = [];
const record = (event: string, fields?: Record<string, unknown>) => {
  events.push({ event, fields });
};
const log: Logger = { debug: record, info: record, warn: record, error: record };
const mode = process.argv[2];
if (mode === 'port-taken') {
  const holder = createSocket({ type: 'udp4', reuseAddr: false });
  await new Promise<void>((done) => holder.bind(5353, '0.0.0.0', done));
}
const announcement = announce('fresco.local', 8080, log);

if (mode === 'browse') {
  const browser = new Bonjour();
  browser.find({ type: 'http' }, (service) => {
    console.log(
      JSON.stringify({
        name: service.name,
        host: service.host,
        port: service.port,
        addresses: service.addresses,
      }),
    );
    browser.destroy();
    void announcement.stop().then(() => process.exit(0));
  });
} else {
  setTimeout(() => {
    console.log(JSON.stringify({ alive: true, events: events.map((entry) => entry.event) }));
    void announcement.stop().then(() => process.exit(0));
  }, 3000);
}
