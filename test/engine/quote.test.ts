/**
 * A passage quoted inside a message (a finding's excerpt, a bilingual difference) is cut at a word
 * boundary, so a reader never sees a word broken off as if misspelt ("учебных заведени…", expert
 * round 17).
 */
import { quote } from "../../src/engine/text/quote";

test("a short passage is quoted whole, its spaces collapsed", () => {
  expect(quote("в  установленном\nпорядке", 80)).toBe("в установленном порядке");
});

test("a long passage ends with a whole word and an ellipsis", () => {
  const text = "совместно с местными исполнительными органами и администрацией учебных заведений, определяют маршруты";
  const out = quote(text, 80);
  expect(out.endsWith("…")).toBe(true);
  expect(out.length).toBeLessThanOrEqual(80);
  const words = out.slice(0, -1).split(" ");
  for (const w of words) expect(text.split(/[\s,]+/u)).toContain(w.replace(/,$/u, ""));
});

test("a word that ends right at the limit is kept", () => {
  const first = "а".repeat(58) + " директор предприятия"; // 79 characters
  expect(quote(`${first} лично утверждает список получателей`, 80)).toBe(`${first}…`);
});

test("one word longer than the limit is still cut", () => {
  const out = quote("а".repeat(200), 80);
  expect(out).toHaveLength(80);
  expect(out.endsWith("…")).toBe(true);
});
