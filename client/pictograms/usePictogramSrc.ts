import { useSyncExternalStore } from 'react';
import { pictogramSrc, pictogramsVersion, subscribePictograms } from './pictogramBundle';

/**
 * A pictogram's address, drawn again when the bundle arrives or the connection comes back; `version`
 * changes then too, so an image that failed can be loaded again.
 */
export function usePictogramSrc(id: string): { src: string | undefined; version: number } {
  const version = useSyncExternalStore(subscribePictograms, pictogramsVersion);
  return { src: pictogramSrc(id), version };
}
