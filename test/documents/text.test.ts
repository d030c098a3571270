import { locate } from "../../src/documents/model";
import { decodeText, readText, textToModel } from "../../src/documents/read-text";

describe("reading text files", () => {
  test("lines wrapped mid-sentence (as in PDF exports) are joined; items and headings start paragraphs", () => {
    const text = [
      " 1. Жалпы ережелер ",
      "Осы саясат сыбайлас жемқорлық ",
      "",
      "сипатындағы іс-әрекеттердің алдын алуға бағытталған. ",
      "4.1.2. Кәсіпорын жұмыскерлеріне сыйлықтарды қабылдауға: ",
      "- жұмыскер атынан берілсе; ",
      "- құны қисынды негізделмеген болса тыйым салынады. ",
      "Сыбайлас жемқорлыққа қарсы іс-",
      "қимыл туралы заң.",
    ].join("\n");
    const doc = textToModel(text, "txt");
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      "1. Жалпы ережелер",
      "Осы саясат сыбайлас жемқорлық сипатындағы іс-әрекеттердің алдын алуға бағытталған.",
      "4.1.2. Кәсіпорын жұмыскерлеріне сыйлықтарды қабылдауға:",
      "- жұмыскер атынан берілсе;",
      "- құны қисынды негізделмеген болса тыйым салынады.",
      "Сыбайлас жемқорлыққа қарсы іс-қимыл туралы заң.",
    ]);
  });

  test("offsets map back to line and column of the source file", () => {
    const text = "1. Заголовок\nКомиссия вправе\nзапросить документы в установленном\nпорядке.";
    const doc = textToModel(text, "txt");
    const p = doc.paragraphs[1]!;
    expect(p.text).toBe("Комиссия вправе запросить документы в установленном порядке.");
    expect(locate(p, p.text.indexOf("вправе"))).toEqual({ line: 2, column: 10 });
    expect(locate(p, p.text.indexOf("в установленном"))).toEqual({ line: 3, column: 21 });
    expect(locate(p, p.text.indexOf("порядке"))).toEqual({ line: 4, column: 1 });
  });

  test("markdown: headings and blank lines separate paragraphs, heading marks are dropped", () => {
    const doc = textToModel("# Положение\n\nПервый абзац\nпродолжается.\n\nВторой абзац.", "md");
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["Положение", "Первый абзац продолжается.", "Второй абзац."]);
  });

  test("encodings: UTF-8 with BOM, UTF-16LE, and Windows-1251 without BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xd0, 0xb0])).text).toBe("а");
    const utf16 = new Uint8Array([0xff, 0xfe, 0x30, 0x04, 0x99, 0x04]);
    expect(decodeText(utf16)).toEqual({ text: "аҙ", encoding: "utf-16le" });
    expect(decodeText(new Uint8Array([0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7]))).toEqual({ text: "Приказ", encoding: "windows-1251" });
  });

  test("empty and binary files are refused with a reason", () => {
    expect(() => readText(new Uint8Array(), "txt")).toThrow(/empty/u);
    expect(() => readText(new Uint8Array([0x41, 0x00, 0x42, 0x00]), "txt")).toThrow(/binary/u);
  });
});
