/**
 * Alignment of the two versions' items: numbering styles of Kazakh and Russian acts, items
 * missing on one side, items merged into one, and paragraphs with no numbers at all.
 */
import { itemsOf, parseLabel } from "../../src/engine/bilingual/items";
import { compare } from "./fixtures";

const rowsOf = (kk: readonly string[], ru: readonly string[]) => compare(kk, ru).rows.map((r) => [r.paragraphs[0], r.paragraphs[1]]);

describe("labels", () => {
  test.each([
    ["5.", "num", "5"],
    ["5.2.", "num", "5.2"],
    ["5.2 Текст", "num", "5.2"],
    ["17.Құқықтар:", "num", "17"],
    ["12-3) тармақшасы", "paren", "12-3"],
    ["4) текст", "paren", "4"],
    ["Глава 2. Общие положения", "chapter", "2"],
    ["2-тарау. Жалпы ережелер", "chapter", "2"],
    ["Раздел 3", "section", "3"],
    ["3-бөлім", "section", "3"],
    ["Статья 15. Права", "article", "15"],
    ["15-бап. Құқықтар", "article", "15"],
    ["Приложение 1", "annex", "1"],
    ["1-қосымша", "annex", "1"],
    ["Пункт 7. Текст", "num", "7"],
    ["7-тармақ. Мәтін", "num", "7"],
    ["II. Порядок", "roman", "2"],
  ])("%s → %s %s", (text, kind, value) => {
    expect(parseLabel(`${text} мәтін`, false)?.label).toMatchObject({ kind, value });
  });

  test("letters follow the alphabet the list uses: Kazakh «ә)» is the second, as Russian «б)»", () => {
    const kk = itemsOf([{ text: "а) бір" }, { text: "ә) екі" }, { text: "б) үш" }]).map((i) => i.label?.value);
    const ru = itemsOf([{ text: "а) один" }, { text: "б) два" }, { text: "в) три" }]).map((i) => i.label?.value);
    expect(kk).toEqual(["1", "2", "3"]);
    expect(ru).toEqual(["1", "2", "3"]);
  });

  test("a list number read from Word's numbering is the label; the text keeps its own words", () => {
    const [item] = itemsOf([{ text: "Текст пункта.", label: "4.2." }]);
    expect(item?.label).toMatchObject({ kind: "num", value: "4.2" });
    expect(item?.bodyStart).toBe(0);
  });
});

describe("numbering styles align", () => {
  test("chapters, articles and annexes written the Kazakh and the Russian way", () => {
    const kk = ["1-тарау. Жалпы ережелер", "1-бап. Осы Қағидалар куәлік беру тәртібін айқындайды.", "2-бап. Куәлік 5 жұмыс күні ішінде беріледі.", "2-тарау. Қорытынды ережелер", "3-бап. Қағидалар 2027 жылғы 1 қаңтардан бастап қолданылады.", "1-қосымша", "Өтініш нысаны"];
    const ru = ["Глава 1. Общие положения", "Статья 1. Настоящие Правила определяют порядок выдачи удостоверений.", "Статья 2. Удостоверение выдается в течение 5 рабочих дней.", "Глава 2. Заключительные положения", "Статья 3. Правила применяются с 1 января 2027 года.", "Приложение 1", "Форма заявления"];
    const c = compare(kk, ru);
    expect(c.rows.map((r) => [r.paragraphs[0], r.paragraphs[1]])).toEqual(kk.map((_x, i) => [[i], [i]]));
    expect(c.rows.slice(0, 6).every((r) => r.by === "number")).toBe(true);
    expect(c.coverage).toEqual({ items: [7, 7], aligned: [7, 7] });
  });

  test("the same numbers used twice (a decision and the rules it approves) align in order", () => {
    const kk = ["1. Қағидалар бекітілсін.", "2. Шешім он күннен кейін қолданысқа енгізіледі.", "Қағидалар", "1. Куәлік 5 жұмыс күні ішінде беріледі.", "2. Куәлік 3 жыл жарамды."];
    const ru = ["1. Утвердить Правила.", "2. Решение вводится в действие через десять дней.", "Правила", "1. Удостоверение выдается в течение 5 рабочих дней.", "2. Удостоверение действительно 3 года."];
    expect(rowsOf(kk, ru)).toEqual(kk.map((_x, i) => [[i], [i]]));
  });
});

