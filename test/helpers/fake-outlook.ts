// Object-literal getters below stand in for Office properties and need the outer instance.
/* eslint-disable @typescript-eslint/no-this-alias */
/**
 * An in-memory fake of the part of Outlook's `Office` global that src/office/outlook uses: the
 * selected (read) or composed item, body/subject/to/cc/bcc getAsync, the infobar, master and item
 * categories, getAsFileAsync, roaming settings, requirement sets, ItemChanged and
 * Office.actions.associate. It answers with AsyncResults ("succeeded" / "failed") and keeps the
 * Outlook rules that matter here:
 * - the permission the manifest asks for decides what may be called ("Minimum permission level"
 *   in the Outlook API reference): `masterCategories` needs read/write mailbox, item categories
 *   read/write item, reading the item read item, roaming settings are restricted;
 * - an infobar message is at most 150 characters, its key at most 32, an informational message
 *   needs an icon that the manifest defines;
 * - only categories in the master list can be put on an item;
 * - roaming settings hold at most 32 KB per add-in (error 9057 on `set`, Office.RoamingSettings).
 * Plain object literals, so it also runs inside a `vm` context.
 */
import { readFileSync } from "node:fs";

export interface FakeAddress {
  displayName: string;
  emailAddress: string;
}

export interface FakeMail {
  mode: "read" | "compose";
  subject: string;
  body: string;
  /** Read mode: the sender. */
  from?: FakeAddress;
  /** Compose mode: the recipients. */
  to?: FakeAddress[];
  /** Compose mode: copy and blind-copy recipients (MessageCompose.cc / .bcc, Recipients.getAsync). */
  cc?: FakeAddress[];
  bcc?: FakeAddress[];
  itemId?: string;
  /** What getAsFileAsync returns (base64 .eml). */
  eml?: string;
}

/** Calls that answer "failed"; `throwOnSubject` throws from subject.getAsync instead. */
export type FakeFailure = "body" | "subject" | "to" | "infobar" | "masterGet" | "masterAdd" | "categories" | "file" | "throwOnSubject";

export type MailPermission = "Restricted" | "ReadItem" | "ReadWriteItem" | "ReadWriteMailbox";
const PERMISSION_RANK: Readonly<Record<MailPermission, number>> = { Restricted: 0, ReadItem: 1, ReadWriteItem: 2, ReadWriteMailbox: 3 };

/** The <Permissions> a manifest asks for. */
export function manifestPermission(file: string): MailPermission {
  const m = /<Permissions>\s*(\w+)\s*<\/Permissions>/u.exec(readFileSync(file, "utf8"));
  if (!m || !(m[1]! in PERMISSION_RANK)) throw new Error(`${file}: no <Permissions> this fake knows`);
  return m[1] as MailPermission;
}

const ROAMING_LIMIT = 32 * 1024;

export interface FakeOutlookOptions {
  /** Highest Mailbox requirement set supported, e.g. "1.14" (default) or "1.5". */
  mailbox?: string;
  masterCategories?: Array<{ displayName: string; color: string }>;
  fail?: readonly FakeFailure[];
  /** Image resource ids the manifest defines; an infobar icon must be one (default: any). */
  icons?: readonly string[];
  displayLanguage?: string;
  userEmail?: string;
  /**
   * What the manifest asks for (manifestPermission). No default: a fake that granted the most
   * would let a test pass on a call the real manifest does not allow.
   */
  permission: MailPermission;
  /** Roaming settings already saved for this add-in and user. */
  roaming?: Record<string, unknown>;
}

export interface FakeInfobar {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

type Callback<T> = (r: { status: string; value: T; error?: { code?: number; name?: string; message: string } }) => void;

export const OFFICE_ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  HostType: { Outlook: "Outlook" },
  MailboxEnums: {
    ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator" },
    SendModeOverride: { PromptUser: "promptUser" },
    CategoryColor: { Preset0: "Preset0", Preset1: "Preset1" },
  },
};

