/**
 * Suggested rewrites must be grammatical and say what the law needs: the duty agrees with its
 * subject (обязан / обязана / обязано / обязаны), Kazakh duties govern the dative verbal noun
 * (-уға/-уге міндетті), a passive gets no word swap, and a power to punish gets advice on criteria
 * for choosing the measure, never "must punish". Sentences written for this test.
 */
import { createEngine, type Finding, type Lang } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);

function mayFinding(text: string, lang: Lang): Finding {
  const f = engine.analyze([text], { langHint: lang }).findings.find((x) => x.ruleId === "discretion/no-may-formula");
  if (!f) throw new Error(`no may-formula finding in: ${text}`);
  return f;
}

/** The sentence with the suggestion applied, as "Apply suggestion" would write it. */
function applied(text: string, f: Finding): string | undefined {
  return f.suggestion === undefined ? undefined : text.slice(0, f.start) + f.suggestion + text.slice(f.end);
}

describe("Russian: the duty agrees with its subject", () => {
  const CASES: Array<[string, string]> = [
    ["Руководитель вправе рассмотреть жалобу работника.", "Руководитель обязан рассмотреть жалобу работника."],
    ["Комиссия вправе запросить у заявителя сведения.", "Комиссия обязана запросить у заявителя сведения."],
    ["Предприятие вправе проверить сведения участника.", "Предприятие обязано проверить сведения участника."],
    ["Отделы вправе проверять отчёты подразделений.", "Отделы обязаны проверять отчёты подразделений."],
    ["Руководители подразделений могут согласовать график.", "Руководители подразделений обязаны согласовать график."],
    ["Директор имеет право отменить решение комиссии.", "Директор обязан отменить решение комиссии."],
  ];
  test.each(CASES)("%s", (text, want) => {
    expect(applied(text, mayFinding(text, "ru"))).toBe(want);
  });

  test.each([
    "Размер премии может быть снижен.",
    "Нарушение требований Политики может рассматриваться как проступок.",
    "Работники могут привлекаться к работе в выходные дни.",
  ])("no word swap for a passive: %s", (text) => {
    expect(mayFinding(text, "ru").suggestion).toBeUndefined();
  });
});

describe("Kazakh: the duty governs the dative verbal noun", () => {
  const CASES: Array<[string, string]> = [
    ["Басшы шағымды қарауға құқылы.", "Басшы шағымды қарауға міндетті."],
    ["Комиссия қосымша құжаттарды сұрату құқығы бар.", "Комиссия қосымша құжаттарды сұратуға міндетті."],
    ["Басшы шағымды қарай алады.", "Басшы шағымды қарауға міндетті."],
    ["Директор шарт талаптарын өзгерте алады.", "Директор шарт талаптарын өзгертуге міндетті."],
    ["Директор жауапты қызметкерді тағайындай алады.", "Директор жауапты қызметкерді тағайындауға міндетті."],
  ];
  test.each(CASES)("%s", (text, want) => {
    expect(applied(text, mayFinding(text, "kk"))).toBe(want);
  });

  test("no word swap for a passive", () => {
    expect(mayFinding("Сыйлықақы мөлшері азайтылуы мүмкін.", "kk").suggestion).toBeUndefined();
  });

  test("no word swap where the holder is a genitive (it would have to change case too)", () => {
    expect(mayFinding("Комиссияның қосымша құжаттарды сұрату құқығы бар.", "kk").suggestion).toBeUndefined();
  });
});

describe("a power to postpone or extend is advice on grounds and a limit, not a duty to postpone", () => {
  test.each<[string, Lang, RegExp]>([
    ["Руководитель вправе продлить срок проверки.", "ru", /предельный срок/u],
    ["Совет может перенести рассмотрение запроса на другую сессию.", "ru", /предельный срок/u],
    ["Басшы тексеру мерзімін ұзарта алады.", "kk", /ең ұзақ мерзімін/u],
    ["Кеңес сауалды қарауды басқа сессияға ауыстыра алады.", "kk", /ең ұзақ мерзімін/u],
  ])("%s", (text, lang, advice) => {
    const f = mayFinding(text, lang);
    expect(f.suggestion).toBeUndefined();
    expect(f.recommendation).toMatch(advice);
  });
});

describe("a power to punish is advice on criteria, not a duty to punish", () => {
  test.each<[string, Lang, RegExp]>([
    ["Директор вправе применить к работнику дисциплинарное взыскание.", "ru", /критерии выбора меры/u],
    ["Директор қызметкерге тәртіптік жаза қолдануға құқылы.", "kk", /таңдау өлшемдерін/u],
    // the verbal noun of punishing names a sanction too ("жазалау шаралары")
    ["Ереже бұзылғаны үшін қызметкерге жазалау шаралары қолданылуы мүмкін.", "kk", /таңдау өлшемдерін/u],
  ])("%s", (text, lang, advice) => {
    const f = mayFinding(text, lang);
    expect(f.suggestion).toBeUndefined();
    expect(f.recommendation).toMatch(advice);
    expect(engine.localize(f, "en").recommendation).toMatch(/criteria for choosing the measure/u);
  });

  test("a dismissal named in another clause of the sentence does not make a benefit a sanction", () => {
    const f = mayFinding("Работодатель предупреждает работника о предстоящем увольнении за два месяца и может предоставить ему один оплачиваемый день в неделю для поиска работы.", "ru");
    expect(f.recommendation).not.toMatch(/критерии выбора меры/u);
    expect(f.message).not.toMatch(/ответственности/u);
  });
});

describe("advice fits the payment: what is owed for a circumstance is not tied to performance", () => {
  const paymentFinding = (text: string, lang: Lang) => engine.analyze([text], { langHint: lang }).findings.find((x) => x.ruleId === "money/no-discretionary-payment");
  // severance, hardship aid, a pension supplement, paid leave (other texts than the agreement the readers struck it in)
  test.each<[string, Lang]>([
    ["Выходное пособие при расторжении договора выплачивается в размере, определяемом директором.", "ru"],
    ["Материальная помощь на лечение оказывается по решению директора.", "ru"],
    ["Зейнеткерлерге үстемеақы мөлшерін директор айқындайды.", "kk"],
  ])("%s", (text, lang) => {
    const f = paymentFinding(text, lang);
    expect(f).toBeDefined();
    expect(engine.localize(f!, "en").recommendation).toMatch(/amount or formula/u);
    expect(engine.localize(f!, "en").recommendation).not.toMatch(/performance indicators/u);
  });

  test("a bonus keeps the advice on performance indicators", () => {
    const f = paymentFinding("Размер премии определяется приказом директора.", "ru");
    expect(engine.localize(f!, "en").recommendation).toMatch(/performance indicators/u);
  });
});

describe("the special case a finding concerns is read across two adjectives of one noun", () => {
  test("«счётной и редакционной комиссии» is one body: the composition advice, as «рабочей группы» gets", () => {
    for (const text of ["В состав счётной и редакционной комиссии могут включаться работники аппарата.", "В состав рабочей группы могут включаться работники аппарата."]) {
      const f = mayFinding(text, "ru");
      expect(engine.localize(f, "en").message).toMatch(/who is put on the body/u);
    }
  });

  test("a conjunction after a verb still ends the other clause", () => {
    const f = mayFinding("Работодатель предупреждает работника о предстоящем увольнении за два месяца и может предоставить ему один оплачиваемый день в неделю для поиска работы.", "ru");
    expect(f.message).not.toMatch(/ответственности/u);
  });
});
