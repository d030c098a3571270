/**
 * The one configuration of the Graph side (config/graph.json): the Entra app, the SharePoint site
 * and lists of the register, where department heads come from, review deadlines. Parsed with
 * every problem named, so an administrator sees what to fix instead of a failing request.
 */
import type { ListKey } from "./schema/lists";

export type DepartmentHeadsSource = { readonly source: "list" } | { readonly source: "inline"; readonly heads: Readonly<Record<string, string>> };

export interface GraphConfig {
  /** Application (client) id of the Entra app registration; empty = not configured. */
  readonly clientId: string;
  /** Tenant id or domain; "organizations" for any work account. */
  readonly tenantId: string;
  readonly graphBaseUrl: string;
  /** Graph site id of the register site: "{hostname},{site-collection-id},{web-id}". */
  readonly siteId: string;
  /** The site's URL, for the SharePoint REST call that sets item-level security (provisioning). */
  readonly siteUrl: string;
  /** List ids or titles. */
  readonly lists: Readonly<Record<ListKey, string>>;
  readonly departmentHeads: DepartmentHeadsSource;
  /** Working days an approver has; the due date of each assignment. */
  readonly reviewDays: number;
  /** A request taking longer is abandoned and retried (idempotently). */
  readonly requestTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`config/graph.json: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

const LIST_KEYS: readonly ListKey[] = ["reviews", "decisions", "reports", "suppliers", "departments"];

export function parseGraphConfig(raw: unknown): GraphConfig {
  const problems: string[] = [];
  const o = (raw ?? {}) as Record<string, unknown>;
  const str = (k: string, required = false): string => {
    const v = o[k];
    if (v === undefined && !required) return "";
    if (typeof v !== "string") {
      problems.push(`${k} must be a string`);
      return "";
    }
    return v;
  };
  const num = (k: string, min: number, max: number, fallback: number): number => {
    const v = o[k] ?? fallback;
    if (typeof v !== "number" || !(v >= min && v <= max)) {
      problems.push(`${k} must be a number from ${min} to ${max}`);
      return fallback;
    }
    return v;
  };
  const clientId = str("clientId");
  if (clientId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(clientId)) problems.push("clientId must be the app registration's GUID");
  const graphBaseUrl = str("graphBaseUrl") || "https://graph.microsoft.com/";
  if (!/^https:\/\//u.test(graphBaseUrl)) problems.push("graphBaseUrl must be an https URL (the Graph client sends tokens only over https)");
  const listsRaw = (o.lists ?? {}) as Record<string, unknown>;
  const lists = {} as Record<ListKey, string>;
  for (const k of LIST_KEYS) {
    const v = listsRaw[k];
    if (typeof v !== "string" || !v.trim()) problems.push(`lists.${k} must name the list (id or title)`);
    lists[k] = typeof v === "string" ? v : "";
  }
  const dh = (o.departmentHeads ?? { source: "list" }) as { source?: unknown; heads?: unknown };
  let departmentHeads: DepartmentHeadsSource = { source: "list" };
  if (dh.source === "inline") {
    const heads = dh.heads as Record<string, unknown> | undefined;
    if (!heads || typeof heads !== "object" || Object.values(heads).some((v) => typeof v !== "string" || !v.includes("@"))) problems.push("departmentHeads.heads must map unit ids to head UPNs");
    else departmentHeads = { source: "inline", heads: heads as Record<string, string> };
  } else if (dh.source !== "list") problems.push('departmentHeads.source must be "list" or "inline"');
  const config: GraphConfig = {
    clientId,
    tenantId: str("tenantId") || "organizations",
    graphBaseUrl: graphBaseUrl.endsWith("/") ? graphBaseUrl : `${graphBaseUrl}/`,
    siteId: str("siteId"),
    siteUrl: str("siteUrl"),
    lists,
    departmentHeads,
    reviewDays: num("reviewDays", 1, 60, 5),
    requestTimeoutMs: num("requestTimeoutMs", 100, 120000, 20000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** What is still missing before the add-in can talk to Microsoft 365 (empty = ready). */
export function missingForProduction(c: GraphConfig): string[] {
  const out: string[] = [];
  if (!c.clientId) out.push("clientId");
  if (!c.siteId) out.push("siteId");
  return out;
}
