/** The browser's localStorage, tolerating a disabled or full storage (preferences then are not remembered). */
export const browserStorage = {
  getItem: (k: string): string | null => {
    try {
      return globalThis.localStorage?.getItem(k) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (k: string, v: string): void => {
    try {
      globalThis.localStorage?.setItem(k, v);
    } catch {
      /* storage disabled: preferences are not remembered */
    }
  },
};
