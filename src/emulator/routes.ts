/**
 * The Graph v1.0 endpoints Adal uses, with Graph's semantics: directory and manager chain,
 * SharePoint lists, columns and items (fields, $filter, $select, $expand, $top, nextLink, ETag,
 * item-level security), and mail (drafts, send, sendMail) into an inspectable outbox.
 */
import { randomUUID } from "node:crypto";
import { graphError, ok, type EmuRequest, type EmuResponse } from "./http-types";
import { addColumn, addItem, columnFromDefinition, canRead, createList, deleteItem, findItem, ListError, updateItem } from "./list-store";
import { compileFilter, FilterError } from "./odata-filter";
import { renderColumn, renderItem, renderList, renderMessage, renderUser, renderVersion } from "./render";
import type { EmuAttachment, EmuList, EmuMessage, EmuRecipient, EmuStore, EmuUser } from "./store";

const DEFAULT_PAGE = 200;
const MAX_PAGE = 999;
/** Graph refuses attachments over 3 MB in one request (larger ones need an upload session). */
const MAX_INLINE_ATTACHMENT = 3 * 1024 * 1024;

type Handler = (req: EmuRequest, m: RegExpMatchArray) => EmuResponse;

function page(req: EmuRequest, all: readonly unknown[], context: string): EmuResponse {
  const top = Math.min(Number(req.query.get("$top") ?? DEFAULT_PAGE) || DEFAULT_PAGE, MAX_PAGE);
  const skip = Number(req.query.get("$skiptoken") ?? 0) || 0;
  const value = all.slice(skip, skip + top);
  const body: Record<string, unknown> = { "@odata.context": `${req.base}/$metadata#${context}`, value };
  if (skip + top < all.length) {
    const q = new URLSearchParams(req.query);
    q.set("$skiptoken", String(skip + top));
    body["@odata.nextLink"] = `${req.base}/${req.path}?${q.toString()}`;
  }
  return ok(body);
}

function filtered<T>(req: EmuRequest, items: readonly T[], view: (t: T) => unknown): T[] {
  const source = req.query.get("$filter");
  if (!source) return [...items];
  const f = compileFilter(source);
  return items.filter((t) => f.test(view(t)));
}

const selectOf = (req: EmuRequest): string[] | undefined => req.query.get("$select")?.split(",").map((s) => s.trim()).filter(Boolean);

function user(store: EmuStore, req: EmuRequest, key: string): EmuUser {
  const u = key === "me" ? req.user : store.findUser(decodeURIComponent(key));
  if (!u) throw new ListError(404, "Request_ResourceNotFound", `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
  return u;
}

function list(store: EmuStore, siteId: string, listId: string): EmuList {
  if (decodeURIComponent(siteId) !== store.site.id && siteId !== "root") throw new ListError(404, "itemNotFound", "Requested site could not be found");
  const l = store.findList(listId);
  if (!l) throw new ListError(404, "itemNotFound", "The specified list was not found");
  return l;
}

/** `$expand=fields` or `fields($select=A,B)`: false when not asked for. */
function expandFields(req: EmuRequest): false | true | string[] {
  const e = req.query.get("$expand");
  if (!e) return false;
  const m = /^fields(?:\(\$select=([^)]*)\))?$/u.exec(e.trim());
  if (!m) throw new ListError(400, "invalidRequest", `Parsing OData Select and Expand failed: ${e}`);
  return m[1] ? m[1].split(",").map((s) => s.trim()) : true;
}

function checkIndexed(l: EmuList, req: EmuRequest): void {
  const source = req.query.get("$filter");
  if (!source) return;
  const honour = (req.headers.prefer ?? "").includes("HonorNonIndexedQueriesWarningMayFailRandomly");
  for (const p of compileFilter(source).paths) {
    if (p[0] !== "fields" || !p[1] || honour) continue;
    const col = l.columns.find((c) => c.name === p[1]);
    if (!col) throw new ListError(400, "invalidRequest", `Field '${p[1]}' is not recognized`);
    if (!col.indexed) {
      throw new ListError(400, "invalidRequest", `Field '${p[1]}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`);
    }
  }
}

