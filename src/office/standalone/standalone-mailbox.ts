/**
 * The standalone mail host: the project's sample mailbox (assets/mail/mailbox.json) in a plain
 * browser, so the Outlook pane and the report flow can be tried without Outlook. Reports go
 * to an outbox kept in this browser's storage; with Microsoft 365 the Graph outbox delivers them.
 */
import { toBase64 } from "../base64";
import type { CategoryOutcome, MailHost, MailItem } from "../outlook/mail-host";

export interface SampleMail {
  readonly id: string;
  readonly lang: string;
  readonly subject: string;
  readonly from: string;
  readonly body: string;
  readonly bodyType: "text" | "html";
  /** The body is this many copies of `body` (a huge mail without a huge file). */
  readonly repeat?: number;
}

export interface KeyValueStore {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
}

export class StandaloneMailbox implements MailHost {
  readonly kind = "standalone" as const;
  private selected: string;
  private readonly listeners = new Set<() => void>();
  readonly flags = new Map<string, { infobar: string; category: string }>();

  constructor(readonly samples: readonly SampleMail[]) {
    this.selected = samples[0]?.id ?? "";
  }

  get selectedId(): string {
    return this.selected;
  }

  select(id: string): void {
    if (!this.samples.some((s) => s.id === id) || id === this.selected) return;
    this.selected = id;
    for (const l of this.listeners) l();
  }

  async current(): Promise<MailItem | null> {
    const s = this.samples.find((m) => m.id === this.selected);
    if (!s) return null;
    return { id: s.id, subject: s.subject, from: s.from, body: s.repeat ? s.body.repeat(s.repeat) : s.body, bodyType: s.bodyType, mode: "read" };
  }

  onItemChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The sample mailbox has the register's list only through the pane; nothing to keep. */
  async cacheSuppliers(): Promise<void> {}

  async flag(texts: { infobar: string; category: string }): Promise<{ infobar: boolean; category: CategoryOutcome }> {
    this.flags.set(this.selected, texts);
    return { infobar: true, category: "added" };
  }

  async originalAsEml(): Promise<string | null> {
    const m = await this.current();
    if (!m) return null;
    const eml = `From: ${m.from}\r\nSubject: ${m.subject}\r\nContent-Type: text/${m.bodyType === "html" ? "html" : "plain"}; charset=utf-8\r\n\r\n${m.body}`;
    return toBase64(new TextEncoder().encode(eml));
  }
}
