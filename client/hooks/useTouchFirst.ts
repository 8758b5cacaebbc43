import { useSyncExternalStore } from 'react';

/**
 * True on a screen driven by a finger (tablet, phone): help texts then speak of touching and sliding,
 * never of clicks, Ctrl or a mouse wheel. Read live, so a laptop with a touch screen that gets a mouse
 * plugged in switches back.
 */
const COARSE = '(pointer: coarse)';

function subscribe(notify: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(COARSE);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
}

function touchFirst(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(COARSE).matches;
}

export function useTouchFirst(): boolean {
  return useSyncExternalStore(subscribe, touchFirst, () => false);
}
