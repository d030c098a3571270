import { buildConclusion } from "../../src/documents/conclusion";
import { readDocx } from "../../src/documents/read-docx";
import { createEngine } from "../../src/engine";
import { translator } from "../../src/ui/i18n";
import { conclusionText } from "../../src/ui/pane/PaneApp";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);

describe("expertise conclusion (.docx)", () => {
  test.each(["kk", "ru", "en"] as const)("in %s: title, date, reviewer, findings table, units, summary", async (locale) => {
    const paragraphs = ["1. Директор вправе изменить размер премии.", "2. Бухгалтерия выплачивает премию в течение 5 рабочих дней."];
    const result = engine.analyze(paragraphs, { locale });
    const t = translator(locale);
    const bytes = await buildConclusion(
      {
        documentTitle: "Положение о премировании",
        reviewer: "А. Серікова",
        date: new Date("2026-11-24T10:00:00Z"),
        findings: result.findings,
        paragraphLabels: [],
        units: result.affectedUnits.map((u) => ({ name: engine.units.units.find((x) => x.id === u.unit)!.name[locale], evidence: u.mentions.map((m) => m.excerpt) })),
      },
      conclusionText(t, locale, result.findings, result.affectedUnits.length),
    );
    const doc = readDocx(bytes);
    const text = doc.paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain(t("conclusion.heading"));
    expect(text).toContain("Положение о премировании");
    expect(text).toContain("А. Серікова");
    expect(text).toContain("2026");
    const table = doc.paragraphs.filter((p) => p.part === "table").map((p) => p.text);
    const f = result.findings[0]!;
    expect(table).toEqual(expect.arrayContaining([t("conclusion.col.provision"), "A1.3.6, P4.7.1", `${f.recommendation} — ${f.suggestion}`]));
    expect(table.some((c) => c.includes("«вправе»"))).toBe(true);
    expect(text).toContain(engine.units.units.find((u) => u.id === "accounting")!.name[locale]);
    expect(text).toContain(t("conclusion.summaryText", { count: 1, high: 1, medium: 0, low: 0, units: 1 }));
  });
});
