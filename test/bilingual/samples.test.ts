/**
 * The project's sample drafts in both languages (assets/samples): the Kazakh version of the
 * Russian bonus regulation and the Russian version of the Kazakh procurement rules were written
 * as faithful translations with a few planted differences. The check reports exactly those, and
 * their Word files read as their text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/documents/read-docx";
import { comparer } from "./fixtures";

const DIR = path.join(__dirname, "..", "..", "assets", "samples");
const lines = (name: string) => readFileSync(path.join(DIR, name), "utf8").split("\n").filter((l) => l.trim() !== "");
const versions = (name: string) => ({ paragraphs: lines(name).map((text) => ({ text })) });

const PLANTED: Record<string, Array<[string, string, string]>> = {
  premirovanie: [
    ["unit", "он күнтізбелік күн", "10 рабочих дней"],
    ["term", "3 жұмыс күні", "5 рабочих дней"],
    ["qualifier", "Материалдық көмек қызметкерге бала туған, жақын туысы қайтыс болған, дүлей апат салдарынан мүлкінен айырылған кезде бір лауазымдық айлықақы мөлшерінде көрсетіледі.", "или"],
    ["act", "Қызметкерлерді көтермелеуге арналған өзге тауарларды мемлекеттік сатып алу бөлімі заңнамаға сәйкес сатып алады.", "государственных закупках"],
    ["missing-item", "", "Юридический отдел проверяет соответствие приказов о премировании настоящему Положению не позднее 3 рабочих дней со дня их поступления."],
  ],
  "satyp-alu": [
    ["date", "1 желтоқсанға", "1 ноября"],
    ["unit", "үш жұмыс күні", "трех календарных дней"],
    ["modality", "Қызметкерлерге өнім берушілерден сыйлықтар мен қонақжайлық белгілерін қабылдауға тыйым салынады.", "рекомендуется"],
    ["factor", "Қызметкерлерге өнім берушілерден сыйлықтар мен қонақжайлық белгілерін қабылдауға тыйым салынады.", "рекомендуется"],
    ["structural-unit", "Қауіпсіздік қызметі", "Юридический отдел"],
  ],
};

describe.each(Object.entries(PLANTED))("sample pair %s", (name, expected) => {
  test("reports the planted differences and nothing else", () => {
    const c = comparer.compare(versions(`${name}.kk.txt`), versions(`${name}.ru.txt`), { locale: "ru" });
    expect(c.discrepancies.map((d) => [d.kind, d.kind === "missing-item" ? "" : d.said[0].trim(), d.said[1].trim()])).toEqual(expected);
    expect(c.coverage.aligned[0]).toBe(c.coverage.items[0]);
  });

  test.each(["kk", "ru"])("the %s .docx reads exactly as its .txt", (lang) => {
    const file = `${name}.${lang}`;
    const doc = readDocx(new Uint8Array(readFileSync(path.join(DIR, `${file}.docx`))));
    expect(doc.paragraphs.filter((p) => p.part === "body").map((p) => p.text)).toEqual(lines(`${file}.txt`));
  });
});
