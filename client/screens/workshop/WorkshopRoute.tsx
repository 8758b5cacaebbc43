import { lazy, Suspense, useState } from 'react';
import type { Role } from '../../../shared/schema/roles';
import { useConnectionStore } from '../../sync/useConnectionStore';
import { LoadingNote } from '../../ui/LoadingNote';
import { readFragmentToken } from '../../workshop/links';
import { useOpenWorkshop } from '../../workshop/useOpenWorkshop';
import { WorkshopConnectionContext } from '../../workshop/WorkshopConnectionContext';
import { WorkshopSessionContext } from '../../workshop/WorkshopSessionContext';
import { ErrorScreen } from '../errors/ErrorScreen';
import { GoodbyeScreen } from './GoodbyeScreen';

const SCREENS: Record<Role, ReturnType<typeof lazy>> = {
  facilitator: lazy(() => import('../facilitator/FacilitatorScreen')),
  participant: lazy(() => import('../tablet/TabletScreen')),
  stakeholder: lazy(() => import('../stakeholder/StakeholderScreen')),
  viewer: lazy(() => import('../projector/ProjectorScreen')),
};

/** `/w/:id#token=…`: checks the link, opens the workshop, and shows the screen of the token's role. */
export default function WorkshopRoute({ id }: { id: string }) {
  // Read once: the fragment is replaced when a participant link is traded for a seat.
  const [linkToken] = useState(() => {
    // A goodbye or a failure from the workshop this page showed before must not greet the next one.
    useConnectionStore.getState().reset();
    return readFragmentToken();
  });
  const opened = useOpenWorkshop(id, linkToken);
  const failure = useConnectionStore((store) => store.failure);
  const ended = useConnectionStore((store) => store.ended);

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
    <WorkshopSessionContext.Provider value={opened.session}>
      <WorkshopConnectionContext.Provider value={opened.connection}>
        <Suspense
          fallback={
            <main className="page-center">
              <LoadingNote />
            </main>
          }
        >
          <Screen />
        </Suspense>
      </WorkshopConnectionContext.Provider>
    </WorkshopSessionContext.Provider>
  );
}
