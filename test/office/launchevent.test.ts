/**
 * The BUILT on-send handler (dist/launchevent.js), run as classic Outlook runs it: one script in
 * an ECMAScript 2016 runtime (test/helpers/es2016-runtime.ts) with no module loader, no DOM and
 * no Office.onReady, only the `Office` global. A fake mailbox gives it the compose item; the
 * handler must always call `completed`, allow clean mail, and hold risky mail with a message
 * within Outlook's limits.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MAX_CANCEL_LABEL, MAX_ERROR_MESSAGE } from "../../src/office/outlook/send-warning";
import { encodeSuppliers, SUPPLIERS_SETTING } from "../../src/office/outlook/supplier-cache";
import { createEs2016Runtime } from "../helpers/es2016-runtime";
import { FakeOutlook, manifestPermission, type FakeAddress } from "../helpers/fake-outlook";

const BUNDLE = path.join(__dirname, "..", "..", "dist", "launchevent.js");
/** The handler runs with what manifest.outlook.xml grants, so a call that needs more is refused here as in Outlook. */
const PERMISSION = manifestPermission(path.join(__dirname, "..", "..", "manifest.outlook.xml"));

interface Mail {
  subject: string;
  body: string;
  to: FakeAddress[];
  cc?: FakeAddress[];
  bcc?: FakeAddress[];
  failBody?: boolean;
  throwOnSubject?: boolean;
}

interface SendOptions {
  displayLanguage?: string;
  mailbox114?: boolean;
  /** Roaming settings the Outlook pane left (the register's supplier list). */
  roaming?: Record<string, unknown>;
}

function load(mail: Mail, options: SendOptions = {}) {
  const fake = new FakeOutlook(
    { mode: "compose", subject: mail.subject, body: mail.body, to: mail.to, ...(mail.cc ? { cc: mail.cc } : {}), ...(mail.bcc ? { bcc: mail.bcc } : {}) },
    {
      ...(options.displayLanguage ? { displayLanguage: options.displayLanguage } : {}),
      mailbox: options.mailbox114 === false ? "1.12" : "1.14",
      permission: PERMISSION,
      ...(options.roaming ? { roaming: options.roaming } : {}),
      fail: [...(mail.failBody ? (["body"] as const) : []), ...(mail.throwOnSubject ? (["throwOnSubject"] as const) : [])],
    },
  );
  const runtime = createEs2016Runtime({ Office: fake.office, console, setTimeout });
  runtime.run(readFileSync(BUNDLE, "utf8"), "launchevent.js");
  return fake;
}

async function send(mail: Mail, options?: SendOptions) {
  const fake = load(mail, options);
  const handler = fake.actions.get("onMessageSendHandler");
  expect(handler).toBeDefined();
  const calls: Array<Record<string, unknown>> = [];
  await handler!({ completed: (o: Record<string, unknown>) => calls.push(o) });
  expect(calls).toHaveLength(1);
  // The handler reads with fallbacks, so a refused read would not fail it; it would check less.
  expect(fake.denied).toEqual([]);
  return calls[0]!;
}

