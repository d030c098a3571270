/**
 * The Outlook adapter (src/office/outlook/outlook-host.ts) against a fake `Office` that keeps
 * Outlook's rules (test/helpers/fake-outlook.ts): reading the item in read and compose mode,
 * the infobar, the category with and without the right to create it, Mailbox 1.8 / 1.14
 * fallbacks, the original as .eml and ItemChanged.
 */
import path from "node:path";
import { toBase64 } from "../../src/office/base64";
import { OutlookHost } from "../../src/office/outlook/outlook-host";
import { encodeSuppliers, registeredSuppliers, SUPPLIERS_BUDGET } from "../../src/office/outlook/supplier-cache";
import { FakeOutlook, manifestPermission, versionAtLeast, type FakeMail, type FakeOutlookOptions } from "../helpers/fake-outlook";
import { parseManifest, resources } from "../helpers/manifest-checks";

const MANIFEST = path.join(__dirname, "..", "..", "manifest.outlook.xml");
const manifest = parseManifest(MANIFEST);
/** What the manifest asks for; the fake refuses calls that need more. */
const PERMISSION = manifestPermission(MANIFEST);
const ICONS = [...resources(manifest).ids].filter(([, r]) => r.kind === "Images").map(([id]) => id);

const READ: FakeMail = {
  mode: "read",
  itemId: "AAMkAGI2-1",
  subject: "Жаңа жыл құттықтауы",
  body: "Құрметті әріптес, сізге шағын сыйлық ұсынамыз.",
  from: { displayName: "Астана Видеосервис", emailAddress: "sales@astvideo.kz" },
  eml: toBase64(new TextEncoder().encode("Subject: =?utf-8?b?0J/QvtC00LDRgNC+0Lo=?=\r\n\r\nТело письма\r\n")),
};
const COMPOSE: FakeMail = {
  mode: "compose",
  subject: "Ужин после проверки",
  body: "Предлагаю оплатить ужин для проверяющих.",
  to: [
    { displayName: "Инспектор", emailAddress: "inspector@gov.example.kz" },
    { displayName: "Отдел мониторинга", emailAddress: "monitoring@example.kz" },
  ],
};
const TEXTS = { infobar: "Adal: письмо предлагает подарок (п. 4.1.2 Политики). Откройте панель Adal.", category: "Adal: подарок" };

function setup(mail: FakeMail | null, options: Partial<FakeOutlookOptions> = {}) {
  const fake = new FakeOutlook(mail, { icons: ICONS, permission: PERMISSION, ...options });
  return { fake, host: new OutlookHost(fake.office as unknown as typeof Office) };
}

describe("the fake keeps Outlook's rules", () => {
  test("requirement sets compare by numeric parts (1.14 is after 1.8)", () => {
    expect(versionAtLeast("1.14", "1.8")).toBe(true);
    expect(versionAtLeast("1.5", "1.8")).toBe(false);
    expect(versionAtLeast("1.8", "1.8")).toBe(true);
  });

  test("an informational infobar needs an icon the manifest defines; the manifest has some", () => {
    expect(ICONS).toContain("Adal.Icon.16");
  });
});

describe("OutlookHost.current", () => {
  test("a read item becomes a MailItem with its id, sender and plain-text body", async () => {
    const { host, fake } = setup(READ);
    expect(await host.current()).toEqual({
      id: "AAMkAGI2-1",
      subject: READ.subject,
      from: "Астана Видеосервис <sales@astvideo.kz>",
      body: READ.body,
      bodyType: "text",
      mode: "read",
    });
    expect(fake.calls).toEqual(["body.getAsync"]);
  });

  test("a compose item becomes a MailItem with the recipients and the user as sender", async () => {
    const { host, fake } = setup(COMPOSE);
    expect(await host.current()).toEqual({
      id: "compose",
      subject: COMPOSE.subject,
      from: "a.nurlanov@example.kz",
      body: COMPOSE.body,
      bodyType: "text",
      mode: "compose",
      to: ["Инспектор <inspector@gov.example.kz>", "Отдел мониторинга <monitoring@example.kz>"],
    });
    expect(fake.calls).toEqual(["body.getAsync", "subject.getAsync", "to.getAsync"]);
  });

  test("no selected item gives null; a failed body read is an error, not an empty mail", async () => {
    expect(await setup(null).host.current()).toBeNull();
    await expect(setup(READ, { fail: ["body"] }).host.current()).rejects.toThrow(/body\.getAsync failed/u);
  });
});

