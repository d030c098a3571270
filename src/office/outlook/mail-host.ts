/**
 * What the Outlook pane needs from its host, Outlook or the standalone sample mailbox. The UI
 * talks to this interface only; Office.js stays in outlook-host.ts.
 */
import type { GiftVerdict, Supplier } from "../../engine/gifts/detector";

export interface MailItem {
  /** Stable per item (Outlook's itemId, or the sample's id). */
  readonly id: string;
  readonly subject: string;
  /** "Name <address>". */
  readonly from: string;
  readonly body: string;
  readonly bodyType: "text" | "html";
  readonly mode: "read" | "compose";
  readonly to?: readonly string[];
}

export type ReportRecipient = "manager" | "security";

export interface ReportRequest {
  readonly recipient: ReportRecipient;
  readonly note: string;
  readonly item: MailItem;
  readonly verdict: GiftVerdict;
}

export interface ReportReceipt {
  /** Shown to the reporter; also the idempotency key of the delivery. */
  readonly id: string;
  readonly recipient: ReportRecipient;
  readonly at: string;
  /** sent: delivered; queued: waiting in the outbox for the network, delivered once later. */
  readonly status: "sent" | "queued";
  /** Who the report went to, by name, when the directory said. */
  readonly recipientName?: string;
}

/** Delivers a report with the original attached; the Graph outbox implements it (routing issue). */
export interface ReportSender {
  send(request: ReportRequest, originalEml: string | null): Promise<ReportReceipt>;
  /** The user's earlier report of this mail, if any (delivered or still queued). */
  previous?(item: MailItem): Promise<ReportReceipt | null>;
}

/**
 * added: the category is on the item; missing: it is not in the mailbox's category list yet
 * (creating it needs the read/write mailbox permission, which Adal does not ask for: the user
 * creates it once); unsupported: no categories before Mailbox 1.8.
 */
export type CategoryOutcome = "added" | "missing" | "unsupported";

export interface MailHost {
  readonly kind: "outlook" | "standalone";
  /** The item the pane shows, or null when none is selected. */
  current(): Promise<MailItem | null>;
  /** Called when the user selects another item (a pinned pane re-checks it); returns the unsubscribe. */
  onItemChanged(listener: () => void): () => void;
  /** Infobar on the item and the category; what could be done is reported back. */
  flag(texts: { infobar: string; category: string }): Promise<{ infobar: boolean; category: CategoryOutcome }>;
  /** The original message as base64 .eml, when the host can give it. */
  originalAsEml(): Promise<string | null>;
  /** Keeps the register's supplier list where the on-send check can read it (roaming settings in Outlook). */
  cacheSuppliers(suppliers: readonly Supplier[]): Promise<void>;
}

export function defaultRecipient(verdict: GiftVerdict): ReportRecipient {
  return verdict.procurement || verdict.risk === "high" ? "security" : "manager";
}
