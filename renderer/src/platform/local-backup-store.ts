import type { BackupStore } from './platform.ts';

export const BACKUP_KEY = 'pathway-explorer:progress-backup';
const SET_ASIDE = `${BACKUP_KEY}:set-aside:`;

/** Why a Storage call failed, in words a learner can act on. */
function why(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(err))) return "this browser's storage for the app is full";
  if (name === 'SecurityError') return "this browser does not let the app use local storage";
  return err instanceof Error ? err.message : String(err);
}

/**
 * The browser's automatic backup: one copy in local storage, which survives a
 * damaged IndexedDB but not the learner clearing the site's data. Every call
 * is synchronous underneath (a write is done before write() returns), so a
 * `pagehide` handler can rely on it.
 */
export function localStorageBackups(storage: () => Storage, now: () => number = Date.now): BackupStore {
  return {
    where: "this browser's local storage",
    list: async () => (storage().getItem(BACKUP_KEY) === null ? [] : [BACKUP_KEY]),
    read: async (name) => (name === BACKUP_KEY ? storage().getItem(BACKUP_KEY) : null),
    write: async (json) => {
      try {
        storage().setItem(BACKUP_KEY, json);
      } catch (err) {
        throw new Error(why(err));
      }
    },
    setAside: async (name) => {
      if (name !== BACKUP_KEY) throw new Error(`${name} is not the backup`);
      const s = storage();
      const text = s.getItem(BACKUP_KEY);
      if (text === null) throw new Error('the backup is gone');
      const aside = `${SET_ASIDE}${new Date(now()).toISOString()}`;
      // Copy, then remove: if the copy does not fit, the original stays where it was.
      try {
        s.setItem(aside, text);
      } catch (err) {
        throw new Error(why(err));
      }
      s.removeItem(BACKUP_KEY);
      return aside;
    },
  };
}

/** Copies set aside earlier, oldest first (they stay until the learner removes them). */
export function setAsideKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(SET_ASIDE)) keys.push(k);
  }
  return keys.sort();
}
