/**
 * `npm start`: serves the built add-ins over https on localhost, with a certificate made here.
 * The Word pane works in a plain browser (standalone mode); Word and Outlook load the same URLs
 * once the manifests are sideloaded.
 */
import { createServer } from "node:https";
import { existsSync, promises as fs } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { CONTENT_SECURITY_POLICY } from "./csp";
import { ensureDevCert } from "./dev-cert";
import { staticHandler } from "./static-files";
import { createGraphEmulator, type GraphEmulator } from "../emulator/server";
import { seedDemo, type SupplierSeed } from "../emulator/seed";
import suppliers from "../../config/suppliers.json";

export interface ServeOptions {
  readonly root: string;
  readonly port: number;
  readonly host: string;
  readonly certDir: string;
  readonly log: (s: string) => void;
  /** build/devweb: the emulator's "sign in as" script, injected into the pane pages. */
  readonly devDir?: string;
}

const PANES = new Set(["/taskpane.html", "/outlook.html"]);
const DEV_SCRIPT = "/__dev/dev-signin.js";

/** The pane pages with the dev sign-in script put in front of the pane bundle. */
function devPages(root: string, devDir: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? "/", "https://localhost");
    if (req.method !== "GET") return false;
    if (url.pathname === DEV_SCRIPT) {
      const js = await fs.readFile(path.join(devDir, "dev-signin.js"));
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(js);
      return true;
    }
    if (!PANES.has(url.pathname)) return false;
    const html = await fs.readFile(path.join(root, url.pathname), "utf8");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Content-Security-Policy": CONTENT_SECURITY_POLICY });
    res.end(html.replace("</head>", `<script src="${DEV_SCRIPT}"></script></head>`));
    return true;
  };
}

/** Browsers ask for /favicon.ico on pages that name no icon (the emulator's, a file listing): the add-in icon. */
function faviconHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.method !== "GET" && req.method !== "HEAD") || new URL(req.url ?? "/", "https://localhost").pathname !== "/favicon.ico") return false;
    const icon = await fs.readFile(path.join(root, "assets", "icon-32.png")).catch(() => null);
    if (!icon) return false;
    res.writeHead(200, { "Content-Type": "image/png", "Content-Length": icon.length, "Cache-Control": "public, max-age=86400" });
    res.end(req.method === "HEAD" ? undefined : icon);
    return true;
  };
}

export async function serve(options: ServeOptions): Promise<{ url: string; close: () => Promise<void>; graph: GraphEmulator }> {
  if (!existsSync(path.join(options.root, "taskpane.html"))) throw new Error(`${options.root} has no taskpane.html; build the add-ins first (npm run build)`);
  const devDir = options.devDir ?? path.join(options.root, "..", "build", "devweb");
  if (!existsSync(path.join(devDir, "dev-signin.js"))) throw new Error(`${devDir} has no dev-signin.js; build it first (npm run build:node)`);
  const cert = await ensureDevCert(options.certDir);
  const files = staticHandler(options.root);
  const pages = devPages(options.root, devDir);
  const favicon = faviconHandler(options.root);
  const graph = createGraphEmulator(seedDemo({ suppliers: suppliers as SupplierSeed[] }));
  const server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    void (async () => {
      if (await graph.handle(req, res, "/graph")) return;
      if (await pages(req, res)) return;
      if (await files(req, res)) return;
      if (await favicon(req, res)) return;
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found\n");
    })().catch((e: Error) => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Server error: ${e.message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `https://localhost:${port}`;
  options.log(
    [
      "",
      `Adal is served at ${url}/`,
      `  Word task pane in this browser (standalone): ${url}/taskpane.html`,
      `  Outlook pane in this browser (standalone, sample mailbox): ${url}/outlook.html`,
      `  Word manifest:    ${url}/manifest.xml   (sideload: see README "Sideloading into Word")`,
      `  Outlook manifest: ${url}/manifest.outlook.xml   (sideload: see README "Sideloading into Outlook")`,
      `  Graph emulator:   ${url}/graph/v1.0/  (demo organisation; pick a user in the yellow bar of a pane)`,
      `  Sent mail:        ${url}/graph/_emulator/outbox`,
      `  Certificate:      ${cert.path} (self-signed; your browser will ask you to accept it)`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  return {
    url,
    graph,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

