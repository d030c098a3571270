/**
 * Issue 14, item 9: the expertise conclusion reads like one. Checked twice: through our own
 * .docx reader, and after LibreOffice (Debian libreoffice-writer-nogui, headless) has opened it
 * and converted it to text and to PDF, which is what "opens cleanly outside our code" can mean here.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { buildConclusion, proposedWording, provisionNumber, type ConclusionInput } from "../../src/documents/conclusion";
import { readDocx } from "../../src/documents/read-docx";
import { createEngine, type Lang } from "../../src/engine";
import { FACTOR_NAMES } from "../../src/engine/findings/factor-names";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);

const RU_DRAFT = [
  { text: "Положение о премировании работников", part: "body" as const },
  { text: "Директор вправе рассмотреть заявление работника по своему усмотрению.", label: "2.4.", part: "body" as const },
  { text: "Бухгалтерия выплачивает премию в течение 5 рабочих дней.", label: "2.5.", part: "body" as const },
  { text: "3.1. Комиссия своевременно рассматривает заявления в установленном порядке.", part: "body" as const },
];
const KK_DRAFT = [
  { text: "Сатып алу тәртібі туралы ереже", part: "body" as const },
  { text: "Комиссия құжаттарды сұратуға құқылы.", label: "1.2.", part: "body" as const },
  { text: "Бухгалтерия төлемді 5 жұмыс күні ішінде жүргізеді.", label: "1.3.", part: "body" as const },
];

function input(locale: Lang, draft: typeof RU_DRAFT, extra: Partial<ConclusionInput> = {}): ConclusionInput {
  const result = engine.analyze(draft.map((p) => p.text), { locale });
  return {
    locale,
    documentTitle: draft[0]?.text ?? "",
    reviewer: "А. Серікова",
    reviewerPosition: { kk: "бас заңгер-кеңесші", ru: "главный юрисконсульт", en: "chief legal counsel" }[locale],
    developer: { kk: "Сатып алу бөлімі", ru: "Отдел кадров", en: "HR" }[locale],
    date: new Date(2026, 10, 24, 12),
    findings: result.findings,
    paragraphs: draft,
    units: result.affectedUnits.map((u) => ({ name: engine.units.units.find((x) => x.id === u.unit)?.name[locale] ?? u.name, evidence: u.mentions.map((m) => m.excerpt) })),
    ...extra,
  };
}

const textOf = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((p) => p.text).join("\n");

describe("the expertise conclusion (issue 14, item 9)", () => {
  test("Russian reviewer, Russian draft: details, every provision with its number, full text, factor, reasoning, recommendation and proposed wording", async () => {
    const data = input("ru", RU_DRAFT);
    const text = textOf(await buildConclusion(data));
    for (const line of [
      "Заключение антикоррупционной экспертизы проекта внутреннего нормативного документа",
      "Проект: «Положение о премировании работников»",
      "Подразделение-разработчик: Отдел кадров",
      "Эксперт: А. Серікова",
      "Должность: главный юрисконсульт",
      "Дата: 24.11.2026",
      "3.1. Пункт 2.4",
      "Текст положения: «Директор вправе рассмотреть заявление работника по своему усмотрению.»",
      `1) Коррупциогенный фактор: ${FACTOR_NAMES.may_formula.ru} (высокая; A1.3.6, P4.7.1)`,
      "Предлагаемая редакция: «Директор обязан рассмотреть заявление работника по основаниям, перечисленным в пункте [__].»",
      "3.2. Пункт 3.1",
      "Текст положения: «3.1. Комиссия своевременно рассматривает заявления в установленном порядке.»",
      "Бухгалтерия и финансовый отдел — «Бухгалтерия»",
      "В 2 положениях проекта выявлено 5 замечаний (коррупциогенных факторов): высокой степени риска — 2, средней — 2, низкой — 1.",
      "Проект подлежит согласованию с подразделениями: Бухгалтерия и финансовый отдел.",
      "Эксперт, главный юрисконсульт\t_______________   А. Серікова",
    ]) {
      expect(text).toContain(line);
    }
    const may = data.findings.find((f) => f.factor === "may_formula");
    expect(text).toContain(`Обоснование: ${may?.message}`);
    expect(text).toContain(`Рекомендация: ${may?.recommendation}`);
    expect(text).not.toMatch(/may_formula|broad_discretion|undefined/u);
  });

  test("a finding in an unnumbered paragraph that continues an item is cited by that item, not as a bare paragraph", async () => {
    const draft = [
      { text: "Положение о премировании работников", part: "body" as const },
      { text: "5. Премии выплачиваются по итогам квартала:", part: "body" as const },
      { text: "Директор вправе рассмотреть заявление работника по своему усмотрению.", part: "body" as const },
    ];
    const text = textOf(await buildConclusion(input("ru", draft)));
    expect(text).toContain("3.1. Пункт 5");
    expect(text).not.toContain("Абзац 3");
  });

  test("a Kazakh-speaking reviewer of a Russian draft: the words are Kazakh, the quotes stay Russian", async () => {
    const text = textOf(await buildConclusion(input("kk", RU_DRAFT)));
    expect(text).toContain("Ішкі нормативтік құжат жобасына сыбайлас жемқорлыққа қарсы сараптаманың қорытындысы");
    expect(text).toContain("2.4-тармақ");
    expect(text).toContain("Ереже мәтіні: «Директор вправе рассмотреть заявление работника по своему усмотрению.»");
    expect(text).toContain(`Сыбайлас жемқорлық факторы: ${FACTOR_NAMES.broad_discretion.kk}`);
    expect(text).toContain("Ұсынылатын редакция: «Директор обязан рассмотреть заявление работника по основаниям, перечисленным в пункте [__].»");
    expect(text).not.toMatch(/Эксперт|Обоснование|Рекомендация/u);
  });

  test("a Russian-speaking reviewer of a Kazakh draft: Russian words, Kazakh quotes and Kazakh proposed wording", async () => {
    const text = textOf(await buildConclusion(input("ru", KK_DRAFT)));
    expect(text).toContain("Текст положения: «Комиссия құжаттарды сұратуға құқылы.»");
    expect(text).toContain("Предлагаемая редакция: «Комиссия құжаттарды сұратуға міндетті.»");
    expect(text).toContain(`Коррупциогенный фактор: ${FACTOR_NAMES.may_formula.ru}`);
  });

  test("English as a courtesy", async () => {
    const text = textOf(await buildConclusion(input("en", RU_DRAFT)));
    expect(text).toContain("Conclusion of the anti-corruption expertise of a draft internal regulation");
    expect(text).toContain(`Corruption factor: ${FACTOR_NAMES.may_formula.en}`);
    expect(text).toContain("Text of the provision: «Директор вправе рассмотреть заявление работника по своему усмотрению.»");
  });

  test("a clean draft: no table, a conclusion that says so, and still a signature", async () => {
    const doc = readDocx(await buildConclusion(input("ru", [RU_DRAFT[0] as (typeof RU_DRAFT)[0], RU_DRAFT[2] as (typeof RU_DRAFT)[0]])));
    const text = doc.paragraphs.map((p) => p.text).join("\n");
    expect(doc.paragraphs.some((p) => p.part === "table")).toBe(false);
    expect(text).toContain("Коррупциогенные факторы в проекте не выявлены.");
    expect(text).toContain("А. Серікова");
  });

  test("the summary table sits in a landscape section, each row with the factor's name", async () => {
    const data = input("ru", RU_DRAFT);
    const doc = readDocx(await buildConclusion(data));
    const cells = doc.paragraphs.filter((p) => p.part === "table").map((p) => p.text);
    expect(cells.slice(0, 6)).toEqual(["№", "Пункт", "Фрагмент", "Коррупциогенный фактор", "Степень риска", "Пункты Политики"]);
    expect(cells).toEqual(expect.arrayContaining(["«вправе»", FACTOR_NAMES.may_formula.ru, "Пункт 2.4"]));
  });

  test("provision numbers and proposed wording", () => {
    expect(provisionNumber({ text: "Текст", label: "4.2." })).toBe("4.2.");
    expect(provisionNumber({ text: "2.4. Директор вправе" })).toBe("2.4.");
    expect(provisionNumber({ text: "а) заявление" })).toBe("а)");
    expect(provisionNumber({ text: "Директор вправе" })).toBeUndefined();
    const text = "Директор вправе по своему усмотрению изменить график.";
    const f = engine.analyze([text], { locale: "ru" }).findings;
    expect(proposedWording(text, f)).toBe("Директор обязан по основаниям, перечисленным в пункте [__] изменить график.");
    expect(proposedWording(text, f.filter((x) => x.suggestion === undefined))).toBeUndefined();
  });
});

describe("LibreOffice opens the conclusion (issue 14, item 9)", () => {
  const soffice = async (file: string, to: string, dir: string) => {
    // A profile of our own: another soffice running on the machine would otherwise hold the lock.
    const profile = `file://${mkdtempSync(path.join(os.tmpdir(), "adal-lo-"))}`;
    await promisify(execFile)("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", to, "--outdir", dir, file], { timeout: 120_000 });
  };

  test("converted to text and to PDF, with the text intact and the summary table on a landscape page", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "adal-conclusion-"));
    const file = path.join(dir, "conclusion.docx");
    const data = input("ru", RU_DRAFT);
    writeFileSync(file, await buildConclusion(data));
    await soffice(file, "txt:Text", dir);
    const text = readFileSync(path.join(dir, "conclusion.txt"), "utf8").replace(/^\uFEFF/u, "");
    const expected = [
      "Заключение антикоррупционной экспертизы проекта внутреннего нормативного документа",
      "Эксперт: А. Серікова",
      "2. Сводная таблица положений, содержащих коррупциогенные факторы",
      FACTOR_NAMES.may_formula.ru,
      "3.1. Пункт 2.4",
      "Текст положения: «Директор вправе рассмотреть заявление работника по своему усмотрению.»",
      `Обоснование: ${data.findings.find((f) => f.factor === "may_formula")?.message}`,
      "Предлагаемая редакция: «Директор обязан рассмотреть заявление работника по основаниям, перечисленным в пункте [__].»",
      "4. Подразделения, с которыми проект подлежит согласованию (приложение 1, 3.5)",
      "5. Выводы",
      "А. Серікова",
      "(подпись)",
    ];
    let at = 0;
    for (const line of expected) {
      const found = text.indexOf(line, at);
      expect({ line, found: found >= 0 }).toEqual({ line, found: true });
      at = found;
    }
    await soffice(file, "pdf", dir);
    const pdf = readFileSync(path.join(dir, "conclusion.pdf")).toString("latin1");
    // Page objects carry their own MediaBox; the Pages tree's is their union (a square here).
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/gu)].map((m) => [Number(m[1]), Number(m[2])] as const).filter(([w, h]) => Math.abs(w - h) > 1);
    expect(boxes.filter(([w, h]) => w > h)).toHaveLength(1);
    expect(boxes.filter(([w, h]) => w < h).length).toBeGreaterThanOrEqual(2);
  }, 240_000);
});
