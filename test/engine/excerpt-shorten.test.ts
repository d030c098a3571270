/**
 * The quote inside a message: a long excerpt is cut at a word boundary, so a reader never sees a
 * word broken off as if misspelt ("учебных заведени…", expert round 17).
 */
import { shorten } from "../../src/engine/findings/render";

test("a short excerpt is quoted whole, its spaces collapsed", () => {
  expect(shorten("в  установленном\nпорядке")).toBe("в установленном порядке");
});

test("a long excerpt ends with a whole word and an ellipsis", () => {
  const text = "совместно с местными исполнительными органами и администрацией учебных заведений, определяют маршруты";
  const out = shorten(text);
  expect(out.endsWith("…")).toBe(true);
  expect(out.length).toBeLessThanOrEqual(80);
  const words = out.slice(0, -1).split(" ");
  for (const w of words) expect(text.split(/[\s,]+/u)).toContain(w.replace(/,$/u, ""));
});

test("one word longer than the limit is still cut", () => {
  const out = shorten("а".repeat(200));
  expect(out).toHaveLength(80);
  expect(out.endsWith("…")).toBe(true);
});

test("a word that ends right at the limit is kept", () => {
  const first = "а".repeat(58) + " директор предприятия"; // 79 characters
  const out = shorten(`${first} лично утверждает список получателей`);
  expect(out).toBe(`${first}…`);
});
