/**
 * 200 routing operations (outbox entries: reviews, decisions, reports and their mails) while
 * the emulator fails 30% of requests with 429 + Retry-After, 503, slow answers past the client's
 * time limit and dropped connections, and one user's laptop is "closed" mid-delivery. Then
 * counts what the register and the sent mail hold against what was asked for. Shared by the
 * integration test and `npm run bench` (graph_ops_lost, graph_ops_duplicated).
 */
import { KEY_PROPERTY } from "../../src/graph/mail-api";
import type { OutboxEntry, OutboxStore } from "../../src/graph/outbox/types";
import { MemoryOutboxStore } from "../../src/graph/outbox/types";
import { APP_URL, SUMMARY, type World } from "./graph-world";

export interface FaultRunResult {
  readonly ops: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly injected: Readonly<Record<string, number>>;
  readonly requests: number;
}

/** A store whose writes stop when the "laptop closes", as a killed process's would. */
class ClosableStore implements OutboxStore {
  closed = false;
  constructor(private readonly inner: OutboxStore) {}
  all = () => this.inner.all();
  put = async (e: OutboxEntry) => {
    if (!this.closed) await this.inner.put(e);
  };
  remove = async (k: string) => {
    if (!this.closed) await this.inner.remove(k);
  };
}

export async function runFaultScenario(world: World, options: { reviews?: number; reports?: number; rate?: number } = {}): Promise<FaultRunResult> {
  const reviews = options.reviews ?? 20;
  const reports = options.reports ?? 30;
  // Every key the outboxes were given: each must end up on exactly one list item or sent mail.
  const expected = new Set<string>();
  const record = async (store: OutboxStore) => {
    for (const e of await store.all()) expected.add(e.key);
  };
  world.emulator.faults.set({ rate: options.rate ?? 0.3, kinds: ["throttle", "unavailable", "slow", "drop"], retryAfterSeconds: 7, slowMs: 400, seed: 20261124 });
  const before = world.emulator.log.length;

  // Reviews: each is an item and two mails (hr head + legal expertise). The lawyer's laptop closes halfway.
  const persisted = new MemoryOutboxStore();
  const closable = new ClosableStore(persisted);
  let lawyer = world.actor("lawyer", { store: closable, timeoutMs: 200 });
  const keys: string[] = [];
  for (let i = 0; i < reviews; i++) {
    keys.push((await lawyer.approvals.submit({ title: `Fault run ${i}`, documentTitle: "d", documentUrl: "", sha256: "", summary: SUMMARY, units: ["hr"], money: false, appUrl: APP_URL })).key);
  }
  lawyer.session.outbox.stop();
  await record(persisted);
  const draining = lawyer.session.outbox.kick();
  await new Promise((r) => setTimeout(r, 150));
  closable.closed = true;
  lawyer.session.outbox.stop();
  await draining.catch(() => undefined);
  lawyer = world.actor("lawyer", { store: persisted, timeoutMs: 200 });
  await lawyer.session.outbox.kick();

  // Decisions: the hr head and the legal head approve every review (an item and a mail to the author each).
  for (const who of ["hr.head", "legal.head"]) {
    const head = world.actor(who, { timeoutMs: 200 });
    const view = await head.approvals.load();
    for (const t of view.toDecide.filter((x) => keys.includes(x.status.review.key))) await head.approvals.decide(t.status, t.step.assignment.id, "Approved", "", APP_URL);
    await record(head.store);
    await head.session.outbox.kick();
  }

  // Reports from several employees: an item and a mail with the .eml each.
  const reporters = ["operator", "buyer", "accountant", "engineer", "lawyer2"];
  for (let i = 0; i < reports; i++) {
    const who = world.actor(reporters[i % reporters.length] as string, { timeoutMs: 200 });
    who.session.outbox.stop();
    await who.reports.send({ recipient: i % 2 ? "manager" : "security", note: `note ${i}`, verdict: { risk: "medium", conditions: ["value"], procurement: false } as never, item: { id: `m${i}`, subject: `Gift ${i}`, from: "x <x@example.com>", body: "", bodyType: "text", mode: "read" } }, Buffer.from(`Subject: Gift ${i}\r\n\r\nbody`).toString("base64"));
    await record(who.store);
    await who.session.outbox.kick();
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
  return { ops: expected.size, lost, duplicated, injected: { ...world.emulator.faults.injected }, requests: world.emulator.log.length - before };
}
