/**
 * The Outlook adapter: the selected or composed message through Office.js (Mailbox 1.5+), the
 * infobar, the category (Mailbox 1.8), the original as .eml (Mailbox 1.14) and the supplier
 * list left in roaming settings for the on-send check. Office and its namespaces arrive as
 * arguments, so the adapter runs against a fake in the tests.
 *
 * Least privilege: the manifest asks for ReadWriteItem. Creating a master category would need
 * ReadWriteMailbox (Office.Mailbox.masterCategories, "Minimum permission level: read/write
 * mailbox"), which also opens the whole mailbox to the add-in; so Adal only puts a category
 * that already exists on the item and tells the user how to create it once.
 */
import type { Supplier } from "../../engine/gifts/detector";
import type { CategoryOutcome, MailHost, MailItem } from "./mail-host";
import { encodeSuppliers, SUPPLIERS_SETTING } from "./supplier-cache";

type OfficeApi = typeof Office;
const INFOBAR_KEY = "adal-gift";
/** An informational infobar's icon must be an image resource id of manifest.outlook.xml. */
const INFOBAR_ICON = "Adal.Icon.16";

function call<T>(fn: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    fn((r) => (String(r.status) === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? "Outlook could not complete the request"))));
  });
}

export class OutlookHost implements MailHost {
  readonly kind = "outlook" as const;
  private registered = false;
  private readonly listeners = new Set<() => void>();

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

  /** Outlook's ItemChanged handler is added once; listeners come and go (a pane re-renders). */
  onItemChanged(listener: () => void): () => void {
    if (!this.registered) {
      this.registered = true;
      this.office.context.mailbox.addHandlerAsync(this.office.EventType.ItemChanged, () => {
        for (const l of [...this.listeners]) l();
      });
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
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
    if (!this.office.context.requirements.isSetSupported("Mailbox", "1.8") || !item.categories) return { infobar, category: "unsupported" };
    try {
      await call((cb) => item.categories.addAsync([texts.category], cb));
      return { infobar, category: "added" };
    } catch {
      // Outlook refuses a category that is not in the mailbox's list.
      return { infobar, category: "missing" };
    }
  }

  async cacheSuppliers(suppliers: readonly Supplier[]): Promise<void> {
    const settings = this.office.context.roamingSettings;
    if (!settings) return;
    const value = encodeSuppliers(suppliers);
    if (settings.get(SUPPLIERS_SETTING) === value) return;
    settings.set(SUPPLIERS_SETTING, value);
    await call<void>((cb) => settings.saveAsync(cb));
  }

  async originalAsEml(): Promise<string | null> {
    if (!this.office.context.requirements.isSetSupported("Mailbox", "1.14")) return null;
    const item = this.item as unknown as { getAsFileAsync?: (cb: (r: Office.AsyncResult<string>) => void) => void };
    if (!item.getAsFileAsync) return null;
    return call<string>((cb) => item.getAsFileAsync!(cb)).catch(() => null);
  }
}
