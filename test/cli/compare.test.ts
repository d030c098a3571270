/**
 * `adal compare` and `adal scan --pair`: every format, the exit codes of `adal scan`, bad input,
 * Word files, pairing by name, and the conclusion's section on the other language version.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import { pairStem } from "../../src/cli/pair";
import { readDocx } from "../../src/documents/read-docx";
import { edit, KK, RU } from "../bilingual/fixtures";
import { captureIO } from "../helpers/cli-io";
import { paragraphsDocx } from "../helpers/docx-fixtures";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "adal-compare-"));
const TERM_RU = edit(RU, "1.2.", "1.2. Удостоверение выдается отделом кадров в течение 10 рабочих дней со дня подачи заявления.");

function pair(ru: readonly string[] = TERM_RU, kk: readonly string[] = KK): { dir: string; kk: string; ru: string } {
  const dir = tmp();
  const files = { dir, kk: path.join(dir, "pravila.kk.txt"), ru: path.join(dir, "pravila.ru.txt") };
  writeFileSync(files.kk, `${kk.join("\n\n")}\n`);
  writeFileSync(files.ru, `${ru.join("\n\n")}\n`);
  return files;
}

describe("adal compare", () => {
  test("text: both excerpts side by side, coverage, exit 1 on a high discrepancy", async () => {
    const f = pair();
    const io = captureIO();
    expect(await run(["compare", f.kk, f.ru, "--locale", "ru"], io)).toBe(1);
    const out = io.out();
    expect(out).toContain("Сравнение языковых версий");
    expect(out).toContain(`kk: ${f.kk} — 16 пунктов, сопоставлено 16`);
    expect(out).toContain("[высокий] срок или размер [A1.3.6]");
    expect(out).toMatch(/kk 5:\d+ +«5 жұмыс күні»/u);
    expect(out).toMatch(/ru 5:\d+ +«10 рабочих дней»/u);
    expect(out).toContain("Итого: 1 расхождение (высокий: 1, средний: 0, низкий: 0)");
  });

  test("text: a long excerpt (a whole missing item) is cut after a whole word, within 200 characters", async () => {
    const long = "2.8. Работник, утративший удостоверение, в течение трех рабочих дней письменно сообщает об этом в отдел кадров, указывает обстоятельства утраты, прилагает объяснительную записку и копию заявления в органы внутренних дел, после чего отдел кадров рассматривает вопрос о выдаче нового удостоверения.";
    const f = pair([...TERM_RU, long]);
    const io = captureIO();
    await run(["compare", f.kk, f.ru, "--locale", "ru"], io);
    // the side's own line, not the message that quotes it too
    const line = io.out().split("\n").find((l) => /^ +ru \d+:\d+ +«Работник, утративший/u.test(l));
    const quoted = /«(.+)»/u.exec(line ?? "")?.[1] ?? "";
    expect(quoted.length).toBeLessThanOrEqual(200);
    expect(quoted.endsWith("…")).toBe(true);
    // what is left before "…" ends where a word of the item ends
    const kept = quoted.slice(0, -1);
    const item = long.slice("2.8. ".length);
    expect(item.startsWith(kept)).toBe(true);
    expect(item.charAt(kept.length)).toMatch(/[\s,]/u);
  });

  test("a faithful pair exits 0; --fail-on none never fails; --fail-on medium catches medium", async () => {
    const same = pair(RU);
    expect(await run(["compare", same.kk, same.ru], captureIO())).toBe(0);
    const f = pair();
    expect(await run(["compare", f.kk, f.ru, "--fail-on", "none"], captureIO())).toBe(0);
    const medium = pair(edit(RU, "2.7.", "2.7. Решение об отказе в выдаче удостоверения принимает комиссия."));
    expect(await run(["compare", medium.kk, medium.ru], captureIO())).toBe(0);
    expect(await run(["compare", medium.kk, medium.ru, "--fail-on", "medium"], captureIO())).toBe(1);
  });

  test("json: the versions, the alignment row by row and the discrepancies with both sides", async () => {
    const f = pair();
    const io = captureIO();
    await run(["compare", f.kk, f.ru, "-f", "json"], io);
    const r = JSON.parse(io.out());
    expect(r.versions.map((v: { lang: string; items: number; aligned: number }) => [v.lang, v.items, v.aligned])).toEqual([["kk", 16, 16], ["ru", 16, 16]]);
    expect(r.alignment).toHaveLength(16);
    expect(r.alignment[2]).toEqual({ paragraphs: [[2], [2]], labels: ["1.2.", "1.2."], by: "number" });
    expect(r.discrepancies).toHaveLength(1);
    expect(r.discrepancies[0]).toMatchObject({ kind: "term", severity: "high", said: ["5 жұмыс күні", "10 рабочих дней"] });
    expect(r.summary).toEqual({ discrepancies: 1, high: 1, medium: 0, low: 0 });
  });

  test("sarif: a result on one version with the other as its related location", async () => {
    const f = pair();
    const io = captureIO();
    await run(["compare", f.kk, f.ru, "-f", "sarif"], io);
    const sarif = JSON.parse(io.out());
    expect(sarif.version).toBe("2.1.0");
    const run0 = sarif.runs[0];
    const [result] = run0.results;
    expect(result.ruleId).toBe("bilingual/term");
    expect(run0.tool.driver.rules[result.ruleIndex].id).toBe("bilingual/term");
    const uris = [result.locations[0], result.relatedLocations[0]].map((l: { physicalLocation: { artifactLocation: { uri: string }; region: { snippet: { text: string } } } }) => [path.basename(decodeURIComponent(l.physicalLocation.artifactLocation.uri)), l.physicalLocation.region.snippet.text]);
    expect(uris).toEqual([["pravila.kk.txt", "5 жұмыс күні"], ["pravila.ru.txt", "10 рабочих дней"]]);
    expect(result.properties).toMatchObject({ factor: "legal_linguistic_uncertainty", clauses: ["A1.3.6"] });
  });

  test("html: self-contained, escaped, the discrepancies and the alignment shown", async () => {
    const f = pair(edit(TERM_RU, "2.7.", "2.7. Решение <script>alert(1)</script> принимает директор."));
    const io = captureIO();
    await run(["compare", f.kk, f.ru, "-f", "html", "--locale", "en"], io);
    const html = io.out();
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("Alignment of the items");
    expect(html).toContain('class="differs"');
    expect(html).not.toMatch(/<(link|img|iframe)\b/u);
  });

  test("Word files are compared as their text files are", async () => {
    const dir = tmp();
    const kk = path.join(dir, "a.kk.docx");
    const ru = path.join(dir, "a.ru.docx");
    writeFileSync(kk, await paragraphsDocx(KK));
    writeFileSync(ru, await paragraphsDocx(TERM_RU));
    const io = captureIO();
    expect(await run(["compare", kk, ru, "-f", "json"], io)).toBe(1);
    expect(JSON.parse(io.out()).discrepancies.map((d: { kind: string }) => d.kind)).toEqual(["term"]);
  });

  test("bad input: a missing file, a broken .docx, one argument; each in the run's language, exit 2", async () => {
    const f = pair();
    let io = captureIO();
    expect(await run(["compare", f.kk, path.join(f.dir, "missing.ru.txt"), "--locale", "ru"], io)).toBe(2);
    expect(io.err()).toMatch(/missing\.ru\.txt: ошибка: /u);
    const broken = path.join(f.dir, "broken.docx");
    writeFileSync(broken, "not a zip");
    io = captureIO();
    expect(await run(["compare", f.kk, broken, "--locale", "kk"], io)).toBe(2);
    expect(io.err()).toMatch(/broken\.docx: қате: /u);
    io = captureIO();
    expect(await run(["compare", f.kk, "--locale", "ru"], io)).toBe(2);
    expect(io.err()).toMatch(/^adal compare: не указан обязательный аргумент second/u);
  });

  test("-o writes the report; the same language twice is warned about", async () => {
    const f = pair(RU, RU);
    const out = path.join(f.dir, "report.json");
    const io = captureIO();
    expect(await run(["compare", f.kk, f.ru, "-f", "json", "-o", out, "--locale", "en"], io)).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).versions[0].lang).toBe("ru");
    expect(io.err()).toContain("both files seem to be in the same language");
  });

  test("--conclusion: each version's conclusion has the section on the other version", async () => {
    const f = pair();
    const dir = path.join(f.dir, "out");
    const io = captureIO();
    await run(["compare", f.kk, f.ru, "--conclusion", dir, "--locale", "ru", "--reviewer", "А. Серікова"], io);
    const text = (name: string) => readDocx(new Uint8Array(readFileSync(path.join(dir, name)))).paragraphs.map((p) => p.text).join("\n");
    const ru = text("pravila.ru - заключение экспертизы.docx");
    expect(ru).toContain("4. Расхождения между языковыми версиями");
    expect(ru).toContain("сопоставлено 16 из 16 пунктов настоящей версии и 16 из 16 — другой.");
    expect(ru).toContain("Что расходится: срок или размер (высокая; A1.3.6)");
    expect(ru).toContain("Русская версия: «10 рабочих дней»");
    expect(ru).toContain("Казахская версия: «5 жұмыс күні»");
    expect(ru).toContain("5. Подразделения, с которыми проект подлежит согласованию");
    expect(ru).toContain("6. Выводы");
    expect(ru).toContain("Между языковыми версиями выявлено 1 расхождение");
    expect(text("pravila.kk - заключение экспертизы.docx")).toContain("Казахская версия: «5 жұмыс күні»");
  });
});

describe("adal scan --pair", () => {
  test("two files: the review of each, then their comparison; exit code from both", async () => {
    const f = pair();
    const io = captureIO();
    expect(await run(["scan", "--pair", f.kk, f.ru, "--locale", "ru", "--fail-on", "none"], io)).toBe(0);
    const out = io.out();
    expect(out.indexOf("Итого: проверено 2 файла")).toBeGreaterThan(0);
    expect(out.indexOf("Сравнение языковых версий")).toBeGreaterThan(out.indexOf("Итого: проверено 2 файла"));
    expect(await run(["scan", "--pair", f.kk, f.ru], captureIO())).toBe(1);
  });

  test("a folder: versions paired by name, a file with no partner checked alone and noted", async () => {
    const f = pair();
    writeFileSync(path.join(f.dir, "lone.txt"), "1. Работник уведомляет руководителя в течение 2 рабочих дней.\n");
    const io = captureIO();
    await run(["scan", "--pair", f.dir, "-f", "json", "--locale", "en"], io);
    const r = JSON.parse(io.out());
    expect(r.files).toHaveLength(3);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].versions.map((v: { path: string }) => path.basename(v.path))).toEqual(["pravila.kk.txt", "pravila.ru.txt"]);
    expect(io.err()).toContain("lone.txt: no version in the other language was found");
  });

  test("html and sarif carry the comparison too", async () => {
    const f = pair();
    let io = captureIO();
    await run(["scan", "--pair", f.kk, f.ru, "-f", "html"], io);
    expect(io.out()).toContain("Alignment of the items");
    expect(io.out().trimEnd().endsWith("</body></html>")).toBe(true);
    io = captureIO();
    await run(["scan", "--pair", f.kk, f.ru, "-f", "sarif"], io);
    const run0 = JSON.parse(io.out()).runs[0];
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === "bilingual/term");
    expect(run0.tool.driver.rules[result.ruleIndex].id).toBe("bilingual/term");
  });

  test("names that pair: a language tag is what differs", () => {
    expect(pairStem("d/rules.kk.docx")).toBe(pairStem("d/rules.ru.docx"));
    expect(pairStem("d/rules_kaz.txt")).toBe(pairStem("d/rules_rus.txt"));
    expect(pairStem("d/rules.txt")).toBeUndefined();
    expect(pairStem("d/rules.kk.docx")).not.toBe(pairStem("e/rules.ru.docx"));
  });
});


