/**
 * RuleTester: every rule's own examples, in every language it covers (ESLint's RuleTester and
 * check-rule-examples do the same). An invalid example must produce exactly the marked
 * excerpts for that rule; a valid one must produce none of that rule.
 */
import { createEngine, LANGS } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { unmark } from "../helpers/examples";

const engine = createEngine(DEFAULT_RULEBOOK);


const cases: Array<[string, string, "invalid" | "valid", string]> = [];
for (const rule of engine.rules) {
  for (const lang of LANGS) {
    const ex = rule.examples[lang];
    if (!ex) continue;
    for (const e of ex.invalid) cases.push([rule.id, lang, "invalid", e]);
    for (const e of ex.valid) cases.push([rule.id, lang, "valid", e]);
  }
}

describe("rule examples", () => {
  test("examples are not duplicated within a rule", () => {
    const seen = new Set<string>();
    for (const [id, lang, kind, text] of cases) {
      const key = `${id}|${lang}|${text}`;
      expect(seen.has(key) ? `${id} ${lang} ${kind}: duplicate example "${text}"` : "").toBe("");
      seen.add(key);
    }
  });

  test.each(cases)("%s [%s] %s: %s", (id, lang, kind, example) => {
    const { text, spans } = unmark(example);
    const { findings } = engine.analyze([text], { langHint: lang as "kk" | "ru" | "en" });
    const mine = findings.filter((f) => f.ruleId === id);
    if (kind === "invalid") {
      expect(spans.length).toBeGreaterThan(0);
      expect(mine.map((f) => f.excerpt)).toEqual(spans);
      for (const f of mine) expect(f.lang).toBe(lang);
    } else {
      expect(mine.map((f) => f.excerpt)).toEqual([]);
    }
  });
});
