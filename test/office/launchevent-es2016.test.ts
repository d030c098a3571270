/**
 * dist/launchevent.js must load on classic Outlook for Windows, whose event runtime supports
 * ECMAScript 2016 and nothing later (issue #13 item 1). Checked on the BUILT file, so whatever
 * the engine and the gift detector are written in, it is either transformed by the build or
 * caught here:
 *  - the file parses as ES2016 (acorn, regular-expression literals validated as ES2016);
 *  - no string in it carries ES2018 regular-expression syntax (\p{…}, lookbehind, named groups)
 *    that code could hand to `new RegExp` at run time;
 *  - every regular expression of the gift cues (rules/gifts.yml, compiled at run time) is an
 *    ES2016 pattern once the build has rewritten it.
 * Running the file in an ES2016 runtime is test/office/launchevent.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { simple } from "acorn-walk";
import { parsePattern, type SlotAst } from "../../src/engine/patterns/syntax";
import { DEFAULT_GIFT_BOOK } from "../../src/rulebook/gifts";
import { es2016RegExpProblem, parseAsEs2016 } from "../helpers/es2016-runtime";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const es2016 = require("../../tools/es2016-regex.cjs") as { expandPropertyEscapes(s: string): string; untranslatable(s: string): string[]; PROPERTY_ESCAPE: RegExp };

const ROOT = path.join(__dirname, "..", "..");
const BUNDLE = readFileSync(path.join(ROOT, "dist", "launchevent.js"), "utf8");

/** Every string constant in a script: string literals and the cooked and raw text of template pieces. */
function stringsOf(code: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
  simple(ast, {
    Literal(n) {
      const node = n as unknown as { value: unknown; start: number };
      if (typeof node.value === "string") out.push({ text: node.value, at: node.start });
    },
    TemplateElement(n) {
      const node = n as unknown as { value: { raw: string; cooked: string | null }; start: number };
      out.push({ text: node.value.raw, at: node.start }, { text: node.value.cooked ?? "", at: node.start });
    },
  });
  return out;
}

/**
 * core-js tests the engine with patterns like "(?<a>b)" inside try/catch and polyfills what
 * fails; those strings are the library's own probes, not patterns the bundle relies on.
 */
const CORE_JS_PROBES: ReadonlySet<string> = new Set(
  readdirSync(path.join(ROOT, "node_modules", "core-js", "internals"))
    .filter((f) => f.endsWith(".js"))
    .flatMap((f) => stringsOf(readFileSync(path.join(ROOT, "node_modules", "core-js", "internals", f), "utf8")).map((s) => s.text)),
);

function problemsInStrings(code: string, allowed: ReadonlySet<string> = new Set()): string[] {
  return stringsOf(code).flatMap(({ text, at }) => {
    if (allowed.has(text)) return [];
    const found = [...es2016.untranslatable(text), ...(es2016.PROPERTY_ESCAPE.test(text) ? ["a Unicode property escape \\p{…}"] : [])];
    return found.length > 0 ? [`offset ${at}: ${found.join(", ")} in "${text.slice(0, 60)}…"`] : [];
  });
}

function regexSlots(slots: readonly SlotAst[]): string[] {
  return slots.flatMap((s) => (s.kind === "regex" ? [s.source] : s.kind === "group" ? s.alternatives.flatMap(regexSlots) : []));
}

/** Every pattern string of the gift book (cues and lexicons, every language). */
function giftPatterns(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") {
      try {
        out.push(...regexSlots(parsePattern(v)));
      } catch {
        // Not a pattern (a name, a setting).
      }
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(DEFAULT_GIFT_BOOK.data);
  return [...new Set(out)];
}

describe("the on-send bundle is ECMAScript 2016", () => {
  test("dist/launchevent.js parses as ES2016, regular-expression literals included", () => {
    expect(() => parseAsEs2016(BUNDLE)).not.toThrow();
  });

  test("no string in it carries ES2018 regular-expression syntax for new RegExp", () => {
    expect(problemsInStrings(BUNDLE, CORE_JS_PROBES)).toEqual([]);
  });

  test("every regular expression of the gift cues is ES2016 once the build has rewritten it", () => {
    const sources = giftPatterns();
    expect(sources.length).toBeGreaterThan(20);
    const bad = sources
      .map((s) => ({ s, rewritten: es2016.expandPropertyEscapes(s) }))
      .map(({ s, rewritten }) => ({ s, problem: es2016RegExpProblem(`^(?:${rewritten})$`, "u") }))
      .filter((x) => x.problem !== null);
    expect(bad).toEqual([]);
  });
});

describe("the checks would catch ES2017+ code", () => {
  test("async functions, optional chaining, lookbehind and property escapes are refused", () => {
    expect(() => parseAsEs2016("async function f() { await 1; }")).toThrow();
    expect(() => parseAsEs2016("var a = b?.c;")).toThrow();
    expect(() => parseAsEs2016("var r = /(?<!\\d)1/u;")).toThrow();
    expect(() => parseAsEs2016("var r = /\\p{L}/u;")).toThrow();
    expect(es2016RegExpProblem("(?<!\\d)123", "u")).not.toBeNull();
    expect(es2016RegExpProblem("a/b[/]", "u")).toBeNull();
    expect(es2016RegExpProblem("x", "s")).not.toBeNull();
  });

  test("a string a pattern is built from is caught, named groups and lookbehind included", () => {
    const found = problemsInStrings("var s = '(?<!\\\\d)' + bin; var t = String.raw`(?<n>\\d+)\\p{L}`;").join("\n");
    for (const what of ["lookbehind", "named group", "property escape"]) expect(found).toContain(what);
  });

  test("the rewrite spells out property escapes inside and outside character classes", () => {
    const out = es2016.expandPropertyEscapes(String.raw`подар\p{L}*[^\p{L}\p{N}]?`);
    expect(es2016.PROPERTY_ESCAPE.test(out)).toBe(false);
    const re = new RegExp(`^(?:${out})$`, "u");
    expect(re.test("подарок")).toBe(true);
    expect(re.test("подарок!")).toBe(true);
    expect(re.test("подарок7")).toBe(false);
  });
});

describe("the supplier list in the on-send bundle (issue #13 item 12)", () => {
  const bundled = (origin: string | undefined): unknown => {
    const saved = process.env.ADAL_ORIGIN;
    if (origin === undefined) delete process.env.ADAL_ORIGIN;
    else process.env.ADAL_ORIGIN = origin;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const configs = (require("../../webpack.config.js") as (env: object, argv: object) => Array<{ name: string; plugins: Array<{ definitions?: Record<string, unknown> }> }>)({}, { mode: "production" });
      return configs.find((c) => c.name === "launchevent")!.plugins.find((p) => p.definitions)!.definitions!.ADAL_BUNDLED_SUPPLIERS;
    } finally {
      if (saved === undefined) delete process.env.ADAL_ORIGIN;
      else process.env.ADAL_ORIGIN = saved;
    }
  };

  test("the fictional config/suppliers.json is a fallback of the development build only", () => {
    expect(bundled(undefined)).toBe("true");
    expect(bundled("https://adal.example.kz")).toBe("false");
  });
});
