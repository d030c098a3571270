/** Writes waiting to reach Graph, persisted until they are known to have arrived. */
import type { OutgoingMail } from "../mail-api";
import type { ListKey } from "../schema/lists";

export type OutboxOp =
  | { readonly kind: "create-item"; readonly list: ListKey; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly kind: "send-mail"; readonly mail: OutgoingMail }
  | { readonly kind: "remind"; readonly reviewItemId: string; readonly assignmentId: string; readonly date: string };

/** What the pending-writes list shows: a kind and a title, translated by the UI. */
export interface OutboxLabel {
  readonly what: "review" | "decision" | "report" | "notification" | "reminder";
  readonly title: string;
}

export interface OutboxEntry {
  /** The idempotency key: stored on the created item (ClientRequestId) or the mail (extended property). */
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

export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(key: string): Promise<void>;
}

export class MemoryOutboxStore implements OutboxStore {
  private readonly entries = new Map<string, OutboxEntry>();

  async all(): Promise<OutboxEntry[]> {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq);
  }

  async put(entry: OutboxEntry): Promise<void> {
    this.entries.set(entry.key, entry);
  }

  async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
