/**
 * List items of the register through Graph: typed by our column definitions, every page read,
 * creates that carry a ClientRequestId, and field updates with If-Match.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { GraphConfig } from "./config";
import { readWithRetry, type RetryPolicy } from "./reads";
import { CLIENT_REQUEST_ID, type ListKey } from "./schema/lists";

export interface ListItem {
  readonly id: string;
  readonly eTag: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime?: string;
  readonly createdBy: { readonly id: string; readonly displayName: string; readonly email?: string };
  readonly fields: Readonly<Record<string, unknown>>;
}

interface RawItem {
  id: string;
  eTag: string;
  createdDateTime: string;
  lastModifiedDateTime?: string;
  createdBy?: { user?: { id?: string; displayName?: string; email?: string } };
  fields?: Record<string, unknown>;
}

const toItem = (r: RawItem): ListItem => ({
  id: r.id,
  eTag: r.eTag,
  createdDateTime: r.createdDateTime,
  ...(r.lastModifiedDateTime ? { lastModifiedDateTime: r.lastModifiedDateTime } : {}),
  createdBy: { id: r.createdBy?.user?.id ?? "", displayName: r.createdBy?.user?.displayName ?? "", ...(r.createdBy?.user?.email ? { email: r.createdBy.user.email } : {}) },
  fields: r.fields ?? {},
});

/** OData string literal: quotes doubled. */
export const odataString = (s: string): string => `'${s.replace(/'/gu, "''")}'`;

export class ListsApi {
  constructor(
    private readonly client: Client,
    private readonly config: GraphConfig,
    private readonly retry: RetryPolicy,
  ) {}

  private path(list: ListKey): string {
    return `/sites/${encodeURIComponent(this.config.siteId)}/lists/${encodeURIComponent(this.config.lists[list])}`;
  }

  /** Every item matching the filter (on an indexed column), following @odata.nextLink. */
  async query(list: ListKey, filter?: string): Promise<ListItem[]> {
    const out: ListItem[] = [];
    let request = this.client.api(`${this.path(list)}/items`).expand("fields").top(200);
    if (filter) request = request.filter(filter);
    let page = await readWithRetry(this.retry, () => request.get() as Promise<{ value: RawItem[]; "@odata.nextLink"?: string }>);
    for (;;) {
      out.push(...page.value.map(toItem));
      const next = page["@odata.nextLink"];
      if (!next) return out;
      page = await readWithRetry(this.retry, () => this.client.api(next).get() as Promise<{ value: RawItem[]; "@odata.nextLink"?: string }>);
    }
  }

  async get(list: ListKey, id: string): Promise<ListItem> {
    return toItem(await readWithRetry(this.retry, () => this.client.api(`${this.path(list)}/items/${encodeURIComponent(id)}`).expand("fields").get() as Promise<RawItem>));
  }

  async findByRequestId(list: ListKey, key: string): Promise<ListItem | null> {
    const found = await this.query(list, `fields/${CLIENT_REQUEST_ID} eq ${odataString(key)}`);
    return found[0] ?? null;
  }

  /** One attempt; the outbox decides about retries. */
  async create(list: ListKey, fields: Record<string, unknown>): Promise<ListItem> {
    return toItem((await this.client.api(`${this.path(list)}/items`).post({ fields })) as RawItem);
  }

  /** One attempt with If-Match; a stale eTag fails with 412. */
  async updateFields(list: ListKey, id: string, eTag: string, fields: Record<string, unknown>): Promise<void> {
    await this.client.api(`${this.path(list)}/items/${encodeURIComponent(id)}/fields`).header("If-Match", eTag).patch(fields);
  }
}
