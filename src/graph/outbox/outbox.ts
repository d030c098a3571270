/**
 * Every write to Graph goes through here. An entry is persisted before its first attempt and
 * removed only after Graph confirmed it (or the executor found it already done), so a timeout,
 * a 429, a 503, a dropped connection or a closed laptop delays a write but never loses it; the
 * executor's idempotency keys make the repeats harmless. Entries run one at a time, in order,
 * with the token of the user who made them.
 *
 * Several deliverers share one store (the Word and the Outlook pane, two tabs): one at a time
 * holds the store's lease and renews it while it works; a deliverer that vanishes loses it when
 * it expires. The store changes an entry only while it still exists, so a deliverer that lost a
 * race never brings back or fails an entry another one delivered.
 */
import { classifyFailure } from "../errors";
import { backoff, type RetryPolicy } from "../reads";
import type { OutboxEntry, OutboxLabel, OutboxOp, OutboxStore } from "./types";

export type Executor = (entry: OutboxEntry) => Promise<void>;

export interface OutboxOptions {
  readonly store: OutboxStore;
  readonly execute: Executor;
  /** UPN of the signed-in user; entries of other users wait for them. */
  readonly currentUser: () => string | null;
  readonly retry: RetryPolicy;
  /** After this many failed attempts an entry is parked as failed for the user to retry. */
  readonly maxAttempts?: number;
  readonly now?: () => Date;
  /** How long the delivery lease lasts without renewal (it is renewed every third of it while delivering). */
  readonly leaseMs?: number;
  /** How often a deliverer without the lease, or a wait for delivery, looks at the store again. */
  readonly pollMs?: number;
}

export interface NewEntry {
  readonly op: OutboxOp;
  readonly label: OutboxLabel;
  /** Given for the entry whose key must be known beforehand (the item it creates); otherwise a random UUID. */
  readonly key?: string;
}

const DEFAULT_LEASE_MS = 30_000;
const DEFAULT_POLL_MS = 250;

export class Outbox {
  /** This deliverer's name in the store's lease. */
  readonly id = crypto.randomUUID();
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly listeners = new Set<(entries: readonly OutboxEntry[]) => void>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly o: OutboxOptions) {}

  private get pollMs(): number {
    return this.o.pollMs ?? DEFAULT_POLL_MS;
  }

  /** Persists the entries of one user action in one transaction (all or none), then starts delivering. Returns their keys. */
  async enqueue(user: string, entries: readonly NewEntry[]): Promise<string[]> {
    const at = (this.o.now?.() ?? new Date()).toISOString();
    const made = await this.o.store.add(entries.map((e) => ({ key: e.key ?? crypto.randomUUID(), user, op: e.op, label: e.label, enqueuedAt: at, attempts: 0, state: "pending" as const })));
    await this.publish();
    void this.kick();
    return made.map((e) => e.key);
  }

  /** Starts delivering if it is not already; resolves when nothing deliverable is left for the signed-in user. */
  kick(): Promise<void> {
    if (!this.running) {
      this.stopped = false;
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Stops after the current attempt (the entry stays persisted). */
  stop(): void {
    this.stopped = true;
  }

  async entries(): Promise<OutboxEntry[]> {
    return this.o.store.all();
  }

  subscribe(listener: (entries: readonly OutboxEntry[]) => void): () => void {
    this.listeners.add(listener);
    void this.o.store.all().then(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether the entry left the store (delivered by any deliverer) within `timeoutMs`. */
  async delivered(key: string, timeoutMs = Number.POSITIVE_INFINITY): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (!(await this.o.store.all()).some((e) => e.key === key)) return true;
      const left = end - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(this.pollMs, left));
        this.waiters.add(wake);
      });
    }
  }

  async retry(key: string): Promise<void> {
    await this.o.store.update(key, (e) => ({ ...e, state: "pending", attempts: 0 }));
    await this.publish();
    void this.kick();
  }

  async discard(key: string): Promise<void> {
    await this.o.store.remove(key);
    await this.publish();
  }

  private async publish(): Promise<void> {
    for (const w of [...this.waiters]) w();
    if (this.listeners.size === 0) return;
    const all = await this.o.store.all();
    for (const l of this.listeners) l(all);
  }

  private async drain(): Promise<void> {
    const max = this.o.maxAttempts ?? 50;
    const leaseMs = this.o.leaseMs ?? DEFAULT_LEASE_MS;
    let holding = false;
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    try {
      while (!this.stopped) {
        const user = this.o.currentUser();
        if (!user) return;
        const mine = (await this.o.store.all()).filter((e) => e.state === "pending" && e.user.toLowerCase() === user.toLowerCase());
        if (mine.length === 0) return;
        holding = await this.o.store.lease(this.id, leaseMs, Date.now());
        if (!holding) {
          // Another pane or tab is delivering; it may well deliver these too. Look again shortly.
          await new Promise((r) => setTimeout(r, this.pollMs));
          continue;
        }
        heartbeat ??= setInterval(() => void this.o.store.lease(this.id, leaseMs, Date.now()).catch(() => undefined), Math.max(1, Math.floor(leaseMs / 3)));
        const next = mine[0] as OutboxEntry;
        try {
          await this.o.execute(next);
          await this.o.store.remove(next.key);
          await this.publish();
        } catch (e) {
          const f = classifyFailure(e);
          // Without a valid token nothing can go; wait for the next sign-in instead of burning attempts.
          const stop = f.kind === "unauthorized";
          let failed = false;
          const stored = await this.o.store.update(next.key, (cur) => {
            const attempts = cur.attempts + 1;
            failed = !stop && (!f.retryable || attempts >= max);
            return { ...cur, attempts, state: failed ? "failed" : "pending", lastError: f.message };
          });
          await this.publish();
          if (stop) return;
          // Gone meanwhile: another deliverer got it through.
          if (stored && !failed) await this.o.retry.sleep(f.retryAfterMs ?? backoff(this.o.retry, stored.attempts));
        }
      }
    } finally {
      if (heartbeat) clearInterval(heartbeat);
      if (holding) await this.o.store.release(this.id).catch(() => undefined);
    }
  }
}
