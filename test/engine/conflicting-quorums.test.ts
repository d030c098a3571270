/**
 * The `quorum` check: which share a phrase states, whether it counts those present or the votes,
 * and when two shares of one item are one rule given twice. The rule's own examples
 * (rules/references.yml) cover the common shapes; these cases pin the reading.
 */
import { createEngine } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);
const RULE = "references/no-conflicting-quorums";
const flagged = (text: string) => engine.analyze([text]).findings.filter((f) => f.ruleId === RULE).map((f) => f.excerpt);

describe("two quorums or two majorities in one item", () => {
  test("'more than half' is not 'a half': the larger share is read", () => {
    expect(flagged("4. Заседание правомочно при присутствии более половины членов. Заседание считается правомочным, если присутствует половина членов.")).toEqual(["половина"]);
  });

  test("one share said twice is one rule", () => {
    expect(flagged("4. Заседание правомочно при присутствии двух третей членов. Без присутствия двух третей членов заседание не проводится.")).toEqual([]);
  });

  test("'жартысынан астам' is more than half, as 'көпшілік' is: one majority said twice", () => {
    expect(flagged("4. Егер дауыс беру нәтижесінде кандидат депутаттардың жалпы санының көпшілік даусын алса, ол сайланды деп есептеледі. Егер қайта дауыс беру кезінде кандидат жалпы санның жартысынан астам даусын ала алмаса, қайтадан сайлау өткізіледі.")).toEqual([]);
  });

  test("a quorum and a majority count different things", () => {
    expect(flagged("4. Заседание правомочно при присутствии двух третей членов. Решения принимаются большинством голосов присутствующих.")).toEqual([]);
    expect(flagged("4. Отырысқа мүшелерінің үштен екісі қатысса, отырыс заңды болып есептеледі. Шешімдер көпшілік даусымен қабылданады.")).toEqual([]);
  });

  test("a larger majority for named questions is a special rule", () => {
    expect(flagged("4. Решения принимаются большинством голосов. По вопросам исключения из членов совета решение принимается двумя третями голосов.")).toEqual([]);
  });

  test("a majority and unanimity for one decision collide, in Kazakh too", () => {
    expect(flagged("4. Шешімдер қатысқан мүшелердің көпшілік даусымен қабылданады. Шешімді комиссияның барлық мүшелері қолдаса, ол қабылданды деп есептеледі.")).toEqual(["барлық мүшелері"]);
  });

  test("two shares in one clause are the writer's own distinction", () => {
    expect(flagged("4. Решение принимается большинством голосов, а при избрании председателя — двумя третями голосов.")).toEqual([]);
  });
});
