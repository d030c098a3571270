/** Graph JSON for the emulator's objects, shaped as the v1.0 schema says (a test checks it against the CSDL). */
import { eTagOf } from "./list-store";
import type { EmuItem, EmuList, EmuMessage, EmuStore, EmuUser, EmuVersion } from "./store";

const USER_PROPS = ["id", "displayName", "mail", "userPrincipalName", "department", "jobTitle", "preferredLanguage"] as const;

export function renderUser(u: EmuUser, select?: readonly string[]): Record<string, unknown> {
  const props = select && select.length > 0 ? select : USER_PROPS;
  const out: Record<string, unknown> = { "@odata.type": "#microsoft.graph.user" };
  for (const p of props) if (p in u || (USER_PROPS as readonly string[]).includes(p)) out[p] = (u as unknown as Record<string, unknown>)[p] ?? null;
  return out;
}

function identity(store: EmuStore, userId: string): Record<string, unknown> {
  const u = store.users.get(userId);
  return { user: { id: userId, displayName: u?.displayName ?? "", email: u?.mail ?? "" } };
}

export function renderFields(item: EmuItem, select?: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    "@odata.etag": eTagOf(item),
    id: item.id,
    ...item.fields,
    Created: item.createdDateTime,
    Modified: item.lastModifiedDateTime,
    _UIVersionString: `${item.version}.0`,
  };
  if (!select || select.length === 0) return all;
  const out: Record<string, unknown> = { "@odata.etag": all["@odata.etag"] };
  for (const s of select) if (s in all) out[s] = all[s];
  return out;
}

export function renderItem(store: EmuStore, list: EmuList, item: EmuItem, expandFields: false | readonly string[] | true): Record<string, unknown> {
  const out: Record<string, unknown> = {
    "@odata.etag": eTagOf(item),
    id: item.id,
    eTag: eTagOf(item),
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${store.site.webUrl}/Lists/${encodeURIComponent(list.displayName)}/DispForm.aspx?ID=${item.id}`,
    createdBy: identity(store, item.createdBy),
    lastModifiedBy: identity(store, item.lastModifiedBy),
    parentReference: { id: list.id, siteId: store.site.id },
    contentType: { id: "0x0100", name: "Item" },
  };
  if (expandFields !== false) out.fields = renderFields(item, expandFields === true ? undefined : expandFields);
  return out;
}

export function renderVersion(store: EmuStore, v: EmuVersion): Record<string, unknown> {
  return { id: `${v.version}.0`, lastModifiedDateTime: v.at, lastModifiedBy: identity(store, v.by), fields: { ...v.fields } };
}

export function renderList(store: EmuStore, list: EmuList): Record<string, unknown> {
  return {
    id: list.id,
    name: list.displayName.replace(/\s+/gu, ""),
    displayName: list.displayName,
    description: list.description,
    createdDateTime: list.createdDateTime,
    createdBy: identity(store, list.createdBy),
    webUrl: `${store.site.webUrl}/Lists/${encodeURIComponent(list.displayName)}`,
    list: { template: "genericList", hidden: false, contentTypesEnabled: false },
    parentReference: { siteId: store.site.id },
  };
}

export function renderColumn(c: EmuList["columns"][number]): Record<string, unknown> {
  const facet =
    c.type === "text" ? { text: { allowMultipleLines: false } } : c.type === "note" ? { text: { allowMultipleLines: true } } : c.type === "choice" ? { choice: { choices: [...(c.choices ?? [])] } } : { [c.type]: {} };
  return { id: c.id, name: c.name, displayName: c.displayName, indexed: c.indexed, enforceUniqueValues: c.unique, ...facet };
}

export function renderMessage(m: EmuMessage): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.message",
    id: m.id,
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.sentDateTime ?? m.createdDateTime,
    ...(m.sentDateTime ? { sentDateTime: m.sentDateTime } : {}),
    subject: m.subject,
    body: m.body,
    from: m.from,
    toRecipients: m.toRecipients,
    ccRecipients: m.ccRecipients,
    isDraft: m.isDraft,
    hasAttachments: m.attachments.length > 0,
    internetMessageId: m.internetMessageId,
    parentFolderId: m.folder,
  };
}
