/**
 * The browser's outbox store: IndexedDB, so pending writes survive a closed pane, a reload or a
 * closed laptop, and every pane and tab of the browser profile shares them. Each method is one
 * IndexedDB transaction: readwrite transactions over the same store run one after another
 * (IndexedDB 3.0, "transaction scheduling"), which makes adding a user action's entries, the
 * conditional update and the delivery lease atomic across tabs.
 */
import { mayLease, type NewOutboxEntry, type OutboxEntry, type OutboxStore } from "./types";

const DB = "adal-outbox";
const VERSION = 2;
const ENTRIES = "entries";
/** Small records of the outbox itself; "lease" names the deliverer that may send now. */
const META = "meta";

function done(t: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error ?? new Error("IndexedDB transaction failed"));
    t.onabort = () => reject(t.error ?? new Error("IndexedDB transaction aborted"));
  });
}

const result = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });

export class IdbOutboxStore implements OutboxStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly idb: IDBFactory = indexedDB) {}

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      this.db = new Promise((resolve, reject) => {
        const req = this.idb.open(DB, VERSION);
        req.onupgradeneeded = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: "key" });
          if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
        };
        req.onsuccess = () => {
          const db = req.result;
          // Another tab with a newer version needs us to let go.
          db.onversionchange = () => {
            db.close();
            this.db = null;
          };
          resolve(db);
        };
        req.onerror = () => reject(req.error ?? new Error("IndexedDB is not available"));
      });
      this.db.catch(() => (this.db = null));
    }
    return this.db;
  }

  /** Runs `body` in one transaction and resolves with its value once the transaction committed. */
  private async tx<T>(stores: string[], mode: IDBTransactionMode, body: (t: IDBTransaction) => Promise<T>): Promise<T> {
    const t = (await this.open()).transaction(stores, mode);
    const committed = done(t);
    let value: T;
    try {
      value = await body(t);
    } catch (e) {
      // A request that cannot even be made (a value that cannot be cloned) aborts everything before it.
      try {
        t.abort();
      } catch {
        // already finished
      }
      await committed.catch(() => undefined);
      throw e;
    }
    await committed;
    return value;
  }

  async all(): Promise<OutboxEntry[]> {
    const rows = await this.tx([ENTRIES], "readonly", (t) => result(t.objectStore(ENTRIES).getAll() as IDBRequest<OutboxEntry[]>));
    return rows.sort((a, b) => a.seq - b.seq);
  }

  add(entries: readonly NewOutboxEntry[]): Promise<OutboxEntry[]> {
    return this.tx([ENTRIES], "readwrite", async (t) => {
      const s = t.objectStore(ENTRIES);
      const existing = new Map((await result(s.getAll() as IDBRequest<OutboxEntry[]>)).map((e) => [e.key, e]));
      let seq = Math.max(0, ...[...existing.values()].map((e) => e.seq));
      const made = entries.map((e) => existing.get(e.key) ?? { ...e, seq: ++seq });
      for (const e of made) if (!existing.has(e.key)) s.put(e);
      return made;
    });
  }

  update(key: string, change: (e: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | null> {
    return this.tx([ENTRIES], "readwrite", async (t) => {
      const s = t.objectStore(ENTRIES);
      const e = (await result(s.get(key))) as OutboxEntry | undefined;
      if (!e) return null;
      const next = change(e);
      s.put(next);
      return next;
    });
  }

  async remove(key: string): Promise<void> {
    await this.tx([ENTRIES], "readwrite", async (t) => {
      t.objectStore(ENTRIES).delete(key);
    });
  }

  lease(owner: string, ttlMs: number, now: number): Promise<boolean> {
    return this.tx([META], "readwrite", async (t) => {
      const s = t.objectStore(META);
      const current = (await result(s.get("lease"))) as { owner: string; until: number } | undefined;
      if (!mayLease(current, owner, now)) return false;
      s.put({ owner, until: now + ttlMs }, "lease");
      return true;
    });
  }

  async release(owner: string): Promise<void> {
    await this.tx([META], "readwrite", async (t) => {
      const s = t.objectStore(META);
      const current = (await result(s.get("lease"))) as { owner: string } | undefined;
      if (current?.owner === owner) s.delete("lease");
    });
  }
}
