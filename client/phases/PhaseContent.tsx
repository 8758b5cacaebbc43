import { type ComponentType, lazy, Suspense, useMemo } from 'react';
import type { Phase } from '../../shared/schema/control';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LoadingNote } from '../ui/LoadingNote';
import { CalmDefault } from './CalmDefault';
import { type PhaseComponentLoader, type PhaseView, phaseRegistry } from './registry';

const cache = new Map<PhaseComponentLoader, ComponentType>();

/** `lazy` once per loader, so switching phases back and forth does not remount from scratch. */
function lazyOnce(loader: PhaseComponentLoader): ComponentType {
  let component = cache.get(loader);
  if (!component) {
    component = lazy(loader);
    cache.set(loader, component);
  }
  return component;
}

/** The registered component for this phase and view, loaded on demand; the calm default otherwise. */
export function PhaseContent({ phase, view }: { phase: Phase; view: PhaseView }) {
  const loader = phaseRegistry[`${phase}/${view}`];
  const Component = useMemo(() => (loader ? lazyOnce(loader) : null), [loader]);
  if (!Component) return <CalmDefault phase={phase} view={view} />;
  return (
    <ErrorBoundary key={`${phase}/${view}`} fallback={<CalmDefault phase={phase} view={view} />}>
      <Suspense fallback={<LoadingNote />}>
        <Component />
      </Suspense>
    </ErrorBoundary>
  );
}
