/**
 * SharePoint list semantics the emulator keeps: typed columns, unique and indexed columns,
 * item-level read/write security, ETags "{guid},{version}" and a version per change.
 */
import { randomUUID } from "node:crypto";
import { columnValueProblem, type ColumnSpec, type ColumnType } from "../graph/schema/lists";
import type { EmuColumn, EmuItem, EmuList, EmuStore, EmuUser } from "./store";

/** Fields SharePoint adds to every item; clients may read them but not write them. */
export const SYSTEM_FIELDS = new Set(["id", "@odata.etag", "Created", "Modified", "AuthorLookupId", "EditorLookupId", "_UIVersionString", "ContentType", "Attachments"]);

export class ListError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function toEmuColumn(c: ColumnSpec): EmuColumn {
  return { id: randomUUID(), name: c.name, displayName: c.name, type: c.type, indexed: c.indexed === true, unique: c.unique === true, ...(c.choices ? { choices: [...c.choices] } : {}) };
}

/** Reads a Graph columnDefinition body back into a column. */
export function columnFromDefinition(def: Record<string, unknown>): EmuColumn {
  const name = def.name;
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name)) throw new ListError(400, "invalidRequest", "A column needs a name of letters, digits and underscores.");
  const text = def.text as { allowMultipleLines?: boolean } | undefined;
  const kinds: [string, ColumnType][] = [
    ["number", "number"],
    ["boolean", "boolean"],
    ["dateTime", "dateTime"],
    ["choice", "choice"],
  ];
  let type: ColumnType | undefined = text ? (text.allowMultipleLines ? "note" : "text") : undefined;
  for (const [facet, t] of kinds) if (def[facet] !== undefined) type = t;
  if (!type) throw new ListError(400, "invalidRequest", `Column ${name} has no type facet the emulator knows (text, number, boolean, dateTime, choice).`);
  const choices = (def.choice as { choices?: string[] } | undefined)?.choices;
  return { id: randomUUID(), name, displayName: typeof def.displayName === "string" ? def.displayName : name, type, indexed: def.indexed === true, unique: def.enforceUniqueValues === true, ...(choices ? { choices } : {}) };
}

export function createList(store: EmuStore, displayName: string, description: string, columns: readonly EmuColumn[], by: EmuUser): EmuList {
  if (store.findList(displayName)) throw new ListError(409, "nameAlreadyExists", `A list with the name ${displayName} already exists.`);
  const list: EmuList = {
    id: randomUUID(),
    displayName,
    description,
    createdBy: by.id,
    createdDateTime: new Date().toISOString(),
    columns: [{ id: randomUUID(), name: "Title", displayName: "Title", type: "text", indexed: false, unique: false }, ...columns],
    items: [],
    nextId: 1,
    readSecurity: 1,
    writeSecurity: 1,
    ownersWrite: false,
    appendOnly: false,
    noDelete: false,
  };
  store.lists.set(list.id, list);
  return list;
}

export function addColumn(list: EmuList, column: EmuColumn): void {
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) throw new ListError(409, "nameAlreadyExists", `A column named ${column.name} already exists in this list.`);
  list.columns.push(column);
}

export const eTagOf = (item: EmuItem): string => `"${item.guid},${item.version}"`;

export function canRead(store: EmuStore, list: EmuList, item: EmuItem, user: EmuUser): boolean {
  return list.readSecurity === 1 || item.createdBy === user.id || store.site.ownerIds.has(user.id);
}

function assertCanWriteList(store: EmuStore, list: EmuList, user: EmuUser): void {
  if (list.ownersWrite && !store.site.ownerIds.has(user.id)) throw new ListError(403, "accessDenied", "Access denied. You do not have permission to perform this action or access this resource.");
}

function checkFields(list: EmuList, fields: unknown): Record<string, unknown> {
  if (fields === null || typeof fields !== "object" || Array.isArray(fields)) throw new ListError(400, "invalidRequest", "The request needs a fields object.");
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    if (name.startsWith("@odata.")) continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw new ListError(400, "invalidRequest", `Field '${name}' is not recognized`);
    const problem = columnValueProblem(column, value);
    if (problem) throw new ListError(400, "invalidRequest", problem);
    out[name] = value;
  }
  return out;
}

function checkUnique(list: EmuList, fields: Record<string, unknown>, except?: EmuItem): void {
  for (const c of list.columns) {
    if (!c.unique || fields[c.name] === undefined || fields[c.name] === null) continue;
    const v = String(fields[c.name]).toLowerCase();
    if (list.items.some((i) => i !== except && String(i.fields[c.name] ?? "").toLowerCase() === v)) {
      throw new ListError(409, "nameAlreadyExists", `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${c.name}].`);
    }
  }
}

export function addItem(store: EmuStore, list: EmuList, fieldsIn: unknown, user: EmuUser): EmuItem {
  assertCanWriteList(store, list, user);
  const fields = checkFields(list, fieldsIn);
  checkUnique(list, fields);
  const now = new Date().toISOString();
  const item: EmuItem = { id: String(list.nextId++), guid: randomUUID(), version: 1, createdBy: user.id, createdDateTime: now, lastModifiedBy: user.id, lastModifiedDateTime: now, fields, versions: [] };
  item.versions.push({ version: 1, fields: { ...fields }, by: user.id, at: now });
  list.items.push(item);
  return item;
}

export function findItem(store: EmuStore, list: EmuList, id: string, user: EmuUser): EmuItem {
  const item = list.items.find((i) => i.id === id);
  // Items the user may not read do not exist for them, as in SharePoint.
  if (!item || !canRead(store, list, item, user)) throw new ListError(404, "itemNotFound", "The specified list item was not found.");
  return item;
}

const denied = () => new ListError(403, "accessDenied", "Access denied. You do not have permission to perform this action or access this resource.");

export function updateItem(store: EmuStore, list: EmuList, item: EmuItem, fieldsIn: unknown, user: EmuUser, ifMatch: string | undefined): EmuItem {
  assertCanWriteList(store, list, user);
  // A permission level without Edit Items: members add, nobody but the owners changes anything.
  if (list.appendOnly && !store.site.ownerIds.has(user.id)) throw denied();
  if (list.writeSecurity === 2 && item.createdBy !== user.id) throw new ListError(403, "accessDenied", "Access denied. You do not have permission to perform this action or access this resource.");
  if (ifMatch !== undefined && ifMatch !== "*" && ifMatch !== eTagOf(item)) throw new ListError(412, "resourceModified", "The resource has changed since the caller last read it; usually an eTag mismatch");
  const fields = checkFields(list, fieldsIn);
  checkUnique(list, { ...item.fields, ...fields }, item);
  item.fields = { ...item.fields, ...fields };
  item.version++;
  item.lastModifiedBy = user.id;
  item.lastModifiedDateTime = new Date().toISOString();
  item.versions.push({ version: item.version, fields: { ...item.fields }, by: user.id, at: item.lastModifiedDateTime });
  return item;
}

export function deleteItem(store: EmuStore, list: EmuList, item: EmuItem, user: EmuUser): void {
  assertCanWriteList(store, list, user);
  if ((list.appendOnly || list.noDelete) && !store.site.ownerIds.has(user.id)) throw denied();
  if (list.writeSecurity === 2 && item.createdBy !== user.id) throw new ListError(403, "accessDenied", "Access denied. You do not have permission to perform this action or access this resource.");
  list.items.splice(list.items.indexOf(item), 1);
}
