/**
 * The panes ship the rule files without their examples (tools/yaml-to-module.cjs): the engine built
 * from that book must find exactly what the full book finds, and a rule that simply lacks examples
 * in its source must still be refused.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createEngine, RulebookError, type RulebookSource } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withoutExamples, yamlToModuleSource } = require("../../tools/yaml-to-module.cjs") as {
  withoutExamples: (d: unknown) => unknown;
  yamlToModuleSource: (source: string, filename: string, options?: { stripExamples?: boolean }) => string;
};

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

function strippedBook(): RulebookSource {
  const rules = Array.isArray(DEFAULT_RULEBOOK.rules) ? DEFAULT_RULEBOOK.rules : [DEFAULT_RULEBOOK.rules];
  return { ...DEFAULT_RULEBOOK, rules: rules.map((f) => ({ ...f, data: withoutExamples(f.data) })) };
}

describe("the pane's rulebook without examples", () => {
  test("the loader's output for a rule file has no example text, and other files are untouched", () => {
    const rules = readFileSync(path.join(__dirname, "..", "..", "rules", "gaps.yml"), "utf8");
    const out = yamlToModuleSource(rules, "rules/gaps.yml", { stripExamples: true });
    expect(out).toContain('"examples":null');
    expect(out).not.toContain('"invalid"');
    const full = yamlToModuleSource(rules, "rules/gaps.yml");
    expect(full).toContain('"invalid"');
    const lexicons = readFileSync(path.join(__dirname, "..", "..", "rules", "lexicons.yml"), "utf8");
    expect(yamlToModuleSource(lexicons, "rules/lexicons.yml", { stripExamples: true })).toBe(yamlToModuleSource(lexicons, "rules/lexicons.yml"));
  });

  test("finds exactly what the full rulebook finds on every sample draft", () => {
    const full = createEngine(DEFAULT_RULEBOOK);
    const pane = createEngine(strippedBook());
    expect(pane.rules.length).toBe(full.rules.length);
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const paragraphs = readFileSync(path.join(SAMPLES, f), "utf8").split("\n");
      const key = (r: { findings: ReadonlyArray<{ ruleId: string; paragraph: number; excerpt: string }> }) => r.findings.map((x) => `${x.ruleId}@${x.paragraph}:${x.excerpt}`);
      expect(key(pane.analyze(paragraphs))).toEqual(key(full.analyze(paragraphs)));
    }
  });

  test("a rule whose source has no examples at all is still refused", () => {
    const rules = Array.isArray(DEFAULT_RULEBOOK.rules) ? DEFAULT_RULEBOOK.rules : [DEFAULT_RULEBOOK.rules];
    const first = rules[0]!;
    const data = (first.data as Array<Record<string, unknown>>).map((r, i) => {
      if (i !== 0) return r;
      const { examples: _dropped, ...rest } = r;
      return rest;
    });
    const book = { ...DEFAULT_RULEBOOK, rules: [{ ...first, data }, ...rules.slice(1)] };
    expect(() => createEngine(book)).toThrow(RulebookError);
    expect(() => createEngine(book)).toThrow(/examples: expected a map with keys kk, ru and\/or en/u);
  });
});
