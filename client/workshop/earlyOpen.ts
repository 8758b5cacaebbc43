/**
 * A workshop link starts opening with the page (token check, the device's copies, the sockets, the
 * pictogram bundle), not once React has rendered the route: on a weak tablet that brings the board most
 * of a second sooner. This module is tiny and in the entry chunk, so the route always finds what the page started.
 */
import type { OpenResult } from '../sync/openWorkshop';
import { readFragmentToken } from './links';

let early: { workshopId: string; result: Promise<OpenResult> } | null = null;

/** Starts opening the workshop of a `/w/:id` path; does nothing on other pages. */
export function openEarly(pathname: string): void {
  const match = /^\/w\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return;
  const workshopId = decodeURIComponent(match[1]);
  const token = readFragmentToken();
  // Every pictogram the workshop can show, on the device before the wifi can drop.
  void import('../pictograms/pictogramBundle').then(
    ({ openPictogramBundle }) => openPictogramBundle(),
    () => {},
  );
  early = {
    workshopId,
    result: import('../sync/openWorkshop').then(
      ({ openWorkshop }) => openWorkshop(workshopId, token),
      (): OpenResult => ({ ok: false, failure: 'unreachable' }),
    ),
  };
}

export function hasEarlyOpen(workshopId: string): boolean {
  return early?.workshopId === workshopId;
}

/** The opening the page started for this workshop, handed out once; null when there is none. */
export function takeEarlyOpen(workshopId: string): Promise<OpenResult> | null {
  if (early?.workshopId !== workshopId) return null;
  const { result } = early;
  early = null;
  return result;
}