describe("missing, merged and unnumbered items", () => {
  const KK = ["1. Куәлікті кадр қызметі 5 жұмыс күні ішінде береді.", "2. Куәліктің телнұсқасы берілмейді.", "3. Қызметкер куәлікті үш жұмыс күні ішінде тапсырады.", "4. Бақылау заң бөліміне жүктеледі."];
  const RU = ["1. Удостоверение выдается отделом кадров в течение 5 рабочих дней.", "2. Дубликат удостоверения не выдается.", "3. Работник сдает удостоверение в течение трех рабочих дней.", "4. Контроль возлагается на юридический отдел."];

  test("an item missing in either version leaves its counterpart alone and is reported", () => {
    for (const [kk, ru, missingFrom] of [
      [KK, [RU[0]!, RU[2]!, RU[3]!], 1],
      [[KK[0]!, KK[2]!, KK[3]!], RU, 0],
    ] as const) {
      const c = compare(kk, ru);
      expect(c.rows.map((r) => [r.paragraphs[0].length, r.paragraphs[1].length])).toEqual([[1, 1], missingFrom === 1 ? [1, 0] : [0, 1], [1, 1], [1, 1]]);
      expect(c.discrepancies.map((d) => [d.kind, d.from])).toEqual([["missing-item", missingFrom === 1 ? 0 : 1]]);
      expect(c.coverage.aligned).toEqual(missingFrom === 1 ? [3, 3] : [3, 3]);
    }
  });

  test("two items of one version said as one item of the other align as one row", () => {
    const ru = [RU[0]!, "2. Дубликат удостоверения не выдается. Работник сдает удостоверение в течение трех рабочих дней.", RU[3]!];
    const kk = KK;
    const rows = rowsOf(kk, ru);
    expect(rows).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]]]);
  });

  test("paragraphs without numbers align by order, length and shared facts; a missing one is found", () => {
    const kk = ["Куәлік 2027 жылғы 1 қаңтардан бастап беріледі.", "Өтінішке 3х4 сантиметр көлемді 2 фотосурет қоса беріледі.", "Куәлікті кадр қызметі 5 жұмыс күні ішінде береді, ал оны жоғалтқан қызметкер бұл туралы дереу жазбаша хабарлайды.", "Бақылау заң бөліміне жүктеледі."];
    const ru = ["Удостоверение выдается с 1 января 2027 года.", "Удостоверение выдается отделом кадров в течение 5 рабочих дней, а работник, утерявший его, незамедлительно письменно сообщает об этом.", "Контроль возлагается на юридический отдел."];
    const c = compare(kk, ru);
    expect(c.rows.map((r) => [r.paragraphs[0], r.paragraphs[1]])).toEqual([[[0], [0]], [[1], []], [[2], [1]], [[3], [2]]]);
    expect(c.rows.every((r) => r.by !== "number")).toBe(true);
    expect(c.discrepancies.map((d) => d.kind)).toEqual(["missing-item"]);
  });
});

