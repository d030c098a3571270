/**
 * Each kind of difference between the versions, in both directions: the edit is made to the
 * Russian version and, separately, to the Kazakh one, and each pair is compared in both orders.
 * The faithful pair reports nothing, and differences of style stay silent.
 */
import { DISCREPANCY_KINDS, discrepancyFinding, type DiscrepancyKind } from "../../src/engine/bilingual";
import { compare, edit, KK, RU, type Version } from "./fixtures";

interface Case {
  readonly kind: DiscrepancyKind;
  /** The edit made to one version: label of the paragraph, its new text (null: removed). */
  readonly ru: readonly (readonly [string, string | null])[];
  readonly kk: readonly (readonly [string, string | null])[];
  /**
   * Which version says the thing the other lacks: the edited one, or the one left as it was; "both"
   * when each says its own value (10 days / 5 days), which is one discrepancy between them.
   */
  readonly says: "edited" | "original" | "both";
}

const CASES: readonly Case[] = [
  {
    kind: "term",
    ru: [["1.2.", "1.2. Удостоверение выдается отделом кадров в течение 10 рабочих дней со дня подачи заявления."]],
    kk: [["1.2.", "1.2. Куәлікті кадр қызметі өтініш берілген күннен бастап 10 жұмыс күні ішінде береді."]],
    says: "both",
  },
  {
    kind: "unit",
    ru: [["1.2.", "1.2. Удостоверение выдается отделом кадров в течение 5 календарных дней со дня подачи заявления."]],
    kk: [["1.2.", "1.2. Куәлікті кадр қызметі өтініш берілген күннен бастап 5 күнтізбелік күн ішінде береді."]],
    says: "both",
  },
  {
    kind: "number",
    ru: [["2) ", "2) 4 фотографии размером 3х4 сантиметра;"]],
    kk: [["2) ", "2) көлемі 3х4 сантиметр 4 фотосурет;"]],
    says: "both",
  },
  {
    kind: "date",
    ru: [["2.5.", "2.5. Настоящие Правила вводятся в действие с 1 июля 2027 года."]],
    kk: [["2.5.", "2.5. Осы Қағидалар 2027 жылғы 1 шілдеден бастап қолданысқа енгізіледі."]],
    says: "both",
  },
  {
    kind: "reference",
    ru: [["2.6.", "2.6. Срок, указанный в пункте 1.3, исчисляется со дня регистрации заявления."]],
    kk: [["2.6.", "2.6. 1.3-тармақта көрсетілген мерзім өтініш тіркелген күннен бастап есептеледі."]],
    says: "both",
  },
  {
    kind: "act",
    ru: [["2.3.", "2.3. Споры разрешаются в соответствии с законодательством Республики Казахстан."]],
    kk: [["2.3.", "2.3. Даулар Қазақстан Республикасының заңнамасына сәйкес шешіледі."]],
    says: "both",
  },
  {
    kind: "body",
    ru: [["2.7.", "2.7. Решение об отказе в выдаче удостоверения принимает комиссия."]],
    kk: [["2.7.", "2.7. Куәлікті беруден бас тарту туралы шешімді комиссия қабылдайды."]],
    says: "both",
  },
  {
    kind: "structural-unit",
    ru: [["2.4.", "2.4. Контроль за исполнением настоящих Правил возлагается на отдел кадров."]],
    kk: [["2.4.", "2.4. Осы Қағидалардың орындалуын бақылау кадр қызметіне жүктеледі."]],
    says: "both",
  },
  {
    kind: "modality",
    ru: [["1.3.", "1.3. Работник может сдать удостоверение в течение трех рабочих дней со дня увольнения."]],
    kk: [["1.3.", "1.3. Қызметкер жұмыстан шығарылған күннен бастап үш жұмыс күні ішінде куәлікті тапсыра алады."]],
    says: "edited",
  },
  {
    kind: "negation",
    ru: [["1.4.", "1.4. Дубликат удостоверения выдается."]],
    kk: [["1.4.", "1.4. Куәліктің телнұсқасы беріледі."]],
    says: "original",
  },
  {
    kind: "qualifier",
    ru: [["2.2.", "2.2. Оплата изготовления удостоверения производится за счет средств Предприятия в размере 2 МРП."]],
    kk: [["2.2.", "2.2. Куәлікті дайындауға ақы төлеу Кәсіпорын қаражаты есебінен 2 АЕК мөлшерінде жүргізіледі."]],
    says: "original",
  },
  {
    kind: "enumeration",
    ru: [
      ["2) ", "2) 2 фотографии размером 3х4 сантиметра и копию приказа о назначении."],
      ["3) ", null],
    ],
    kk: [
      ["2) ", "2) көлемі 3х4 сантиметр 2 фотосурет және тағайындау туралы бұйрықтың көшірмесі."],
      ["3) ", null],
    ],
    says: "original",
  },
  {
    kind: "missing-item",
    ru: [["1.4.", null]],
    kk: [["1.4.", null]],
    says: "original",
  },
  {
    kind: "factor",
    ru: [["1.2.", "1.2. Удостоверение выдается отделом кадров при необходимости в течение 5 рабочих дней со дня подачи заявления."]],
    kk: [["1.2.", "1.2. Куәлікті кадр қызметі қажет болған жағдайда өтініш берілген күннен бастап 5 жұмыс күні ішінде береді."]],
    says: "edited",
  },
];

