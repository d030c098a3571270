/**
 * A `vm` context that behaves like the JavaScript-only runtime classic Outlook on Windows runs
 * event handlers in: "only supports ECMAScript 2016 and earlier specifications"
 * (learn.microsoft.com/office/dev/add-ins/outlook/troubleshoot-event-based-and-spam-reporting-add-ins),
 * no DOM, no localStorage, no module loader, only the globals it is given.
 *
 * - Syntax: the script is parsed with acorn at `ecmaVersion: 2016` first (regular-expression
 *   literals included, which acorn validates per version), as the runtime's parser would.
 * - Built-ins added after ES2016 are removed (Object.entries, String.prototype.padStart,
 *   Array.prototype.flat, Promise.prototype.finally, globalThis, ...).
 * - `RegExp` accepts only ES2016 pattern syntax and flags, so a pattern put together at run time
 *   from strings (the gift cues, code that builds `new RegExp(...)`) fails here as it would there.
 */
import { parse } from "acorn";
import vm from "node:vm";

/** ES2017+ built-ins, as [owner expression, property] pairs. */
const LATER_BUILTINS: ReadonlyArray<readonly [string, string]> = [
  ["Object", "entries"],
  ["Object", "values"],
  ["Object", "getOwnPropertyDescriptors"],
  ["Object", "fromEntries"],
  ["Object", "hasOwn"],
  ["Object", "groupBy"],
  ["String.prototype", "padStart"],
  ["String.prototype", "padEnd"],
  ["String.prototype", "trimStart"],
  ["String.prototype", "trimEnd"],
  ["String.prototype", "matchAll"],
  ["String.prototype", "replaceAll"],
  ["String.prototype", "at"],
  ["String.prototype", "isWellFormed"],
  ["String.prototype", "toWellFormed"],
  ["Array.prototype", "flat"],
  ["Array.prototype", "flatMap"],
  ["Array.prototype", "at"],
  ["Array.prototype", "findLast"],
  ["Array.prototype", "findLastIndex"],
  ["Array.prototype", "toReversed"],
  ["Array.prototype", "toSorted"],
  ["Array.prototype", "toSpliced"],
  ["Array.prototype", "with"],
  ["Promise.prototype", "finally"],
  ["Promise", "allSettled"],
  ["Promise", "any"],
  ["Promise", "withResolvers"],
  ["RegExp.prototype", "dotAll"],
  ["RegExp.prototype", "hasIndices"],
  ["RegExp.prototype", "unicodeSets"],
  ["Symbol", "asyncIterator"],
  ["this", "globalThis"],
  ["this", "BigInt"],
  ["this", "SharedArrayBuffer"],
  ["this", "Atomics"],
  ["this", "WeakRef"],
  ["this", "FinalizationRegistry"],
  ["this", "AggregateError"],
  ["this", "queueMicrotask"],
  ["this", "structuredClone"],
];

const ES2016_FLAGS = /^[gimuy]*$/u;

/** Why `/source/flags` is not an ES2016 regular expression, or null when it is. */
export function es2016RegExpProblem(source: string, flags: string): string | null {
  if (!ES2016_FLAGS.test(flags) || new Set(flags).size !== flags.length) return `flags "${flags}" are not ES2016 flags`;
  // As a literal: "/" outside a class needs escaping, line breaks cannot appear.
  let literal = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      literal += source.slice(i, i + 2);
      i++;
    } else if (c === "/" && !inClass) literal += "\\/";
    else if (c === "\n") literal += "\\n";
    else if (c === "\r") literal += "\\r";
    else if (c === "\u2028") literal += "\\u2028";
    else if (c === "\u2029") literal += "\\u2029";
    else {
      if (c === "[") inClass = true;
      else if (c === "]") inClass = false;
      literal += c;
    }
  }
  try {
    parse(`/${literal || "(?:)"}/${flags}`, { ecmaVersion: 2016 });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Throws with the place when `code` is not ECMAScript 2016. */
export function parseAsEs2016(code: string): void {
  parse(code, { ecmaVersion: 2016, sourceType: "script" });
}

export interface Es2016Runtime {
  readonly context: vm.Context;
  /** Every regular expression the script asked RegExp for that ES2016 refuses. */
  readonly refused: string[];
  run(code: string, filename: string): void;
}

export function createEs2016Runtime(globals: Record<string, unknown>): Es2016Runtime {
  const refused: string[] = [];
  const check = (source: string, flags: string): string | null => {
    const problem = es2016RegExpProblem(source, flags);
    if (problem) refused.push(`/${source.length > 80 ? `${source.slice(0, 80)}…` : source}/${flags}: ${problem}`);
    return problem;
  };
  const context = vm.createContext({ ...globals, __adalCheckRegExp: check });
  vm.runInContext(
    `(function (global) {
      var removals = ${JSON.stringify(LATER_BUILTINS)};
      removals.forEach(function (r) {
        var owner = r[0] === "this" ? global : r[0].split(".").reduce(function (o, k) { return o[k]; }, global);
        delete owner[r[1]];
      });
      var Native = RegExp;
      var check = global.__adalCheckRegExp;
      delete global.__adalCheckRegExp;
      function ES2016RegExp(pattern, flags) {
        var isRe = pattern instanceof Native;
        var source = isRe ? pattern.source : pattern === undefined ? "" : String(pattern);
        var f = flags === undefined ? (isRe ? pattern.flags : "") : String(flags);
        var problem = check(source, f);
        if (problem) throw new SyntaxError("Invalid regular expression: /" + source + "/" + f + ": " + problem);
        return new Native(pattern, flags);
      }
      ES2016RegExp.prototype = Native.prototype;
      Object.defineProperty(global, "RegExp", { value: ES2016RegExp, writable: true, configurable: true, enumerable: false });
    })(this);`,
    context,
    { filename: "es2016-runtime-setup.js" },
  );
  return {
    context,
    refused,
    run(code, filename) {
      parseAsEs2016(code);
      vm.runInContext(code, context, { filename });
    },
  };
}
