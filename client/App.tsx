import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LoadingNote } from './ui/LoadingNote';

const HomeScreen = lazy(() => import('./screens/home/HomeScreen'));
const JoinScreen = lazy(() => import('./screens/join/JoinScreen'));
const WorkshopRoute = lazy(() => import('./screens/workshop/WorkshopRoute'));
const AboutScreen = lazy(() => import('./screens/about/AboutScreen'));
const NotFoundScreen = lazy(() => import('./screens/errors/NotFoundScreen'));

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
        <Route path="/aide" component={AboutScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
