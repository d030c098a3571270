/**
 * "Compare with the other language version" in the Word task pane (standalone mode), in real
 * (Debian) Chromium: open the Kazakh sample draft, pick its Russian version, see the
 * discrepancies with both wordings, find them highlighted in the document, jump to one, see the
 * alignment, get a clear error for a broken file, pass axe, and find the discrepancies in the
 * exported expertise conclusion.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { readDocx } from "../../src/documents/read-docx";
import type { Page } from "playwright-core";
import { ROOT, SCREENSHOTS, startSession, type Session } from "../helpers/browser";

jest.setTimeout(120_000);

let session: Session;
let page: Page;
const SAMPLES = path.join(ROOT, "assets", "samples");

beforeAll(async () => {
  session = await startSession();
  page = await session.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  await page.goto(`${session.url}/taskpane.html`);
  await page.locator("main select").first().selectOption("en");
});

afterAll(async () => {
  await session?.close();
});

const AXE = readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

describe("the pane compares the draft with its other language version", () => {
  test("pick the Russian version of the Kazakh sample: the planted discrepancies, both wordings, highlighted", async () => {
    await page.getByRole("button", { name: "Sample draft (Kazakh)" }).click();
    await page.locator("[data-testid=document] p").first().waitFor();
    await page.getByRole("button", { name: "Compare with the other language version" }).waitFor();
    await page.locator("[data-testid=compare-input]").setInputFiles(path.join(SAMPLES, "satyp-alu.ru.docx"));
    await page.locator("[data-testid=bilingual] [data-kind]").first().waitFor();
    const kinds = await page.locator("[data-testid=bilingual] [data-kind]").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")));
    expect(kinds).toEqual(["date", "unit", "modality", "factor", "structural-unit"]);
    // 29 items and the header and footer of each .docx ("ЖОБА" / "ПРОЕКТ").
    await page.getByText(/satyp-alu\.ru\.docx: 31 of 31 items of this version matched with 31 of 31 of the other\./u).waitFor();
    const first = page.locator("[data-testid=bilingual] [data-kind=date]");
    await first.getByText("«1 желтоқсанға»").waitFor();
    await first.getByText("«1 ноября»").waitFor();
    // Each discrepancy is highlighted in this document (the changed ban and the wording it leaves
    // uncertain are one span: item 5.1).
    expect(await page.locator("[data-testid=document] mark.adal-mark").count()).toBe(4);
    await page.locator("[data-testid=document] mark.adal-mark", { hasText: "1 желтоқсанға" }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "word-pane-bilingual.png"), fullPage: false });
  });

  test("the excerpt jumps to the words in the document; the alignment is there to check", async () => {
    await page.locator("[data-testid=bilingual] [data-kind=unit]").getByRole("button", { name: /Show in document: үш жұмыс күні/u }).click();
    await page.locator("[data-testid=document] mark[aria-current=true]", { hasText: "үш жұмыс күні" }).waitFor();
    await page.getByText(/How the items were matched \(31 rows\)/u).click();
    expect(await page.locator("[data-testid=bilingual] tr[data-row]").count()).toBe(31);
  });

  test("a broken file gives a clear error and nothing else changes", async () => {
    await page.locator("[data-testid=compare-input]").setInputFiles({ name: "broken.docx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip") });
    await page.getByText(/Could not compare with broken\.docx:/u).waitFor();
  });

  test("in Kazakh, and with no serious accessibility violations", async () => {
    await page.locator("main select").first().selectOption("kk");
    await page.getByRole("button", { name: "Екінші тілдегі нұсқамен салыстыру" }).waitFor();
    await page.locator("[data-testid=compare-input]").setInputFiles(path.join(SAMPLES, "satyp-alu.ru.docx"));
    await page.getByText("Тілдік нұсқалар арасындағы алшақтықтар").waitFor();
    await page.locator("[data-testid=bilingual] [data-kind=date]").getByText("күн (дата)").waitFor();
    await page.evaluate(AXE); // an inline script tag would be refused by the pages' Content-Security-Policy
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Element, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }> }> } }).axe;
      const r = await axe.run(document.querySelector("[data-testid=bilingual]") as Element, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("the exported conclusion has the section on the other language version", async () => {
    await page.locator("main select").first().selectOption("en");
    await page.getByRole("button", { name: "Check draft" }).click();
    await page.locator("article[data-rule]").first().waitFor();
    await page.getByRole("button", { name: "Export conclusion" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox").fill("A. Serikova");
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: /\.docx/u }).click()]);
    const text = readDocx(new Uint8Array(readFileSync((await download.path()) as string))).paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain("4. Discrepancies between the language versions");
    expect(text).toContain("Kazakh version: «1 желтоқсанға»");
    expect(text).toContain("Russian version: «1 ноября»");
    expect(text).toContain("5 discrepancies between the language versions");
  });
});
