/** Writes waiting to reach Graph, persisted until they are known to have arrived. */
import type { OutgoingMail } from "../mail-api";
import type { ListKey } from "../schema/lists";

export type OutboxOp =
  | { readonly kind: "create-item"; readonly list: ListKey; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly kind: "send-mail"; readonly mail: OutgoingMail }
  /** Claims the day's reminder for a step on the review item (If-Match), then sends the reminder mail. */
  | { readonly kind: "remind"; readonly reviewItemId: string; readonly assignmentId: string; readonly date: string; readonly mail?: OutgoingMail };

/** What the pending-writes list shows: a kind and a title, translated by the UI. */
export interface OutboxLabel {
  readonly what: "review" | "decision" | "report" | "notification" | "reminder";
  readonly title: string;
}

export interface OutboxEntry {
  /**
   * The idempotency key, random per entry (unguessable): stored on the created item
   * (ClientRequestId) or the mail (extended property).
   */
  readonly key: string;
  /** Order of enqueueing; entries run in this order. */
  readonly seq: number;
  /** UPN of the user whose token must carry the write (SharePoint stamps createdBy from it). */
  readonly user: string;
  readonly op: OutboxOp;
  readonly label: OutboxLabel;
  readonly enqueuedAt: string;
  readonly attempts: number;
  readonly state: "pending" | "failed";
  readonly lastError?: string;
}

export type NewOutboxEntry = Omit<OutboxEntry, "seq">;

/**
 * Where entries live. Shared by every deliverer of the browser profile (each pane, each tab),
 * so every change is atomic: a user action's entries are added together or not at all, an
 * entry is changed only while it still exists, and one deliverer at a time holds a lease that
 * expires if its holder disappears.
 */
export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  /** Adds the entries in one transaction (all or none), numbering them after the last; keys already present are kept as they are. */
  add(entries: readonly NewOutboxEntry[]): Promise<OutboxEntry[]>;
  /** Replaces the entry with `change(entry)` if it is still stored; returns what was stored, or null. */
  update(key: string, change: (e: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | null>;
  remove(key: string): Promise<void>;
  /** Takes or renews the delivery lease for `owner` until `now + ttlMs`, unless another owner holds one that has not expired. */
  lease(owner: string, ttlMs: number, now: number): Promise<boolean>;
  /** Gives the lease up if `owner` holds it. */
  release(owner: string): Promise<void>;
}

interface Lease {
  readonly owner: string;
  readonly until: number;
}

/** The lease rule, shared by the stores: free, expired or already ours. */
export const mayLease = (current: Lease | undefined, owner: string, now: number): boolean => !current || current.owner === owner || current.until <= now;

/** In memory: Node tests, the bench, and a browser without IndexedDB. JavaScript runs each method's body at once, so each is atomic. */
export class MemoryOutboxStore implements OutboxStore {
  private readonly entries = new Map<string, OutboxEntry>();
  private current: Lease | undefined;

  async all(): Promise<OutboxEntry[]> {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq);
  }

  async add(entries: readonly NewOutboxEntry[]): Promise<OutboxEntry[]> {
    let seq = Math.max(0, ...[...this.entries.values()].map((e) => e.seq));
    const made = entries.map((e) => this.entries.get(e.key) ?? { ...e, seq: ++seq });
    for (const e of made) this.entries.set(e.key, e);
    return made;
  }

  async update(key: string, change: (e: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | null> {
    const e = this.entries.get(key);
    if (!e) return null;
    const next = change(e);
    this.entries.set(key, next);
    return next;
  }

  async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async lease(owner: string, ttlMs: number, now: number): Promise<boolean> {
    if (!mayLease(this.current, owner, now)) return false;
    this.current = { owner, until: now + ttlMs };
    return true;
  }

  async release(owner: string): Promise<void> {
    if (this.current?.owner === owner) this.current = undefined;
  }
}
