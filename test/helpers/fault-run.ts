/**
 * 200 routing operations (outbox entries: reviews, decisions, reports and their mails) while
 * the emulator fails 30% of requests with 429 + Retry-After, 503, slow answers past the client's
 * time limit and dropped connections, and one user's laptop is "closed" mid-delivery. Every
 * user delivers with TWO deliverers on one store (the Word and the Outlook pane, or two tabs).
 * Then counts what the register and the sent mail hold against what was asked for. Shared by
 * the integration test and `npm run bench` (graph_ops_lost, graph_ops_duplicated).
 */
import { KEY_PROPERTY } from "../../src/graph/mail-api";
import type { NewOutboxEntry, OutboxEntry, OutboxStore } from "../../src/graph/outbox/types";
import { MemoryOutboxStore } from "../../src/graph/outbox/types";
import { APP_URL, SUMMARY, type Actor, type World } from "./graph-world";

export interface FaultRunResult {
  readonly ops: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Entries left parked as failed (each is also counted as lost). */
  readonly failed: number;
  readonly injected: Readonly<Record<string, number>>;
  readonly requests: number;
}

/** Notes every key a user action asked for, whichever deliverer then sends it. */
class RecordingStore implements OutboxStore {
  constructor(
    private readonly inner: OutboxStore,
    private readonly keys: Set<string>,
  ) {}
  all = () => this.inner.all();
  add = async (entries: readonly NewOutboxEntry[]) => {
    const made = await this.inner.add(entries);
    for (const e of made) this.keys.add(e.key);
    return made;
  };
  update = (key: string, change: (e: OutboxEntry) => OutboxEntry) => this.inner.update(key, change);
  remove = (key: string) => this.inner.remove(key);
  lease = (owner: string, ttlMs: number, now: number) => this.inner.lease(owner, ttlMs, now);
  release = (owner: string) => this.inner.release(owner);
}

/** A store whose writes stop when the "laptop closes", as a killed process's would; its lease then expires. */
class ClosableStore implements OutboxStore {
  closed = false;
  constructor(private readonly inner: OutboxStore) {}
  all = () => this.inner.all();
  add = async (entries: readonly NewOutboxEntry[]) => (this.closed ? [] : this.inner.add(entries));
  update = async (key: string, change: (e: OutboxEntry) => OutboxEntry) => (this.closed ? null : this.inner.update(key, change));
  remove = async (key: string) => {
    if (!this.closed) await this.inner.remove(key);
  };
  lease = async (owner: string, ttlMs: number, now: number) => !this.closed && this.inner.lease(owner, ttlMs, now);
  release = async (owner: string) => {
    if (!this.closed) await this.inner.release(owner);
  };
}

const LEASE_MS = 1500;

export async function runFaultScenario(world: World, options: { reviews?: number; reports?: number; rate?: number } = {}): Promise<FaultRunResult> {
  const reviews = options.reviews ?? 20;
  const reports = options.reports ?? 30;
  // Every key the outboxes were given: each must end up on exactly one list item or sent mail.
  const expected = new Set<string>();
  const stores: OutboxStore[] = [];
  const shared = () => {
    const s = new MemoryOutboxStore();
    stores.push(s);
    return new RecordingStore(s, expected);
  };
  /** Two deliverers of one user on one store; the first one makes the user's actions. */
  const twoPanes = (who: string, store: OutboxStore = shared()): [Actor, Actor] => [world.actor(who, { store, timeoutMs: 200, leaseMs: LEASE_MS }), world.actor(who, { store, timeoutMs: 200, leaseMs: LEASE_MS })];
  const drainBoth = (a: Actor, b: Actor) => Promise.all([a.session.outbox.kick(), b.session.outbox.kick()]);
  world.emulator.faults.set({ rate: options.rate ?? 0.3, kinds: ["throttle", "unavailable", "slow", "drop"], retryAfterSeconds: 7, slowMs: 400, seed: 20261124 });
  const before = world.emulator.log.length;

  // Reviews: each is an item and two mails (hr head + legal expertise). The lawyer has the draft
  // open in two panes; one pane's laptop closes halfway, the other keeps delivering, then the laptop reopens.
  const persisted = shared();
  const closable = new ClosableStore(persisted);
  const lawyer = world.actor("lawyer", { store: closable, timeoutMs: 200, leaseMs: LEASE_MS });
  const other = world.actor("lawyer", { store: persisted, timeoutMs: 200, leaseMs: LEASE_MS });
  const keys: string[] = [];
  for (let i = 0; i < reviews; i++) {
    keys.push((await lawyer.approvals.submit({ title: `Fault run ${i}`, documentTitle: "d", documentUrl: "", sha256: "", summary: SUMMARY, units: ["hr"], money: false, appUrl: APP_URL })).key);
  }
  const draining = Promise.all([lawyer.session.outbox.kick(), other.session.outbox.kick()]);
  await new Promise((r) => setTimeout(r, 150));
  closable.closed = true;
  lawyer.session.outbox.stop();
  const reopened = world.actor("lawyer", { store: persisted, timeoutMs: 200, leaseMs: LEASE_MS });
  await Promise.all([draining.catch(() => undefined), drainBoth(other, reopened)]);

  // Decisions: the hr head and the legal head approve every review (an item and a mail to the author each).
  for (const who of ["hr.head", "legal.head"]) {
    const [head, twin] = twoPanes(who);
    const view = await head.approvals.load();
    for (const t of view.toDecide.filter((x) => keys.includes(x.status.review.key))) await head.approvals.decide(t.status, t.step.assignment.id, "Approved", "", APP_URL);
    await drainBoth(head, twin);
  }

  // Reports from several employees, each with two panes open: an item and a mail with the .eml each.
  const reporters = ["operator", "buyer", "accountant", "engineer", "lawyer2"];
  const panes = new Map(reporters.map((r) => [r, twoPanes(r)] as const));
  for (let i = 0; i < reports; i++) {
    const [who, twin] = panes.get(reporters[i % reporters.length] as string) as [Actor, Actor];
    await who.reports.send({ recipient: i % 2 ? "manager" : "security", note: `note ${i}`, verdict: { risk: "medium", conditions: ["value"], procurement: false } as never, item: { id: `m${i}`, subject: `Gift ${i}`, from: "x <x@example.com>", body: "", bodyType: "text", mode: "read" } }, Buffer.from(`Subject: Gift ${i}\r\n\r\nbody`).toString("base64"));
    await drainBoth(who, twin);
  }
  world.emulator.faults.set({ rate: 0 });

  // Count what arrived, per key.
  const store = world.emulator.store;
  const seen = new Map<string, number>();
  for (const l of store.lists.values()) for (const item of l.items) if (typeof item.fields.ClientRequestId === "string") seen.set(item.fields.ClientRequestId, (seen.get(item.fields.ClientRequestId) ?? 0) + 1);
  for (const m of store.sent) for (const p of m.singleValueExtendedProperties) if (p.id === KEY_PROPERTY) seen.set(p.value, (seen.get(p.value) ?? 0) + 1);
  let lost = 0;
  let duplicated = 0;
  for (const key of expected) {
    const n = seen.get(key) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  const failed = (await Promise.all(stores.map((s) => s.all()))).flat().filter((e) => e.state === "failed").length;
  return { ops: expected.size, lost, duplicated, failed, injected: { ...world.emulator.faults.injected }, requests: world.emulator.log.length - before };
}
