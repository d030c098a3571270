/**
 * The Graph emulator as an HTTP handler that `npm start` mounts under /graph and the tests run
 * on their own https port. It speaks Graph v1.0 under <prefix>/v1.0, SharePoint REST for the
 * list security settings Graph does not expose under <prefix>/sp/_api, and its own controls
 * (tokens for the "sign in as" picker, the sent-mail outbox, faults) under <prefix>/_emulator.
 * Development and test only: nothing here is in dist/ (a test checks the built files).
 */
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { graphError, type EmuResponse } from "./http-types";
import { Faults, type FaultPlan } from "./faults";
import { createRoutes, route } from "./routes";
import { demoPeople } from "./seed";
import type { EmuStore, EmuUser } from "./store";
import { TokenIssuer } from "./tokens";

const MAX_BODY = 12 * 1024 * 1024;

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number | "dropped";
  readonly user?: string;
  readonly body?: unknown;
}

export interface GraphEmulator {
  readonly store: EmuStore;
  readonly faults: Faults;
  readonly tokens: TokenIssuer;
  /** Every Graph request with its body, for contract tests. */
  readonly log: RequestLogEntry[];
  /** Answers the request if its path is under `prefix`; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse, prefix: string): Promise<boolean>;
  tokenFor(upn: string): string;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(c as Buffer);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

/** Marks a body that is not JSON; Graph answers 400 before looking at the route. */
const INVALID_JSON = Symbol("invalid JSON");

function send(res: ServerResponse, r: EmuResponse): void {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  if (r.body !== undefined) headers["Content-Type"] = "application/json; odata.metadata=minimal; charset=utf-8";
  res.writeHead(r.status, headers);
  res.end(r.body === undefined ? undefined : JSON.stringify(r.body));
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createGraphEmulator(store: EmuStore): GraphEmulator {
  const faults = new Faults();
  const tokens = new TokenIssuer();
  const routes = createRoutes(store);
  const log: RequestLogEntry[] = [];

  const control = async (req: IncomingMessage, path: string): Promise<EmuResponse> => {
    if (req.method === "GET" && path === "people") return { status: 200, body: { value: demoPeople(store) } };
    if (req.method === "POST" && path === "token") {
      const upn = ((await readBody(req)) as { upn?: string } | undefined)?.upn ?? "";
      const user = store.findUser(upn);
      return user ? { status: 200, body: tokens.issue(user) } : graphError(404, "userNotFound", `No demo user ${upn}`);
    }
    if (req.method === "GET" && path === "outbox") {
      return { status: 200, body: { value: store.sent.map((m) => ({ from: m.from.emailAddress.address, to: m.toRecipients.map((r) => r.emailAddress.address), cc: m.ccRecipients.map((r) => r.emailAddress.address), subject: m.subject, sentDateTime: m.sentDateTime, properties: m.singleValueExtendedProperties, attachments: m.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })) })) } };
    }
    if (path === "faults" && req.method === "GET") return { status: 200, body: { plan: faults.current, injected: faults.injected } };
    if (path === "faults" && req.method === "PUT") {
      try {
        return { status: 200, body: { plan: faults.set((await readBody(req)) as Partial<FaultPlan>) } };
      } catch (e) {
        return graphError(400, "badFaultPlan", (e as Error).message);
      }
    }
    return graphError(404, "notFound", `No emulator control ${path}`);
  };

  const sharePoint = (path: string, method: string, headers: IncomingMessage["headers"], body: unknown, user: EmuUser): EmuResponse => {
    const m = /^_api\/web\/lists\(guid'([0-9a-f-]+)'\)$/iu.exec(path);
    const list = m ? store.lists.get((m[1] as string).toLowerCase()) : undefined;
    if (!list) return { status: 404, body: { "odata.error": { code: "-1, System.ArgumentException", message: { lang: "en-US", value: "List does not exist." } } } };
    if (method === "GET") return { status: 200, body: { ReadSecurity: list.readSecurity, WriteSecurity: list.writeSecurity } };
    const merge = method === "POST" && String(headers["x-http-method"] ?? "").toUpperCase() === "MERGE";
    if (!merge) return { status: 405, body: { "odata.error": { code: "-1", message: { lang: "en-US", value: "Use POST with X-HTTP-Method: MERGE" } } } };
    if (!store.site.ownerIds.has(user.id)) return { status: 403, body: { "odata.error": { code: "-2147024891, System.UnauthorizedAccessException", message: { lang: "en-US", value: "Access denied." } } } };
    const b = (body ?? {}) as { ReadSecurity?: number; WriteSecurity?: number };
    if (b.ReadSecurity === 1 || b.ReadSecurity === 2) list.readSecurity = b.ReadSecurity;
    if (b.WriteSecurity === 1 || b.WriteSecurity === 2) list.writeSecurity = b.WriteSecurity;
    return { status: 204 };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, prefix: string): Promise<boolean> => {
    const url = new URL(req.url ?? "/", "https://emulator.invalid");
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    const rest = url.pathname.slice(prefix.length + 1);
    if (rest.startsWith("_emulator/")) {
      send(res, await control(req, rest.slice("_emulator/".length)));
      return true;
    }
    const fault = rest.startsWith("v1.0/") || rest.startsWith("sp/") ? faults.next() : null;
    const body = await readBody(req).catch(() => undefined);
    const user = tokens.verify(store, req.headers.authorization);
    const entry = { method: req.method ?? "GET", path: `${rest}${url.search}`, user: user?.userPrincipalName, body };
    if (fault && !fault.afterExecute) {
      if (fault.kind === "drop") {
        log.push({ ...entry, status: "dropped" });
        req.socket.destroy();
        return true;
      }
      const throttled = fault.kind === "throttle";
      const r = graphError(throttled ? 429 : 503, throttled ? "TooManyRequests" : "serviceNotAvailable", throttled ? "Too many requests" : "Service unavailable");
      log.push({ ...entry, status: r.status });
      send(res, { ...r, headers: { "Retry-After": String(faults.current.retryAfterSeconds) } });
      return true;
    }
    let r: EmuResponse;
    if (!user) r = graphError(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
    else if (body === INVALID_JSON) r = graphError(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
    else if (rest.startsWith("v1.0/")) {
      const base = `https://${req.headers.host ?? "localhost"}${prefix}/v1.0`;
      r = route(routes, { method: req.method ?? "GET", path: decodeURI(rest.slice("v1.0/".length)), query: url.searchParams, headers: req.headers as Record<string, string>, body, user, base });
    } else if (rest.startsWith("sp/")) r = sharePoint(decodeURIComponent(rest.slice(3)), req.method ?? "GET", req.headers, body, user);
    else r = graphError(400, "BadRequest", "Unsupported API version; use /v1.0");
    if (fault?.kind === "slow") await delay(faults.current.slowMs);
    if (fault?.kind === "drop") {
      log.push({ ...entry, status: "dropped" });
      req.socket.destroy();
      return true;
    }
    log.push({ ...entry, status: r.status });
    if (!res.destroyed && !req.socket.destroyed) send(res, r);
    return true;
  };

  return {
    store,
    faults,
    tokens,
    log,
    handle,
    tokenFor: (upn) => {
      const u = store.findUser(upn);
      if (!u) throw new Error(`No demo user ${upn}`);
      return tokens.issue(u).access_token;
    },
  };
}

/** A standalone https emulator (tests, bench): the origin ends in /graph like the dev server's mount. */
export async function startGraphEmulator(store: EmuStore, cert: { key: string; cert: string }): Promise<{ emulator: GraphEmulator; origin: string; baseUrl: string; close: () => Promise<void> }> {
  const emulator = createGraphEmulator(store);
  const server: Server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    void emulator.handle(req, res, "/graph").then((done) => {
      if (!done) send(res, graphError(404, "notFound", "Not under /graph"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", () => resolve()));
  const port = (server.address() as { port: number }).port;
  const origin = `https://localhost:${port}`;
  return {
    emulator,
    origin,
    baseUrl: `${origin}/graph/`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
