/**
 * A few of the product's TypeScript modules as one script for a page: each file transpiled to
 * CommonJS by TypeScript and wrapped in a tiny module table, so a browser test can run the real
 * code (the IndexedDB outbox store, the outbox) in Chromium without a bundler run. Only relative
 * imports between the given files are resolved; type-only imports vanish in transpiling.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** A script that defines `window[global]` as the exports of `entries` (paths relative to `root`). */
export function browserModules(root: string, files: readonly string[], entries: readonly string[], global: string): string {
  const id = (f: string) => path.relative(root, path.resolve(root, f)).replace(/\\/gu, "/").replace(/\.tsx?$/u, "");
  const table = files.map((f) => {
    const source = readFileSync(path.join(root, f), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
    return `${JSON.stringify(id(f))}: function (exports, require) {\n${js}\n}`;
  });
  return `(() => {
  const defs = {${table.join(",\n")}};
  const cache = {};
  const load = (name) => {
    if (cache[name]) return cache[name].exports;
    if (!defs[name]) throw new Error("browserModules: " + name + " was not given");
    const module = { exports: {} };
    cache[name] = module;
    const dir = name.split("/").slice(0, -1);
    defs[name](module.exports, (spec) => {
      const parts = [...dir];
      for (const p of spec.split("/")) p === ".." ? parts.pop() : p !== "." && parts.push(p);
      return load(parts.join("/"));
    });
    return module.exports;
  };
  window[${JSON.stringify(global)}] = Object.assign({}, ...${JSON.stringify(entries.map(id))}.map(load));
})();`;
}
