/**
 * The Word task pane in its standalone mode, in real (Debian) Chromium: open the Kazakh sample
 * draft, check it, jump to a finding, dismiss one and see it stay gone after a re-check,
 * switch the language, export the expertise conclusion and read the .docx back, apply a
 * suggestion next to another finding, clear highlights, and check accessibility with axe-core.
 * Counters, provision numbers and the refusals without a document are issue #14 items 5-8 and 14.
 * Screenshots go to test-output/screenshots (docs/word-pane.png is copied from there).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { readDocx } from "../../src/documents/read-docx";
import { structuredDocx } from "../helpers/docx-fixtures";
import { createEngine } from "../../src/engine";
import { WORKER_THRESHOLD_CHARS } from "../../src/ui/analysis/analyzer";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { ROOT, SCREENSHOTS, startSession, type Session } from "../helpers/browser";

jest.setTimeout(120_000);

let session: Session;
let page: Page;
/** Every request the pane made that the server could not answer (a favicon 404 was one). */
const failed: string[] = [];

beforeAll(async () => {
  session = await startSession();
  page = await session.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${session.url}/taskpane.html`);
});

afterAll(async () => {
  await session?.close();
});

const AXE = readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * axe-core over the whole page. Fluent v9's Tabster inserts focus sentinels
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`) that are focusable with aria-hidden on
 * purpose; axe's aria-hidden-focus reports them. Like Accessibility Insights, we drop only those
 * nodes of only that rule (microsoft/tabster#288); every other node and rule still counts.
 */
async function axeViolations(p: Page): Promise<Array<{ id: string; impact: string; nodes: string[]; help: string }>> {
  await p.evaluate(AXE); // an inline script tag would be refused by the pages' Content-Security-Policy
  const found = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }>; help: string }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html), help: v.help }));
  });
  return found
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((html) => !/^<i [^>]*data-tabster-dummy/u.test(html)) } : v))
    .filter((v) => v.nodes.length > 0);
}

function seriousOrCritical(v: Array<{ impact: string }>) {
  return v.filter((x) => x.impact === "serious" || x.impact === "critical");
}

async function setLanguage(value: "kk" | "ru" | "en") {
  await page.locator("main select").first().selectOption(value);
}

