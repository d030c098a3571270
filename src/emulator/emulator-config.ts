/** The Graph configuration that points the product at the emulator (dev server, tests, bench). */
import { parseGraphConfig, type GraphConfig } from "../graph/config";
import { LISTS, type ListKey } from "../graph/schema/lists";
import { DEMO_SITE_ID } from "./seed";

export function emulatorConfig(graphBaseUrl: string, overrides: Partial<Record<string, unknown>> = {}): GraphConfig {
  const lists = Object.fromEntries(Object.values(LISTS).map((l) => [l.key, l.displayName])) as Record<ListKey, string>;
  return parseGraphConfig({ clientId: "", tenantId: "adal.test", graphBaseUrl, siteId: DEMO_SITE_ID, siteUrl: `${graphBaseUrl.replace(/\/$/u, "")}/sp`, lists, departmentHeads: { source: "list" }, reviewDays: 5, requestTimeoutMs: 10000, ...overrides });
}
