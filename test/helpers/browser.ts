/** Starts the https server on a free port and Debian Chromium through playwright-core. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { serve } from "../../src/server/serve";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium";
import type { GraphEmulator } from "../../src/emulator/server";

export const ROOT = path.join(__dirname, "..", "..");
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist", "office.js");

export interface Session {
  readonly url: string;
  /** The Graph emulator the dev server runs (its store, sent mail, faults). */
  readonly graph: GraphEmulator;
  readonly browser: Browser;
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const executablePath = ensureChromium();
  const server = await serve({ root: path.join(ROOT, "dist"), port: 0, host: "localhost", certDir: path.join(ROOT, ".certs"), log: () => undefined });
  // launch() gives every run a fresh, empty profile (the --user-data-dir the notes ask for).
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  // Office.js comes from Microsoft's CDN in production; here the npm copy answers for it, so the
  // page takes the real "outside Office" path (Office.onReady resolves with host null).
  await context.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (route) => {
    const file = route.request().url().split("/hosted/")[1]?.split("?")[0] ?? "office.js";
    return route.fulfill({ path: path.join(path.dirname(OFFICE_JS), file) }).catch(() => route.fulfill({ status: 404 }));
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: server.url,
    graph: server.graph,
    browser,
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
