import { paneNumbers } from "../../src/ui/pane/provision";

// The pane names a finding's place as the conclusion does (documents/citation.ts): an item by its number, a sub-item
// with its item, an unnumbered paragraph that continues an item by that item (stop 35: it showed "Абзац N").
describe("the pane's provision numbers", () => {
  test("items, sub-items with their item, continuations, Word labels, headings", () => {
    const doc = [
      { text: "Положение о премировании", part: "body" as const },
      { text: "5. Премии выплачиваются:", part: "body" as const },
      { text: "1) по итогам квартала;", part: "body" as const },
      { text: "Директор вправе изменить размер премии.", part: "body" as const },
      { text: "Комиссия рассматривает заявления.", label: "2.4.", part: "body" as const },
      { text: "17.Құқықтар:", part: "body" as const },
      { text: "• маркированный пункт", label: "•", part: "body" as const },
      { text: "Глава 3. Заключительные положения", part: "body" as const },
      { text: "Решение обжалуется в суде.", part: "body" as const },
    ];
    expect(paneNumbers(doc)).toEqual([undefined, "5", "5, 1)", "5", "2.4", "17", "17", undefined, undefined]);
    // a letter under a numbered sub-item is cited with both, as the conclusion does; an unknown label is shown as written
    expect(paneNumbers([{ text: "5. Премии:", part: "body" }, { text: "1) по итогам года:", part: "body" }, { text: "а) работникам;", part: "body" }, { text: "Текст", label: "(1)", part: "body" }])).toEqual(["5", "5, 1)", "5, 1) а)", "5"]);
    expect(paneNumbers([{ text: "Текст", label: "(1)", part: "body" }])).toEqual(["(1)"]);
  });
});
