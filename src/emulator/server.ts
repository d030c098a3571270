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

/**
 * Graph's own request limit (https://learn.microsoft.com/graph/errors: 413, "the request size
 * exceeds the maximum limit"; 4 MB per request, larger attachments need an upload session).
 */
export const MAX_BODY = 4 * 1024 * 1024;

/** Thrown by readBody; answered with Graph's 413 before anything else is looked at. */
class BodyTooLarge extends Error {}

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
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new BodyTooLarge();
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

/** The path with percent-escapes decoded (segments keep their encoded slashes), or null when an escape is malformed. */
function decodedPath(rest: string): string | null {
  try {
    return decodeURI(rest);
  } catch {
    return null;
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

  const control = async (req: IncomingMessage, path: string, body: unknown): Promise<EmuResponse> => {
    if (req.method === "GET" && path === "people") return { status: 200, body: { value: demoPeople(store) } };
    if (req.method === "POST" && path === "token") {
      const upn = (body as { upn?: unknown } | undefined)?.upn;
      const user = typeof upn === "string" ? store.findUser(upn) : undefined;
      return user ? { status: 200, body: tokens.issue(user) } : graphError(404, "userNotFound", `No demo user ${String(upn)}`);
    }
    if (req.method === "GET" && path === "outbox") {
      return { status: 200, body: { value: store.sent.map((m) => ({ from: m.from.emailAddress.address, to: m.toRecipients.map((r) => r.emailAddress.address), cc: m.ccRecipients.map((r) => r.emailAddress.address), subject: m.subject, sentDateTime: m.sentDateTime, properties: m.singleValueExtendedProperties, attachments: m.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })) })) } };
    }
    if (path === "faults" && req.method === "GET") return { status: 200, body: { plan: faults.current, injected: faults.injected } };
    if (path === "faults" && req.method === "PUT") {
      try {
        return { status: 200, body: { plan: faults.set(body as Partial<FaultPlan>) } };
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
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "https://emulator.invalid");
    } catch {
      return false;
    }
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    try {
      await serveRequest(req, res, url, url.pathname.slice(prefix.length + 1), prefix);
    } catch (e) {
      // Whatever a request carries, the emulator answers it in Graph's error shape and keeps running.
      const r = e instanceof BodyTooLarge ? graphError(413, "RequestEntityTooLarge", `The request is larger than ${MAX_BODY / 1024 / 1024} MB.`) : graphError(500, "generalException", `The emulator could not handle this request: ${(e as Error).message}`);
      if (!res.headersSent && !res.destroyed) send(res, r);
      else res.destroy();
      // The rest of an oversized body is not read; the connection closes after the answer.
      if (e instanceof BodyTooLarge) req.socket.end();
    }
    return true;
  };

  const serveRequest = async (req: IncomingMessage, res: ServerResponse, url: URL, rest: string, prefix: string): Promise<void> => {
    if (rest.startsWith("_emulator/")) {
      const body = req.method === "GET" ? undefined : await readBody(req);
      send(res, body === INVALID_JSON ? graphError(400, "BadRequest", "The body is not JSON.") : await control(req, rest.slice("_emulator/".length), body));
      return;
    }
    const fault = rest.startsWith("v1.0/") || rest.startsWith("sp/") ? faults.next() : null;
    const body = await readBody(req);
    const user = tokens.verify(store, req.headers.authorization);
    const entry = { method: req.method ?? "GET", path: `${rest}${url.search}`, user: user?.userPrincipalName, body };
    if (fault && !fault.afterExecute) {
      if (fault.kind === "drop") {
        log.push({ ...entry, status: "dropped" });
        req.socket.destroy();
        return;
      }
      const throttled = fault.kind === "throttle";
      const r = graphError(throttled ? 429 : 503, throttled ? "TooManyRequests" : "serviceNotAvailable", throttled ? "Too many requests" : "Service unavailable");
      log.push({ ...entry, status: r.status });
      send(res, { ...r, headers: { "Retry-After": String(faults.current.retryAfterSeconds) } });
      return;
    }
    let r: EmuResponse;
    const path = decodedPath(rest);
    if (!user) r = graphError(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
    else if (body === INVALID_JSON) r = graphError(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
    else if (path === null) r = graphError(400, "BadRequest", "The request URI is not valid: it has a malformed percent-encoding.");
    else if (path.startsWith("v1.0/")) {
      const base = `https://${req.headers.host ?? "localhost"}${prefix}/v1.0`;
      r = route(routes, { method: req.method ?? "GET", path: path.slice("v1.0/".length), query: url.searchParams, headers: req.headers as Record<string, string>, body, user, base });
    } else if (path.startsWith("sp/")) r = sharePoint(path.slice(3), req.method ?? "GET", req.headers, body, user);
    else r = graphError(400, "BadRequest", "Unsupported API version; use /v1.0");
    if (fault?.kind === "slow") await delay(faults.current.slowMs);
    if (fault?.kind === "drop") {
      log.push({ ...entry, status: "dropped" });
      req.socket.destroy();
      return;
    }
    log.push({ ...entry, status: r.status });
    if (!res.destroyed && !req.socket.destroyed) send(res, r);
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
    }, () => res.destroy());
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
