/**
 * Creates the register's lists and columns through Graph and sets SharePoint's item-level
 * security through SharePoint REST (Graph does not expose it), idempotently: a second run
 * changes nothing. Run by an administrator with `npm run provision` (scripts/provision.ts).
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { GraphConfig } from "./config";
import { odataString } from "./lists-api";
import { columnDefinition, LISTS, type ListSpec } from "./schema/lists";

export interface ProvisionOptions {
  readonly client: Client;
  readonly config: GraphConfig;
  /** SharePoint REST with a token for the site's host (AllSites.Manage). */
  readonly sharePoint: (url: string, init: RequestInit) => Promise<Response>;
  readonly log: (line: string) => void;
}

export interface ProvisionReport {
  readonly createdLists: string[];
  readonly addedColumns: string[];
  readonly securityChanged: string[];
  /** Steps Graph and SharePoint REST cannot do safely for us; printed for the administrator. */
  readonly manual: string[];
}

interface RawList {
  id: string;
  displayName: string;
}

async function ensureList(o: ProvisionOptions, spec: ListSpec, report: ProvisionReport): Promise<RawList> {
  const base = `/sites/${encodeURIComponent(o.config.siteId)}/lists`;
  const found = ((await o.client.api(base).filter(`displayName eq ${odataString(spec.displayName)}`).get()) as { value: RawList[] }).value[0];
  if (!found) {
    const created = (await o.client.api(base).post({ displayName: spec.displayName, description: spec.description, list: { template: "genericList" }, columns: spec.columns.map(columnDefinition) })) as RawList;
    report.createdLists.push(spec.displayName);
    o.log(`created list ${spec.displayName} (${created.id}) with ${spec.columns.length} columns`);
    return created;
  }
  const existing = ((await o.client.api(`${base}/${found.id}/columns`).get()) as { value: { name: string }[] }).value.map((c) => c.name);
  for (const c of spec.columns.filter((x) => !existing.includes(x.name))) {
    await o.client.api(`${base}/${found.id}/columns`).post(columnDefinition(c));
    report.addedColumns.push(`${spec.displayName}.${c.name}`);
    o.log(`added column ${spec.displayName}.${c.name}`);
  }
  return found;
}

async function ensureSecurity(o: ProvisionOptions, spec: ListSpec, list: RawList, report: ProvisionReport): Promise<void> {
  const url = `${o.config.siteUrl.replace(/\/$/u, "")}/_api/web/lists(guid'${list.id}')`;
  const headers = { Accept: "application/json;odata=nometadata", "Content-Type": "application/json;odata=nometadata" };
  const current = await o.sharePoint(url, { method: "GET", headers });
  if (!current.ok) throw new Error(`SharePoint REST ${current.status} reading ${spec.displayName}'s settings`);
  const now = (await current.json()) as { ReadSecurity: number; WriteSecurity: number };
  if (now.ReadSecurity === spec.readSecurity && now.WriteSecurity === spec.writeSecurity) return;
  const r = await o.sharePoint(url, { method: "POST", headers: { ...headers, "X-HTTP-Method": "MERGE", "IF-MATCH": "*" }, body: JSON.stringify({ ReadSecurity: spec.readSecurity, WriteSecurity: spec.writeSecurity }) });
  if (!r.ok) throw new Error(`SharePoint REST ${r.status} setting item-level security on ${spec.displayName}`);
  report.securityChanged.push(spec.displayName);
  o.log(`${spec.displayName}: read ${spec.readSecurity === 2 ? "own items only" : "all items"}, write ${spec.writeSecurity === 2 ? "own items only" : "all items"}`);
}

export async function provision(o: ProvisionOptions): Promise<ProvisionReport> {
  const report: ProvisionReport = { createdLists: [], addedColumns: [], securityChanged: [], manual: [] };
  for (const spec of Object.values(LISTS)) {
    const list = await ensureList(o, spec, report);
    await ensureSecurity(o, spec, list, report);
    if (spec.ownersWrite) report.manual.push(`${spec.displayName}: stop inheriting permissions and give members Read only, so only the site owners (the security unit) edit it`);
    if (spec.appendOnly) report.manual.push(`${spec.displayName}: stop inheriting permissions and give members a permission level with View Items and Add Items but without Edit Items, Delete Items and Delete Versions, so a decision once made cannot be changed or moved (README, "Security")`);
    if (spec.noDelete) report.manual.push(`${spec.displayName}: give members a permission level without Delete Items and Delete Versions (they still add and edit their own items), and keep versioning on`);
  }
  report.manual.push("Site permissions: make the security unit the site owners (they read every report through “Override List Behaviors”), everyone else members");
  report.manual.push("Grant the app write on the site: POST /sites/{site-id}/permissions (Sites.Selected), see README");
  return report;
}