describe("OutlookHost.flag", () => {
  test("puts an informational infobar under a stable key, at most 150 characters, replaced by a re-scan", async () => {
    const { host, fake } = setup(READ, { masterCategories: [{ displayName: TEXTS.category, color: "Preset1" }] });
    const long = `${"Adal: подарок или угощение от поставщика, п. 4.1.2 и 4.1.3. ".repeat(5)}конец`;
    expect(long.length).toBeGreaterThan(150);
    expect(await host.flag({ ...TEXTS, infobar: long })).toEqual({ infobar: true, category: "added" });
    expect(fake.infobars.size).toBe(1);
    const [key, first] = [...fake.infobars][0]!;
    expect(first.type).toBe("informationalMessage");
    expect(first.message.length).toBeLessThanOrEqual(150);
    expect(long.startsWith(first.message)).toBe(true);
    expect(ICONS).toContain(first.icon);

    expect(await host.flag(TEXTS)).toEqual({ infobar: true, category: "added" });
    expect([...fake.infobars.keys()]).toEqual([key]);
    expect(fake.infobars.get(key)!.message).toBe(TEXTS.infobar);
  });

  test("the manifest asks for ReadWriteItem, not ReadWriteMailbox (least privilege, issue #13 item 5)", () => {
    expect(PERMISSION).toBe("ReadWriteItem");
  });

  test("a category the mailbox has is put on the item, and the master list is never touched", async () => {
    const { host, fake } = setup(READ, { masterCategories: [{ displayName: TEXTS.category, color: "Preset1" }] });
    expect(await host.flag(TEXTS)).toEqual({ infobar: true, category: "added" });
    expect(fake.itemCategories.get(READ.itemId!)).toEqual([TEXTS.category]);
    expect(fake.calls.filter((c) => c.startsWith("masterCategories"))).toEqual([]);
  });

  test("a category the mailbox lacks is reported as missing (the user creates it once); nothing is created", async () => {
    const { host, fake } = setup(READ, { masterCategories: [{ displayName: "Проект", color: "Preset4" }] });
    expect(await host.flag(TEXTS)).toEqual({ infobar: true, category: "missing" });
    expect(fake.masterCategories.map((c) => c.displayName)).toEqual(["Проект"]);
    expect(fake.itemCategories.get(READ.itemId!)).toBeUndefined();
    expect(fake.calls.filter((c) => c.startsWith("masterCategories"))).toEqual([]);
  });

  test("the fake keeps the permission: with ReadWriteItem the master list answers 'failed'", async () => {
    const fake = new FakeOutlook(READ, { permission: "ReadWriteItem" });
    const mailbox = (fake.office as { context: { mailbox: { masterCategories: { getAsync(cb: (r: { status: string; error?: { message: string } }) => void): void } } } }).context.mailbox;
    const r = await new Promise<{ status: string; error?: { message: string } }>((res) => mailbox.masterCategories.getAsync(res));
    expect(r.status).toBe("failed");
    expect(r.error?.message).toMatch(/ReadWriteMailbox/u);
  });

  test("the item refuses the category: missing", async () => {
    const { host } = setup(READ, { masterCategories: [{ displayName: TEXTS.category, color: "Preset1" }], fail: ["categories"] });
    expect(await host.flag(TEXTS)).toEqual({ infobar: true, category: "missing" });
  });

  test("without Mailbox 1.8 there are no categories: unsupported, and the infobar still shows", async () => {
    const { host, fake } = setup(READ, { mailbox: "1.5" });
    expect(await host.flag(TEXTS)).toEqual({ infobar: true, category: "unsupported" });
    expect(fake.infobars.size).toBe(1);
    expect(fake.calls.filter((c) => c.includes("ategories"))).toEqual([]);
  });

  test("an infobar that fails is reported as false and the category is still put on", async () => {
    const { host, fake } = setup(READ, { masterCategories: [{ displayName: TEXTS.category, color: "Preset1" }], fail: ["infobar"] });
    expect(await host.flag(TEXTS)).toEqual({ infobar: false, category: "added" });
    expect(fake.infobars.size).toBe(0);
    expect(fake.itemCategories.get(READ.itemId!)).toEqual([TEXTS.category]);
  });

  test("works on a compose item too", async () => {
    const { host, fake } = setup(COMPOSE, { masterCategories: [{ displayName: TEXTS.category, color: "Preset1" }] });
    expect(await host.flag(TEXTS)).toEqual({ infobar: true, category: "added" });
    expect(fake.infobars.size).toBe(1);
  });
});

