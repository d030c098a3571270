/**
 * `npm start`: serves the built add-ins over https on localhost, with a certificate made here.
 * The Word pane works in a plain browser (standalone mode); Word and Outlook load the same URLs
 * once the manifests are sideloaded.
 */
import { createServer } from "node:https";
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureDevCert } from "./dev-cert";
import { staticHandler } from "./static-files";

export interface ServeOptions {
  readonly root: string;
  readonly port: number;
  readonly host: string;
  readonly certDir: string;
  readonly log: (s: string) => void;
}

export async function serve(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(options.root, "taskpane.html"))) throw new Error(`${options.root} has no taskpane.html; build the add-ins first (npm run build)`);
  const cert = await ensureDevCert(options.certDir);
  const files = staticHandler(options.root);
  const server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    void files(req, res).then((served) => {
      if (served) return;
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found\n");
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
      `  Certificate:      ${cert.path} (self-signed; your browser will ask you to accept it)`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  return { url, close: () => new Promise((r) => server.close(() => r())) };
}

