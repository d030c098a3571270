/**
 * The production build (dist/, made by `npm run build` before jest runs) carries neither the
 * Graph emulator nor the dev "sign in as", and the Graph side keeps its dependencies pointing
 * inward: src/graph is UI-free and no product code imports the emulator or the dev picker.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Strings only the emulator and the dev picker contain (routes, controls, messages). The product
// itself only looks up the optional `adalDev` hook, and only on localhost (src/ui/approvals/connection.ts).
const DEV_MARKERS = ["_emulator/", "adal.dev.upn", "sign in as:", "HonorNonIndexedQueriesWarningMayFailRandomly", "TooManyRequests", "emu."];

test("dist/ holds no emulator and no dev sign-in", () => {
  const built = files(DIST).filter((f) => /\.(js|html)$/u.test(f));
  expect(built.length).toBeGreaterThan(5);
  const hits = built.flatMap((f) => {
    const text = readFileSync(f, "utf8");
    return DEV_MARKERS.filter((m) => (m === "emu." ? /["'`]emu\./u.test(text) : text.includes(m))).map((m) => `${path.relative(ROOT, f)}: ${m}`);
  });
  expect(hits).toEqual([]);
});

test("the markers would be caught: the dev picker's own build has them", () => {
  const dev = readFileSync(path.join(ROOT, "build", "devweb", "dev-signin.js"), "utf8");
  expect(DEV_MARKERS.filter((m) => dev.includes(m)).length).toBeGreaterThan(1);
});

function sources(dir: string): string[] {
  return files(path.join(ROOT, "src", dir)).filter((f) => /\.tsx?$/u.test(f));
}

const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\s*\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/gu)].map((m) => m[1] ?? m[2] ?? "");

test.each(sources("graph").map((f) => [path.relative(ROOT, f), f]))("%s is UI-free and Office-free", (_rel, file) => {
  for (const spec of importsOf(file)) {
    expect(/react|fluentui|\/ui\/|\/office\/(?!outlook\/mail-host)|\/emulator\/|\/dev\//u.test(spec) ? spec : "").toBe("");
  }
  expect(/\bOffice\.|\bdocument\./u.test(readFileSync(file, "utf8")) ? file : "").toBe("");
});

test.each([...sources("ui"), ...sources("office"), ...sources("graph"), ...sources("engine")].map((f) => [path.relative(ROOT, f), f]))("%s does not import the emulator or the dev picker", (_rel, file) => {
  for (const spec of importsOf(file)) expect(/\/emulator\/|\/dev\//u.test(spec) ? spec : "").toBe("");
});
