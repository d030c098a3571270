/**
 * Mail that goes out exactly once: a draft tagged with the operation's key in an extended
 * property, then sent. Before creating, the key is looked up, so a retry after a lost answer
 * finds the draft (and sends it) or the sent copy (and stops) instead of mailing twice.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { odataString } from "./lists-api";
import { readWithRetry, type RetryPolicy } from "./reads";

/** A named MAPI string property in the PS_PUBLIC_STRINGS set; the GUID is Adal's own. */
export const KEY_PROPERTY = "String {6f1c7a52-3a8e-4f3b-9b7d-2c5e1a0d4b91} Name AdalOperationKey";

export interface OutgoingMail {
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  readonly html: string;
  readonly attachment?: { readonly name: string; readonly contentType: string; readonly base64: string };
}

interface RawMessage {
  id: string;
  isDraft: boolean;
}

const recipients = (list: readonly string[]) => list.map((address) => ({ emailAddress: { address } }));

export function messageBody(mail: OutgoingMail, key: string): Record<string, unknown> {
  return {
    subject: mail.subject,
    body: { contentType: "html", content: mail.html },
    toRecipients: recipients(mail.to),
    ...(mail.cc && mail.cc.length > 0 ? { ccRecipients: recipients(mail.cc) } : {}),
    singleValueExtendedProperties: [{ id: KEY_PROPERTY, value: key }],
    ...(mail.attachment ? { attachments: [{ "@odata.type": "#microsoft.graph.fileAttachment", name: mail.attachment.name, contentType: mail.attachment.contentType, contentBytes: mail.attachment.base64 }] } : {}),
  };
}

export class MailApi {
  constructor(
    private readonly client: Client,
    private readonly retry: RetryPolicy,
  ) {}

  async findByKey(key: string): Promise<RawMessage | null> {
    const filter = `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(KEY_PROPERTY)} and ep/value eq ${odataString(key)})`;
    const page = await readWithRetry(this.retry, () => this.client.api("/me/messages").filter(filter).select("id,isDraft").top(10).get() as Promise<{ value: RawMessage[] }>);
    return page.value.find((m) => !m.isDraft) ?? page.value[0] ?? null;
  }

  /** Sends the mail unless a message with this key was already sent; safe to call again after any failure. */
  async sendOnce(mail: OutgoingMail, key: string): Promise<void> {
    let existing = await this.findByKey(key);
    if (existing && !existing.isDraft) return;
    if (!existing) existing = (await this.client.api("/me/messages").post(messageBody(mail, key))) as RawMessage;
    await this.client.api(`/me/messages/${encodeURIComponent(existing.id)}/send`).post(null);
  }
}