function apply(v: Version, edits: Case["ru"]): string[] {
  return edits.reduce<string[]>((acc, [label, text]) => edit(acc, label, text), [...v]);
}

test("the faithful pair reports nothing, in either order", () => {
  expect(compare(KK, RU).discrepancies).toEqual([]);
  expect(compare(RU, KK).discrepancies).toEqual([]);
});

test("every kind of discrepancy the book defines has a case here", () => {
  expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(DISCREPANCY_KINDS));
});

describe.each(CASES)("$kind", (c) => {
  // The edited version, the untouched one, and which of them says the thing.
  const variants = [
    { edited: "ru", pair: [KK, apply(RU, c.ru)] as const, editedIndex: 1 },
    { edited: "ru", pair: [apply(RU, c.ru), KK] as const, editedIndex: 0 },
    { edited: "kk", pair: [apply(KK, c.kk), RU] as const, editedIndex: 0 },
    { edited: "kk", pair: [RU, apply(KK, c.kk)] as const, editedIndex: 1 },
  ];
  test.each(variants)("edited $edited version, given as version $editedIndex", ({ pair, editedIndex }) => {
    const result = compare(pair[0], pair[1]);
    expect(result.discrepancies.map((d) => d.kind)).toEqual([c.kind]);
    const d = result.discrepancies[0]!;
    if (c.says !== "both") expect(d.from).toBe(c.says === "edited" ? editedIndex : 1 - editedIndex);
    // Both versions' excerpts are exact slices of their paragraphs, and each is a finding on its version.
    for (const v of [0, 1] as const) {
      const side = d.sides[v];
      expect(pair[v][side.paragraph]?.slice(side.start, side.end)).toBe(side.excerpt);
      const f = discrepancyFinding(d, v);
      expect(f).toMatchObject({ ruleId: `bilingual/${c.kind}`, factor: "legal_linguistic_uncertainty", clauses: ["A1.3.6"], paragraph: side.paragraph, excerpt: side.excerpt });
    }
    expect(d.message.length).toBeGreaterThan(20);
    expect(d.recommendation.length).toBeGreaterThan(20);
  });
});

describe("differences of style are not reported", () => {
  const STYLE: ReadonlyArray<readonly [string, string, string]> = [
    ["a year said without a number", "3.1. Удостоверение действует в течение года.", "3.1. Куәлік бір жыл ішінде жарамды."],
    ["digits with words in brackets", "3.1. Заявление рассматривается в течение 10 (десяти) рабочих дней.", "3.1. Өтініш он жұмыс күні ішінде қаралады."],
    ["a duty and a present-tense statement", "3.1. Работник обязан сдать удостоверение.", "3.1. Қызметкер куәлікті тапсырады."],
    ["calendar days and plain days", "3.1. Решение вступает в силу по истечении десяти календарных дней.", "3.1. Шешім он күн өткен соң күшіне енеді."],
    ["an inscription quoted in the other language", "3.1. На обложке размещена надпись «МӘСЛИХАТ».", "3.1. Мұқабада «МӘСЛИХАТ» деген жазу орналасқан."],
    ["a duty against a statement with «не позднее» / «кешіктірмей»", "3.1. Работник уведомляет кадровую службу не позднее 3 рабочих дней.", "3.1. Қызметкер кадр қызметін 3 жұмыс күнінен кешіктірмей хабардар етуге міндетті."],
  ];
  test.each(STYLE)("%s", (_name, ru, kk) => {
    expect(compare([...KK, kk], [...RU, ru]).discrepancies).toEqual([]);
    expect(compare([...RU, ru], [...KK, kk]).discrepancies).toEqual([]);
  });
});

