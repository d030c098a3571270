/**
 * Every write to Graph goes through here. An entry is persisted before its first attempt and
 * removed only after Graph confirmed it (or the executor found it already done), so a timeout,
 * a 429, a 503, a dropped connection or a closed laptop delays a write but never loses it; the
 * executor's idempotency keys make the repeats harmless. Entries run one at a time, in order,
 * with the token of the user who made them.
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
  readonly newKey?: () => string;
  readonly now?: () => Date;
}

export interface NewEntry {
  readonly op: OutboxOp;
  readonly label: OutboxLabel;
  /** Given when the caller derives the key (e.g. one per reminder and day); otherwise a random UUID. */
  readonly key?: string;
}

export class Outbox {
  private running: Promise<void> | null = null;
  private stopped = false;
  private seq = 0;
  private readonly listeners = new Set<(entries: readonly OutboxEntry[]) => void>();
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(private readonly o: OutboxOptions) {}

  /** Persists the entries (all or none), then starts delivering. Returns their keys. */
  async enqueue(user: string, entries: readonly NewEntry[]): Promise<string[]> {
    if (this.seq === 0) this.seq = Math.max(0, ...(await this.o.store.all()).map((e) => e.seq));
    const at = (this.o.now?.() ?? new Date()).toISOString();
    const made: OutboxEntry[] = entries.map((e) => ({ key: e.key ?? this.o.newKey?.() ?? crypto.randomUUID(), seq: ++this.seq, user, op: e.op, label: e.label, enqueuedAt: at, attempts: 0, state: "pending" }));
    const existing = new Set((await this.o.store.all()).map((e) => e.key));
    for (const e of made) if (!existing.has(e.key)) await this.o.store.put(e);
    await this.publish();
    void this.kick();
    return made.map((e) => e.key);
  }

  /** Starts delivering if it is not already; resolves when nothing deliverable is left. */
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

  /** Resolves when the entry has been delivered (or at once if it is not queued). */
  delivered(key: string): Promise<void> {
    return this.o.store.all().then(
      (all) =>
        new Promise<void>((resolve) => {
          if (!all.some((e) => e.key === key)) return resolve();
          this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]);
        }),
    );
  }

  async retry(key: string): Promise<void> {
    const e = (await this.o.store.all()).find((x) => x.key === key);
    if (e) await this.o.store.put({ ...e, state: "pending", attempts: 0 });
    await this.publish();
    void this.kick();
  }

  async discard(key: string): Promise<void> {
    await this.o.store.remove(key);
    await this.publish();
  }

  private async publish(): Promise<void> {
    if (this.listeners.size === 0) return;
    const all = await this.o.store.all();
    for (const l of this.listeners) l(all);
  }

  private async drain(): Promise<void> {
    const max = this.o.maxAttempts ?? 50;
    while (!this.stopped) {
      const user = this.o.currentUser();
      if (!user) return;
      const next = (await this.o.store.all()).find((e) => e.state === "pending" && e.user.toLowerCase() === user.toLowerCase());
      if (!next) return;
      try {
        await this.o.execute(next);
        await this.o.store.remove(next.key);
        for (const w of this.waiters.get(next.key) ?? []) w();
        this.waiters.delete(next.key);
        await this.publish();
      } catch (e) {
        const f = classifyFailure(e);
        const attempts = next.attempts + 1;
        // Without a valid token nothing can go; wait for the next sign-in instead of burning attempts.
        if (f.kind === "unauthorized") {
          await this.o.store.put({ ...next, attempts, lastError: f.message });
          await this.publish();
          return;
        }
        const failed = !f.retryable || attempts >= max;
        await this.o.store.put({ ...next, attempts, state: failed ? "failed" : "pending", lastError: f.message });
        await this.publish();
        if (!failed) await this.o.retry.sleep(f.retryAfterMs ?? backoff(this.o.retry, attempts));
      }
    }
  }
}
