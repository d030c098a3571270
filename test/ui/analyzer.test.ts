/**
 * The pane's Analyzer caches paragraph results and re-reads only what changed; what a whole-document
 * rule needs (gaps/no-appeal: a refusal with no appeal anywhere in the act) must survive the cache.
 * The sentences are written for this test.
 */
import { createEngine } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { Analyzer } from "../../src/ui/analysis/analyzer";

const engine = createEngine(DEFAULT_RULEBOOK);
const REFUSAL = "3.1. Комиссия отказывает заявителю в допуске к конкурсу.";
const APPEAL = "5.2. Заявитель вправе обжаловать решение комиссии в течение 10 рабочих дней.";
const rules = (o: { result: { findings: readonly { ruleId: string }[] } }) => o.result.findings.map((f) => f.ruleId);

test("an appeal clause elsewhere in the draft answers the refusal, on the first check and from the cache", async () => {
  const analyzer = new Analyzer(engine);
  const without = await analyzer.analyze(["Правила отбора", REFUSAL, "4.1. Итоги публикуются на сайте."]);
  expect(rules(without)).toContain("gaps/no-appeal");

  // the appeal clause is added at the end: only that paragraph is read again, the refusal comes from the cache
  const withAppeal = await analyzer.analyze(["Правила отбора", REFUSAL, "4.1. Итоги публикуются на сайте.", APPEAL]);
  expect(withAppeal.reanalysed).toBe(1);
  expect(rules(withAppeal)).not.toContain("gaps/no-appeal");

  // and removed again: everything from the cache
  const again = await analyzer.analyze(["Правила отбора", REFUSAL, "4.1. Итоги публикуются на сайте."]);
  expect(again.reanalysed).toBe(0);
  expect(rules(again)).toContain("gaps/no-appeal");
});
