/**
 * Debian's Chromium for the browser tests. When it is missing and we run as root with apt, it
 * is installed (that is how CI and a fresh machine get it); otherwise the tests fail with a
 * message that says what to do. Downloading a browser (npx playwright install) is never used.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.ADAL_CHROMIUM ?? "/usr/bin/chromium";

/** Flags that keep headless Chromium quiet on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function ensureChromium(log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM} and it is not installed. ` +
        (hasApt ? "Install it: sudo apt-get install -y chromium" : "Install Chromium from your distribution and set ADAL_CHROMIUM to its path.") +
        " (Playwright's own browser download is not used.)",
    );
  }
  log("Chromium is missing: installing Debian's chromium package (apt-get)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} does not exist`);
  return CHROMIUM;
}