describe("on-send handler, built bundle", () => {
  test("runs with the permission the manifest asks for, not more: a read/write-mailbox call is refused", async () => {
    const fake = load({ subject: "s", body: "b", to: [] });
    const status = await new Promise<string>((resolve) => (fake.office as unknown as typeof Office).context.mailbox.masterCategories.getAsync((r) => resolve(r.status as unknown as string)));
    expect(status).toBe("failed");
    expect(fake.denied).toEqual(["masterCategories.getAsync"]);
  });

  test("is one self-contained file: no module loading or chunks at run time", () => {
    const js = readFileSync(BUNDLE, "utf8");
    expect(js).not.toMatch(/\bimportScripts\b|__webpack_require__\.e\b|\brequire\(["']|^\s*import\s/mu);
  });

  test("lets ordinary mail through", async () => {
    expect(await send({ subject: "График дежурств", body: "Коллеги, направляю график дежурств на декабрь.", to: [{ displayName: "Отдел мониторинга", emailAddress: "monitoring@example.kz" }] })).toEqual({ allowEvent: true });
  });

  test("lets a plain lunch invitation to a colleague through (low risk is not held)", async () => {
    expect(await send({ subject: "Обед", body: "Пойдём на обед в 13:00? Приглашаю.", to: [{ displayName: "Коллега", emailAddress: "colleague@example.kz" }] })).toEqual({ allowEvent: true });
  });

  test("holds an offer of a paid dinner to officials, in Russian, with Review and the compose pane", async () => {
    const r = await send({ subject: "Ужин", body: "Предлагаю оплатить ужин в ресторане для проверяющих из министерства после проверки.", to: [{ displayName: "Инспектор", emailAddress: "inspector@gov.example.kz" }] });
    expect(r.allowEvent).toBe(false);
    expect(r.errorMessage).toMatch(/4\.1\.2/u);
    expect(r.errorMessage).toMatch(/4\.3\.1/u);
    expect((r.errorMessage as string).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    expect(r.cancelLabel).toBe("Проверить");
    expect((r.cancelLabel as string).length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
    expect(r.commandId).toBe("Adal.Compose.Open");
    expect(r.sendModeOverride).toBe("promptUser");
  });

  test("speaks Kazakh in Kazakh Outlook and holds a gift to a registered supplier", async () => {
    const r = await send(
      { subject: "Мереке", body: "Жаңа жыл мерекесіне орай сізге сыйлық ұсынамыз.", to: [{ displayName: "Астана Видеосервис", emailAddress: "sales@astvideo.kz" }] },
      { displayLanguage: "kk-KZ" },
    );
    expect(r.allowEvent).toBe(false);
    expect(r.errorMessage).toMatch(/сыйлық|Саясат/u);
    expect(r.cancelLabel).toBe("Қайта қарау");
  });

  test("reads Cc and Bcc: a dinner paid for an akimat official in Bcc, a gift to a registered supplier in Cc", async () => {
    const body = "Приглашаем вас на ужин в ресторан, счёт за нами.";
    const colleague = { displayName: "Коллега", emailAddress: "colleague@example.kz" };
    // To a colleague alone it is a low-risk invitation and goes through; the same mail with an
    // official (a state body's address) or a registered supplier among the copies is held.
    expect(await send({ subject: "Ужин", body, to: [colleague] })).toEqual({ allowEvent: true });
    const bcc = await send({ subject: "Ужин", body, to: [colleague], bcc: [{ displayName: "Ержан Болатович", emailAddress: "e.bolatovich@akimat.astana.kz" }] });
    expect(bcc.allowEvent).toBe(false);
    expect(bcc.errorMessage).toMatch(/4\.3\.1/u);
    const cc = await send({ subject: "Подарок", body: "Примите от нас подарок к празднику.", to: [colleague], cc: [{ displayName: "Астана Видеосервис", emailAddress: "sales@astvideo.kz" }] });
    expect(cc.allowEvent).toBe(false);
    expect(cc.errorMessage).toMatch(/4\.1\.3/u);
  });

  test("on Mailbox 1.12 it holds without the 1.14 options", async () => {
    const r = await send({ subject: "Gift", body: "We would like to send you a gift card in return for your support of our bid.", to: [{ displayName: "x", emailAddress: "x@example.com" }] }, { displayLanguage: "en-US", mailbox114: false });
    expect(r.allowEvent).toBe(false);
    expect(r).not.toHaveProperty("cancelLabel");
    expect(r).not.toHaveProperty("commandId");
  });

  test("a long risky mail still gets a message within 500 characters", async () => {
    const body = Array.from({ length: 200 }, (_, i) => `Пункт ${i}: примите подарочный сертификат за содействие в тендере, лично от меня, между нами.`).join("\n");
    const r = await send({ subject: "Подарок", body, to: [{ displayName: "x", emailAddress: "x@example.kz" }] });
    expect(r.allowEvent).toBe(false);
    expect((r.errorMessage as string).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
  });

  test("the register's supplier list cached by the pane is used, and then the bundled demo list is not (issue #13 item 12)", async () => {
    const roaming = { [SUPPLIERS_SETTING]: encodeSuppliers([{ name: "ТОО «Сервис Плюс»", domains: ["servisplus.kz"] }]) };
    const gift = (domain: string) => ({ subject: "Мереке", body: "Жаңа жыл мерекесіне орай сізге сыйлық ұсынамыз.", to: [{ displayName: "Менеджер", emailAddress: `sales@${domain}` }] });
    const held = await send(gift("servisplus.kz"), { displayLanguage: "kk-KZ", roaming });
    expect(held.allowEvent).toBe(false);
    expect(held.errorMessage).toMatch(/4\.1\.3/u);
    // astvideo.kz is only in config/suppliers.json (development data): not a supplier once the register is known.
    expect(await send(gift("astvideo.kz"), { displayLanguage: "kk-KZ", roaming })).toEqual({ allowEvent: true });
  });

  test("when Outlook fails to give the body, or throws, the mail goes through and completed is still called", async () => {
    expect(await send({ subject: "x", body: "", to: [], failBody: true })).toEqual({ allowEvent: true });
    expect(await send({ subject: "x", body: "", to: [], throwOnSubject: true })).toEqual({ allowEvent: true });
  });
});
