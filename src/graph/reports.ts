/**
 * Gift and suspicious-mail reports (P6.1, P6.2, 4.1.3) through the register: an item in the
 * Reports list (item-level security: the reporter and the security unit read it) and a mail to
 * the chosen recipient with the original .eml attached. Both go through the outbox under one
 * receipt id, so a report made offline is delivered once when the network returns.
 */
import type { ReportReceipt, ReportRequest, ReportSender } from "../office/outlook/mail-host";
import type { GraphSession } from "./session";
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
    readonly code: "no-manager" | "no-security-head",
    message: string,
  ) {
    super(message);
    this.name = "ReportError";
  }
}

export class GraphReportSender implements ReportSender {
  constructor(
    private readonly s: GraphSession,
    /** How long to wait for delivery before answering "queued". */
    private readonly waitMs = 4000,
  ) {}

  async send(request: ReportRequest, originalEml: string | null): Promise<ReportReceipt> {
    const dir = this.s.directory;
    const me = await dir.me();
    const recipient = request.recipient === "manager" ? await dir.manager(me.id) : await dir.headOf("security").catch(() => null);
    if (!recipient) throw request.recipient === "manager" ? new ReportError("no-manager", "The directory names no manager for you; send the report to the security unit instead") : new ReportError("no-security-head", "No head of the security unit is configured (Departments list)");
    const attach = originalEml !== null && base64ByteLength(originalEml) <= MAX_EML_BYTES;
    const v = request.verdict;
    const id = crypto.randomUUID();
    const m = reportMail(mailLang(recipient.preferredLanguage), { subject: request.item.subject, reporter: me.displayName, risk: v.risk, conditions: [...v.conditions, ...(v.procurement ? ["4.1.3"] : [])].join(", "), note: request.note, attached: attach });
    await this.s.outbox.enqueue(me.upn, [
      {
        key: id,
        label: { what: "report", title: request.item.subject },
        op: {
          kind: "create-item",
          list: "reports",
          fields: { Title: `Report ${id.slice(0, 8)}`, Recipient: request.recipient, RecipientUpn: recipient.upn, MailSubject: request.item.subject.slice(0, 255), MailFrom: request.item.from.slice(0, 255), Risk: v.risk, Conditions: v.conditions.join(", ").slice(0, 255), Procurement: v.procurement, Note: request.note },
        },
      },
      { key: `${id}:mail`, label: { what: "report", title: request.item.subject }, op: { kind: "send-mail", mail: { to: [recipient.mail], ...m, ...(attach && originalEml ? { attachment: { name: "original.eml", contentType: "message/rfc822", base64: originalEml } } : {}) } } },
    ]);
    const delivered = await Promise.race([Promise.all([this.s.outbox.delivered(id), this.s.outbox.delivered(`${id}:mail`)]).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), this.waitMs))]);
    return { id, recipient: request.recipient, at: this.s.now().toISOString(), status: delivered ? "sent" : "queued" };
  }
}
