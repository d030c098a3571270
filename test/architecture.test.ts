/**
 * The engine must run unchanged in the task pane, a Web Worker, the Outlook on-send runtime and
 * the CLI. These checks read the source: no imports from outside src/engine, and no host
 * globals. (tsconfig.engine.json additionally type-checks it with no DOM and no Node typings.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ENGINE = path.join(__dirname, "..", "src", "engine");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/u.test(name) ? [full] : [];
  });
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//gu, "").replace(/(^|[^:"'`\\])\/\/.*$/gmu, "$1");
}

const files = sources(ENGINE);

describe("engine purity", () => {
  test("there is engine code to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(files.map((f) => [path.relative(ENGINE, f), f]))("%s imports only engine modules", (_rel, file) => {
    const code = readFileSync(file, "utf8");
    const specs = [...code.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|require\s*\(\s*["']([^"']+)["']\s*\)/gu)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
    for (const spec of specs) {
      expect(spec.startsWith(".") ? "relative" : `bare import "${spec}"`).toBe("relative");
      const target = path.resolve(path.dirname(file), spec);
      expect(target.startsWith(ENGINE) ? "inside" : `"${spec}" leaves src/engine`).toBe("inside");
    }
  });

  const forbidden = [/\bwindow\./u, /\bdocument\./u, /\bOffice\./u, /\bWord\./u, /\blocalStorage\b/u, /\bnavigator\./u, /\bXMLHttpRequest\b/u, /\bfetch\(/u, /\bprocess\./u, /\bBuffer\b/u, /\brequire\(/u, /\b__dirname\b/u, /\bself\./u, /\bglobalThis\./u];
  test.each(files.map((f) => [path.relative(ENGINE, f), f]))("%s uses no host globals", (_rel, file) => {
    const code = stripComments(readFileSync(file, "utf8"));
    for (const re of forbidden) expect(re.test(code) ? `${re} in ${file}` : "").toBe("");
  });

  test("the purity check catches a violation", () => {
    const bad = `import fs from "node:fs";\nexport const x = window.location;`;
    const specs = [...bad.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gu)].map((m) => m[1]);
    expect(specs).toEqual(["node:fs"]);
    expect(forbidden.some((re) => re.test(stripComments(bad)))).toBe(true);
  });
});

describe("Office.js stays behind the host adapters", () => {
  const UI = path.join(__dirname, "..", "src", "ui");
  const uiFiles = sources(UI);
  test.each(uiFiles.map((f) => [path.relative(UI, f), f]))("src/ui/%s does not touch Office or Word", (_rel, file) => {
    const code = stripComments(readFileSync(file, "utf8"));
    expect(/\b(Office|Word)\.(context|run|onReady|actions|HostType|EventType|MailboxEnums)\b/u.test(code) ? `${file} uses Office.js` : "").toBe("");
  });
});
