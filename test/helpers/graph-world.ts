/** A demo organisation on a live https Graph emulator, and per-user sessions of the real Graph client on it. */
import path from "node:path";
import { EmulatorAuth } from "../../src/emulator/emulator-auth";
import { emulatorConfig } from "../../src/emulator/emulator-config";
import { httpsFetch } from "../../src/emulator/https-fetch";
import { demoUpn, seedDemo, type SeedOptions } from "../../src/emulator/seed";
import { startGraphEmulator, type GraphEmulator } from "../../src/emulator/server";
import type { EmuMessage } from "../../src/emulator/store";
import { Approvals } from "../../src/graph/approvals";
import type { FindingSummary } from "../../src/graph/workflow/model";
import { KEY_PROPERTY } from "../../src/graph/mail-api";
import { MemoryOutboxStore, type NewOutboxEntry, type OutboxEntry, type OutboxStore } from "../../src/graph/outbox/types";
import type { RetryPolicy } from "../../src/graph/reads";
import { GraphReportSender } from "../../src/graph/reports";
import { createSession, type GraphSession } from "../../src/graph/session";
import { ensureDevCert } from "../../src/server/dev-cert";

export { demoUpn };

export interface Actor {
  readonly upn: string;
  readonly auth: EmulatorAuth;
  readonly session: GraphSession;
  readonly approvals: Approvals;
  readonly reports: GraphReportSender;
  readonly store: OutboxStore;
  /** Every entry this actor's actions put into the outbox, in order (they leave the store once delivered). */
  readonly enqueued: OutboxEntry[];
}

/** Notes what an actor enqueued, so tests can find the items and mails by their random keys. */
class NotingStore implements OutboxStore {
  constructor(
    private readonly inner: OutboxStore,
    readonly noted: OutboxEntry[],
  ) {}
  all = () => this.inner.all();
  add = async (entries: readonly NewOutboxEntry[]) => {
    const made = await this.inner.add(entries);
    this.noted.push(...made);
    return made;
  };
  update = (key: string, change: (e: OutboxEntry) => OutboxEntry) => this.inner.update(key, change);
  remove = (key: string) => this.inner.remove(key);
  lease = (owner: string, ttlMs: number, now: number) => this.inner.lease(owner, ttlMs, now);
  release = (owner: string) => this.inner.release(owner);
}

export interface World {
  readonly emulator: GraphEmulator;
  readonly baseUrl: string;
  readonly fetch: ReturnType<typeof httpsFetch>;
  /** Waits the outbox asked for, in ms (the sleep is instant in tests). */
  readonly sleeps: number[];
  actor(key: string, options?: { store?: OutboxStore; now?: () => Date; timeoutMs?: number; leaseMs?: number }): Actor;
  /** Mail that left a mailbox with this outbox key. */
  sentWith(key: string): EmuMessage[];
  /** Mail the actor's mail entries sent (from the actor), in the order they were enqueued. */
  mailsOf(actor: Actor, filter?: (e: OutboxEntry) => boolean): EmuMessage[];
  close(): Promise<void>;
}

export async function startWorld(seed: SeedOptions = {}): Promise<World> {
  // npm scripts and jest run from the repository root.
  const cert = await ensureDevCert(path.join(process.cwd(), ".certs"));
  const started = await startGraphEmulator(seedDemo(seed), cert);
  const fetch = httpsFetch(cert.cert);
  const sleeps: number[] = [];
  const retry: RetryPolicy = {
    attempts: 8,
    baseDelayMs: 500,
    maxDelayMs: 30000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
  const sentWith = (key: string) => started.emulator.store.sent.filter((m) => m.singleValueExtendedProperties.some((p) => p.id === KEY_PROPERTY && p.value === key));
  return {
    emulator: started.emulator,
    baseUrl: started.baseUrl,
    fetch,
    sleeps,
    actor(key, options = {}) {
      const upn = key.includes("@") ? key : demoUpn(key);
      const auth = new EmulatorAuth(started.emulator).as(upn);
      const enqueued: OutboxEntry[] = [];
      const store = new NotingStore(options.store ?? new MemoryOutboxStore(), enqueued);
      const session = createSession({ config: emulatorConfig(started.baseUrl, { requestTimeoutMs: options.timeoutMs ?? 10000 }), auth, store, fetch, retry, outbox: { pollMs: 20, ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}) }, ...(options.now ? { now: options.now } : {}) });
      return { upn, auth, session, approvals: new Approvals(session), reports: new GraphReportSender(session, 0), store, enqueued };
    },
    sentWith,
    mailsOf: (actor, filter = () => true) =>
      actor.enqueued
        .filter((e) => (e.op.kind === "send-mail" || e.op.kind === "remind") && filter(e))
        .flatMap((e) => sentWith(e.key))
        .filter((m) => m.from.emailAddress.address.toLowerCase() === actor.upn.toLowerCase()),
    close: started.close,
  };
}

export const SUMMARY: FindingSummary = {
  total: 3,
  high: 1,
  medium: 2,
  low: 0,
  findings: [
    { ruleId: "discretion/no-may-formula", factor: "may_formula", severity: "high", clauses: ["A1.3.6", "P4.7.1"], excerpt: "вправе", lang: "ru", paragraph: 3, label: "2.4." },
    { ruleId: "lists/no-open-document-list", factor: "open_document_list", severity: "medium", clauses: ["A1.3.1", "A1.3.6"], excerpt: "иные документы", lang: "ru", paragraph: 5 },
    { ruleId: "vagueness/no-evaluative-condition", factor: "vague_term", severity: "medium", clauses: ["A1.3.6", "P4.7.1"], excerpt: "в необходимых случаях", lang: "ru", paragraph: 7 },
  ],
  omitted: 0,
};
export const APP_URL = "https://localhost:3000/outlook.html";
