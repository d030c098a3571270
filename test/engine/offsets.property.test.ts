/**
 * Finding offsets are UTF-16 code units of the original paragraph and `excerpt` is exactly that
 * slice, whatever normalisation had to do (NFC, soft hyphens, NBSP, homoglyphs, emoji).
 */
import fc from "fast-check";
import { createEngine } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);

const fragments = [
  "Комиссия вправе", " запросить документы", " по своему усмотрению", " в установленном порядке", " и т.д.", " своевременно",
  "Директор өз қалауы бойынша", " шешім қабылдайды", " белгіленген тәртіппен", " құқылы", " және т. б.", " уақтылы",
  "The Director may", " at his own discretion", " in the established manner",
  "\u00ad", "\u00a0", "\u200b", "и\u0306", "😀", "«", "»", "мемлекеттiк", ". ", "; ", "\r\n", " БИН 040340001283",
];

describe("finding offsets", () => {
  test("property: excerpt === text.slice(start, end) and the range is inside the paragraph", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 25 }), (parts) => {
        const text = parts.join("");
        const { findings } = engine.analyze([text, text]);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.excerpt).toBe(text.slice(f.start, f.end));
          expect([0, 1]).toContain(f.paragraph);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("an excerpt never starts or ends inside a surrogate pair", () => {
    const text = "😀Директор может 😀 продлить срок😀";
    for (const f of engine.analyze([text]).findings) {
      expect(/[\uDC00-\uDFFF]/u.test(text.charAt(f.start))).toBe(false);
      expect(/[\uD800-\uDBFF]/u.test(text.charAt(f.end - 1))).toBe(false);
    }
  });
});
