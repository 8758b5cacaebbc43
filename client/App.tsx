import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LoadingNote } from './ui/LoadingNote';

const HomeScreen = lazy(() => import('./screens/home/HomeScreen'));
const JoinScreen = lazy(() => import('./screens/join/JoinScreen'));
const loadWorkshopRoute = () => import('./screens/workshop/WorkshopRoute');
const WorkshopRoute = lazy(loadWorkshopRoute);
const ConcertationScreen = lazy(() => import('./screens/concertation/ConcertationScreen'));
const SurveyRoute = lazy(() => import('./screens/survey/SurveyRoute'));
const AboutScreen = lazy(() => import('./screens/about/AboutScreen'));
const NotFoundScreen = lazy(() => import('./screens/errors/NotFoundScreen'));

/**
 * A workshop link's screen is fetched while the translations load, not after the first render: on a
 * weak tablet that is one round trip less before the fresco.
 */
export function preloadRoute(pathname: string): void {
  if (pathname.startsWith('/w/')) loadWorkshopRoute().catch(() => undefined);
}

/** Routes (PRODUCT.md §4 links): each screen is its own chunk, so a tablet never loads the facilitator's. */
export function App() {
  return (
    <Suspense
      fallback={
        <main className="page-center">
          <LoadingNote />
        </main>
      }
    >
      <Switch>
        <Route path="/" component={HomeScreen} />
        <Route path="/j" component={JoinScreen} />
        <Route path="/w/:id">{(params) => <WorkshopRoute id={params.id} key={params.id} />}</Route>
        <Route path="/c/:id">{(params) => <ConcertationScreen id={params.id} key={params.id} />}</Route>
        <Route path="/s/:id">{(params) => <SurveyRoute id={params.id} key={params.id} />}</Route>
        <Route path="/aide" component={AboutScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
