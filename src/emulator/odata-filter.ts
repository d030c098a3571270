/**
 * The part of OData `$filter` the Graph endpoints Adal uses accept: comparisons (eq ne lt gt le
 * ge), and / or / not, parentheses, startswith(), and a lambda `any` over a collection
 * (`singleValueExtendedProperties/any(ep: ep/id eq '…' and ep/value eq '…')`). Parsed into a
 * predicate over JSON; anything else is a 400 with Graph's error shape, as Graph does.
 */
export class FilterError extends Error {}

type Value = string | number | boolean | null;
type Expr =
  | { k: "lit"; v: Value }
  | { k: "path"; parts: string[] }
  | { k: "cmp"; op: string; a: Expr; b: Expr }
  | { k: "and" | "or"; a: Expr; b: Expr }
  | { k: "not"; a: Expr }
  | { k: "startswith"; a: Expr; b: Expr }
  | { k: "any"; coll: string[]; v: string; body: Expr };

interface Token {
  readonly t: "str" | "num" | "word" | "(" | ")" | "," | ":";
  readonly v: string;
}

function lex(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (/\s/u.test(c)) i++;
    else if ("(),:".includes(c)) {
      out.push({ t: c as Token["t"], v: c });
      i++;
    } else if (c === "'") {
      let v = "";
      i++;
      for (;;) {
        if (i >= s.length) throw new FilterError("Unterminated string literal in $filter");
        if (s[i] === "'" && s[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (s[i] === "'") {
          i++;
          break;
        } else v += s[i++];
      }
      out.push({ t: "str", v });
    } else {
      const rest = s.slice(i);
      const num = /^[-+]?\d+(?:\.\d+)?(?![\w@.$/-])/u.exec(rest);
      const m = num ?? /^[\w@.$/-]+/u.exec(rest);
      if (!m) throw new FilterError(`Syntax error at position ${i} in $filter`);
      out.push({ t: num ? "num" : "word", v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

const COMPARISONS = new Set(["eq", "ne", "lt", "gt", "le", "ge"]);

/** Deeper nesting is refused with a 400, as OData's parser refuses queries past its recursion limit, instead of exhausting the stack. */
export const MAX_FILTER_DEPTH = 100;
/** Terms in one $filter; long and/or chains also make deep trees. */
export const MAX_FILTER_TERMS = 500;

function parse(tokens: Token[]): Expr {
  let p = 0;
  let depth = 0;
  const peek = () => tokens[p];
  const take = (t?: Token["t"], v?: string): Token => {
    const tok = tokens[p];
    if (!tok || (t && tok.t !== t) || (v && tok.v.toLowerCase() !== v)) throw new FilterError(`Syntax error in $filter near '${tok?.v ?? "end"}'`);
    p++;
    return tok;
  };
  const or = (): Expr => {
    let a = and();
    while (peek()?.t === "word" && peek()?.v.toLowerCase() === "or") {
      p++;
      a = { k: "or", a, b: and() };
    }
    return a;
  };
  const and = (): Expr => {
    let a = unary();
    while (peek()?.t === "word" && peek()?.v.toLowerCase() === "and") {
      p++;
      a = { k: "and", a, b: unary() };
    }
    return a;
  };
  const unary = (): Expr => {
    if (++depth > MAX_FILTER_DEPTH) throw new FilterError(`The $filter is nested more than ${MAX_FILTER_DEPTH} levels deep`);
    try {
      return unaryAt();
    } finally {
      depth--;
    }
  };
  const unaryAt = (): Expr => {
    if (peek()?.t === "word" && peek()?.v.toLowerCase() === "not") {
      p++;
      return { k: "not", a: unary() };
    }
    const a = primary();
    const op = peek();
    if (op?.t === "word" && COMPARISONS.has(op.v.toLowerCase())) {
      p++;
      return { k: "cmp", op: op.v.toLowerCase(), a, b: primary() };
    }
    return a;
  };
  let terms = 0;
  const primary = (): Expr => {
    if (++terms > MAX_FILTER_TERMS) throw new FilterError(`The $filter has more than ${MAX_FILTER_TERMS} terms`);
    const tok = take();
    if (tok.t === "(") {
      const e = or();
      take(")");
      return e;
    }
    if (tok.t === "str") return { k: "lit", v: tok.v };
    if (tok.t === "num") return { k: "lit", v: Number(tok.v) };
    if (tok.t !== "word") throw new FilterError(`Syntax error in $filter near '${tok.v}'`);
    const lower = tok.v.toLowerCase();
    if (lower === "true" || lower === "false") return { k: "lit", v: lower === "true" };
    if (lower === "null") return { k: "lit", v: null };
    if (lower === "startswith" && peek()?.t === "(") {
      take("(");
      const a = or();
      take(",");
      const b = or();
      take(")");
      return { k: "startswith", a, b };
    }
    if (tok.v.endsWith("/any") && peek()?.t === "(") {
      take("(");
      const v = take("word").v;
      take(":");
      const body = or();
      take(")");
      return { k: "any", coll: tok.v.slice(0, -"/any".length).split("/"), v, body };
    }
    return { k: "path", parts: tok.v.split("/") };
  };
  const e = or();
  if (p !== tokens.length) throw new FilterError(`Syntax error in $filter near '${tokens[p]?.v}'`);
  return e;
}

function get(obj: unknown, parts: readonly string[]): unknown {
  let cur = obj;
  for (const part of parts) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function evaluate(e: Expr, scope: Record<string, unknown>, root: unknown): unknown {
  switch (e.k) {
    case "lit":
      return e.v;
    case "path": {
      const [head, ...rest] = e.parts;
      return head !== undefined && head in scope ? get(scope[head], rest) : get(root, e.parts);
    }
    case "and":
      return evaluate(e.a, scope, root) === true && evaluate(e.b, scope, root) === true;
    case "or":
      return evaluate(e.a, scope, root) === true || evaluate(e.b, scope, root) === true;
    case "not":
      return evaluate(e.a, scope, root) !== true;
    case "startswith": {
      const a = evaluate(e.a, scope, root);
      const b = evaluate(e.b, scope, root);
      return typeof a === "string" && typeof b === "string" && a.toLowerCase().startsWith(b.toLowerCase());
    }
    case "any": {
      const coll = get(root, e.coll);
      return Array.isArray(coll) && coll.some((x) => evaluate(e.body, { ...scope, [e.v]: x }, root) === true);
    }
    case "cmp": {
      let a = evaluate(e.a, scope, root);
      let b = evaluate(e.b, scope, root);
      // Directory and SharePoint text comparisons are case-insensitive.
      if (typeof a === "string" && typeof b === "string") {
        a = a.toLowerCase();
        b = b.toLowerCase();
      }
      if (a === undefined) a = null;
      switch (e.op) {
        case "eq":
          return a === b;
        case "ne":
          return a !== b;
        default: {
          if (a === null || b === null) return false;
          const x = a as string | number;
          const y = b as string | number;
          return e.op === "lt" ? x < y : e.op === "gt" ? x > y : e.op === "le" ? x <= y : x >= y;
        }
      }
    }
  }
}

export interface CompiledFilter {
  test(item: unknown): boolean;
  /** Property paths the filter reads (e.g. ["fields", "ReviewKey"]), for the indexed-column check. */
  readonly paths: readonly (readonly string[])[];
}

export function compileFilter(source: string): CompiledFilter {
  const expr = parse(lex(source));
  const paths: string[][] = [];
  const walk = (e: Expr): void => {
    if (e.k === "path") paths.push(e.parts);
    else if (e.k === "cmp" || e.k === "and" || e.k === "or" || e.k === "startswith") {
      walk(e.a);
      walk(e.b);
    } else if (e.k === "not") walk(e.a);
    else if (e.k === "any") paths.push(e.coll);
  };
  walk(expr);
  return { test: (item) => evaluate(expr, {}, item) === true, paths };
}
