/**
 * A validator for JSON against the official Graph v1.0 schema (../shared/graph, read at test
 * time, never copied into the repository): property names per entity/complex type including
 * base types and navigation properties, primitive types, enums, collections, open types and
 * `@odata.type` casts. Enough to catch a misspelt or misplaced property or a wrong type.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";

interface StructuredType {
  readonly base?: string;
  readonly open: boolean;
  readonly props: Map<string, string>;
}

/**
 * The CSDL declares many types open, but Graph rejects unknown properties on most of them; only
 * these really carry extra properties (list fields; SharePoint adds `email` to identities).
 */
const REALLY_OPEN = new Set(["microsoft.graph.fieldValueSet", "microsoft.graph.identity", "microsoft.graph.identitySet"]);

export const CSDL_PATH = path.join(process.cwd(), "..", "shared", "graph", "graph-v1.0.csdl.xml");

export class Csdl {
  private readonly types = new Map<string, StructuredType>();
  private readonly enums = new Set<string>();
  private readonly actions = new Map<string, Map<string, string>>();

  constructor(xml: string) {
    const doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/u, ""), "text/xml");
    const schemas = doc.getElementsByTagName("Schema");
    for (let s = 0; s < schemas.length; s++) {
      const schema = schemas[s]!;
      const ns = schema.getAttribute("Namespace") ?? "";
      const alias = schema.getAttribute("Alias");
      const full = (n: string) => `${ns}.${n}`;
      const norm = (t: string) => (alias && t.startsWith(`${alias}.`) ? `${ns}.${t.slice(alias.length + 1)}` : t).replace(/^graph\./u, "microsoft.graph.");
      for (const kind of ["EntityType", "ComplexType"]) {
        const els = schema.getElementsByTagName(kind);
        for (let i = 0; i < els.length; i++) {
          const el = els[i]!;
          const props = new Map<string, string>();
          for (const tag of ["Property", "NavigationProperty"]) {
            const ps = el.getElementsByTagName(tag);
            for (let j = 0; j < ps.length; j++) props.set(ps[j]!.getAttribute("Name") ?? "", norm(ps[j]!.getAttribute("Type") ?? "").replace(/Collection\((graph\.)/u, "Collection(microsoft.graph."));
          }
          const base = el.getAttribute("BaseType");
          this.types.set(full(el.getAttribute("Name") ?? ""), { ...(base ? { base: norm(base) } : {}), open: el.getAttribute("OpenType") === "true", props });
        }
      }
      const enums = schema.getElementsByTagName("EnumType");
      for (let i = 0; i < enums.length; i++) this.enums.add(full(enums[i]!.getAttribute("Name") ?? ""));
      const actions = schema.getElementsByTagName("Action");
      for (let i = 0; i < actions.length; i++) {
        const a = actions[i]!;
        const params = new Map<string, string>();
        const ps = a.getElementsByTagName("Parameter");
        for (let j = 0; j < ps.length; j++) params.set(ps[j]!.getAttribute("Name") ?? "", norm(ps[j]!.getAttribute("Type") ?? "").replace(/Collection\((graph\.)/u, "Collection(microsoft.graph."));
        const bound = params.get("bindingParameter");
        this.actions.set(`${a.getAttribute("Name")}@${bound ?? ""}`, params);
      }
    }
  }

  static load(): Csdl {
    return new Csdl(readFileSync(CSDL_PATH, "utf8"));
  }

  has(type: string): boolean {
    return this.types.has(type);
  }

  private lookup(type: string, prop: string): { type?: string; open: boolean } {
    let open = false;
    for (let t = this.types.get(type); t; t = t.base ? this.types.get(t.base) : undefined) {
      open ||= t.open && REALLY_OPEN.has(type);
      const p = t.props.get(prop);
      if (p) return { type: p, open };
    }
    return { open };
  }

  /** Problems of `value` as an instance of `type` ("microsoft.graph.listItem"); empty when valid. */
  validate(value: unknown, type: string, at = "$"): string[] {
    const out: string[] = [];
    if (value === null || value === undefined) return out;
    const coll = /^Collection\((.+)\)$/u.exec(type);
    if (coll) {
      if (!Array.isArray(value)) return [`${at}: expected an array of ${coll[1]}`];
      value.forEach((v, i) => out.push(...this.validate(v, coll[1] as string, `${at}[${i}]`)));
      return out;
    }
    const prim: Record<string, (v: unknown) => boolean> = {
      "Edm.String": (v) => typeof v === "string",
      "Edm.Boolean": (v) => typeof v === "boolean",
      "Edm.Int32": (v) => Number.isInteger(v),
      "Edm.Int64": (v) => Number.isInteger(v),
      "Edm.Double": (v) => typeof v === "number",
      "Edm.DateTimeOffset": (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)),
      "Edm.Date": (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/u.test(v),
      "Edm.Binary": (v) => typeof v === "string" && /^[A-Za-z0-9+/=_-]*$/u.test(v),
      "Edm.Guid": (v) => typeof v === "string",
    };
    if (prim[type]) return prim[type](value) ? out : [`${at}: expected ${type}, got ${JSON.stringify(value).slice(0, 40)}`];
    if (this.enums.has(type)) return typeof value === "string" ? out : [`${at}: expected a ${type} member name`];
    let t = type;
    if (typeof value !== "object" || Array.isArray(value)) return [`${at}: expected an object of ${type}`];
    const cast = (value as Record<string, unknown>)["@odata.type"];
    if (typeof cast === "string") {
      t = cast.replace(/^#/u, "").replace(/^graph\./u, "microsoft.graph.");
      if (!this.types.has(t)) return [`${at}: unknown @odata.type ${cast}`];
    }
    if (!this.types.has(t)) return [`${at}: unknown type ${t}`];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k.startsWith("@odata.") || k.includes("@odata.")) continue;
      const p = this.lookup(t, k);
      if (!p.type) {
        if (!p.open) out.push(`${at}.${k}: no such property on ${t}`);
        continue;
      }
      out.push(...this.validate(v, p.type, `${at}.${k}`));
    }
    return out;
  }

  /** Problems of an action's request body (e.g. sendMail bound to user). */
  validateAction(body: unknown, action: string, boundTo: string): string[] {
    const params = this.actions.get(`${action}@${boundTo}`);
    if (!params) return [`unknown action ${action} bound to ${boundTo}`];
    const out: string[] = [];
    for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
      const t = params.get(k);
      if (!t || k === "bindingParameter") out.push(`$.${k}: no such parameter of ${action}`);
      else out.push(...this.validate(v, t, `$.${k}`));
    }
    return out;
  }
}
