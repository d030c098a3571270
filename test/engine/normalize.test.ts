import fc from "fast-check";
import { normalize, toOriginalRange } from "../../src/engine/text/normalize";

describe("normalisation keeps offsets into the original text", () => {
  test("NFC recomposes a decomposed letter and maps back to both code units", () => {
    const original = "по уважительнои\u0306 причине"; // и + combining breve
    const n = normalize(original);
    expect(n.text).toBe("по уважительной причине");
    const at = n.text.indexOf("й");
    expect(toOriginalRange(n, at, at + 1)).toEqual([original.indexOf("и\u0306"), original.indexOf("и\u0306") + 2]);
  });

  test("NBSP becomes a space, soft hyphens and zero-width spaces disappear", () => {
    const original = "в\u00a0установ\u00adленном\u200b порядке";
    const n = normalize(original);
    expect(n.text).toBe("в установленном порядке");
    const [s, e] = toOriginalRange(n, 2, n.text.indexOf(" порядке"));
    expect(original.slice(s, e)).toBe("установ\u00adленном\u200b".replace("\u200b", ""));
  });

  test("ё folds to е and quote classes become one", () => {
    expect(normalize("«Ёлка» „x“ “y”").text).toBe('"Елка" "x" "y"');
  });

  test("Latin look-alikes inside Kazakh words become Cyrillic; English words are left alone", () => {
    expect(normalize("мемлекеттiк жетiстiктерi Aлматы").text).toBe("мемлекеттік жетістіктері Алматы");
    expect(normalize("The Company may pay").text).toBe("The Company may pay");
  });

  test("Cyrillic look-alikes inside an English word become Latin", () => {
    expect(normalize("Cоmpany").text).toBe("Company");
  });

  test("a word with as many look-alikes as letters of its own script follows the word before it", () => {
    // "уоur": у and о Cyrillic, u and r Latin
    expect(normalize("make it w\u043erth \u0443\u043eur while").text).toBe("make it worth your while");
    expect(normalize("біз \u0441o\u0437 \u0431e").text).toBe("біз соз бе");
  });

  test("a letter with no look-alike in the other script decides the word, whatever the majority", () => {
    // "бoнyc": Latin o, y, c outnumber б, н, which no Latin letter looks like
    expect(normalize("б\u006f\u043d\u0079\u0063").text).toBe("бонус");
    // "kacпигe": п, и, г have no Latin twin
    expect(normalize("\u006b\u0061\u0063пиг\u0065").text).toBe("каспиге");
    // "Cоmpany": m, p... n has no Cyrillic twin in the table, so the Cyrillic о goes Latin
    expect(normalize("C\u043empany").text).toBe("Company");
  });

  test("CRLF is one line break mapped to two original code units", () => {
    const n = normalize("а\r\nб");
    expect(n.text).toBe("а\nб");
    expect(toOriginalRange(n, 1, 2)).toEqual([1, 3]);
  });

  test("a combining sequence that NFC makes longer maps every unit back to the whole sequence", () => {
    const original = "q\u0344\u0344 y"; // U+0344 decomposes into two marks
    const n = normalize(original);
    expect(n.text).toBe("q\u0308\u0301\u0308\u0301 y");
    expect(toOriginalRange(n, 0, 5)).toEqual([0, 3]);
    expect(toOriginalRange(n, 6, 7)).toEqual([4, 5]);
  });

  test("property: every normalised range maps to a valid original range in order", () => {
    const piece = fc.constantFrom("а", "қ", "i", "ё", "\u00ad", "\u00a0", "\u200b", "и\u0306", "«", "»", " ", "\r\n", "😀", "x", "1", ".");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const original = pieces.join("");
        const n = normalize(original);
        const len = n.text.length;
        const s = len === 0 ? 0 : a % (len + 1);
        const e = len === 0 ? 0 : s + (b % (len - s + 1));
        const [os, oe] = toOriginalRange(n, s, e);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeGreaterThanOrEqual(os);
        expect(oe).toBeLessThanOrEqual(original.length);
      }),
    );
  });
});
