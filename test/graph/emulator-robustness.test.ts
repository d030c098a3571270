/**
 * Hostile requests to the Graph emulator (which the tests, the bench and `npm start` run) and to
 * the dev server that mounts it: malformed percent-encoding, a 3,000-deep $filter, null or
 * non-array collections in a message, bodies past Graph's 4 MB request limit. Each is answered
 * in Graph's error shape (400, or 413 for size) and the server keeps answering.
 */
import path from "node:path";
import { request } from "node:https";
import { startWorld, demoUpn, type World } from "../helpers/graph-world";
import { serve } from "../../src/server/serve";
import { MAX_BODY } from "../../src/emulator/server";
import { CONTENT_SECURITY_POLICY } from "../../src/server/csp";
import { ensureDevCert } from "../../src/server/dev-cert";

const ROOT = path.join(__dirname, "..", "..");

/** A raw https request (no client library that would fix the URL or refuse the body first). */
function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer | string; ca: string }): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const r = request({ host: u.hostname, port: u.port, path: url.slice(url.indexOf(u.host) + u.host.length), method: init.method ?? "GET", headers: init.headers, ca: init.ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
      res.on("error", reject);
    });
    // The server may answer and close before an oversized body is written; the answer is what counts.
    r.on("error", (e) => reject(e));
    if (init.body !== undefined) r.end(init.body);
    else r.end();
  });
}

const graphError = (body: string) => (JSON.parse(body) as { error?: { code?: string; message?: string } }).error;

interface Hostile {
  readonly method?: string;
  readonly path: string;
  readonly body?: string | Buffer;
  readonly status: number;
}

function hostileCases(base: string): [string, Hostile][] {
  const json = (o: unknown) => JSON.stringify(o);
  const deep = `${"(".repeat(3000)}id eq 'x'${")".repeat(3000)}`;
  return [
    ["malformed percent-encoding", { path: `${base}v1.0/users/%E0%A4%A`, status: 400 }],
    ["a 3,000-deep $filter", { path: `${base}v1.0/users?$filter=${encodeURIComponent(deep)}`, status: 400 }],
    ["1,000 nested nots", { path: `${base}v1.0/users?$filter=${encodeURIComponent(`${"not ".repeat(1000)}id eq 'x'`)}`, status: 400 }],
    ["300 and-ed comparisons", { path: `${base}v1.0/users?$filter=${encodeURIComponent(Array.from({ length: 300 }, () => "id eq 'x'").join(" and "))}`, status: 400 }],
    ["attachments: [null]", { method: "POST", path: `${base}v1.0/me/messages`, body: json({ subject: "s", attachments: [null] }), status: 400 }],
    ["a non-array extended property", { method: "POST", path: `${base}v1.0/me/messages`, body: json({ subject: "s", singleValueExtendedProperties: "x" }), status: 400 }],
    ["an extended property without a string value", { method: "POST", path: `${base}v1.0/me/messages`, body: json({ subject: "s", singleValueExtendedProperties: [{ id: "String {6f1c7a52-3a8e-4f3b-9b7d-2c5e1a0d4b91} Name AdalOperationKey", value: 1 }] }), status: 400 }],
    ["toRecipients: [null]", { method: "POST", path: `${base}v1.0/me/sendMail`, body: json({ message: { subject: "s", toRecipients: [null] } }), status: 400 }],
    ["a message that is not an object", { method: "POST", path: `${base}v1.0/me/sendMail`, body: json({ message: [1, 2] }), status: 400 }],
    ["fields: null on a new item", { method: "POST", path: `${base}v1.0/sites/root/lists/Adal%20Decisions/items`, body: json({ fields: null }), status: 400 }],
    ["a body past Graph's 4 MB limit", { method: "POST", path: `${base}v1.0/me/messages`, body: Buffer.alloc(MAX_BODY + 1024, 0x61), status: 413 }],
    ["a 13 MB token request", { method: "POST", path: `${base}_emulator/token`, body: Buffer.alloc(13 * 1024 * 1024, 0x61), status: 413 }],
    ["a token request that is not JSON", { method: "POST", path: `${base}_emulator/token`, body: "upn=x", status: 400 }],
  ];
}

describe("the Graph emulator", () => {
  let world: World;
  let ca: string;
  beforeAll(async () => {
    world = await startWorld();
    ca = (await ensureDevCert(path.join(ROOT, ".certs"))).cert;
  });
  afterAll(() => world.close());

  test("answers every hostile request in Graph's error shape and keeps running", async () => {
    const token = world.emulator.tokenFor(demoUpn("engineer"));
    for (const [name, c] of hostileCases(world.baseUrl)) {
      const r = await send(c.path, { method: c.method ?? "GET", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, ca, ...(c.body !== undefined ? { body: c.body } : {}) });
      expect({ name, status: r.status }).toEqual({ name, status: c.status });
      expect({ name, error: typeof graphError(r.body)?.code }).toEqual({ name, error: "string" });
      const alive = await send(`${world.baseUrl}v1.0/me`, { headers: { Authorization: `Bearer ${token}` }, ca });
      expect({ name, alive: alive.status }).toEqual({ name, alive: 200 });
    }
  }, 60000);
});

describe("the dev server", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let ca: string;
  beforeAll(async () => {
    server = await serve({ root: path.join(ROOT, "dist"), port: 0, host: "localhost", certDir: path.join(ROOT, ".certs"), log: () => undefined });
    ca = (await ensureDevCert(path.join(ROOT, ".certs"))).cert;
  });
  afterAll(() => server.close());

  test("answers the same hostile requests with 400 or 413, never 500", async () => {
    const token = server.graph.tokenFor(demoUpn("engineer"));
    for (const [name, c] of hostileCases(`${server.url}/graph/`)) {
      const r = await send(c.path, { method: c.method ?? "GET", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, ca, ...(c.body !== undefined ? { body: c.body } : {}) });
      expect({ name, status: r.status }).toEqual({ name, status: c.status });
    }
    expect((await send(`${server.url}/taskpane.html`, { ca })).status).toBe(200);
  }, 60000);

  test("serves its pages with a Content-Security-Policy that allows Office's script host and no other remote script", async () => {
    for (const page of ["/taskpane.html", "/outlook.html", "/auth.html", "/index.html"]) {
      const r = await send(`${server.url}${page}`, { ca });
      expect({ page, csp: r.headers["content-security-policy"] }).toEqual({ page, csp: CONTENT_SECURITY_POLICY });
    }
    const scripts = /script-src ([^;]+)/u.exec(CONTENT_SECURITY_POLICY)?.[1]?.split(" ") ?? [];
    expect(scripts).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
