/**
 * The project's sample drafts (assets/samples) plant known risks next to clean clauses. This is
 * what a reviewer must see on them, no more and no less; the .docx versions must read exactly
 * as their .txt sources.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../src/documents/read-docx";
import { createEngine } from "../src/engine";
import { DEFAULT_RULEBOOK } from "../src/rulebook/default";

const DIR = path.join(__dirname, "..", "assets", "samples");
const engine = createEngine(DEFAULT_RULEBOOK);
const lines = (name: string) => readFileSync(path.join(DIR, name), "utf8").split("\n").filter((l) => l.trim() !== "");

const EXPECTED: Record<string, { findings: Array<[number, string, string]>; units: string[] }> = {
  "premirovanie.ru.txt": {
    findings: [
      [4, "references/no-competing-sources", "руководствуется законодательством, методическими рекомендациями, приказами директора и настоящим Положением"],
      [8, "discretion/no-may-formula", "вправе"],
      [8, "discretion/no-open-discretion", "по своему усмотрению"],
      [8, "vagueness/no-evaluative-ground", "особо важных"],
      [9, "money/no-discretionary-payment", "Размер единовременной премии определяется"],
      [11, "discretion/no-may-formula", "может"],
      [11, "vagueness/no-evaluative-condition", "при наличии оснований"],
      [12, "vagueness/no-evaluative-deadline", "своевременно"],
      [15, "lists/no-open-document-list", "иные документы по требованию"],
      [16, "discretion/no-request-deadline", "Заявление работника рассматривается"],
      [17, "vagueness/no-evaluative-condition", "При необходимости"],
      [17, "discretion/no-may-formula", "может"],
      [17, "lists/no-open-list", "других случаях"],
      [18, "money/no-benefit-for-signatory", "Директору предоставляется право на бесплатное"],
      [20, "procurement/no-named-party", "ТОО «Сувенир-Астана»"],
      [20, "procurement/no-single-source", "прямому договору"],
      [23, "references/no-blanket-reference", "в установленном порядке"],
      [24, "language/no-unidentified-unit", "соответствующих структурных подразделений"],
      [26, "gaps/no-unregulated-matters", "не урегулированные настоящим Положением, решаются директором"],
    ],
    units: ["legal", "accounting", "hr"],
  },
  "satyp-alu.kk.txt": {
    findings: [
      [7, "vagueness/no-evaluative-condition", "Қажет болған жағдайда"],
      [8, "discretion/no-open-discretion", "өз қалауы бойынша"],
      [8, "discretion/no-may-formula", "құқылы"],
      [11, "discretion/no-unlisted-exception", "Ерекше жағдайларда"],
      [11, "procurement/no-single-source", "бір көзден"],
      [12, "procurement/no-named-party", "«Нұр-Сервис» ЖШС"],
      [13, "discretion/no-request-deadline", "өтінімдерді қарайды"],
      [14, "lists/no-open-document-list", "өзге де құжаттар"],
      [15, "discretion/no-open-discretion", "кез келген кезеңінде"],
      [15, "discretion/no-may-formula", "құқылы"],
      [19, "competence/no-external-obligation", "келушілер кіру кезінде жеке басын куәландыратын құжатты көрсетуге міндетті"],
      [20, "references/no-blanket-reference", "белгіленген тәртіппен"],
      [21, "vagueness/no-evaluative-deadline", "дер кезінде"],
      [25, "discretion/no-decision-deadline", "шешім қабылдайды"],
      [26, "language/no-unidentified-unit", "тиісті құрылымдық бөлімшелердің"],
    ],
    units: ["legal", "accounting", "procurement", "security", "it"],
  },
};

describe.each(Object.entries(EXPECTED))("sample %s", (name, expected) => {
  const paragraphs = lines(name);
  const result = engine.analyze(paragraphs);

  test("reports the planted risks and nothing else", () => {
    expect(result.findings.map((f) => [f.paragraph, f.ruleId, f.excerpt])).toEqual(expected.findings);
  });

  test("every finding cites clauses and says what to do", () => {
    for (const f of result.findings) {
      expect(f.clauses.length).toBeGreaterThan(0);
      expect(f.recommendation.length).toBeGreaterThan(20);
    }
  });

  test("names the units the draft gives work to", () => {
    expect(result.affectedUnits.map((u) => u.unit)).toEqual(expected.units);
  });

  test("the .docx version reads exactly as the .txt source", () => {
    const doc = readDocx(new Uint8Array(readFileSync(path.join(DIR, name.replace(/\.txt$/u, ".docx")))));
    expect(doc.paragraphs.filter((p) => p.part === "body").map((p) => p.text)).toEqual(paragraphs);
  });
});
