/**
 * The device's copy of the pictogram bundle, in IndexedDB: one record keyed by the bundle's hash. Service
 * workers and the Cache API need HTTPS, which a laptop serving a local network does not have; IndexedDB
 * works over plain http. Writing a bundle drops every other, so an update never leaves old pictures.
 */

export interface BundleStore {
  /** The bundle kept under this hash, or undefined (none, or the device refuses storage). */
  read(hash: string): Promise<unknown>;
  /** Keeps this bundle under its hash and drops the bundles of other hashes. */
  write(hash: string, bundle: unknown): Promise<void>;
}

const DATABASE = 'fresco-pictograms';
const STORE = 'bundles';

/** Null where the browser has no IndexedDB (some private modes): the bundle then lives in memory only. */
export function indexedDbBundleStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): BundleStore | null {
  if (!factory) return null;
  let opening: Promise<IDBDatabase> | null = null;
  const database = () => {
    opening ??= open(factory).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
  return {
    async read(hash) {
      try {
        const db = await database();
        return await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(hash));
      } catch {
        return undefined;
      }
    },
    async write(hash, bundle) {
      const db = await database();
      const transaction = db.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      const done = finished(transaction);
      const keys = await request(store.getAllKeys());
      for (const key of keys) if (key !== hash) store.delete(key);
      store.put(bundle, hash);
      await done;
    },
  };
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
    // Another tab holds an older version open: give up on the copy rather than wait forever.
    opening.onblocked = () => reject(new Error('pictogram store blocked'));
  });
}

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('pictogram store aborted'));
  });
}