describe("Word task pane, standalone mode, in Chromium", () => {
  test("starts outside Office in standalone mode with nothing open, and passes axe", async () => {
    await setLanguage("en");
    await page.getByRole("button", { name: "Check draft" }).waitFor();
    await page.getByText("No document is open.").waitFor();
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    // Every file the page asked of the server exists.
    expect(failed.filter((f) => f.includes(session.url))).toEqual([]);
  });

  test("the standalone note and 'No document is open.' are two lines, not one run-together sentence", async () => {
    const note = await page.getByText(/^Standalone mode: the document is opened in this browser/u).boundingBox();
    const none = await page.getByText("No document is open.", { exact: true }).boundingBox();
    expect(note && none).toBeTruthy();
    expect(none!.y).toBeGreaterThanOrEqual(note!.y + note!.height);
    expect(await page.getByText("No document is open.", { exact: true }).evaluate((el) => getComputedStyle(el).display)).toBe("block");
  });

  test("with no document open, Check draft and Export conclusion are refused with a clear message", async () => {
    await page.getByRole("button", { name: "Check draft" }).click();
    await page.getByText("No document is open: open a .docx, paste text or choose a sample draft first.").waitFor();
    expect(await page.locator("article[data-rule]").count()).toBe(0);
    await page.getByRole("button", { name: "Export conclusion" }).click();
    await page.getByText("There is nothing to conclude yet: check a draft that has text first.").waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
  });

  test("the Kazakh sample draft is checked and its planted risks are found", async () => {
    await page.getByRole("button", { name: "Sample draft (Kazakh)" }).click();
    await page.locator("[data-testid=document] p").first().waitFor();
    await page.getByRole("button", { name: "Check draft" }).click();
    await page.locator("article[data-rule]").first().waitFor();
    const rules = await page.locator("article[data-rule]").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect(rules).toHaveLength(15);
    expect(rules).toEqual(expect.arrayContaining(["discretion/no-may-formula", "procurement/no-single-source", "procurement/no-named-party", "references/no-blanket-reference", "vagueness/no-evaluative-deadline"]));
    expect(await page.locator("mark.adal-mark").count()).toBe(15);
    // A first check says what it found and highlighted; "analysed again" is for re-checks.
    await page.getByText("15 findings in 31 paragraphs · 15 highlighted in the document.", { exact: true }).waitFor();
    await page.getByRole("heading", { name: /A1\.3\.6 Corruption factors \(\d+\)/u }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "word-pane-standalone-kk.png"), fullPage: false });
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
  });

  test("clicking a finding selects and highlights its words in the document", async () => {
    const card = page.locator('article[data-rule="procurement/no-single-source"]');
    // The provision's own number, as the lawyer cites it, not the paragraph's position.
    await card.getByText("Item 3.2", { exact: true }).waitFor();
    expect(await card.getByText(/^Paragraph \d+/u).count()).toBe(0);
    await card.getByRole("button", { name: /^Show in document: / }).click();
    const selected = page.locator("mark.adal-selected");
    await selected.waitFor();
    expect(await selected.textContent()).toBe("бір көзден");
    expect(await selected.getAttribute("aria-current")).toBe("true");
    await page.screenshot({ path: path.join(SCREENSHOTS, "word-pane-selected.png") });
    await page.screenshot({ path: path.join(SCREENSHOTS, "word-pane.png") });
  });

  test("a dismissed finding needs a reason, disappears, and stays gone after a re-check and a re-open", async () => {
    const card = page.locator('article[data-rule="discretion/no-unlisted-exception"]');
    await card.getByRole("button", { name: "Dismiss" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Dismiss" }).click();
    await dialog.getByText("Write why this wording is acceptable.").waitFor();
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await dialog.getByRole("textbox").fill("Исключительные случаи перечислены в п. 7 Правил закупок.");
    await dialog.getByRole("button", { name: "Dismiss" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.locator('article[data-rule="discretion/no-unlisted-exception"]').count()).toBe(0);
    // The counts follow the dismissal at once, before any re-check.
    await page.getByText("14 findings in 31 paragraphs · 14 highlighted in the document.", { exact: true }).waitFor();
    expect(await page.locator("mark.adal-mark").count()).toBe(14);

    await page.getByRole("button", { name: "Check again" }).click();
    await page.getByText("14 findings in 31 paragraphs · 0 analysed again · 14 highlighted in the document.", { exact: true }).waitFor();
    expect(await page.locator('article[data-rule="discretion/no-unlisted-exception"]').count()).toBe(0);
    expect(await page.locator("article[data-rule]").count()).toBe(14);
    await page.getByText("Dismissed (1)").click();
    await page.getByText(/Reason: Исключительные случаи перечислены/u).waitFor();

    // Re-open the same document: the dismissal was stored with it.
    await page.reload();
    await page.getByRole("button", { name: "Sample draft (Kazakh)" }).click();
    await page.locator("[data-testid=document] p").first().waitFor();
    await page.getByRole("button", { name: "Check draft" }).click();
    await page.getByText(/14 findings in 31 paragraphs/u).waitFor();
    expect(await page.locator('article[data-rule="discretion/no-unlisted-exception"]').count()).toBe(0);
  });

  test("switching the language changes the pane and the findings' texts", async () => {
    await setLanguage("kk");
    await page.getByRole("button", { name: "Қайта тексеру" }).waitFor();
    const card = page.locator('article[data-rule="references/no-blanket-reference"]');
    await card.getByText(/тәртіп белгіленген акт немесе тармақ аталмаған/u).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("kk");
    await setLanguage("ru");
    await page.getByRole("button", { name: "Проверить снова" }).waitFor();
    await card.getByText(/не назван акт или пункт/u).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "word-pane-ru.png") });
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
  });

  test("the expertise conclusion is exported as a .docx in the reviewer's language", async () => {
    await page.getByRole("button", { name: "Выгрузить заключение" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox").fill("А. Серікова");
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Сохранить .docx" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/u);
    const file = await download.path();
    const doc = readDocx(new Uint8Array(readFileSync(file as string)));
    const text = doc.paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain("Заключение антикоррупционной экспертизы");
    expect(text).toContain("А. Серікова");
    expect(text).toContain("Қызметтерді сатып алу және өнім берушілермен өзара іс-қимыл тәртібі туралы ЕРЕЖЕ (жоба)");
    expect(doc.paragraphs.filter((p) => p.part === "table").map((p) => p.text).join("\n")).toContain("«бір көзден»");
    expect(text).toMatch(/14 замечаний/u);
    expect(text).toContain("Отдел государственных закупок");
    expect(text).not.toContain("«Ерекше жағдайларда»");
    await page.getByText(/Заключение сохранено/u).waitFor();
  });

  test("a suggestion is applied in the document as a visible revision", async () => {
    const card = page.locator('article[data-rule="references/no-blanket-reference"]');
    await card.getByRole("button", { name: "Применить предложение" }).click();
    await page.locator("[data-testid=document] ins").first().waitFor();
    expect(await page.locator("[data-testid=document] ins").first().textContent()).toBe("[актінің атауы мен тармағында] белгіленген тәртіппен");
    expect(await page.locator("[data-testid=document] del").first().textContent()).toBe("белгіленген тәртіппен");
    await page.screenshot({ path: path.join(SCREENSHOTS, "word-pane-revision.png") });
  });

  test("applying one suggestion keeps the other finding in that provision highlighted and selectable; the applied one is gone", async () => {
    // Provision 2.4 has two findings, each with a suggestion.
    const para = page.locator("[data-testid=document] p").filter({ hasText: "өз қалауы бойынша" });
    expect(await para.locator("mark").allTextContents()).toEqual(["өз қалауы бойынша", "құқылы"]);
    const mayCards = page.locator('article[data-rule="discretion/no-may-formula"]');
    const before = await mayCards.count();
    const applied = mayCards.filter({ hasText: "«құқылы»" }).filter({ hasText: "п. 2.4" });
    await applied.getByRole("button", { name: "Применить предложение" }).click();
    await para.locator("ins").waitFor();
    expect(await para.locator("ins").textContent()).toBe("міндетті");
    expect(await para.locator("mark").allTextContents()).toEqual(["өз қалауы бойынша"]);
    expect(await mayCards.count()).toBe(before - 1);
    const other = page.locator('article[data-rule="discretion/no-open-discretion"]').filter({ hasText: "«өз қалауы бойынша»" });
    await other.getByRole("button", { name: /^Показать в документе: / }).click();
    await page.locator("mark.adal-selected", { hasText: "өз қалауы бойынша" }).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  test("Clear highlights empties the document's marks and the count; Check again brings them back", async () => {
    await page.getByRole("button", { name: "Снять выделение" }).click();
    await page.getByText("Выделение снято.").waitFor();
    await page.getByText(/Выделено в документе: 0\./u).waitFor();
    expect(await page.locator("mark.adal-mark").count()).toBe(0);
    await page.getByRole("button", { name: "Проверить снова" }).click();
    await page.getByText(/заново проанализировано: \d+ · Выделено в документе: \d+\./u).waitFor();
    expect(await page.locator("mark.adal-mark").count()).toBeGreaterThan(10);
  });

  test("header and footer paragraphs are labelled in the pane's language", async () => {
    await setLanguage("kk");
    await page.locator("[data-testid=file-input]").setInputFiles({ name: "structured.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(await structuredDocx()) });
    await page.getByText("[жоғарғы колонтитул]").waitFor();
    await page.getByText("[төменгі колонтитул]").waitFor();
    expect(await page.locator("[data-testid=document]").textContent()).not.toMatch(/\[(header|footer)\]/u);
    await page.getByRole("button", { name: "Жобаны тексеру" }).click();
    const footerCard = page.locator('article[data-rule="references/no-blanket-reference"]').filter({ hasText: "белгіленген тәртіппен" }).first();
    await footerCard.getByText(/\(төменгі колонтитул\)/u).waitFor();
    // A numbered provision of the body shows its list number.
    await page.locator('article[data-rule="discretion/no-may-formula"]').getByText("1.1-тармақ").waitFor();
  });

  test("pasted text is checked too, and an unreadable file gets a clear error", async () => {
    await setLanguage("en");
    await page.getByRole("button", { name: "Paste text" }).click();
    await page.getByRole("dialog").getByRole("textbox").fill("1. Комиссия вправе по своему усмотрению продлить срок.\n2. Работник уведомляет руководителя в течение 2 рабочих дней.");
    await page.getByRole("button", { name: "Use this text" }).click();
    await page.getByRole("button", { name: "Check draft" }).click();
    await page.getByText(/2 findings in 2 paragraphs/u).waitFor();
    await page.locator("[data-testid=file-input]").setInputFiles({ name: "broken.docx", mimeType: "application/octet-stream", buffer: Buffer.from("this is not a docx") });
    await page.getByText(/Could not open broken\.docx: not a valid \.docx/u).waitFor();
  });
  test("a large document is analysed in a Web Worker with a progress bar, with the same findings as the engine", async () => {
    await setLanguage("en");
    const lines = Array.from({ length: 1500 }, (_, i) =>
      i % 3 === 0
        ? `${i + 1}. Комиссия вправе по своему усмотрению продлить срок рассмотрения заявки № ${i}.`
        : i % 3 === 1
          ? `${i + 1}. Жұмыскер ${i} күн ішінде тікелей басшысына хабарлайды.`
          : `${i + 1}. Иные документы по запросу отдела закупок, пункт ${i}, представляются в установленном порядке.`,
    );
    const text = lines.join("\n");
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD_CHARS);
    const expected = createEngine(DEFAULT_RULEBOOK).analyze(lines).findings;

    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.getByRole("button", { name: "Paste text" }).click();
    await page.getByRole("dialog").getByRole("textbox").fill(text);
    await page.getByRole("button", { name: "Use this text" }).click();
    // Records whether a progress bar was ever shown, however short the check.
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector("[role=progressbar]")) w.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole("button", { name: "Check draft" }).click();
    await page.getByText(new RegExp(`^${expected.length} findings in ${lines.length} paragraphs`, "u")).waitFor({ timeout: 60_000 }).catch(async (e) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, "word-pane-large-failed.png") });
      throw e;
    });
    expect(workers.some((u) => /adal-analysis/u.test(u))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    expect(expected.length).toBeGreaterThan(1000);
  });
});
