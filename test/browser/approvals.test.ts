/**
 * Approvals end to end in Debian Chromium, against the dev server's Graph emulator, with the
 * pages' Content-Security-Policy enforced: a lawyer sends a draft from the standalone Word pane
 * and heads approve it in the Outlook pane; switching user in the emulator's bar without a
 * reload switches the Graph session; a decision is reported as recorded only when the register
 * holds it; recusal asks for the declared conflict of interest; the approval card shows the
 * draft, every finding grouped in the UI language (and, when the register had to trim a long
 * summary, how many were left out), the legal expertise and the decisions so far;
 * a rejection closes the other steps the same way for everyone; dates follow the UI language;
 * the IndexedDB outbox stores a user action whole and lets one tab deliver at a time; the
 * Outlook report receipt speaks words, not ids.
 * Screenshots go to test-output/screenshots (docs/approval-card.png is copied from
 * outlook-approval-card.png there).
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { EmulatorAuth } from "../../src/emulator/emulator-auth";
import { emulatorConfig } from "../../src/emulator/emulator-config";
import { httpsFetch } from "../../src/emulator/https-fetch";
import { demoUpn } from "../../src/emulator/seed";
import { Approvals } from "../../src/graph/approvals";
import { MemoryOutboxStore } from "../../src/graph/outbox/types";
import { createSession } from "../../src/graph/session";
import type { FindingSummary } from "../../src/graph/workflow/model";
import { ensureDevCert } from "../../src/server/dev-cert";
import { browserModules } from "../helpers/browser-modules";
import { SUMMARY as RU_SUMMARY } from "../helpers/graph-world";
import { ROOT, SCREENSHOTS, startSession, type Session } from "../helpers/browser";

let session: Session;
const errors: Error[] = [];
const cspViolations: string[] = [];

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** Waits until `count()` reaches `n` (the outbox delivers in the background). */
async function until(count: () => number, n: number, timeoutMs = 15000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (count() !== n) {
    if (Date.now() > end) throw new Error(`expected ${n}, still ${count()} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function pane(url: string, upn: string): Promise<Page> {
  const page = await session.newPage();
  page.on("pageerror", (e) => errors.push(e));
  page.on("console", (m) => {
    if (/Content Security Policy/u.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(url);
  await page.locator("#adal-dev-user").selectOption(upn);
  return page;
}

/** The Outlook pane on its Approvals tab, in `lang`, signed in as `upn`. */
async function approvalsPane(upn: string, lang: "en" | "ru" | "kk" = "en"): Promise<Page> {
  const page = await pane(`${session.url}/outlook.html`, upn);
  await page.locator("main select").selectOption(lang);
  await page.getByRole("tab", { name: { en: "Approvals", ru: "Согласования", kk: "Келісу" }[lang] }).click();
  return page;
}

/** A lawyer working from Node against the same emulator (the register is shared), to set up reviews quickly. */
async function nodeLawyer(who = "lawyer") {
  const cert = await ensureDevCert(path.join(ROOT, ".certs"));
  const auth = new EmulatorAuth(session.graph).as(demoUpn(who));
  const s = createSession({ config: emulatorConfig(`${session.url}/graph/`), auth, store: new MemoryOutboxStore(), fetch: httpsFetch(cert.cert) });
  return { session: s, approvals: new Approvals(s) };
}

/** The helper's findings, with the draft's words in Kazakh: the card words them in the approver's language. */
const SUMMARY: FindingSummary = { ...RU_SUMMARY, findings: RU_SUMMARY.findings.map((f, i) => ({ ...f, lang: "kk", excerpt: ["құқылы", "өзге де құжаттар", "қажет болған жағдайда"][i] ?? f.excerpt })) };

async function routed(title: string, units: string[], extra: { documentUrl?: string; summary?: FindingSummary } = {}): Promise<string> {
  const lawyer = await nodeLawyer();
  const { key } = await lawyer.approvals.submit({ title, documentTitle: `${title}.docx`, documentUrl: extra.documentUrl ?? "https://adal.test/sites/adal/Drafts/draft.docx", sha256: "ab".repeat(32), summary: extra.summary ?? SUMMARY, units, money: false, appUrl: `${session.url}/outlook.html` });
  await lawyer.session.outbox.kick();
  return key;
}

const decisionsOn = (key: string) => session.graph.store.findList("Adal Decisions")!.items.filter((i) => i.fields.ReviewKey === key);
const who = (userId: string) => session.graph.store.users.get(userId)?.userPrincipalName;

describe("approvals in the panes", () => {
  test("send for approval in Word, approve as a head in Outlook, the author's timeline updates", async () => {
    const word = await pane(`${session.url}/taskpane.html`, demoUpn("lawyer"));
    await word.getByRole("button", { name: "Sample draft (Kazakh)" }).click();
    await word.locator("[data-testid=document] p").first().waitFor();
    await word.getByRole("button", { name: "Check draft" }).click();
    await word.locator("article[data-rule]").first().waitFor();
    const checked = await word.locator("article[data-rule]").count();
    // The sample draft has more findings than the five the card used to show.
    expect(checked).toBeGreaterThan(5);
    await word.getByRole("button", { name: "Send for approval" }).click();
    const dialog = word.getByRole("dialog");
    // The units the engine found are preselected; the lawyer adds IT and the link to the draft.
    await dialog.getByRole("checkbox", { checked: true }).first().waitFor();
    await dialog.getByRole("textbox", { name: /Title of the draft/u }).fill("Сатып алу ережесі (e2e)");
    const link = dialog.getByRole("textbox", { name: /Link to the draft/u });
    await link.fill("javascript:alert(1)");
    await dialog.getByRole("checkbox", { name: "IT department" }).check();
    await dialog.getByRole("button", { name: "Send", exact: true }).click();
    await dialog.getByText("The link must be an https:// address.").waitFor();
    await link.fill("https://adal.test/sites/adal/Drafts/satyp-alu.docx");
    await dialog.getByRole("button", { name: "Send", exact: true }).click();
    await word.getByText(/^Sent for approval to: /u).waitFor();

    // The outbox delivers in the background; the register then holds the review.
    const reviews = session.graph.store.findList("Adal Reviews")!;
    await until(() => reviews.items.filter((i) => i.fields.Title === "Сатып алу ережесі (e2e)").length, 1);
    const review = reviews.items.find((i) => i.fields.Title === "Сатып алу ережесі (e2e)")!;
    const key = String(review.fields.ClientRequestId);
    expect(review.fields.DocumentUrl).toBe("https://adal.test/sites/adal/Drafts/satyp-alu.docx");
    const assignments = JSON.parse(String(review.fields.Assignments)) as { unit: string; approver: { upn: string; displayName: string } }[];
    expect(assignments.map((a) => a.unit)).toEqual(expect.arrayContaining(["legal", "it"]));
    const it = assignments.find((a) => a.unit === "it")!;

    const outlook = await approvalsPane(it.approver.upn);
    const card = outlook.locator(`article[data-review="${key}"]`);
    await card.waitFor({ timeout: 15000 });
    // Every finding of the check reaches the approver, none left out.
    expect(await card.locator("[data-findings] li[data-rule]").count()).toBe(checked);
    await card.locator("[data-findings]").getByText(new RegExp(`^${checked} risks found: `, "u")).waitFor();
    expect(await card.getByText(/not listed here/u).count()).toBe(0);
    await card.getByRole("button", { name: "Reject" }).click();
    await card.getByText("Write why you reject the draft.").waitFor();
    await card.getByRole("button", { name: "Approve" }).click();
    await outlook.getByText("The register holds your decision; the author will be told.").waitFor({ timeout: 15000 });
    await outlook.screenshot({ path: path.join(SCREENSHOTS, "outlook-approvals.png"), fullPage: true });
    expect(decisionsOn(key)).toHaveLength(1);

    await word.getByRole("tab", { name: "Approvals" }).click();
    await word.getByRole("tab", { name: /^Submitted/u }).click();
    const mine = word.locator(`article[data-review="${key}"]`);
    await mine.waitFor({ timeout: 15000 });
    await mine.locator('[data-step="it"]').getByText(`${it.approver.displayName} approved`).waitFor();
    expect(await mine.locator('[data-step="it"] [data-state]').first().getAttribute("data-state")).toBe("approved");
    await word.screenshot({ path: path.join(SCREENSHOTS, "word-approvals-timeline.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 90000);

  test("switching user in the bar without reloading switches the Graph session: both decisions land exactly once", async () => {
    const key = await routed("Кадрлар ережесі (switch)", ["hr", "it"]);
    const page = await approvalsPane(demoUpn("hr.head"));
    const card = page.locator(`article[data-review="${key}"]`);
    await card.waitFor({ timeout: 15000 });
    await card.getByRole("button", { name: "Approve" }).click();
    await page.getByText("The register holds your decision; the author will be told.").waitFor({ timeout: 15000 });

    // Same page, no reload: the IT head takes the chair.
    await page.locator("#adal-dev-user").selectOption(demoUpn("it.head"));
    await page.getByText(`Signed in as ${session.graph.store.findUser(demoUpn("it.head"))!.displayName}`).waitFor();
    const itCard = page.locator(`article[data-review="${key}"]`);
    await itCard.waitFor({ timeout: 15000 });
    // The card is the IT step's, not the HR head's.
    await itCard.getByText(/^From .+ · IT department \(head of unit/u).waitFor();
    await itCard.getByRole("button", { name: "Approve" }).click();
    await page.getByText("The register holds your decision; the author will be told.").waitFor({ timeout: 15000 });

    const decisions = decisionsOn(key);
    expect(decisions.map((d) => [d.fields.AssignmentId, who(d.createdBy)]).sort()).toEqual([
      ["hr", demoUpn("hr.head")],
      ["it", demoUpn("it.head")],
    ]);
    // And back: the HR head has nothing left on this draft.
    await page.locator("#adal-dev-user").selectOption(demoUpn("hr.head"));
    await page.getByText(`Signed in as ${session.graph.store.findUser(demoUpn("hr.head"))!.displayName}`).waitFor();
    await page.getByRole("tab", { name: /^To decide/u }).waitFor();
    await page.getByText("Refresh").waitFor();
    await expect(page.locator(`article[data-review="${key}"]`).waitFor({ timeout: 3000 })).rejects.toThrow();
    const lawyer = await nodeLawyer();
    const status = (await lawyer.approvals.load()).submitted.find((s) => s.review.key === key)!;
    expect(status.steps.filter((s) => s.state === "approved").map((s) => s.assignment.unit).sort()).toEqual(["hr", "it"]);
    expect(status.ignored).toEqual([]);
    expect(errors).toEqual([]);
  }, 90000);

  test("a decision is reported as recorded only when the register holds it", async () => {
    const key = await routed("Ережe (offline decision)", ["operations"]);
    const page = await approvalsPane(demoUpn("operations.head"));
    const card = page.locator(`article[data-review="${key}"]`);
    await card.waitFor({ timeout: 15000 });
    // Microsoft 365 does not answer: the decision waits in the outbox, and the pane says exactly that.
    session.graph.faults.set({ rate: 1, kinds: ["unavailable"], retryAfterSeconds: 1, seed: 3 });
    try {
      await card.getByRole("button", { name: "Approve" }).click();
      // The pane waited for the register, found the decision still in the outbox, and says so.
      await page.locator('[data-notice="warning"]').getByText(/saved on this computer and will be sent once.*It is not in the register yet\./u).waitFor({ timeout: 20000 });
      expect(await page.getByText("The register holds your decision; the author will be told.").count()).toBe(0);
      expect(decisionsOn(key)).toHaveLength(0);
    } finally {
      session.graph.faults.set({ rate: 0 });
    }
    // When it answers again the decision arrives once, and the card is gone after the reload.
    await until(() => decisionsOn(key).length, 1, 30000);
    await expect(card.waitFor({ state: "detached", timeout: 20000 })).resolves.toBeUndefined();
  }, 90000);

  test("recusal asks for the conflict of interest, records it (P5.1) and passes the step to the manager", async () => {
    const key = await routed("Ереже (recusal)", ["procurement"]);
    const page = await approvalsPane(demoUpn("procurement.head"));
    const card = page.locator(`article[data-review="${key}"]`);
    await card.waitFor({ timeout: 15000 });
    await card.getByRole("button", { name: /^Recuse: conflict of interest/u }).click();
    const dialog = page.getByRole("dialog", { name: "Declare a conflict of interest (P5.1)" });
    await dialog.waitFor();
    // One click records nothing: the dialog asks, and a reason is required.
    expect(decisionsOn(key)).toHaveLength(0);
    await dialog.getByRole("button", { name: "Declare and recuse" }).click();
    await dialog.getByText("State the conflict of interest.").waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(decisionsOn(key)).toHaveLength(0);
    await card.getByRole("button", { name: /^Recuse: conflict of interest/u }).click();
    await dialog.getByRole("textbox").fill("Жеткізуші — менің ағам");
    await dialog.getByRole("button", { name: "Declare and recuse" }).click();
    await page.getByText("The register holds your decision; the author will be told.").waitFor({ timeout: 15000 });
    const [d] = decisionsOn(key);
    expect(d?.fields).toMatchObject({ Decision: "Recused", ConflictOfInterest: true, Comment: "Жеткізуші — менің ағам", EscalateToUpn: demoUpn("deputy") });
    const deputy = await approvalsPane(demoUpn("deputy"));
    await deputy.locator(`article[data-review="${key}"]`).waitFor({ timeout: 15000 });
  }, 90000);

  test("the approval card: the draft, all findings grouped and in the UI language without repeated quotes, the legal expertise, the decisions so far", async () => {
    const key = await routed("Ереже (card)", ["hr"]);
    // The legal head approves first, so the HR head sees the expertise's conclusion.
    const legal = await approvalsPane(demoUpn("legal.head"));
    const legalCard = legal.locator(`article[data-review="${key}"]`);
    await legalCard.waitFor({ timeout: 15000 });
    await legalCard.getByRole("textbox").fill("Сараптама: тәуекелдер түзетілді.");
    await legalCard.getByRole("button", { name: "Approve" }).click();
    await legal.getByText("The register holds your decision; the author will be told.").waitFor({ timeout: 15000 });

    const page = await approvalsPane(demoUpn("hr.head"), "ru");
    const card = page.locator(`article[data-review="${key}"]`);
    await card.waitFor({ timeout: 15000 });
    expect(await card.locator("[data-draft-link]").getAttribute("href")).toBe("https://adal.test/sites/adal/Drafts/draft.docx");
    const findings = card.locator("[data-findings]");
    // Grouped under the Annex 1 part 3 bullets, as in the Word pane, with the UI's words.
    await findings.getByRole("heading", { name: /^A1\.3\.1 .+ \(1\)$/u }).waitFor();
    await findings.getByRole("heading", { name: /^A1\.3\.6 Коррупционные факторы \(2\)$/u }).waitFor();
    await findings.getByText("Формула «вправе»").waitFor();
    const first = findings.locator('li[data-rule="discretion/no-may-formula"]');
    const text = (await first.textContent()) ?? "";
    // Russian message around the Kazakh words of the draft, quoted once.
    expect(text).toContain("«құқылы»: полномочие сформулировано как право");
    expect(text.split("құқылы")).toHaveLength(2);
    expect(text).toContain("2.4.");
    expect(await findings.locator("li[data-rule]").count()).toBe(3);
    await card.locator("[data-legal]").getByText(/^Согласовано: Дәурен Ахметов, /u).waitFor();
    await card.locator("[data-legal]").getByText("Сараптама: тәуекелдер түзетілді.").waitFor();
    await card.getByText("Решения на данный момент").click();
    await card.locator('[data-decisions] [data-step="legal"]').getByText(/^Дәурен Ахметов: согласовано · /u).waitFor();
    // Dates in the UI language's format only: no ISO dates anywhere on the card.
    expect((await card.textContent()) ?? "").not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    await card.getByText(/Срок \d{1,2} [а-я]+\.? \d{4}/u).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "outlook-approval-card.png"), fullPage: true });
  }, 90000);

  test("the approval card lists every finding the register holds, and counts those a long summary had to leave out", async () => {
    // 400 findings with 200-character quotes: more than SharePoint's column holds, so the
    // stored summary keeps what fits and counts the rest (README, "Security").
    const findings = Array.from({ length: 400 }, (_, i) => ({ ...SUMMARY.findings[i % 3]!, paragraph: i, excerpt: `${SUMMARY.findings[i % 3]!.excerpt} ${"қажет болған жағдайда ".repeat(12)}`.slice(0, 200) }));
    const big: FindingSummary = { total: 400, high: findings.filter((f) => f.severity === "high").length, medium: findings.filter((f) => f.severity === "medium").length, low: 0, findings, omitted: 0 };
    const key = await routed("Ереже (long summary)", ["hr"], { summary: big });
    const reviews = session.graph.store.findList("Adal Reviews")!;
    await until(() => reviews.items.filter((i) => i.fields.ClientRequestId === key).length, 1);
    const stored = JSON.parse(String(reviews.items.find((i) => i.fields.ClientRequestId === key)!.fields.Summary)) as FindingSummary;
    expect(stored.findings.length).toBeGreaterThan(5);
    expect(stored.omitted).toBeGreaterThan(0);
    expect(stored.findings.length + stored.omitted).toBe(400);

    const page = await approvalsPane(demoUpn("hr.head"), "ru");
    const card = page.locator(`article[data-review="${key}"]`);
    await card.waitFor({ timeout: 15000 });
    const list = card.locator("[data-findings]");
    await list.getByText(/^Найдено рисков: 400 /u).click();
    expect(await list.locator("li[data-rule]").count()).toBe(stored.findings.length);
    const headings = await list.getByRole("heading").allTextContents();
    expect(headings.map((h) => Number(/\((\d+)\)$/u.exec(h)?.[1])).reduce((a, b) => a + b, 0)).toBe(stored.findings.length);
    await list.getByText(`Ещё ${stored.omitted} замечаний не показано: откройте проект, чтобы увидеть их.`).waitFor();
  }, 90000);

  test("a link that is not https is never put on the card", async () => {
    const lawyer = await nodeLawyer();
    const me = await lawyer.session.directory.me();
    // Written straight into the register by the author, past the pane's own check.
    const item = await lawyer.session.lists.create("reviews", { Title: "Ереже (javascript link)", AuthorUpn: me.upn, DocumentUrl: "javascript:alert(document.domain)", Summary: JSON.stringify(SUMMARY), Assignments: JSON.stringify([{ id: "it", unit: "it", role: "head" }]), ClientRequestId: "js-link-review" });
    expect(item.id).toBeTruthy();
    const page = await approvalsPane(demoUpn("it.head"));
    const card = page.locator('article[data-review="js-link-review"]');
    await card.waitFor({ timeout: 15000 });
    expect(await card.locator("a[href^='javascript:' i]").count()).toBe(0);
    await card.getByText("The author gave no link to the draft.").waitFor();
  }, 60000);

  test("a rejection closes the other open steps for everyone, and the timeline says so", async () => {
    const key = await routed("Ереже (rejection)", ["hr", "it"]);
    const page = await approvalsPane(demoUpn("legal.head"));
    const card = page.locator(`article[data-review="${key}"]`);
    await card.waitFor({ timeout: 15000 });
    await card.getByRole("textbox").fill("Ашық құжаттар тізімі (A1.3.3)");
    await card.getByRole("button", { name: "Reject" }).click();
    await page.getByText("The register holds your decision; the author will be told.").waitFor({ timeout: 15000 });

    const hr = await approvalsPane(demoUpn("hr.head"));
    await hr.getByRole("tab", { name: /^To decide/u }).waitFor();
    await expect(hr.locator(`article[data-review="${key}"]`).waitFor({ timeout: 3000 })).rejects.toThrow();

    const word = await pane(`${session.url}/taskpane.html`, demoUpn("lawyer"));
    await word.getByRole("tab", { name: "Approvals" }).click();
    await word.getByRole("tab", { name: /^Submitted/u }).click();
    const mine = word.locator(`article[data-review="${key}"]`);
    await mine.waitFor({ timeout: 15000 });
    for (const unit of ["hr", "it"]) {
      const step = mine.locator(`[data-step="${unit}"]`);
      expect(await step.locator("[data-state]").first().getAttribute("data-state")).toBe("closed");
      await step.getByText("Not asked any more: Дәурен Ахметов rejected the draft.").waitFor();
      expect(await step.getByText(/Waiting for/u).count()).toBe(0);
    }
  }, 90000);

  test("the pages run under their Content-Security-Policy: only office.js's telemetry frame is refused", () => {
    // Outside Office, office.js frames Microsoft's telemetry service; the policy keeps it out (README, "Security").
    const telemetry = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates/u;
    expect(cspViolations.filter((v) => !telemetry.test(v))).toEqual([]);
  });
});

describe("the outbox in IndexedDB", () => {
  const files = ["src/graph/outbox/idb-store.ts", "src/graph/outbox/types.ts", "src/graph/outbox/outbox.ts", "src/graph/errors.ts", "src/graph/reads.ts"];
  const script = () => browserModules(ROOT, files, ["src/graph/outbox/idb-store.ts", "src/graph/outbox/outbox.ts"], "adalOutbox");

  async function withModules(): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`${session.url}/index.html`);
    // Evaluated through DevTools: the page's policy (rightly) refuses an injected inline script.
    await page.evaluate(script());
    return page;
  }

  test("a user action's entries are stored in one transaction: a failure on the second leaves none", async () => {
    const page = await withModules();
    const stored = await page.evaluate(async () => {
      const m = (window as unknown as { adalOutbox: Record<string, new (...a: unknown[]) => Record<string, (...a: unknown[]) => Promise<unknown>>> }).adalOutbox;
      await new Promise<void>((r) => {
        const req = indexedDB.deleteDatabase("adal-outbox");
        req.onsuccess = req.onerror = req.onblocked = () => r();
      });
      const store = new m.IdbOutboxStore!();
      const outbox = new m.Outbox!({ store, execute: async () => undefined, currentUser: () => null, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined } });
      const label = { what: "review", title: "t" };
      let error = "";
      try {
        // The second entry cannot be stored (a function cannot be cloned into IndexedDB).
        await outbox.enqueue!("u@adal.test", [
          { label, op: { kind: "create-item", list: "reviews", fields: { Title: "review" } } },
          { label, op: { kind: "send-mail", mail: { to: ["x@adal.test"], subject: "s", html: "", bad: () => 1 } } },
        ]);
      } catch (e) {
        error = (e as Error).name;
      }
      return { error, entries: ((await store.all!()) as unknown[]).length };
    });
    expect(stored).toEqual({ error: "DataCloneError", entries: 0 });
  });

  test("two tabs: one holds the delivery lease, the other gets it once released or expired", async () => {
    const [a, b] = [await withModules(), await withModules()];
    const take = (p: Page, owner: string, ttl: number, now: number) =>
      p.evaluate(async ([o, t, n]) => {
        const m = (window as unknown as { adalOutbox: { IdbOutboxStore: new () => { lease(o: string, t: number, n: number): Promise<boolean>; release(o: string): Promise<void> } } }).adalOutbox;
        return new m.IdbOutboxStore().lease(o as string, t as number, n as number);
      }, [owner, ttl, now] as const);
    const now = Date.now();
    const [ra, rb] = await Promise.all([take(a, "tab-a", 60000, now), take(b, "tab-b", 60000, now)]);
    expect([ra, rb].filter(Boolean)).toHaveLength(1);
    const [holder, other, otherName] = ra ? [a, b, "tab-b"] : [b, a, "tab-a"];
    expect(await take(other, otherName, 60000, now + 1000)).toBe(false);
    // Expired: the other tab may take it.
    expect(await take(other, otherName, 60000, now + 61000)).toBe(true);
    expect(await take(holder, ra ? "tab-a" : "tab-b", 60000, now + 62000)).toBe(false);
    // Released, it is free at once; the panes of the other tests deliver again.
    await other.evaluate(async (o) => {
      const m = (window as unknown as { adalOutbox: { IdbOutboxStore: new () => { release(o: string): Promise<void> } } }).adalOutbox;
      await new m.IdbOutboxStore().release(o);
    }, otherName);
    expect(await take(holder, ra ? "tab-a" : "tab-b", 1, now + 62000)).toBe(true);
    await holder.evaluate(async (o) => {
      const m = (window as unknown as { adalOutbox: { IdbOutboxStore: new () => { release(o: string): Promise<void> } } }).adalOutbox;
      await new m.IdbOutboxStore().release(o);
    }, ra ? "tab-a" : "tab-b");
  });
});

describe("the report receipt in the Outlook pane", () => {
  test("signed out, the error reads as one sentence; a report is confirmed in words and the mail is known as reported", async () => {
    const page = await session.newPage();
    page.on("pageerror", (e) => errors.push(e));
    await page.goto(`${session.url}/outlook.html`);
    await page.locator("main select").selectOption("en");
    await page.locator('[data-mail-id="kk-supplier-gift"]').click();
    await page.locator("#adal-verdict").waitFor();
    await page.getByRole("button", { name: "Report", exact: true }).click();
    await page.getByRole("button", { name: "Send report" }).click();
    const failed = page.getByText(/^The report could not be saved: /u);
    await failed.waitFor();
    const text = (await failed.textContent()) ?? "";
    expect(text).not.toMatch(/\.\./u);
    expect(text).toContain("(Graph emulator). Your note is kept");
    await page.getByRole("button", { name: "Cancel" }).click();

    await page.locator("#adal-dev-user").selectOption(demoUpn("buyer"));
    await page.getByRole("button", { name: "Report", exact: true }).click();
    await page.getByRole("button", { name: "Send report" }).click();
    const receipt = page.locator('[data-receipt="sent"]');
    await receipt.waitFor({ timeout: 15000 }).catch(async (e) => {
      throw new Error(`${(e as Error).message}\n${await page.locator("main").innerText()}`);
    });
    expect((await receipt.textContent()) ?? "").toMatch(/^Your report on “.+” was sent to the head of the security unit \(Бауыржан Тоқтаров\) on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}\.$/u);
    expect((await receipt.textContent()) ?? "").not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/u);
    // Another mail and back: this one was already reported, and the pane says so.
    await page.locator('[data-mail-id="ru-envelope"]').click();
    await page.locator("#adal-verdict").waitFor();
    await page.locator('[data-mail-id="kk-supplier-gift"]').click();
    await page.locator('[data-receipt="earlier"]').getByText(/^You already reported this mail to the head of the security unit on /u).waitFor({ timeout: 15000 });
    expect(errors).toEqual([]);
  }, 60000);
});