/**
 * Legal Kazakh and Russian say the same bound, number or kind of rule with different means: a
 * frequency's lower bound ("кемінде" / "не реже"), an upper bound said with a negated verb ("артық
 * … берілмейді" / "не более", "аспауы тиіс" / "не должно превышать"), a number inside a compound
 * adjective ("он күндік" / "десятидневный"), a prohibition with "тиіс" ("бермеуі тиіс" / "не
 * должен"), a permission ("рұқсат етіледі" / "разрешается"). Each equivalence stays silent, and a
 * real difference said with the same means is still reported.
 */
describe("equivalent wordings are not reported", () => {
  const SAME: ReadonlyArray<readonly [string, string, string]> = [
    ["«не реже» / «кемінде»", "3.1. Наличие удостоверений проверяется не реже двух раз в год.", "3.1. Куәліктердің болуы жылына кемінде екі рет тексеріледі."],
    ["«не превышающий» / «аспайтын»", "3.1. Отпуск предоставляется на срок, не превышающий десяти календарных дней.", "3.1. Демалыс күнтізбелік он күннен аспайтын мерзімге беріледі."],
    ["«не более» / «артық … берілмейді»", "3.1. Дубликат удостоверения выдается не более трех раз.", "3.1. Куәліктің телнұсқасы үш реттен артық берілмейді."],
    ["«не должно превышать» / «аспауы тиіс»", "3.1. Число членов комиссии не должно превышать 9 человек.", "3.1. Комиссия мүшелерінің саны 9 адамнан аспауы тиіс."],
    ["«не может … более» / «артық … алмайды»", "3.1. Работник не может быть направлен в командировку более трех раз в квартал.", "3.1. Қызметкер тоқсанына үш реттен артық іссапарға жіберіле алмайды."],
    ["a compound number: days", "3.1. Решение об отказе доводится до работника в десятидневный срок.", "3.1. Бас тарту туралы шешім қызметкерге он күндік мерзімде жеткізіледі."],
    ["a compound number: weeks", "3.1. Удостоверение продлевается в течение двухнедельного срока.", "3.1. Куәлік екі апта ішінде ұзартылады."],
    ["a compound number: times", "3.1. Двукратное нарушение срока сдачи удостоверения влечет взыскание.", "3.1. Куәлікті тапсыру мерзімін екі рет бұзу жазаға әкеп соғады."],
    ["«не должен» / «-меуі тиіс»", "3.1. Работник не должен передавать удостоверение третьим лицам.", "3.1. Қызметкер куәлікті үшінші тұлғаларға бермеуі тиіс."],
    ["«разрешается» / «рұқсат етіледі»", "3.1. Работнику разрешается хранить удостоверение дома.", "3.1. Қызметкерге куәлікті үйде сақтауға рұқсат етіледі."],
    ["the verb «указывает» is no decree", "3.1. Работник указывает в заявлении номер удостоверения.", "3.1. Қызметкер өтініште куәліктің нөмірін көрсетеді."],
    ["«руководящие органы» / «басшы органдар»", "3.1. Профсоюз взаимодействует с руководящими органами Предприятия.", "3.1. Кәсіподақ Кәсіпорынның басшы органдарымен өзара іс-қимыл жасайды."],
    ["an oblast budget is a local budget", "3.1. Расходы возмещаются за счет средств областного бюджета.", "3.1. Шығыстар жергілікті бюджет қаражаты есебінен өтеледі."],
    ["«18 и старше» / «18 және одан жоғары»", "3.1. Удостоверение выдается работникам в возрасте 18 лет и старше.", "3.1. Куәлік 18 жас және одан жоғары қызметкерлерге беріледі."],
    ["«только после» / a permission after a condition", "3.1. Работнику разрешается входить в архив только после записи в журнале.", "3.1. Қызметкерге мұрағатқа кіруге журналға жазылғаннан кейін рұқсат етіледі."],
    ["«только при» / «… жағдайда»", "3.1. Дубликат выдается только в случае утраты удостоверения.", "3.1. Телнұсқа куәлік жоғалған жағдайда беріледі."],
  ];
  test.each(SAME)("%s", (_name, ru, kk) => {
    expect(compare([...KK, kk], [...RU, ru]).discrepancies.map((d) => [d.kind, d.said])).toEqual([]);
    expect(compare([...RU, ru], [...KK, kk]).discrepancies.map((d) => [d.kind, d.said])).toEqual([]);
  });
});

