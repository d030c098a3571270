/**
 * End to end in Debian Chromium, against the dev server's Graph emulator: a lawyer checks the
 * Kazakh sample in the standalone Word pane and sends it for approval; a unit head opens the
 * Outlook pane, finds it under Approvals and approves (a rejection without a reason is refused);
 * the lawyer's timeline shows the approval.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { demoUpn } from "../../src/emulator/seed";
import { SCREENSHOTS, startSession, type Session } from "../helpers/browser";

let session: Session;
const errors: Error[] = [];

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
  await page.goto(url);
  await page.locator("#adal-dev-user").selectOption(upn);
  return page;
}

test("send for approval in Word, approve as a head in Outlook, the author's timeline updates", async () => {
  const word = await pane(`${session.url}/taskpane.html`, demoUpn("lawyer"));
  await word.getByRole("button", { name: "Sample draft (Kazakh)" }).click();
  await word.locator("[data-testid=document] p").first().waitFor();
  await word.getByRole("button", { name: "Check draft" }).click();
  await word.locator("article[data-rule]").first().waitFor();
  await word.getByRole("button", { name: "Send for approval" }).click();
  const dialog = word.getByRole("dialog");
  // The units the engine found are preselected; the lawyer adds IT.
  await dialog.getByRole("checkbox", { checked: true }).first().waitFor();
  await dialog.getByRole("textbox", { name: /Title of the draft/u }).fill("Сатып алу ережесі (e2e)");
  await dialog.getByRole("checkbox", { name: "IT department" }).check();
  await dialog.getByRole("button", { name: "Send", exact: true }).click();
  await word.getByText(/^Sent for approval to: /u).waitFor();

  // The outbox delivers in the background; the register then holds the review.
  const reviews = session.graph.store.findList("Adal Reviews")!;
  await until(() => reviews.items.filter((i) => i.fields.Title === "Сатып алу ережесі (e2e)").length, 1);
  const review = reviews.items.find((i) => i.fields.Title === "Сатып алу ережесі (e2e)")!;
  const assignments = JSON.parse(String(review.fields.Assignments)) as { unit: string; approver: { upn: string; displayName: string } }[];
  expect(assignments.map((a) => a.unit)).toEqual(expect.arrayContaining(["legal", "it"]));
  const it = assignments.find((a) => a.unit === "it")!;

  const outlook = await pane(`${session.url}/outlook.html`, it.approver.upn);
  await outlook.locator("main select").selectOption("en");
  await outlook.getByRole("tab", { name: "Approvals" }).click();
  const card = outlook.locator(`article[data-review="${review.fields.ClientRequestId}"]`);
  await card.waitFor({ timeout: 15000 });
  await card.getByRole("button", { name: "Reject" }).click();
  await card.getByText("Write why you reject the draft.").waitFor();
  await card.getByRole("button", { name: "Approve" }).click();
  await outlook.getByText("Your decision is recorded and the author will be told.").waitFor();
  await outlook.screenshot({ path: path.join(SCREENSHOTS, "outlook-approvals.png"), fullPage: true });
  const decisions = session.graph.store.findList("Adal Decisions")!;
  await until(() => decisions.items.filter((i) => i.fields.ReviewKey === review.fields.ClientRequestId).length, 1);

  await word.getByRole("tab", { name: "Approvals" }).click();
  await word.getByRole("tab", { name: /^Submitted/u }).click();
  const mine = word.locator(`article[data-review="${review.fields.ClientRequestId}"]`);
  await mine.waitFor({ timeout: 15000 });
  await mine.locator('[data-step="it"]').getByText(`${it.approver.displayName} approved`).waitFor();
  expect(await mine.locator('[data-step="it"] [data-state]').first().getAttribute("data-state")).toBe("approved");
  await word.screenshot({ path: path.join(SCREENSHOTS, "word-approvals-timeline.png"), fullPage: true });
  expect(errors).toEqual([]);
}, 90000);