describe("long documents", () => {
  const ru = Array.from({ length: 600 }, (_x, k) => `${k + 1}. Заявление по пункту ${k + 1} рассматривается в течение ${(k % 9) + 1} рабочих дней.`);
  const kk = Array.from({ length: 600 }, (_x, k) => `${k + 1}. ${k + 1}-тармақ бойынша өтініш ${(k % 9) + 1} жұмыс күні ішінде қаралады.`);

  test("a chapter of 30 items missing in the middle is found, the rest stays paired", () => {
    const shorter = [...kk.slice(0, 300), ...kk.slice(330)];
    const c = compare(shorter, ru);
    expect(c.coverage).toEqual({ items: [570, 600], aligned: [570, 570] });
    const missing = c.rows.filter((r) => r.paragraphs[0].length === 0).map((r) => r.paragraphs[1][0]);
    expect(missing).toEqual(Array.from({ length: 30 }, (_x, k) => 300 + k));
    expect(c.discrepancies.filter((d) => d.kind !== "missing-item")).toEqual([]);
  });

  test("without any numbering, order and content still pair them", () => {
    const strip = (v: readonly string[]) => v.map((p) => p.replace(/^\d+\. /u, ""));
    const c = compare(strip(kk), strip(ru));
    expect(c.coverage.aligned).toEqual([600, 600]);
    expect(c.rows.every((r, i) => r.paragraphs[0][0] === i && r.paragraphs[1][0] === i)).toBe(true);
  });
});

describe("an item glued onto the end of the previous item's paragraph", () => {
  const RU = [
    "3. Секретарь отчитывается перед собранием не реже одного раза в год. 4. Отчеты комиссии рассматриваются ежегодно.",
    "5. Собрание проводится открыто.",
  ];
  const KK = ["3. Хатшы жиналыс алдында жылына кемінде бір рет есеп береді.", "4. Комиссияның есептері жыл сайын қаралады.", "5. Жиналыс ашық өткізіледі."];

  test("is read as its own item, and the pair reports nothing", () => {
    const items = itemsOf(RU.map((text) => ({ text })));
    expect(items.map((i) => [i.paragraph, i.label?.value, i.text.slice(i.bodyStart).trim()])).toEqual([
      [0, "3", "Секретарь отчитывается перед собранием не реже одного раза в год."],
      [0, "4", "Отчеты комиссии рассматриваются ежегодно."],
      [1, "5", "Собрание проводится открыто."],
    ]);
    for (const c of [compare(KK, RU), compare(RU, KK)]) {
      expect(c.discrepancies).toEqual([]);
      expect(c.coverage.aligned).toEqual([3, 3]);
    }
  });

  test("a number that does not continue the numbering, or one another paragraph carries, stays in the text", () => {
    expect(itemsOf([{ text: "3. Взыскание снимается через 6. Месяцев нет." }, { text: "4. Текст." }])).toHaveLength(2);
    expect(itemsOf([{ text: "3. Срок составляет 10 дней. 4. Иное." }, { text: "4. Текст пункта." }])).toHaveLength(2);
    expect(itemsOf([{ text: "3. Срок составляет 10 дней. 7. Иное." }])).toHaveLength(1);
  });
});

test("an annex heading one version writes as its label and the other at the end of the line is one reference", () => {
  const ru = ["Приложение 1 к приказу директора от 5 мая 2026 года № 12", "1. Перечень документов."];
  const kk = ["Директордың 2026 жылғы 5 мамырдағы № 12 бұйрығына 1-қосымша", "1. Құжаттар тізбесі."];
  expect(compare(kk, ru).discrepancies).toEqual([]);
  expect(compare(ru, kk).discrepancies).toEqual([]);
  const other = ["Директордың 2026 жылғы 5 мамырдағы № 12 бұйрығына 2-қосымша", "1. Құжаттар тізбесі."];
  expect(compare(other, ru).discrepancies.map((d) => d.kind)).toEqual(["reference"]);
});

test("an item glued onto an unnumbered paragraph of the previous item is read as its own item", () => {
  const ru = ["3. Секретарь ведет протокол.", "Протокол подписывается председателем. 4. Отчеты комиссии рассматриваются ежегодно.", "5. Собрание проводится открыто."];
  const kk = ["3. Хатшы хаттама жүргізеді.", "Хаттамаға төраға қол қояды.", "4. Комиссияның есептері жыл сайын қаралады.", "5. Жиналыс ашық өткізіледі."];
  for (const c of [compare(kk, ru), compare(ru, kk)]) expect(c.discrepancies).toEqual([]);
  expect(itemsOf(ru.map((text) => ({ text }))).map((i) => i.label?.value)).toEqual(["3", undefined, "4", "5"]);
});
