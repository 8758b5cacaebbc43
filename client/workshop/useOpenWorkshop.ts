import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { preloadPhasesOf } from '../phases/preloadPhase';
import { openPictogramBundle } from '../pictograms/pictogramBundle';
import type { WorkshopFailure } from '../sync/failure';
import { type OpenedWorkshop, openWorkshop } from '../sync/openWorkshop';
import { useConnectionStore } from '../sync/useConnectionStore';
import type { WorkshopConnection } from '../sync/workshopConnection';
import { createSession } from './createSession';
import { takeEarlyOpen } from './earlyOpen';
import type { WorkshopSession } from './session';

export type OpenState =
  | { status: 'opening' }
  | {
      status: 'open';
      session: WorkshopSession;
      connection: WorkshopConnection;
      /** Changes when a document was replaced (a refused update): key the screens on it to remount them. */
      generation: number;
    }
  | { status: 'failed'; failure: WorkshopFailure };

type Loaded =
  | { status: 'opening' }
  | { status: 'open'; opened: OpenedWorkshop }
  | Extract<OpenState, { status: 'failed' }>;

/** While the server is unreachable and nothing is kept on the device, try again this often. */
const RETRY_UNREACHABLE_MS = 5000;

/** Opens the workshop for this screen and closes it when the screen goes; retries while unreachable. */
export function useOpenWorkshop(workshopId: string, linkToken: string | null): OpenState & { retry(): void } {
  const [state, setState] = useState<Loaded>({ status: 'opening' });
  const resets = useConnectionStore((store) => store.resets);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const tokenRef = useRef(linkToken);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is how `retry` asks for a new try
  useEffect(() => {
    let cancelled = false;
    let opened: WorkshopConnection | null = null;
    let stopPreloading = () => {};
    setState((current) => (current.status === 'failed' ? current : { status: 'opening' }));
    // A no-op when the page started it (earlyOpen); needed after an in-app move, e.g. from the keypad.
    void openPictogramBundle();
    const opening = takeEarlyOpen(workshopId) ?? openWorkshop(workshopId, tokenRef.current);
    opening.then((result) => {
      if (cancelled) {
        if (result.ok) result.opened.connection.destroy();
        return;
      }
      if (!result.ok) {
        setState({ status: 'failed', failure: result.failure });
        return;
      }
      opened = result.opened.connection;
      stopPreloading = preloadPhasesOf(opened.docs.control.doc, result.opened.info.role);
      // A traded or recalled token replaces the link's for later retries.
      tokenRef.current = result.opened.token;
      setState({ status: 'open', opened: result.opened });
    });
    return () => {
      cancelled = true;
      stopPreloading();
      opened?.destroy();
    };
  }, [workshopId, attempt]);

  useEffect(() => {
    if (state.status !== 'failed' || state.failure !== 'unreachable') return;
    const timer = setTimeout(retry, RETRY_UNREACHABLE_MS);
    return () => clearTimeout(timer);
  }, [state, retry]);

  const opened = state.status === 'open' ? state.opened : null;
  // Rebuilt in the same render as the reset is seen, so no screen mounts on a document already replaced.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `resets` is the reason to build it again
  const session = useMemo(() => (opened ? createSession(opened) : null), [opened, resets]);
  if (opened && session) {
    return { status: 'open', session, connection: opened.connection, generation: resets, retry };
  }
  return { ...(state as Exclude<Loaded, { status: 'open' }>), retry };
}
