/**
 * Carries out one outbox entry so that repeating it, or two deliverers running it at once, is
 * harmless: a create first looks for an item with its ClientRequestId (and SharePoint's unique
 * column refuses a second one anyway) and accepts only one this user created; a mail is sent
 * once per key (mail-api.ts); a reminder first claims the day on the review item with If-Match,
 * re-read on 412, and is mailed only by the entry that holds the claim.
 */
import { classifyFailure } from "../errors";
import type { ListItem, ListsApi } from "../lists-api";
import type { MailApi, Sender } from "../mail-api";
import { CLIENT_REQUEST_ID } from "../schema/lists";
import type { OutboxEntry } from "./types";

const MAX_CONFLICT_ROUNDS = 5;

export interface Me extends Sender {
  readonly id: string;
}

/** Thrown when an item with the entry's key exists but someone else created it: never "delivered". */
export class ForeignItemError extends Error {
  readonly statusCode = 409;
  constructor(key: string) {
    super(`An item with the key ${key} exists but was not created by you`);
    this.name = "ForeignItemError";
  }
}

function ownOrNone(item: ListItem | null, me: Me, key: string): boolean {
  if (!item) return false;
  if (item.createdBy.id !== me.id) throw new ForeignItemError(key);
  return true;
}

type Stamp = { date: string; key: string };

function readStamps(raw: unknown): Record<string, Stamp> {
  let parsed: unknown;
  try {
    parsed = typeof raw === "string" && raw ? JSON.parse(raw) : {};
  } catch {
    parsed = {};
  }
  const out: Record<string, Stamp> = {};
  if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof v === "string") out[k] = { date: v.slice(0, 10), key: "" };
      else if (v && typeof v === "object") out[k] = { date: String((v as Stamp).date ?? ""), key: String((v as Stamp).key ?? "") };
    }
  }
  return out;
}

export function createExecutor(lists: ListsApi, mail: MailApi, me: () => Promise<Me>): (entry: OutboxEntry) => Promise<void> {
  return async (entry) => {
    const op = entry.op;
    const self = await me();
    if (op.kind === "create-item") {
      if (ownOrNone(await lists.findByRequestId(op.list, entry.key), self, entry.key)) return;
      try {
        await lists.create(op.list, { ...op.fields, [CLIENT_REQUEST_ID]: entry.key });
      } catch (e) {
        // The unique column refused it: an earlier attempt (or another deliverer) got through.
        if (classifyFailure(e).kind === "conflict" && ownOrNone(await lists.findByRequestId(op.list, entry.key), self, entry.key)) return;
        throw e;
      }
      return;
    }
    if (op.kind === "send-mail") {
      await mail.sendOnce(op.mail, entry.key, self);
      return;
    }
    for (let round = 1; ; round++) {
      const item = await lists.get("reviews", op.reviewItemId);
      const stamps = readStamps(item.fields.Reminders);
      const current = stamps[op.assignmentId];
      if (current?.key === entry.key) break;
      // Someone (another pane, another day's run) already reminded for this day.
      if (current && current.date >= op.date) return;
      try {
        await lists.updateFields("reviews", item.id, item.eTag, { Reminders: JSON.stringify({ ...stamps, [op.assignmentId]: { date: op.date, key: entry.key } }) });
        break;
      } catch (e) {
        // Someone changed the review meanwhile: read it again and merge into the new version.
        if (classifyFailure(e).kind !== "precondition" || round >= MAX_CONFLICT_ROUNDS) throw e;
      }
    }
    if (op.mail) await mail.sendOnce(op.mail, entry.key, self);
  };
}
