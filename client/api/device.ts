import { newId } from '../../shared/ids';

const DEVICE_KEY = 'fresco.device';

/**
 * A random id this browser keeps, sent with join attempts so the server counts wrong codes per tablet:
 * a room of tablets behind one wifi box shares one address, and one child's guesses must not lock all.
 */
export function deviceId(): string {
  try {
    const existing = localStorage.getItem(DEVICE_KEY);
    if (existing) return existing;
    const id = newId();
    localStorage.setItem(DEVICE_KEY, id);
    return id;
  } catch {
    return 'no-storage';
  }
}