describe("a real difference said with the same means is still reported", () => {
  const DIFFERENT: ReadonlyArray<readonly [string, string, string, string]> = [
    ["«не более» against «кемінде»", "3.1. Наличие удостоверений проверяется не более двух раз в год.", "3.1. Куәліктердің болуы жылына кемінде екі рет тексеріледі.", "qualifier"],
    ["«не реже» against «артық емес»", "3.1. Наличие удостоверений проверяется не реже двух раз в год.", "3.1. Куәліктердің болуы жылына екі реттен артық емес тексеріледі.", "qualifier"],
    ["«не превышающий» against «кемінде»", "3.1. Отпуск предоставляется на срок, не превышающий 10 календарных дней.", "3.1. Демалыс кемінде 10 күнтізбелік күн мерзімге беріледі.", "qualifier"],
    ["«более 20» against a plain 20", "3.1. Перевозка осуществляется автобусами вместимостью более 20 мест.", "3.1. Тасымалдау сыйымдылығы 20 орынды автобустармен жүзеге асырылады.", "qualifier"],
    ["«18 и более» against «18-ден жоғары»", "3.1. Удостоверение выдается работникам в возрасте 18 и более лет.", "3.1. Куәлік 18 жастан жоғары қызметкерлерге беріледі.", "qualifier"],
    ["an open look-back against one year", "3.1. Учитываются взыскания, наложенные в последние годы.", "3.1. Соңғы бір жыл ішінде қолданылған жазалар ескеріледі.", "qualifier"],
    ["a compound number that differs", "3.1. Решение об отказе доводится до работника в десятидневный срок.", "3.1. Бас тарту туралы шешім қызметкерге бес күндік мерзімде жеткізіледі.", "term"],
    ["a permission against a prohibition", "3.1. Работнику разрешается хранить удостоверение дома.", "3.1. Қызметкерге куәлікті үйде сақтауға тыйым салынады.", "modality"],
    ["«не должен» against a power", "3.1. Работник не должен передавать удостоверение третьим лицам.", "3.1. Қызметкер куәлікті үшінші тұлғаларға бере алады.", "modality"],
    ["«только» against no condition at all", "3.1. Удостоверение выдается только работникам отдела.", "3.1. Куәлік бөлім қызметкерлеріне беріледі.", "qualifier"],
  ];
  test.each(DIFFERENT)("%s", (_name, ru, kk, kind) => {
    // A prohibition against a power is also a negation on one side only: both may be said.
    for (const pair of [compare([...KK, kk], [...RU, ru]), compare([...RU, ru], [...KK, kk])]) expect(pair.discrepancies.map((d) => d.kind).filter((k) => k !== "negation" || kind !== "modality")).toEqual([kind]);
  });
});

/**
 * An evaluative or open word in both versions ("грубое" / "өрескел", "иные" / "өзге де") is the
 * same factor in both even where the engine's rule fires in one language only; the factor is
 * reported when the other version has no such word.
 */
describe("a factor whose words the other version also carries", () => {
  const CASES: ReadonlyArray<readonly [string, string, string, boolean]> = [
    ["«грубое нарушение» / «өрескел бұзушылық»", "3.1. За грубое нарушение порядка использования удостоверения работник лишается премии.", "3.1. Куәлікті пайдалану тәртібін өрескел бұзғаны үшін қызметкер сыйақыдан айырылады.", false],
    ["«грубое нарушение» / a plain «бұзушылық»", "3.1. За грубое нарушение порядка использования удостоверения работник лишается премии.", "3.1. Куәлікті пайдалану тәртібін бұзғаны үшін қызметкер сыйақыдан айырылады.", true],
    ["«других лиц» / «басқа тұлғалардың»", "3.1. Кадровая служба рассматривает обращения работников и других лиц.", "3.1. Кадр қызметі қызметкерлер мен басқа тұлғалардың өтініштерін қарайды.", false],
    ["«других лиц» / a named class", "3.1. Кадровая служба рассматривает обращения работников и других лиц.", "3.1. Кадр қызметі қызметкерлер мен олардың отбасы мүшелерінің өтініштерін қарайды.", true],
    ["«иные документы» / «өзге де құжаттар»", "3.1. К заявлению прилагаются копия приказа и иные документы.", "3.1. Өтінішке бұйрықтың көшірмесі және өзге де құжаттар қоса беріледі.", false],
    ["«иные документы» / a closed list", "3.1. К заявлению прилагаются копия приказа и иные документы.", "3.1. Өтінішке бұйрықтың көшірмесі және фотосурет қоса беріледі.", true],
  ];
  test.each(CASES)("%s", (_name, ru, kk, reported) => {
    for (const pair of [compare([...KK, kk], [...RU, ru]), compare([...RU, ru], [...KK, kk])]) {
      const factors = pair.discrepancies.filter((d) => d.kind === "factor");
      expect(factors.length > 0).toBe(reported);
    }
  });
});
