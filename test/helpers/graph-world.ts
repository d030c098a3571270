/** A demo organisation on a live https Graph emulator, and per-user sessions of the real Graph client on it. */
import path from "node:path";
import { EmulatorAuth } from "../../src/emulator/emulator-auth";
import { emulatorConfig } from "../../src/emulator/emulator-config";
import { httpsFetch } from "../../src/emulator/https-fetch";
import { demoUpn, seedDemo, type SeedOptions } from "../../src/emulator/seed";
import { startGraphEmulator, type GraphEmulator } from "../../src/emulator/server";
import { Approvals } from "../../src/graph/approvals";
import { MemoryOutboxStore, type OutboxStore } from "../../src/graph/outbox/types";
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
}

export interface World {
  readonly emulator: GraphEmulator;
  readonly baseUrl: string;
  readonly fetch: ReturnType<typeof httpsFetch>;
  /** Waits the outbox asked for, in ms (the sleep is instant in tests). */
  readonly sleeps: number[];
  actor(key: string, options?: { store?: OutboxStore; now?: () => Date; timeoutMs?: number }): Actor;
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
  return {
    emulator: started.emulator,
    baseUrl: started.baseUrl,
    fetch,
    sleeps,
    actor(key, options = {}) {
      const upn = key.includes("@") ? key : demoUpn(key);
      const auth = new EmulatorAuth(started.emulator).as(upn);
      const store = options.store ?? new MemoryOutboxStore();
      const session = createSession({ config: emulatorConfig(started.baseUrl, { requestTimeoutMs: options.timeoutMs ?? 10000 }), auth, store, fetch, retry, ...(options.now ? { now: options.now } : {}) });
      return { upn, auth, session, approvals: new Approvals(session), reports: new GraphReportSender(session, 0), store };
    },
    close: started.close,
  };
}

export const SUMMARY = { total: 3, high: 1, medium: 2, low: 0, top: [{ clause: "A1.3.1", excerpt: "вправе", message: "discretion" }] };
export const APP_URL = "https://localhost:3000/outlook.html";
