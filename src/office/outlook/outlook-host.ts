/**
 * The Outlook adapter: the selected or composed message through Office.js (Mailbox 1.5+), the
 * infobar, the category (Mailbox 1.8; the master category is created when the add-in may) and
 * the original as .eml (Mailbox 1.14). Office and its namespaces arrive as arguments, so the
 * adapter runs against a fake in the tests.
 */
import type { CategoryOutcome, MailHost, MailItem } from "./mail-host";

type OfficeApi = typeof Office;
const INFOBAR_KEY = "adal-gift";
const CATEGORY_COLOR = "Preset1"; // orange
/** An informational infobar's icon must be an image resource id of manifest.outlook.xml. */
const INFOBAR_ICON = "Adal.Icon.16";

function call<T>(fn: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    fn((r) => (String(r.status) === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? "Outlook could not complete the request"))));
  });
}

export class OutlookHost implements MailHost {
  readonly kind = "outlook" as const;

  constructor(private readonly office: OfficeApi) {}

  private get item(): Office.MessageRead & Office.MessageCompose {
    return this.office.context.mailbox.item as Office.MessageRead & Office.MessageCompose;
  }

  async current(): Promise<MailItem | null> {
    const item = this.item;
    if (!item) return null;
    const compose = typeof (item.subject as unknown as { getAsync?: unknown }).getAsync === "function";
    const body = await call<string>((cb) => item.body.getAsync(this.office.CoercionType.Text, cb));
    if (compose) {
      const subject = await call<string>((cb) => (item as Office.MessageCompose).subject.getAsync(cb));
      const to = await call<Office.EmailAddressDetails[]>((cb) => (item as Office.MessageCompose).to.getAsync(cb));
      return { id: "compose", subject, from: this.office.context.mailbox.userProfile.emailAddress, body, bodyType: "text", mode: "compose", to: to.map((r) => `${r.displayName} <${r.emailAddress}>`) };
    }
    const read = item as Office.MessageRead;
    return { id: read.itemId ?? "item", subject: read.subject, from: read.from ? `${read.from.displayName} <${read.from.emailAddress}>` : "", body, bodyType: "text", mode: "read" };
  }

  onItemChanged(listener: () => void): void {
    this.office.context.mailbox.addHandlerAsync(this.office.EventType.ItemChanged, () => listener());
  }

  async flag(texts: { infobar: string; category: string }): Promise<{ infobar: boolean; category: CategoryOutcome }> {
    const item = this.item;
    let infobar: boolean;
    try {
      await call((cb) => item.notificationMessages.replaceAsync(INFOBAR_KEY, { type: this.office.MailboxEnums.ItemNotificationMessageType.InformationalMessage, message: texts.infobar.slice(0, 150), icon: INFOBAR_ICON, persistent: false }, cb));
      infobar = true;
    } catch {
      infobar = false;
    }
    if (!this.office.context.requirements.isSetSupported("Mailbox", "1.8")) return { infobar, category: "unsupported" };
    const master = await call<Office.CategoryDetails[]>((cb) => this.office.context.mailbox.masterCategories.getAsync(cb)).catch(() => null);
    let created = false;
    if (master && !master.some((c) => c.displayName === texts.category)) {
      try {
        await call((cb) => this.office.context.mailbox.masterCategories.addAsync([{ displayName: texts.category, color: CATEGORY_COLOR as unknown as Office.MailboxEnums.CategoryColor }], cb));
        created = true;
      } catch {
        return { infobar, category: "no-permission" };
      }
    }
    try {
      await call((cb) => item.categories.addAsync([texts.category], cb));
      return { infobar, category: created ? "created" : "added" };
    } catch {
      return { infobar, category: "no-permission" };
    }
  }

  async originalAsEml(): Promise<string | null> {
    if (!this.office.context.requirements.isSetSupported("Mailbox", "1.14")) return null;
    const item = this.item as unknown as { getAsFileAsync?: (cb: (r: Office.AsyncResult<string>) => void) => void };
    if (!item.getAsFileAsync) return null;
    return call<string>((cb) => item.getAsFileAsync!(cb)).catch(() => null);
  }
}
