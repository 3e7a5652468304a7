import type { KeyValueStorage } from '@esm-planner/dashboard-data-access-graphql';

/** An in-memory stand-in with the Storage methods the dashboard uses. */
export function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/**
 * localStorage, or memory when the browser denies it (some privacy modes
 * throw on access): the dashboard then works for this page load only.
 */
export function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    const probe = '__esm-planner-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}