describe("OutlookHost.cacheSuppliers (issue #13 item 12)", () => {
  const supplier = (i: number) => ({ name: `ТОО «Поставщик ${i}»`, domains: [`supplier${i}.kz`], bin: String(100000000000 + i), aliases: [`Поставщик ${i} LLP`, `ЖШС «Жеткізуші ${i}»`] });

  test("the register's list is saved in roaming settings, where the on-send check reads it back", async () => {
    const { host, fake } = setup(READ);
    const list = [supplier(1), supplier(2)];
    await host.cacheSuppliers(list);
    expect(fake.calls).toContain("roamingSettings.saveAsync");
    expect(registeredSuppliers({ get: (k: string) => fake.roamingSaved.get(k) }, null)).toEqual(list);
    // Nothing is written again when the list has not changed.
    fake.calls.length = 0;
    await host.cacheSuppliers(list);
    expect(fake.calls).toEqual([]);
  });

  test("a list too large for the 32 KB of roaming settings keeps names, domains and BINs of as many as fit", async () => {
    const { host, fake } = setup(READ);
    const list = Array.from({ length: 900 }, (_v, i) => supplier(i));
    expect(encodeSuppliers(list).length).toBeLessThanOrEqual(SUPPLIERS_BUDGET);
    await host.cacheSuppliers(list);
    const back = registeredSuppliers({ get: (k: string) => fake.roamingSaved.get(k) }, null);
    expect(back.length).toBeGreaterThan(100);
    expect(back[0]).toEqual({ name: list[0]!.name, domains: list[0]!.domains, bin: list[0]!.bin });
  });

  test("no cached list: the fallback only where one is given (a development build)", () => {
    expect(registeredSuppliers({ get: () => undefined }, null)).toEqual([]);
    expect(registeredSuppliers({ get: () => "not json" }, [supplier(1)])).toEqual([supplier(1)]);
  });
});

describe("OutlookHost.originalAsEml", () => {
  test("with Mailbox 1.14: the item as base64 .eml", async () => {
    const eml = await setup(READ).host.originalAsEml();
    expect(eml).toBe(READ.eml);
    expect(Buffer.from(eml!, "base64").toString("utf8")).toContain("Тело письма");
  });

  test("without Mailbox 1.14: null, and getAsFileAsync is not called", async () => {
    const { host, fake } = setup(READ, { mailbox: "1.13" });
    expect(await host.originalAsEml()).toBeNull();
    expect(fake.calls).toEqual([]);
  });

  test("when Outlook fails to give the file: null", async () => {
    expect(await setup(READ, { fail: ["file"] }).host.originalAsEml()).toBeNull();
  });

  test("a compose item has no original: null", async () => {
    expect(await setup(COMPOSE).host.originalAsEml()).toBeNull();
  });
});

describe("OutlookHost.onItemChanged", () => {
  test("the listener fires when the user selects another item, and current() then reads that item", async () => {
    const { host, fake } = setup(READ);
    const listener = jest.fn();
    host.onItemChanged(listener);
    expect(listener).not.toHaveBeenCalled();
    const next: FakeMail = { ...READ, itemId: "AAMkAGI2-2", subject: "Счёт на оплату", body: "Счёт во вложении." };
    fake.select(next);
    expect(listener).toHaveBeenCalledTimes(1);
    expect((await host.current())?.id).toBe("AAMkAGI2-2");
    fake.select(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(await host.current()).toBeNull();
  });

  test("Outlook's handler is added once however often the pane subscribes; an unsubscribed listener is not called (issue #13 item 13)", () => {
    const { host, fake } = setup(READ);
    const first = jest.fn();
    const second = jest.fn();
    const stop = host.onItemChanged(first);
    stop();
    host.onItemChanged(second);
    host.onItemChanged(second);
    expect(fake.handlers.get("olkItemSelectedChanged")).toHaveLength(1);
    fake.select({ ...READ, itemId: "x" });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
