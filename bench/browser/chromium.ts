/**
 * Headless Chromium (Debian's, through playwright-core) with the CPU throttled 4× over CDP, as a weak
 * tablet. Counts bytes on the wire per page: HTTP bodies and headers, and websocket frames received.
 */
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { FRAME_METER } from './inPage';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1180, height: 820 };
export const CPU_THROTTLE = 4;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface ThrottledPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Bytes received so far: HTTP responses (as encoded on the wire) and websocket frames. */
  bytesIn(): number;
  close(): Promise<void>;
}

export async function openThrottledPage(browser: Browser): Promise<ThrottledPage> {
  // The bench waits on in-page predicates, which Playwright runs as strings: the app's CSP forbids that.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(FRAME_METER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  let http = 0;
  let socket = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    http += event.encodedDataLength;
  });
  cdp.on('Network.webSocketFrameReceived', (event: { response: { opcode: number; payloadData: string } }) => {
    // Binary payloads come base64-encoded; 2 bytes of frame header are not counted.
    const data = event.response.payloadData;
    socket += event.response.opcode === 2 ? Math.floor((data.length * 3) / 4) : data.length;
  });
  return {
    context,
    page,
    cdp,
    bytesIn: () => http + socket,
    close: () => context.close(),
  };
}
