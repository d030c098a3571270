/**
 * Mail that goes out exactly once: a draft tagged with the operation's key in an extended
 * property, then sent. The key is random per outbox entry, so nobody can predict it, and a
 * message found with it counts only if it is in this user's own Sent Items or Drafts, from this
 * user, to the intended recipients: a message someone else sent us with the key (it would land
 * in the Inbox) suppresses nothing.
 *
 * Two deliverers that both miss the sent copy may each create a draft; both then send the
 * oldest draft with the key, and sending a draft moves it out of Drafts, so only one send can
 * succeed. The loser finds the sent copy and stops; spare drafts are deleted.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { classifyFailure } from "./errors";
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

/** Who sends: the signed-in user as the directory knows them. */
export interface Sender {
  readonly upn: string;
  readonly mail: string;
}

interface Address {
  emailAddress?: { address?: string };
}

interface RawMessage {
  id: string;
  createdDateTime?: string;
  from?: Address;
  toRecipients?: Address[];
  ccRecipients?: Address[];
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

const lower = (s: string | undefined) => (s ?? "").trim().toLowerCase();
const addressSet = (list: readonly (Address | string)[] | undefined) => [...new Set((list ?? []).map((a) => lower(typeof a === "string" ? a : a.emailAddress?.address)))].sort().join("\n");

/** The message went from `me` to exactly the mail's recipients. */
function isOurs(m: RawMessage, mail: OutgoingMail, me: Sender | null, checkFrom: boolean): boolean {
  if (addressSet([...(m.toRecipients ?? []), ...(m.ccRecipients ?? [])]) !== addressSet([...mail.to, ...(mail.cc ?? [])])) return false;
  if (!checkFrom) return true;
  const from = lower(m.from?.emailAddress?.address);
  return !!me && (from === lower(me.mail) || from === lower(me.upn));
}

const oldest = (a: RawMessage, b: RawMessage) => (a.createdDateTime ?? "").localeCompare(b.createdDateTime ?? "") || a.id.localeCompare(b.id);

export class MailApi {
  constructor(
    private readonly client: Client,
    private readonly retry: RetryPolicy,
  ) {}

  private async inFolder(folder: "sentitems" | "drafts", key: string): Promise<RawMessage[]> {
    const filter = `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(KEY_PROPERTY)} and ep/value eq ${odataString(key)})`;
    const page = await readWithRetry(this.retry, () => this.client.api(`/me/mailFolders/${folder}/messages`).filter(filter).select("id,createdDateTime,from,toRecipients,ccRecipients").top(25).get() as Promise<{ value: RawMessage[] }>);
    return page.value;
  }

  /** Our sent copy (if any) and our drafts with this key, oldest first. */
  async findByKey(key: string, mail: OutgoingMail, me: Sender | null): Promise<{ sent: boolean; drafts: RawMessage[] }> {
    const [sent, drafts] = await Promise.all([this.inFolder("sentitems", key), this.inFolder("drafts", key)]);
    return { sent: sent.some((m) => isOurs(m, mail, me, true)), drafts: drafts.filter((m) => isOurs(m, mail, me, false)).sort(oldest) };
  }

  /** Sends the mail unless this user already sent it under this key; safe to call again after any failure, from any deliverer. */
  async sendOnce(mail: OutgoingMail, key: string, me: Sender | null): Promise<void> {
    let found = await this.findByKey(key, mail, me);
    if (found.sent) return this.tidy(found.drafts);
    if (found.drafts.length === 0) {
      await this.client.api("/me/messages").post(messageBody(mail, key));
      found = await this.findByKey(key, mail, me);
      if (found.sent) return this.tidy(found.drafts);
    }
    const [chosen, ...spare] = found.drafts;
    if (!chosen) throw new Error("The draft just created cannot be found in Drafts");
    try {
      await this.client.api(`/me/messages/${encodeURIComponent(chosen.id)}/send`).post(null);
    } catch (e) {
      // Sent by another deliverer a moment ago: the draft has moved to Sent Items.
      if (classifyFailure(e).kind !== "not-found" || !(await this.findByKey(key, mail, me)).sent) throw e;
    }
    await this.tidy(spare);
  }

  /**
   * Spare drafts of a race are deleted. A delete that fails for a passing fault fails the entry, so
   * its retry (which finds the sent copy) deletes them then; one already gone is fine.
   */
  private async tidy(drafts: readonly RawMessage[]): Promise<void> {
    for (const d of drafts) {
      await this.client
        .api(`/me/messages/${encodeURIComponent(d.id)}`)
        .delete()
        .catch((e: unknown) => {
          if (classifyFailure(e).kind !== "not-found") throw e;
        });
    }
  }
}
