/**
 * The `terms` check: how it reads a time limit (number words, units, working and calendar days,
 * what the limit runs from) and when two limits of one item are one step given twice. The rule's
 * own examples (rules/references.yml) cover the common shapes; these cases pin the reading.
 */
import { createEngine } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);
const RULE = "references/no-conflicting-terms";
const flagged = (text: string) => engine.analyze([text]).findings.filter((f) => f.ruleId === RULE).map((f) => f.excerpt);

describe("a limit's value", () => {
  test("number words add up and equal their digits: no collision", () => {
    expect(flagged("5. Заявление рассматривается в течение 25 рабочих дней со дня регистрации. Решение по заявлению принимается в течение двадцати пяти рабочих дней со дня регистрации заявления.")).toEqual([]);
    expect(flagged("5. Өтініш тіркелген күнінен бастап 15 жұмыс күні ішінде қаралады. Өтініш бойынша шешім ол тіркелген күннен бастап он бес жұмыс күні ішінде қабылданады.")).toEqual([]);
  });

  test("different number words are different limits", () => {
    expect(flagged("5. Өтініш тіркелген күнінен бастап он жұмыс күні ішінде қаралады. Өтініш бойынша шешім ол тіркелген күннен бастап он бес жұмыс күні ішінде қабылданады.")).toEqual(["он бес жұмыс күні ішінде"]);
  });

  test("a month is thirty days; a calendar week and five working days are read as one limit", () => {
    expect(flagged("5. Заявка рассматривается в течение 30 календарных дней со дня поступления. Решение по заявке принимается в течение одного месяца со дня ее поступления.")).toEqual([]);
    expect(flagged("5. Заявка рассматривается в течение 5 рабочих дней со дня поступления. Решение по заявке принимается в течение 7 календарных дней со дня ее поступления.")).toEqual([]);
  });

  test("a date is not a limit: «до 15 декабря»", () => {
    expect(flagged("5. Заявка рассматривается в течение 5 рабочих дней со дня поступления. Решение по заявке принимается до 15 декабря.")).toEqual([]);
  });
});

describe("what a limit runs from", () => {
  test("arrival, registration and receipt of one request are one moment", () => {
    expect(flagged("5. Ходатайство рассматривается в течение 10 рабочих дней со дня его поступления. Решение по ходатайству принимается в течение 20 рабочих дней со дня получения ходатайства.")).toEqual(["в течение 20 рабочих дней"]);
  });

  test("the end of different periods is not one moment", () => {
    expect(flagged("5. Отчет за квартал представляется не позднее 10 дней после окончания квартала. Отчет за год представляется не позднее 30 дней после окончания года.")).toEqual([]);
  });

  test("a limit with no starting point is not compared with one that has it", () => {
    expect(flagged("5. Жалоба рассматривается в течение 10 рабочих дней со дня регистрации. Ответ на жалобу направляется заявителю в течение 3 рабочих дней.")).toEqual([]);
  });
});

describe("which step and which document", () => {
  test("different documents: a request and a protocol", () => {
    expect(flagged("5. Заявка рассматривается в течение 5 рабочих дней со дня поступления. Протокол рассматривается в течение 10 рабочих дней со дня поступления.")).toEqual([]);
  });

  test("Kazakh: a document named after the step's verb belongs to the next predicate", () => {
    // the board reviews a complaint in 15 days and then forwards a recommendation; the director reviews the recommendation in 5
    const text = "12. Кеңес шағымды ол келіп түскен күннен бастап 15 жұмыс күні ішінде қарайды және Директорға ұсынымдардың бірін енгізеді. Директор ұсынымды ол келіп түскен күннен бастап 5 жұмыс күні ішінде қарайды.";
    expect(engine.analyze([text], { langHint: "kk" }).findings.filter((f) => f.ruleId === RULE)).toEqual([]);
    // the same document given twice is still a collision
    const twice = "12. Кеңес шағымды ол келіп түскен күннен бастап 15 жұмыс күні ішінде қарайды. Шағымды кеңес ол келіп түскен күннен бастап 5 жұмыс күні ішінде қарайды.";
    expect(engine.analyze([twice], { langHint: "kk" }).findings.filter((f) => f.ruleId === RULE)).not.toEqual([]);
  });

  test("a special case sets its own limit", () => {
    expect(flagged("5. Заявление рассматривается в течение 15 рабочих дней со дня регистрации. При необходимости получения сведений от других органов заявление рассматривается в течение 30 рабочих дней со дня регистрации.")).toEqual([]);
  });

  test("two limits in one clause are read as the writer's own distinction", () => {
    expect(flagged("5. Обращение рассматривается в течение 15 рабочих дней со дня регистрации, а обращение, требующее выезда, – в течение 30 рабочих дней со дня регистрации.")).toEqual([]);
  });

  test("sub-items of a listed procedure are compared like sentences", () => {
    expect(flagged("5. Служебная записка: 1) рассматривается руководителем в течение 3 рабочих дней со дня регистрации; 2) рассматривается заместителем директора в течение 7 рабочих дней со дня регистрации.")).toEqual(["в течение 7 рабочих дней"]);
  });
});

describe("an overall limit", () => {
  test("steps that fit in it are no collision; steps that exceed it are", () => {
    expect(flagged("5. Проект приказа согласовывается: 1) юридическим отделом в течение 2 рабочих дней; 2) бухгалтерией в течение 2 рабочих дней. Общий срок согласования не превышает 5 рабочих дней.")).toEqual([]);
    expect(flagged("5. Проект приказа согласовывается: 1) юридическим отделом в течение 3 рабочих дней; 2) бухгалтерией в течение 3 рабочих дней. Общий срок согласования не превышает 5 рабочих дней.")).toEqual(["превышает 5 рабочих дней"]);
  });

  test("an extension beyond the overall limit is a collision", () => {
    expect(flagged("5. Жалоба тіркелген күнінен бастап он жұмыс күні ішінде қаралады. Қосымша мәліметтер қажет болса, мерзім отыз жұмыс күніне дейін ұзартылады. Шағымды қараудың жалпы мерзімі он бес жұмыс күнінен аспауға тиіс.")).toEqual(["он бес жұмыс күнінен аспауға"]);
  });
});

describe("the body's next sitting", () => {
  test("a limit in days and 'the next sitting' for the same step of the same document collide", () => {
    expect(flagged("5. Ходатайства рассматриваются комиссией в течение 5 рабочих дней со дня поступления. Ходатайства рассматриваются на очередном заседании комиссии.")).toEqual(["на очередном заседании"]);
  });

  test("'the next sitting' bounded by a limit in its own clause, or for another document, is no collision", () => {
    expect(flagged("5. Ходатайства рассматриваются на ближайшем заседании, но не позднее 10 рабочих дней со дня поступления.")).toEqual([]);
    expect(flagged("5. Жалоба рассматривается в течение 10 рабочих дней со дня регистрации. Протокол подписывается на следующем заседании.")).toEqual([]);
  });

  test("a sitting is left out of an overall limit's sum", () => {
    expect(flagged("5. Заявка рассматривается на очередном заседании совета. Ответ направляется в течение 3 рабочих дней. Общий срок рассмотрения не превышает 30 рабочих дней.")).toEqual([]);
  });
});
