/**
 * The survey page's service worker, at `/sw.js` with the scope `/s/`: it keeps the app shell (index.html
 * and every file the interviewer's page loads) so a phone reloads the page on the pavement with no
 * network. Pictograms are not here: they live in the IndexedDB bundle (client/pictograms), and the
 * interviews in the survey document's IndexedDB copy. Nothing under /api or /sync is ever answered from
 * a cache.
 *
 * The build (server/build/serviceWorkerPlugin.ts) puts `self.__FRESCO_PRECACHE__` (the list of files and
 * a version) at the top of this file. It imports nothing, so the build leaves it one classic script.
 *
 * - install: fetches every listed file (bypassing the HTTP cache) into `fresco-survey-<version>`; a
 *   single failure fails the install, so an active worker means a whole shell.
 * - activate: drops older versions' caches and takes over open pages at once.
 * - a navigation in scope: the network first (the freshest index.html while online), the cached
 *   index.html when the network fails or takes longer than a few seconds (a weak street signal).
 * - a listed file: from the cache (hashed names never change); anything else goes to the network.
 */

// A module for TypeScript, so its names stay out of the page's global scope; the build emits no export.
export {};

interface PrecacheManifest {
  version: string;
  urls: string[];
}

interface WaitableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchLikeEvent extends WaitableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

interface WorkerScope {
  __FRESCO_PRECACHE__: PrecacheManifest;
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: string, listener: (event: Event) => void): void;
}

const scope = self as unknown as WorkerScope;
const manifest = scope.__FRESCO_PRECACHE__;
const CACHE_PREFIX = 'fresco-survey-';
const CACHE = `${CACHE_PREFIX}${manifest.version}`;
const SHELL = '/index.html';
/** Past this, a navigation is answered from the cache: a signal that comes and goes must not stall a reload. */
const NAVIGATION_TIMEOUT_MS = 4000;
const listed = new Set(manifest.urls.map((url) => new URL(url, scope.location.origin).pathname));

scope.addEventListener('install', (event) => {
  (event as WaitableEvent).waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(manifest.urls.map((url) => new Request(url, { cache: 'reload' })));
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  (event as WaitableEvent).waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('fetch', (event) => {
  const fetchEvent = event as FetchLikeEvent;
  const request = fetchEvent.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin) return;
  if (request.mode === 'navigate') {
    fetchEvent.respondWith(networkOrShell(request));
    return;
  }
  if (listed.has(url.pathname)) fetchEvent.respondWith(cachedFirst(request, url.pathname));
});

async function networkOrShell(request: Request): Promise<Response> {
  // A navigation request cannot be re-made with an abort signal (a RequestInit on a `navigate` request
  // throws), so the timeout races it instead.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('slow network')), NAVIGATION_TIMEOUT_MS);
  });
  try {
    // A server error page is still the network's answer; only a missing or stalled network falls back.
    return await Promise.race([fetch(request), late]);
  } catch {
    const shell = await caches.match(SHELL, { cacheName: CACHE });
    return shell ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

async function cachedFirst(request: Request, pathname: string): Promise<Response> {
  const cached = await caches.match(pathname, { cacheName: CACHE });
  return cached ?? fetch(request);
}
