import { bareNumber, citations, isSubItem, provisionNumber, type NumberedParagraph } from "../../src/documents/citation";

const citedItems = (ps: readonly NumberedParagraph[]) => citations(ps).map((c) => c.item);
const parentItems = (ps: readonly NumberedParagraph[]) => citations(ps).map((c) => (c.subitem ? c.item : undefined));
import { CONCLUSION_WORDS } from "../../src/documents/conclusion-text";

// An act as text files and .docx give it: numbered items, sub-items "1)" / "а)", unnumbered
// paragraphs that continue an item, a chapter heading, a footer with its own numbering.
const ACT = [
  { text: "Правила аттестации" },
  { text: "1. Общие положения" },
  { text: "6. Аттестационные комиссии образуются двух уровней:" },
  { text: "первый уровень – комиссии при аппарате;" },
  { text: "Уважительной причиной является:", label: "26." },
  { text: "1) длительная командировка;" },
  { text: "а) в пределах области;" },
  { text: "Глава 3. Порядок обжалования" },
  { text: "Решение обжалуется в суде." },
  { text: "2) заголовок колонтитула", part: "footer" as const },
  { text: "11.1. Аттестации подлежат служащие, указанные в пункте 8." },
];

describe("citing a provision by the act's own numbering (expert rounds 37–38)", () => {
  test("own numbers: Word's list label first, else the leading number of the text", () => {
    expect(ACT.map(provisionNumber)).toEqual([undefined, "1.", "6.", undefined, "26.", "1)", "а)", undefined, undefined, "2)", "11.1."]);
    expect(isSubItem("1)")).toBe(true);
    expect(isSubItem("4.2.")).toBe(false);
    expect(bareNumber("4.2.")).toBe("4.2");
  });

  test("an item number glued to its first word by a typing slip is still its number (expert round 40a: «17.Құқықтар:»)", () => {
    const act = [{ text: "16. Функциялары:" }, { text: "1) талдайды;" }, { text: "17.Құқықтар:" }, { text: "8) өзге де құқықтарды жүзеге асырады." }];
    expect(act.map(provisionNumber)).toEqual(["16.", "1)", "17.", "8)"]);
    expect(citations(act).map((c) => c.item)).toEqual(["16.", "16.", "17.", "17."]);
    // only a capital right after the point: a measure ("2.5Мб") or a lower-case word ("3.мысалы") is no item
    expect([{ text: "2.5Мб жад" }, { text: "3.мысалы" }].map(provisionNumber)).toEqual([undefined, undefined]);
  });

  test("a sub-item belongs to the item before it in its own part of the document", () => {
    expect(parentItems(ACT)).toEqual([undefined, undefined, undefined, undefined, undefined, "26.", "26.", undefined, undefined, undefined, undefined]);
  });

  test("an unnumbered paragraph continues the item before it until a chapter heading", () => {
    expect(citedItems(ACT)).toEqual([undefined, "1.", "6.", "6.", "26.", "26.", "26.", undefined, undefined, undefined, "11.1."]);
    expect(citedItems([{ text: "4. Текст" }, { text: "2-тарау. Комиссия" }, { text: "Комиссия шешім қабылдайды." }])).toEqual(["4.", undefined, undefined]);
  });

  test("bullets, years and counts are no numbers; headings, annexes and tables do not take the item", () => {
    expect(provisionNumber({ text: "Текст", label: "–" })).toBeUndefined();
    expect(provisionNumber({ text: "Текст", label: "\uf0b7" })).toBeUndefined();
    expect(provisionNumber({ text: "2024 год объявлен годом рабочих профессий." })).toBeUndefined();
    expect(provisionNumber({ text: "30 календарных дней – срок рассмотрения." })).toBeUndefined();
    const act = [
      { text: "14. Премия выплачивается по шкале:" },
      { text: "1. до 5 баллов – 0", part: "table" as const },
      { text: "5. свыше 20 баллов – 30 процентов", part: "table" as const },
      { text: "Шкала пересматривается ежегодно." },
      { text: "II. Порядок аттестации" },
      { text: "Аттестация проводится раз в три года." },
      { text: "15. Комиссия:" },
      { text: "1) рассматривает материалы;" },
      { text: "а) служебную характеристику;" },
      { text: "Приложение 1 к Правилам" },
      { text: "Форма заявления" },
      { text: "Part of the bonus may be withheld." },
    ];
    expect(citations(act)).toEqual([
      { item: "14." }, { item: "14." }, { item: "14." }, { item: "14." }, {}, {}, { item: "15." },
      { item: "15.", subitem: "1)" }, { item: "15.", subitem: "1) а)" }, {}, {}, {},
    ]);
    expect(citedItems([{ text: "3. Текст" }, { text: "ІІ тарау. Комиссия" }, { text: "Комиссия шешім қабылдайды." }])).toEqual(["3.", undefined, undefined]);
    // Word's Roman chapter labels end the item; a sentence opening with "I" does not
    expect(citedItems([{ text: "Общие положения", label: "I." }, { text: "Текст", label: "1." }, { text: "Порядок аттестации", label: "II." }, { text: "Комиссия вправе отказать." }])).toEqual([undefined, "1.", undefined, undefined]);
    expect(citedItems([{ text: "4. Текст" }, { text: "I agree that the Commission may decide." }])).toEqual(["4.", "4."]);
  });

  test("the conclusion names a sub-item with its item in each language", () => {
    expect(CONCLUSION_WORDS.ru.item("1)", "26.")).toBe("Подпункт 1) пункта 26");
    expect(CONCLUSION_WORDS.kk.item("1)", "26.")).toBe("26-тармақтың 1) тармақшасы");
    expect(CONCLUSION_WORDS.en.item("1)", "26.")).toBe("Item 26, sub-item 1)");
    expect(CONCLUSION_WORDS.ru.item("1)", undefined)).toBe("Подпункт 1)");
    expect(CONCLUSION_WORDS.ru.item("26.", undefined)).toBe("Пункт 26");
  });
});
