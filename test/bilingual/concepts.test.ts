/**
 * The bilingual book's own examples (rules/bilingual.yml): every concept is found where its
 * example marks it and not where it must not be, in each language it covers; and the book is
 * checked when it is loaded, with one clear line for a mistake.
 */
import { RulebookError } from "../../src/engine";
import { createComparer, validateBilingualBook } from "../../src/engine/bilingual";
import type { Lang } from "../../src/engine";
import { DEFAULT_BILINGUAL_BOOK } from "../../src/rulebook/bilingual";
import { comparer, engine } from "./fixtures";

const cases = comparer.book.concepts.flatMap((c) =>
  (Object.entries(c.examples) as [Lang, { match: readonly string[]; nomatch: readonly string[] }][]).flatMap(([lang, ex]) => [
    ...ex.match.map((text) => ({ id: c.id, lang, text, match: true })),
    ...ex.nomatch.map((text) => ({ id: c.id, lang, text, match: false })),
  ]),
);

test("every concept has examples in each of its languages", () => {
  for (const c of comparer.book.concepts) for (const lang of Object.keys(c.patterns)) expect(c.examples[lang as Lang]?.match.length ?? 0).toBeGreaterThan(0);
});

test.each(cases)("$id [$lang] $match: $text", ({ id, lang, text, match }) => {
  const marked = [...text.matchAll(/\[\[(.+?)\]\]/gu)].map((m) => m[1]);
  const plain = text.replace(/\[\[|\]\]/gu, "");
  const found = comparer.conceptsIn(plain, lang).filter((h) => h.id === id && !h.weak).map((h) => plain.slice(h.start, h.end));
  if (match) for (const m of marked) expect(found).toContain(m);
  else expect(found).toEqual([]);
});

describe("a broken book is refused with the place of the mistake", () => {
  const data = DEFAULT_BILINGUAL_BOOK.data as Record<string, unknown>;
  const broken = (patch: Record<string, unknown>) => ({ source: "rules/bilingual.yml", data: { ...data, ...patch } });
  test.each([
    ["no concepts", { concepts: [] }, /concepts: must be a non-empty list/],
    ["a concept of an unknown kind", { concepts: [{ id: "x.y", kind: "colour", name: { kk: "a", ru: "a", en: "a" }, patterns: { ru: ["x"] }, examples: { ru: { match: ["x"] } } }] }, /x\.y: kind must be one of/],
    ["a month without its number", { concepts: [{ id: "month.x", kind: "month", name: { kk: "a", ru: "a", en: "a" }, patterns: { ru: ["x"] }, examples: { ru: { match: ["x"] } } }] }, /value is required for months/],
    ["a kind without its message", { kinds: { ...(data.kinds as object), term: undefined } }, /kinds\.term: missing/],
    ["a number word with two values", { numbers: { ru: { 1: ["один"], 2: ["один"] } } }, /"один" is given two values/],
  ])("%s", (_name, patch, message) => {
    expect(() => validateBilingualBook(broken(patch))).toThrow(RulebookError);
    expect(() => validateBilingualBook(broken(patch))).toThrow(message);
  });
  test("a pattern the compiler cannot read names the concept", () => {
    const concepts = [{ id: "x.bad", kind: "act", name: { kk: "a", ru: "a", en: "a" }, patterns: { ru: ["{не"] }, examples: { ru: { match: ["x"] } } }];
    expect(() => createComparer(engine, broken({ concepts, compounds: {} }))).toThrow(/x\.bad \(ru\)/);
  });
  test("a compound number names a unit the book does not have", () => {
    const compounds = { ru: { numbers: { 2: ["двух"] }, units: { "unit.fortnight": ["недельн"] } } };
    expect(() => validateBilingualBook(broken({ compounds }))).toThrow(/compounds\.ru\.units: "unit\.fortnight" is not a unit concept/);
  });
});
