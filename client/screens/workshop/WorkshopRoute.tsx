import i18next from 'i18next';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Role } from '../../../shared/schema/roles';
import type { Namespace } from '../../i18n/namespaces';
import { useConnectionStore } from '../../sync/useConnectionStore';
import { LoadingNote } from '../../ui/LoadingNote';
import { hasEarlyOpen } from '../../workshop/earlyOpen';
import { readFragmentToken } from '../../workshop/links';
import { useOpenWorkshop } from '../../workshop/useOpenWorkshop';
import { WorkshopConnectionContext } from '../../workshop/WorkshopConnectionContext';
import { WorkshopSessionContext } from '../../workshop/WorkshopSessionContext';
import { ErrorScreen } from '../errors/ErrorScreen';
import { GoodbyeScreen } from './GoodbyeScreen';
import { ResetNotice } from './ResetNotice';

const SCREENS: Record<Role, ReturnType<typeof lazy>> = {
  facilitator: lazy(() => import('../facilitator/FacilitatorScreen')),
  participant: lazy(() => import('../tablet/TabletScreen')),
  stakeholder: lazy(() => import('../stakeholder/StakeholderScreen')),
  viewer: lazy(() => import('../projector/ProjectorScreen')),
};

/** The words each screen shows first, fetched along with its code rather than once it renders. */
const SCREEN_NAMESPACES: Record<Role, Namespace[]> = {
  facilitator: ['facilitate'],
  participant: ['join'],
  stakeholder: [],
  viewer: ['projector'],
};

/** `/w/:id#token=…`: checks the link, opens the workshop, and shows the screen of the token's role. */
export default function WorkshopRoute({ id }: { id: string }) {
  // Read once: the fragment is replaced when a participant link is traded for a seat.
  const [linkToken] = useState(() => {
    // A goodbye or a failure from the workshop this page showed before must not greet the next one
    // (an opening the page started for this one already reset it, and may have news of its own).
    if (!hasEarlyOpen(id)) useConnectionStore.getState().reset();
    return readFragmentToken();
  });
  const opened = useOpenWorkshop(id, linkToken);
  const failure = useConnectionStore((store) => store.failure);
  const ended = useConnectionStore((store) => store.ended);
  const role = opened.status === 'open' ? opened.session.role : null;
  useEffect(() => {
    if (role) void i18next.loadNamespaces(SCREEN_NAMESPACES[role]);
  }, [role]);

  if (ended) return <GoodbyeScreen />;
  if (opened.status === 'opening') {
    return (
      <main className="page-center">
        <LoadingNote />
      </main>
    );
  }
  if (opened.status === 'failed') {
    return (
      <ErrorScreen
        failure={opened.failure}
        onRetry={opened.failure === 'unreachable' ? opened.retry : undefined}
      />
    );
  }
  const resident = opened.session.role === 'participant';
  if (failure) return <ErrorScreen failure={failure} resident={resident} />;
  const Screen = SCREENS[opened.session.role];
  return (
    // A new generation is a fresh document after a refused update: every screen remounts on it.
    <WorkshopSessionContext.Provider value={opened.session} key={opened.generation}>
      <WorkshopConnectionContext.Provider value={opened.connection}>
        <Suspense
          fallback={
            <main className="page-center">
              <LoadingNote />
            </main>
          }
        >
          <ResetNotice />
          <Screen />
        </Suspense>
      </WorkshopConnectionContext.Provider>
    </WorkshopSessionContext.Provider>
  );
}
