/**
 * Carries out one outbox entry so that repeating it is harmless: a create first looks for an
 * item with its ClientRequestId (and SharePoint's unique column refuses a second one anyway); a
 * mail is sent once per key; a reminder stamp is merged into the review with If-Match and
 * re-read on 412.
 */
import { classifyFailure } from "../errors";
import type { ListsApi } from "../lists-api";
import type { MailApi } from "../mail-api";
import { CLIENT_REQUEST_ID } from "../schema/lists";
import type { OutboxEntry } from "./types";

const MAX_CONFLICT_ROUNDS = 5;

export function createExecutor(lists: ListsApi, mail: MailApi): (entry: OutboxEntry) => Promise<void> {
  return async (entry) => {
    const op = entry.op;
    if (op.kind === "create-item") {
      if (await lists.findByRequestId(op.list, entry.key)) return;
      try {
        await lists.create(op.list, { ...op.fields, [CLIENT_REQUEST_ID]: entry.key });
      } catch (e) {
        // The unique column refused it: an earlier attempt got through after all.
        if (classifyFailure(e).kind === "conflict" && (await lists.findByRequestId(op.list, entry.key))) return;
        throw e;
      }
      return;
    }
    if (op.kind === "send-mail") {
      await mail.sendOnce(op.mail, entry.key);
      return;
    }
    for (let round = 1; ; round++) {
      const item = await lists.get("reviews", op.reviewItemId);
      const reminders = JSON.parse(typeof item.fields.Reminders === "string" && item.fields.Reminders ? item.fields.Reminders : "{}") as Record<string, string>;
      if ((reminders[op.assignmentId] ?? "") >= op.date) return;
      try {
        await lists.updateFields("reviews", item.id, item.eTag, { Reminders: JSON.stringify({ ...reminders, [op.assignmentId]: op.date }) });
        return;
      } catch (e) {
        // Someone changed the review meanwhile: read it again and merge into the new version.
        if (classifyFailure(e).kind !== "precondition" || round >= MAX_CONFLICT_ROUNDS) throw e;
      }
    }
  };
}