function recipients(v: unknown): EmuRecipient[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ListError(400, "ErrorInvalidRecipients", "Recipients must be a collection.");
  return v.map((r) => {
    const address = (r as EmuRecipient | undefined)?.emailAddress?.address;
    if (typeof address !== "string" || !/^[^@\s]+@[^@\s]+$/u.test(address)) throw new ListError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid.");
    return { emailAddress: { address, ...(r.emailAddress.name ? { name: String(r.emailAddress.name) } : {}) } };
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A collection property: absent, or an array of objects; anything else is Graph's 400. */
function collection(m: Record<string, unknown>, name: string): Record<string, unknown>[] {
  const v = m[name];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every(isObject)) throw new ListError(400, "ErrorInvalidRequest", `The property '${name}' must be a collection of objects.`);
  return v;
}

function newMessage(store: EmuStore, owner: EmuUser, body: unknown): EmuMessage {
  if (!isObject(body)) throw new ListError(400, "ErrorInvalidRequest", "The message must be a JSON object.");
  const m = body;
  const attachments: EmuAttachment[] = [];
  for (const a of collection(m, "attachments")) {
    if (a["@odata.type"] !== "#microsoft.graph.fileAttachment" || typeof a.name !== "string" || typeof a.contentBytes !== "string") {
      throw new ListError(400, "ErrorInvalidRequest", "Only file attachments with name and contentBytes are supported.");
    }
    const size = Buffer.from(a.contentBytes, "base64").length;
    if (size > MAX_INLINE_ATTACHMENT) throw new ListError(413, "ErrorRequestEntityTooLarge", "The attachment is larger than 3 MB; use an upload session.");
    attachments.push({ "@odata.type": "#microsoft.graph.fileAttachment", id: randomUUID(), name: a.name, contentType: typeof a.contentType === "string" ? a.contentType : "application/octet-stream", size, contentBytes: a.contentBytes });
  }
  const props = collection(m, "singleValueExtendedProperties");
  if (props.some((p) => typeof p.id !== "string" || typeof p.value !== "string")) throw new ListError(400, "ErrorInvalidRequest", "An extended property needs a string id and a string value.");
  if (m.body !== undefined && (!isObject(m.body) || (m.body.content !== undefined && typeof m.body.content !== "string"))) throw new ListError(400, "ErrorInvalidRequest", "The message body must be an object with a string content.");
  if (m.subject !== undefined && m.subject !== null && typeof m.subject !== "string") throw new ListError(400, "ErrorInvalidRequest", "The subject must be a string.");
  const itemBody = (m.body ?? { contentType: "text", content: "" }) as { contentType: string; content: string };
  const message: EmuMessage = {
    id: randomUUID(),
    ownerId: owner.id,
    folder: "drafts",
    subject: typeof m.subject === "string" ? m.subject : "",
    body: { contentType: String(itemBody.contentType ?? "text"), content: String(itemBody.content ?? "") },
    toRecipients: recipients(m.toRecipients),
    ccRecipients: recipients(m.ccRecipients),
    from: { emailAddress: { address: owner.mail, name: owner.displayName } },
    isDraft: true,
    createdDateTime: new Date().toISOString(),
    singleValueExtendedProperties: props.map((p) => ({ id: String(p.id), value: String(p.value) })),
    attachments,
    internetMessageId: `<${randomUUID()}@emulator.adal.test>`,
  };
  store.messages.push(message);
  return message;
}

/** Sending moves the draft to Sent Items under a new id (the draft id stops resolving) and delivers copies. */
function send(store: EmuStore, m: EmuMessage): void {
  if (m.toRecipients.length + m.ccRecipients.length === 0) throw new ListError(400, "ErrorInvalidRecipients", "The message has no recipients.");
  m.isDraft = false;
  m.folder = "sentitems";
  m.id = randomUUID();
  m.sentDateTime = new Date().toISOString();
  store.sent.push(m);
  for (const r of [...m.toRecipients, ...m.ccRecipients]) {
    const to = store.findUser(r.emailAddress.address);
    if (to) store.messages.push({ ...m, id: randomUUID(), ownerId: to.id, folder: "inbox" });
  }
}

function ownMessage(store: EmuStore, req: EmuRequest, id: string): EmuMessage {
  const m = store.messages.find((x) => x.id === id && x.ownerId === req.user.id);
  if (!m) throw new ListError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
  return m;
}

export function createRoutes(store: EmuStore): [string, RegExp, Handler][] {
  const S = "sites/([^/]+)";
  const L = `${S}/lists/([^/]+)`;
  return [
    ["GET", /^(me|users\/[^/]+)$/u, (req, m) => ok({ "@odata.context": `${req.base}/$metadata#users/$entity`, ...renderUser(user(store, req, m[1] === "me" ? "me" : (m[1] as string).slice(6)), selectOf(req)) })],
    [
      "GET",
      /^(me|users\/[^/]+)\/manager$/u,
      (req, m) => {
        const u = user(store, req, m[1] === "me" ? "me" : (m[1] as string).slice(6));
        const manager = u.managerId ? store.users.get(u.managerId) : undefined;
        if (!manager) throw new ListError(404, "Request_ResourceNotFound", `Resource 'manager' does not exist or one of its queried reference-property objects are not present.`);
        return ok({ "@odata.context": `${req.base}/$metadata#directoryObjects/$entity`, ...renderUser(manager, selectOf(req)) });
      },
    ],
    ["GET", /^users$/u, (req) => page(req, filtered(req, [...store.users.values()], (u) => u).map((u) => renderUser(u, selectOf(req))), "users")],
    ["GET", new RegExp(`^${S}$`, "u"), (req, m) => (decodeURIComponent(m[1] as string) === store.site.id || m[1] === "root" ? ok({ id: store.site.id, displayName: store.site.displayName, webUrl: store.site.webUrl, name: store.site.displayName }) : graphError(404, "itemNotFound", "Requested site could not be found"))],
    ["GET", new RegExp(`^${S}/lists$`, "u"), (req) => page(req, filtered(req, [...store.lists.values()].map((l) => renderList(store, l)), (l) => l), "lists")],
    [
      "POST",
      new RegExp(`^${S}/lists$`, "u"),
      (req) => {
        if (!store.site.ownerIds.has(req.user.id)) throw new ListError(403, "accessDenied", "Access denied. Creating lists needs Sites.Manage.All and site ownership.");
        const b = (isObject(req.body) ? req.body : {}) as { displayName?: unknown; description?: unknown };
        if (typeof b.displayName !== "string" || !b.displayName.trim()) throw new ListError(400, "invalidRequest", "A list needs a displayName.");
        const l = createList(store, b.displayName, typeof b.description === "string" ? b.description : "", collection(b as Record<string, unknown>, "columns").map(columnFromDefinition), req.user);
        return ok(renderList(store, l), 201);
      },
    ],
    ["GET", new RegExp(`^${L}$`, "u"), (req, m) => ok(renderList(store, list(store, m[1] as string, m[2] as string)))],
    ["GET", new RegExp(`^${L}/columns$`, "u"), (req, m) => page(req, list(store, m[1] as string, m[2] as string).columns.map(renderColumn), "columns")],
    [
      "POST",
      new RegExp(`^${L}/columns$`, "u"),
      (req, m) => {
        if (!store.site.ownerIds.has(req.user.id)) throw new ListError(403, "accessDenied", "Access denied.");
        const l = list(store, m[1] as string, m[2] as string);
        const c = columnFromDefinition(isObject(req.body) ? req.body : {});
        addColumn(l, c);
        return ok(renderColumn(c), 201);
      },
    ],
    [
      "GET",
      new RegExp(`^${L}/items$`, "u"),
      (req, m) => {
        const l = list(store, m[1] as string, m[2] as string);
        checkIndexed(l, req);
        const visible = l.items.filter((i) => canRead(store, l, i, req.user));
        const expand = expandFields(req);
        const rows = filtered(req, visible, (i) => renderItem(store, l, i, true)).map((i) => renderItem(store, l, i, expand));
        return page(req, rows, "listItems");
      },
    ],
    ["POST", new RegExp(`^${L}/items$`, "u"), (req, m) => {
      const l = list(store, m[1] as string, m[2] as string);
      return ok(renderItem(store, l, addItem(store, l, isObject(req.body) ? req.body.fields : undefined, req.user), true), 201);
    }],
    ["GET", new RegExp(`^${L}/items/(\\d+)$`, "u"), (req, m) => {
      const l = list(store, m[1] as string, m[2] as string);
      return ok(renderItem(store, l, findItem(store, l, m[3] as string, req.user), expandFields(req)));
    }],
    ["GET", new RegExp(`^${L}/items/(\\d+)/fields$`, "u"), (req, m) => {
      const l = list(store, m[1] as string, m[2] as string);
      return ok(renderItem(store, l, findItem(store, l, m[3] as string, req.user), true).fields);
    }],
    ["GET", new RegExp(`^${L}/items/(\\d+)/versions$`, "u"), (req, m) => {
      const l = list(store, m[1] as string, m[2] as string);
      return page(req, [...findItem(store, l, m[3] as string, req.user).versions].reverse().map((v) => renderVersion(store, v)), "listItemVersions");
    }],
    ["PATCH", new RegExp(`^${L}/items/(\\d+)/fields$`, "u"), (req, m) => {
      const l = list(store, m[1] as string, m[2] as string);
      const item = updateItem(store, l, findItem(store, l, m[3] as string, req.user), req.body, req.user, req.headers["if-match"]);
      return ok(renderItem(store, l, item, true).fields);
    }],
    ["DELETE", new RegExp(`^${L}/items/(\\d+)$`, "u"), (req, m) => {
      const l = list(store, m[1] as string, m[2] as string);
      deleteItem(store, l, findItem(store, l, m[3] as string, req.user), req.user);
      return { status: 204 };
    }],
    ["POST", /^me\/messages$/u, (req) => ok(renderMessage(newMessage(store, req.user, req.body)), 201)],
    [
      "GET",
      /^me\/(?:messages|mailFolders\/(inbox|sentitems|drafts)\/messages)$/u,
      (req, m) => {
        const own = store.messages.filter((x) => x.ownerId === req.user.id && (!m[1] || x.folder === m[1]));
        return page(req, filtered(req, own, (x) => x).map(renderMessage), "messages");
      },
    ],
    ["GET", /^me\/messages\/([^/]+)$/u, (req, m) => ok(renderMessage(ownMessage(store, req, m[1] as string)))],
    ["GET", /^me\/messages\/([^/]+)\/attachments$/u, (req, m) => page(req, ownMessage(store, req, m[1] as string).attachments, "attachments")],
    ["DELETE", /^me\/messages\/([^/]+)$/u, (req, m) => {
      const msg = ownMessage(store, req, m[1] as string);
      store.messages.splice(store.messages.indexOf(msg), 1);
      return { status: 204 };
    }],
    ["POST", /^me\/messages\/([^/]+)\/send$/u, (req, m) => {
      const msg = ownMessage(store, req, m[1] as string);
      if (!msg.isDraft) throw new ListError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
      send(store, msg);
      return { status: 202 };
    }],
    ["POST", /^me\/sendMail$/u, (req) => {
      const b = (isObject(req.body) ? req.body : {}) as { message?: unknown; saveToSentItems?: boolean };
      if (!isObject(b.message)) throw new ListError(400, "ErrorInvalidRequest", "sendMail needs a message.");
      send(store, newMessage(store, req.user, b.message));
      return { status: 202 };
    }],
  ];
}

export function route(routes: ReturnType<typeof createRoutes>, req: EmuRequest): EmuResponse {
  try {
    let pathMatched = false;
    for (const [method, pattern, handler] of routes) {
      const m = pattern.exec(req.path);
      if (!m) continue;
      pathMatched = true;
      if (method === req.method) return handler(req, m);
    }
    return pathMatched ? graphError(405, "Request_BadRequest", `The HTTP method '${req.method}' is not allowed for ${req.path}`) : graphError(400, "BadRequest", `Resource not found for the segment '${req.path.split("/")[0]}'.`);
  } catch (e) {
    if (e instanceof ListError) return graphError(e.status, e.code, e.message);
    if (e instanceof FilterError) return graphError(400, "BadRequest", e.message);
    throw e;
  }
}
