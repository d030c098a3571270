/** Issue 14, items 12 and 13: one language per run, from the locale; say where output went; HTML reads like a report. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import { resolveLocale } from "../../src/cli/messages";
import { readDocx } from "../../src/documents/read-docx";
import { FACTOR_NAMES } from "../../src/engine/findings/factor-names";
import { captureIO } from "../helpers/cli-io";
import { paragraphsDocx } from "../helpers/docx-fixtures";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "adal-locale-"));
const withEnv = (env: NodeJS.ProcessEnv) => ({ ...captureIO(), env: { NO_COLOR: "1", ...env } });

function kazakhDraft(): string {
  const file = path.join(tmp(), "ereje.txt");
  writeFileSync(file, "1. Комиссия құжаттарды сұратуға құқылы.\n2. Директор өз қалауы бойынша шешім қабылдайды.\n");
  return file;
}

describe("the report speaks the locale of the run (issue 14, item 12)", () => {
  test.each([
    ["kk_KZ.UTF-8", /^Барлығы: 1 файл тексерілді, \d+ ескерту \(жоғары: \d+, орташа: \d+, төмен: \d+\), 0 қате$/mu, /жоғары/u, /[а-яё]+\s+(высокий|средний|низкий)|Итого|Total|high/u],
    ["ru_RU.UTF-8", /^Итого: проверен 1 файл, \d+ замечани[ея]+ \(высокий: \d+, средний: \d+, низкий: \d+\), 0 ошибок$/mu, /высокий/u, /Барлығы|Total|жоғары|high/u],
    ["en_US.UTF-8", /^Total: 1 file checked, \d+ findings \(high: \d+, medium: \d+, low: \d+\), 0 errors$/mu, /high/u, /Итого|Барлығы|высокий|жоғары/u],
    ["C", /^Total: 1 file checked/mu, /high/u, /Итого|Барлығы/u],
  ])("LANG=%s", async (lang, total, severityWord, otherLanguage) => {
    const io = withEnv({ LANG: lang });
    await run(["scan", kazakhDraft(), "--fail-on", "none"], io);
    expect(io.out()).toMatch(total);
    expect(io.out()).toMatch(severityWord);
    expect(io.out()).not.toMatch(otherLanguage);
  });

  test("LC_ALL beats LC_MESSAGES beats LANG; --locale beats them all", () => {
    expect(resolveLocale(undefined, { LANG: "ru_RU.UTF-8", LC_MESSAGES: "en_GB.UTF-8", LC_ALL: "kk_KZ.UTF-8" })).toBe("kk");
    expect(resolveLocale(undefined, { LANG: "ru_RU.UTF-8", LC_MESSAGES: "en_GB.UTF-8" })).toBe("en");
    expect(resolveLocale(undefined, { LANG: "ru_RU.UTF-8", LC_ALL: "" })).toBe("ru");
    expect(resolveLocale("en", { LC_ALL: "kk_KZ.UTF-8" })).toBe("en");
    expect(resolveLocale(undefined, {}, "kk-KZ")).toBe("kk");
    expect(resolveLocale(undefined, {})).toBe("en");
  });

  test("finding messages follow the run's language too, while suggestions stay in the document's", async () => {
    const io = withEnv({ LANG: "ru_RU.UTF-8" });
    await run(["scan", kazakhDraft(), "-f", "json", "--fail-on", "none"], io);
    const findings = JSON.parse(io.out()).files[0].findings as Array<{ message: string; suggestion?: string; excerpt: string }>;
    const may = findings.find((f) => f.excerpt === "құқылы");
    expect(may?.message).toMatch(/полномочие сформулировано как право/u);
    expect(may?.suggestion).toBe("міндетті");
  });

  test("errors speak the same language as the report, and a missing path is not a file", async () => {
    const io = withEnv({ LANG: "ru_RU.UTF-8" });
    expect(await run(["scan", "/no/such/file.docx"], io)).toBe(2);
    expect(io.out()).toMatch(/^Итого: проверено 0 файлов, 0 замечаний \(высокий: 0, средний: 0, низкий: 0\), 1 ошибка$/mu);
    expect(io.err()).toBe("/no/such/file.docx: ошибка: нет такого файла или папки\n");
    const kk = withEnv({ LANG: "kk_KZ.UTF-8" });
    await run(["scan", "/no/such/file.docx"], kk);
    expect(kk.err()).toBe("/no/such/file.docx: қате: мұндай файл не қалта жоқ\n");
  });

  test("adal explain speaks it too", async () => {
    const io = withEnv({ LANG: "kk_KZ.UTF-8" });
    await run(["explain", "Бухгалтерия есепті тапсырады."], io);
    // the reading (sentences, actions) is the engine's notation; the words around the findings follow the locale
    expect(io.out()).toBe("[kk] norm: Бухгалтерия есепті тапсырады.\naction «тапсырады» decide: active, statement, by unit «Бухгалтерия»\nқатысты бөлімшелер: accounting: «Бухгалтерия»\nЕскерту жоқ.\n");
  });

  test("usage errors are in the run's language too", async () => {
    const io = withEnv({ LANG: "ru_RU.UTF-8" });
    expect(await run(["scan", "--format", "pdf", "x.docx"], io)).toBe(2);
    expect(io.err()).toBe("adal scan: недопустимое значение «pdf» параметра -f, --format <format>; допустимы: text, json, sarif, html (adal scan --help)\n");
    const size = withEnv({ LANG: "kk_KZ.UTF-8" });
    expect(await run(["scan", "--max-size", "abc", "x.docx"], size)).toBe(2);
    expect(size.err()).toBe("adal scan: --max-size оң мегабайт санын күтеді, берілгені «abc» (adal scan --help)\n");
  });
});

describe("the run says where its output went (issue 14, item 13)", () => {
  test("--format html -o names the report file", async () => {
    const out = path.join(tmp(), "report.html");
    const io = withEnv({ LANG: "en_US.UTF-8" });
    await run(["scan", kazakhDraft(), "-f", "html", "-o", out, "--fail-on", "none"], io);
    expect(io.out()).toBe("");
    expect(io.err()).toBe(`Report written to ${out}\n`);
    const ru = withEnv({ LANG: "ru_RU.UTF-8" });
    await run(["scan", kazakhDraft(), "-f", "html", "-o", out, "--fail-on", "none"], ru);
    expect(ru.err()).toBe(`Отчёт записан: ${out}\n`);
  });

  test("--annotate names every commented copy", async () => {
    const src = tmp();
    const out = tmp();
    writeFileSync(path.join(src, "draft.docx"), await paragraphsDocx(["Директор вправе изменить график работы."]));
    const io = withEnv({ LANG: "kk_KZ.UTF-8" });
    await run(["scan", src, "--annotate", out, "--fail-on", "none"], io);
    expect(io.err()).toBe(`Түсініктемелері бар көшірме: ${path.join(out, "draft.docx")}\n`);
  });
});

describe("expertise conclusions from the CLI (issue 14, item 9)", () => {
  test("--conclusion writes one per file in the run's language and says where", async () => {
    const src = tmp();
    const out = tmp();
    writeFileSync(path.join(src, "draft.docx"), await paragraphsDocx(["Положение о премировании", "Директор вправе изменить график работы."]));
    writeFileSync(path.join(src, "notes.txt"), "Комиссия своевременно рассматривает заявления.");
    const io = withEnv({ LANG: "ru_RU.UTF-8" });
    await run(["scan", src, "--conclusion", out, "--reviewer", "А. Серікова", "--position", "главный юрисконсульт", "--fail-on", "none"], io);
    expect(readdirSync(out).sort()).toEqual(["draft - заключение экспертизы.docx", "notes - заключение экспертизы.docx"]);
    expect(io.err()).toBe(`Заключение экспертизы: ${path.join(out, "draft - заключение экспертизы.docx")}\nЗаключение экспертизы: ${path.join(out, "notes - заключение экспертизы.docx")}\n`);
    const text = readDocx(new Uint8Array(readFileSync(path.join(out, "draft - заключение экспертизы.docx")))).paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain("Проект: «Положение о премировании»");
    expect(text).toContain("Текст положения: «Директор вправе изменить график работы.»");
    expect(text).toContain("Дата: 24.11.2026");
    expect(text).toContain("Эксперт, главный юрисконсульт\t_______________   А. Серікова");
  });
});

describe("the HTML report (issue 14, item 13)", () => {
  const file = () => {
    const f = path.join(tmp(), "draft.txt");
    writeFileSync(f, "Директор вправе изменить график. Размер премии определяется по своему усмотрению директора.");
    return f;
  };

  test.each(["kk", "ru", "en"] as const)("shows factor names, not raw ids (%s)", async (locale) => {
    const io = captureIO();
    await run(["scan", file(), "-f", "html", "--locale", locale, "--fail-on", "none"], io);
    expect(io.out()).toContain(FACTOR_NAMES.may_formula[locale].replace(/"/gu, "&quot;"));
    expect(io.out()).toContain(FACTOR_NAMES.broad_discretion[locale]);
    expect(io.out()).not.toMatch(/may_formula|broad_discretion/u);
  });

  test("quotes each excerpt once in the findings table", async () => {
    const io = captureIO();
    await run(["scan", file(), "-f", "html", "--locale", "ru", "--fail-on", "none"], io);
    const row = /<tr><td><a[^>]*>1<\/a><\/td><td>(.*?)<\/td>/u.exec(io.out())?.[1] ?? "";
    expect(row).toContain("«вправе»: полномочие сформулировано как право");
    expect(row.match(/вправе/gu)).toHaveLength(1);
  });
});
