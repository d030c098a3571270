/**
 * The browser's outbox store: IndexedDB, so pending writes survive a closed pane, a reload or a
 * closed laptop. One object store keyed by the idempotency key.
 */
import type { OutboxEntry, OutboxStore } from "./types";

const DB = "adal-outbox";
const STORE = "entries";

function promisify<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

export class IdbOutboxStore implements OutboxStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly idb: IDBFactory = indexedDB) {}

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      this.db = new Promise((resolve, reject) => {
        const req = this.idb.open(DB, 1);
        req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "key" });
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error("IndexedDB is not available"));
      });
      this.db.catch(() => (this.db = null));
    }
    return this.db;
  }

  private async tx<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.open();
    const t = db.transaction(STORE, mode);
    const result = promisify(run(t.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error ?? new Error("IndexedDB transaction failed"));
      t.onabort = () => reject(t.error ?? new Error("IndexedDB transaction aborted"));
    });
    return result;
  }

  async all(): Promise<OutboxEntry[]> {
    const rows = await this.tx("readonly", (s) => s.getAll() as IDBRequest<OutboxEntry[]>);
    return rows.sort((a, b) => a.seq - b.seq);
  }

  async put(entry: OutboxEntry): Promise<void> {
    await this.tx("readwrite", (s) => s.put(entry));
  }

  async remove(key: string): Promise<void> {
    await this.tx("readwrite", (s) => s.delete(key));
  }
}
