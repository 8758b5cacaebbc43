/**
 * Puts the survey page's app shell on the phone: registers `/sw.js` (built by
 * server/build/serviceWorkerPlugin.ts) for the `/s/` pages only, so the workshop screens never meet it,
 * and resolves once a worker is active, which means its whole precache list is stored.
 *
 * Browsers run service workers only on HTTPS or localhost. On a laptop's plain `http://fresco.local`
 * the answer is `unsupported`: the interviews are still kept in IndexedDB, but a reload with no network
 * shows the browser's error page, so the page tells the interviewer to keep it open.
 */
import type { ShellState } from '../useSurveyStore';

export const SURVEY_SCOPE = '/s/';
const WORKER_URL = '/sw.js';
/** Installing means fetching a few hundred KB: on a slow wifi it can take a while, never forever. */
const INSTALL_TIMEOUT_MS = 60_000;

export async function prepareOfflineShell(): Promise<ShellState> {
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return 'unsupported';
  try {
    await navigator.serviceWorker.register(WORKER_URL, { scope: SURVEY_SCOPE });
  } catch {
    // The dev server has no worker, or the phone refuses storage: say the reload is not covered.
    return 'failed';
  }
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), INSTALL_TIMEOUT_MS));
  const ready = await Promise.race([navigator.serviceWorker.ready, timeout]);
  return ready?.active ? 'ready' : 'failed';
}
