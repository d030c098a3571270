/**
 * Gift and suspicious-mail reports (P6.1, P6.2, 4.1.3) through the register: an item in the
 * Reports list (item-level security: the reporter and the security unit read it) and a mail to
 * the chosen recipient with the original .eml attached. Both go through the outbox as one user
 * action, so a report made offline is delivered once when the network returns. The item keeps
 * a hash of the mail's id, so the pane can say the mail was already reported.
 */
import type { MailItem, ReportReceipt, ReportRecipient, ReportRequest, ReportSender } from "../office/outlook/mail-host";
import { odataString } from "./lists-api";
import { COMMENT_MAX, TEXT_MAX } from "./schema/lists";
import type { GraphSession } from "./session";
import { sha256Hex } from "./workflow/fingerprint";
import { mailLang, reportMail } from "./workflow/mail-texts";

/** Graph takes attachments up to 3 MB in one request; larger ones would need an upload session. */
export const MAX_EML_BYTES = 3 * 1024 * 1024;

/** Decoded size of base64 text, without decoding it. */
export function base64ByteLength(b64: string): number {
  const clean = b64.replace(/\s/gu, "");
  return Math.floor((clean.length * 3) / 4) - (clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0);
}

export class ReportError extends Error {
  constructor(
    readonly code: "no-manager" | "no-security-head" | "note-too-long",
    message: string,
  ) {
    super(message);
    this.name = "ReportError";
  }
}

const mailKey = (item: MailItem) => sha256Hex(`adal-mail\n${item.id}`);

export class GraphReportSender implements ReportSender {
  constructor(
    private readonly s: GraphSession,
    /** How long to wait for delivery before answering "queued". */
    private readonly waitMs = 4000,
  ) {}

  async send(request: ReportRequest, originalEml: string | null): Promise<ReportReceipt> {
    if (request.note.length > COMMENT_MAX) throw new ReportError("note-too-long", `The note is longer than ${COMMENT_MAX} characters`);
    const dir = this.s.directory;
    const me = await dir.me();
    const recipient = request.recipient === "manager" ? await dir.manager(me.id) : await dir.headOf("security").catch(() => null);
    if (!recipient) throw request.recipient === "manager" ? new ReportError("no-manager", "The directory names no manager for you; send the report to the security unit instead") : new ReportError("no-security-head", "No head of the security unit is configured (Departments list)");
    const attach = originalEml !== null && base64ByteLength(originalEml) <= MAX_EML_BYTES;
    const v = request.verdict;
    const id = crypto.randomUUID();
    const m = reportMail(mailLang(recipient.preferredLanguage), { subject: request.item.subject, reporter: me.displayName, risk: v.risk, conditions: [...v.conditions, ...(v.procurement ? ["4.1.3"] : [])].join(", "), note: request.note, attached: attach });
    const [, mailEntry] = await this.s.outbox.enqueue(me.upn, [
      {
        key: id,
        label: { what: "report", title: request.item.subject },
        op: {
          kind: "create-item",
          list: "reports",
          fields: { Title: `Report ${id.slice(0, 8)}`, Recipient: request.recipient, RecipientUpn: recipient.upn, MailSubject: request.item.subject.slice(0, TEXT_MAX), MailFrom: request.item.from.slice(0, TEXT_MAX), Risk: v.risk, Conditions: v.conditions.join(", ").slice(0, TEXT_MAX), Procurement: v.procurement, Note: request.note, MailKey: await mailKey(request.item) },
        },
      },
      { label: { what: "report", title: request.item.subject }, op: { kind: "send-mail", mail: { to: [recipient.mail], ...m, ...(attach && originalEml ? { attachment: { name: "original.eml", contentType: "message/rfc822", base64: originalEml } } : {}) } } },
    ]);
    const outbox = this.s.outbox;
    const delivered = (await Promise.all([outbox.delivered(id, this.waitMs), outbox.delivered(mailEntry as string, this.waitMs)])).every(Boolean);
    return { id, recipient: request.recipient, recipientName: recipient.displayName, at: this.s.now().toISOString(), status: delivered ? "sent" : "queued" };
  }

  /** The first report this user made of the mail: still in the outbox, or in the register. */
  async previous(item: MailItem): Promise<ReportReceipt | null> {
    const key = await mailKey(item);
    const me = this.s.account;
    const queued = (await this.s.outbox.entries()).find((e) => e.user.toLowerCase() === me?.toLowerCase() && e.op.kind === "create-item" && e.op.list === "reports" && e.op.fields.MailKey === key);
    if (queued && queued.op.kind === "create-item") return { id: queued.key, recipient: queued.op.fields.Recipient as ReportRecipient, at: queued.enqueuedAt, status: "queued" };
    const found = (await this.s.lists.query("reports", `fields/MailKey eq ${odataString(key)}`)).sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime))[0];
    if (!found) return null;
    const upn = typeof found.fields.RecipientUpn === "string" ? found.fields.RecipientUpn : "";
    const name = upn ? await this.s.directory.user(upn).then((u) => u.displayName, () => "") : "";
    return { id: String(found.fields.ClientRequestId ?? found.id), recipient: found.fields.Recipient === "manager" ? "manager" : "security", at: found.createdDateTime, status: "sent", ...(name ? { recipientName: name } : {}) };
  }
}
