/**
 * Drivers for the end-to-end tests: Debian's Chromium through playwright-core (no browser download),
 * the real Fresco server in-process serving the built client, and screen-sized browser contexts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type FrescoServerOptions, startFrescoServer } from '../../server/app';
import { E2E_CLIENT_DIR } from './e2eClientDir';
import { waitFor as retry } from './waitFor';

export const CHROMIUM_PATH = '/usr/bin/chromium';

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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Screens under test ask for reduced motion: colour transitions then end at once, so the accessibility
 * check never reads a button halfway between two colours (and the app honours that setting anyway).
 */
const REDUCED_MOTION = 'reduce';

export type TabletOrientation = 'landscape' | 'portrait';

/** A resident's tablet: touch, mobile viewport, French. */
export function tabletContext(
  browser: Browser,
  orientation: TabletOrientation = 'landscape',
): Promise<BrowserContext> {
  const viewport = orientation === 'landscape' ? { width: 1024, height: 768 } : { width: 800, height: 1280 };
  return browser.newContext({
    viewport,
    hasTouch: true,
    isMobile: true,
    locale: 'fr-FR',
    deviceScaleFactor: 1,
    reducedMotion: REDUCED_MOTION,
  });
}

/** The facilitator's laptop. */
export function laptopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    reducedMotion: REDUCED_MOTION,
  });
}

/** A projector: a big, wide screen. */
export function projectorContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'fr-FR',
    reducedMotion: REDUCED_MOTION,
  });
}

export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The real server on a free port, with fresh data and the built client (globalSetup builds it). */
export async function startTestServer(overrides: Partial<FrescoServerOptions> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fresco-e2e-'));
  const server = await startFrescoServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    adminToken: null,
    allowedOrigins: [],
    // Refused updates are worth seeing when a browser test fails; nothing else is printed.
    logLevel: process.env.E2E_LOG_LEVEL === 'warn' ? 'warn' : 'silent',
    syncMode: 'normal',
    clientDir: E2E_CLIENT_DIR,
    ...overrides,
  });
  return {
    url: server.url,
    port: server.port,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface E2eEnvironment {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * Starts the server and Chromium before the file's tests and closes both after them. Call it at the top
 * of a test file, before the file's own hooks: those then run after the start and before the close.
 */
export function setUpE2eEnvironment(overrides: Partial<FrescoServerOptions> = {}): E2eEnvironment {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(overrides), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The e2e environment is not started yet (use it inside hooks and tests).');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** Retries until `check` passes; browsers and sockets need longer than unit tests. */
export function waitFor<T>(
  check: () => T | Promise<T>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
) {
  return retry(check, { timeoutMs: options.timeoutMs ?? 10_000, intervalMs: options.intervalMs ?? 50 });
}

const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** Saves a full-page screenshot under test-results/screenshots/<name>.png (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the devtools protocol, which the page's Content-Security-Policy does not govern
  // (an injected <script> would be refused, as any inline script must be).
  await page.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    interface AxeResults {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: string[] }>;
      }>;
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      }));
  });
}