/** "1.14" ≥ "1.8": requirement set versions compare by their numeric parts. */
export function versionAtLeast(have: string, want: string): boolean {
  const [a1 = 0, a2 = 0] = have.split(".").map(Number);
  const [b1 = 0, b2 = 0] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export class FakeOutlook {
  readonly infobars = new Map<string, FakeInfobar>();
  readonly masterCategories: Array<{ displayName: string; color: string }>;
  /** Categories put on each item, by item id. */
  readonly itemCategories = new Map<string, string[]>();
  readonly handlers = new Map<string, Array<(args: unknown) => void>>();
  readonly actions = new Map<string, (event: unknown) => unknown>();
  /** Every async call made, in order ("body.getAsync", "masterCategories.addAsync", ...). */
  readonly calls: string[] = [];
  /** Calls refused for want of permission: a handler that swallows failures would hide them. */
  readonly denied: string[] = [];
  /** Roaming settings as saved in the mailbox; `roamingMemory` is the add-in's loaded copy. */
  readonly roamingSaved: Map<string, unknown>;
  readonly roamingMemory: Map<string, unknown>;
  readonly office: Record<string, unknown>;
  private mail: FakeMail | null;

  constructor(mail: FakeMail | null, private readonly options: FakeOutlookOptions) {
    this.mail = mail;
    this.masterCategories = [...(options.masterCategories ?? [])];
    this.roamingSaved = new Map(Object.entries(options.roaming ?? {}));
    this.roamingMemory = new Map(this.roamingSaved);
    const self = this;
    this.office = {
      ...OFFICE_ENUMS,
      actions: { associate: (name: string, fn: (e: unknown) => unknown) => self.actions.set(name, fn) },
      context: {
        displayLanguage: options.displayLanguage ?? "ru-RU",
        roamingSettings: {
          get: (name: string) => self.roamingMemory.get(name),
          set: (name: string, value: unknown) => {
            const next = new Map(self.roamingMemory).set(name, value);
            if (JSON.stringify(Object.fromEntries(next)).length > ROAMING_LIMIT) {
              const e = new Error("The settings exceed 32 KB") as Error & { code: number };
              e.code = 9057;
              throw e;
            }
            self.roamingMemory.set(name, value);
          },
          remove: (name: string) => self.roamingMemory.delete(name),
          saveAsync: (cb?: Callback<void>) => {
            self.calls.push("roamingSettings.saveAsync");
            self.roamingSaved.clear();
            for (const [k, v] of self.roamingMemory) self.roamingSaved.set(k, v);
            cb?.({ status: "succeeded", value: undefined });
          },
        },
        requirements: { isSetSupported: (name: string, v = "1.1") => name === "Mailbox" && versionAtLeast(options.mailbox ?? "1.14", v) },
        mailbox: {
          userProfile: { emailAddress: options.userEmail ?? "a.nurlanov@example.kz", displayName: "Айбек Нұрланов" },
          get item() {
            return self.mail ? self.itemOf(self.mail) : null;
          },
          get masterCategories() {
            return versionAtLeast(options.mailbox ?? "1.14", "1.8") ? self.masterApi() : undefined;
          },
          addHandlerAsync(type: string, handler: (args: unknown) => void, ...rest: unknown[]) {
            const cb = rest.find((r): r is Callback<void> => typeof r === "function");
            self.handlers.set(type, [...(self.handlers.get(type) ?? []), handler]);
            cb?.({ status: "succeeded", value: undefined });
          },
        },
      },
    };
  }

  /** The user selects another item (null: none) and Outlook raises ItemChanged. */
  select(mail: FakeMail | null): void {
    this.mail = mail;
    for (const h of this.handlers.get(OFFICE_ENUMS.EventType.ItemChanged) ?? []) h({ type: OFFICE_ENUMS.EventType.ItemChanged });
  }

  private fails(what: FakeFailure): boolean {
    return this.options.fail?.includes(what) ?? false;
  }

  /** Calls the manifest's permission does not allow answer "failed" (Outlook: permission denied). */
  private refusal(name: string, needs: MailPermission): string | undefined {
    const have = this.options.permission;
    if (PERMISSION_RANK[have] >= PERMISSION_RANK[needs]) return undefined;
    this.denied.push(name);
    return `${name} needs the ${needs} permission; the manifest asks for ${have}`;
  }

  /** Answers an async call: its value, or "failed" when the test asked for that failure or the permission is missing. */
  private answer<T>(name: string, failure: FakeFailure, cb: Callback<T>, value: () => T, check?: () => string | undefined, needs: MailPermission = "ReadItem"): void {
    this.calls.push(name);
    const problem = this.refusal(name, needs) ?? (this.fails(failure) ? `${name} failed` : check?.());
    if (problem) cb({ status: "failed", value: undefined as T, error: { code: 9000, name: "GenericResponseError", message: problem } });
    else cb({ status: "succeeded", value: value() });
  }

  private masterApi() {
    return {
      getAsync: (cb: Callback<Array<{ displayName: string; color: string }>>) => this.answer("masterCategories.getAsync", "masterGet", cb, () => this.masterCategories.map((c) => ({ ...c })), undefined, "ReadWriteMailbox"),
      addAsync: (list: Array<{ displayName: string; color: string }>, cb: Callback<void>) =>
        this.answer("masterCategories.addAsync", "masterAdd", cb, () => void this.masterCategories.push(...list), () => (list.some((c) => this.masterCategories.some((m) => m.displayName === c.displayName)) ? "DuplicateCategory" : undefined), "ReadWriteMailbox"),
    };
  }

  private itemOf(mail: FakeMail) {
    const id = mail.itemId ?? "compose";
    const api114 = versionAtLeast(this.options.mailbox ?? "1.14", "1.14");
    const item: Record<string, unknown> = {
      itemId: mail.mode === "read" ? mail.itemId : undefined,
      body: { getAsync: (coercion: string, cb: Callback<string>) => this.answer("body.getAsync", "body", cb, () => mail.body, () => (coercion === "text" || coercion === "html" ? undefined : "bad coercion type")) },
      notificationMessages: {
        replaceAsync: (key: string, details: FakeInfobar, cb: Callback<void>) =>
          this.answer("notificationMessages.replaceAsync", "infobar", cb, () => void this.infobars.set(key, { ...details }), () => this.infobarProblem(key, details)),
      },
      categories: versionAtLeast(this.options.mailbox ?? "1.14", "1.8")
        ? {
            addAsync: (names: string[], cb: Callback<void>) =>
              this.answer(
                "categories.addAsync",
                "categories",
                cb,
                () => void this.itemCategories.set(id, [...new Set([...(this.itemCategories.get(id) ?? []), ...names])]),
                () => (names.every((n) => this.masterCategories.some((m) => m.displayName === n)) ? undefined : "a category must be in the master list first"),
                "ReadWriteItem",
              ),
          }
        : undefined,
    };
    if (mail.mode === "read") {
      item.subject = mail.subject;
      item.from = mail.from;
      if (api114) item.getAsFileAsync = (cb: Callback<string>) => this.answer("getAsFileAsync", "file", cb, () => mail.eml ?? "");
    } else {
      item.subject = {
        getAsync: (cb: Callback<string>) => {
          if (this.fails("throwOnSubject")) throw new Error("host error");
          this.answer("subject.getAsync", "subject", cb, () => mail.subject);
        },
      };
      item.to = { getAsync: (cb: Callback<FakeAddress[]>) => this.answer("to.getAsync", "to", cb, () => (mail.to ?? []).map((r) => ({ ...r }))) };
      // https://learn.microsoft.com/en-us/office/dev/add-ins/outlook/get-set-or-add-recipients: in compose, cc and bcc are read with Recipients.getAsync.
      item.cc = { getAsync: (cb: Callback<FakeAddress[]>) => this.answer("cc.getAsync", "to", cb, () => (mail.cc ?? []).map((r) => ({ ...r }))) };
      item.bcc = { getAsync: (cb: Callback<FakeAddress[]>) => this.answer("bcc.getAsync", "to", cb, () => (mail.bcc ?? []).map((r) => ({ ...r }))) };
    }
    return item;
  }

  private infobarProblem(key: string, d: FakeInfobar): string | undefined {
    if (key.length > 32) return "the key is longer than 32 characters";
    if (d.message.length > 150) return "the message is longer than 150 characters";
    if (d.type === OFFICE_ENUMS.MailboxEnums.ItemNotificationMessageType.InformationalMessage) {
      if (!d.icon) return "an informational message needs an icon";
      if (this.options.icons && !this.options.icons.includes(d.icon)) return `icon ${d.icon} is not an image resource of the manifest`;
    }
    return undefined;
  }
}
