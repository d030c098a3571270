/**
 * The provision reader: who acts, how the action is stated, what it concerns and what bounds it,
 * and what kind of text a sentence is. The sentences are written for this test (none is taken from
 * the corpus); each row is one reading a factor check relies on.
 */
import { createEngine, leadInsOf, type Lang, type ReadAction } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);

interface Expect {
  actor?: ReadAction["actor"];
  actorText?: string;
  voice?: ReadAction["voice"];
  modality?: ReadAction["modality"];
  negated?: boolean;
  objects?: string[];
  bounds?: string[];
}

/** [language, sentence, the action's words, what the reader must say about it] */
const TABLE: Array<[Lang, string, string, Expect]> = [
  // who acts: subject, inverted subject, doer of a passive, nobody, the lead-in
  ["ru", "Состав комиссии определяет председатель.", "определяет", { actor: "official", voice: "active", modality: "statement", objects: ["composition"] }],
  ["ru", "Комиссия рассматривает жалобы работников.", "рассматривает", { actor: "collegial", voice: "active", objects: ["request"] }],
  ["ru", "Надбавка назначается приказом руководителя.", "назначается", { actor: "official", actorText: "руководителя", voice: "passive", objects: ["money"] }],
  ["ru", "Размер премии устанавливается директором.", "устанавливается", { actor: "official", actorText: "директором", voice: "passive" }],
  // a stressed ending after a hushing consonant: "врачом", "ключом" (not only "товарищем")
  ["ru", "Перечень платных услуг утверждается главным врачом.", "утверждается", { actor: "official", actorText: "главным врачом", voice: "passive" }],
  ["ru", "Надбавка назначается работникам отдела.", "назначается", { actor: "none", voice: "passive" }],
  ["ru", "Руководитель подведомственной организации отменяет решение комиссии.", "отменяет", { actor: "official", actorText: "Руководитель" }],
  ["ru", "Работник выбирает дату ежегодного отпуска.", "выбирает", {}],
  // a masculine genitive in "-а/-я" is no subject ("работникам отдела"); the few plurals in "-а" are
  ["ru", "4) определяет размер материальной помощи работникам отдела.", "определяет", { actor: "implicit" }],
  ["ru", "Графики дежурств утверждают директора филиалов.", "утверждают", { actor: "official", actorText: "директора" }],
  // ", который" takes up the last person named before it, whatever its case
  ["ru", "Работник уведомляет руководителя, который принимает решение об отстранении.", "принимает решение", { actor: "official", actorText: "руководителя" }],
  ["ru", "Заявление передаётся в комиссию, которая в течение 5 дней рассматривает его.", "рассматривает", { actor: "collegial", actorText: "комиссию" }],
  // an oblique relative pronoun opens a clause of its own: its subject is inside it, not the body before the comma
  ["ru", "Создаётся экспертный совет, состав которого определяет проректор по науке.", "определяет", { actor: "official", actorText: "проректор" }],
  // a comma after a finite Kazakh verb ends a clause: the next verb has its own subject
  ["kk", "Сараптама кеңесі құрылады, оның құрамын ғылым жөніндегі проректор айқындайды.", "айқындайды", { actor: "official", actorText: "проректор" }],
  // a clause of time or condition closed by "кезде / жағдайда" has a subject of its own; the main one follows it
  ["kk", "Жалға алушы ақыны екі ай бойы төлемеген жағдайда басқарма жалдау ақысын өзгертуге құқылы.", "өзгертуге", { actor: "unit", actorText: "басқарма", modality: "power" }],
  ["kk", "Жалға алушы ақыны екі ай бойы төлемеген жағдайда, басқарма жалдау ақысын өзгертуге құқылы.", "өзгертуге", { actor: "unit", actorText: "басқарма", modality: "power" }],
  // the copula's instrumental is a predicate, not the doer of a passive
  ["ru", "В состав комиссии включаются работники, не являющиеся материально ответственными лицами.", "включаются", { actor: "none", voice: "passive" }],
  // a representative body at its sitting is collegial
  ["ru", "Сессия районного маслихата принимает решение по каждому вопросу.", "принимает решение", { actor: "collegial", actorText: "Сессия" }],
  ["ru", "Отдел кадров вправе назначить дежурного.", "назначить", { actor: "unit", modality: "power", objects: ["substitute"] }],
  ["ru", "Директор обязан утвердить состав комиссии.", "утвердить", { actor: "official", modality: "duty" }],
  ["ru", "Директор не вправе изменять размер премии.", "изменять", { modality: "prohibition" }],
  ["ru", "Премия не выплачивается работникам, имеющим взыскание.", "выплачивается", { negated: true, voice: "passive" }],
  ["ru", "Срок, определяемый комиссией, не может превышать месяца.", "определяемый", { voice: "attribute" }],
  ["ru", "Размер премии определяется по показателям результативности.", "определяется", { bounds: ["criteria"] }],
  ["ru", "Надбавка устанавливается в размере не более 30 процентов оклада.", "устанавливается", { bounds: ["criteria", "limit"] }],
  ["ru", "Состав комиссии утверждается по представлению кадровой службы.", "утверждается", { bounds: ["proposal"] }],
  ["ru", "Премия выплачивается в соответствии с Положением об оплате труда.", "выплачивается", { bounds: ["act"] }],
  ["ru", "Жалоба рассматривается в течение 10 рабочих дней.", "рассматривается", { bounds: ["deadline"] }],
  ["ru", "Решение принимается большинством голосов.", "Решение принимается", { bounds: ["collegial"] }],
  ["ru", "Работник может привлекаться к сверхурочной работе только с его письменного согласия.", "привлекаться", { voice: "passive", modality: "power", bounds: ["consent"] }],
  // an instrumental after a preposition is not the doer of the passive ("между работниками", "с работодателем")
  ["ru", "Средства распределяются между работниками заместителем директора.", "распределяются", { actor: "official", voice: "passive", objects: ["shares"] }],
  ["ru", "Продолжительность отпуска определяется по соглашению между работником и работодателем.", "определяется", { actor: "none", voice: "passive" }],
  ["kk", "Кезекшіні бөлім басшысы тағайындайды.", "тағайындайды", { actor: "official", voice: "active", modality: "statement", objects: ["substitute"] }],
  ["kk", "Үстемеақы мөлшері директордың бұйрығымен белгіленеді.", "белгіленеді", { actor: "official", voice: "passive", objects: ["money"] }],
  ["kk", "Үстемеақы бөлім қызметкерлеріне төленеді.", "төленеді", { actor: "none", voice: "passive" }],
  // the doer of a Kazakh passive is the noun right before the marker, not a dative receiver before it
  ["kk", "Қызметтік тұрғын үй қызметкерге Кәсіпорын директорының бұйрығы негізінде беріледі.", "беріледі", { actor: "official", voice: "passive", objects: ["benefit"] }],
  // a noun before a postposition is its object, not the subject ("бөлімшелер арасында")
  ["kk", "Қаражатты директор бөлімшелер арасында бөледі.", "бөледі", { actor: "official", voice: "active", objects: ["shares"] }],
  ["kk", "Комиссия өтініштерді қарайды.", "қарайды", { actor: "collegial", voice: "active", objects: ["request"] }],
  ["kk", "Басшы мерзімді ұзартуға құқылы.", "ұзартуға", { actor: "official", modality: "power" }],
  ["kk", "Директор комиссия құрамын бекітуге міндетті.", "бекітуге", { actor: "official", modality: "duty" }],
  ["kk", "Сыйлықақы тәртіптік жазасы бар қызметкерлерге төленбейді.", "төленбейді", { negated: true }],
  ["kk", "Берілген куәлік қайтарылады.", "Берілген", { voice: "attribute" }],
  ["kk", "Сыйлықақы мөлшері 3-қосымшаға сәйкес айқындалады.", "айқындалады", { bounds: ["act"] }],
  ["kk", "Шағым он жұмыс күні ішінде қаралады.", "қаралады", { bounds: ["deadline"] }],
  // kk: ", ол" names the last person before the comma; a noun before a participle acts inside the
  // relative clause; a bare noun before a possessive in a case is a modifier; a title in quotes acts not
  ["kk", "Қызметкер өтінішін бөлім басшысына береді, ол өтінішті қарайды.", "қарайды", { actor: "official", actorText: "басшысына" }],
  ["kk", "Шағымды қызметкер жұмыс істейтін бөлімнің басшысы қарайды.", "қарайды", { actor: "official", actorText: "басшысы" }],
  ["kk", "Үстемеақы мөлшерін бөлім басшысының ұсынымы негізінде директор айқындайды.", "айқындайды", { actor: "official", actorText: "директор" }],
  // a role noun before "ұйымды / компанияға" names the kind of organisation, it is no subject
  ["kk", "Мердігер ұйымды Кәсіпорын директоры айқындайды.", "айқындайды", { actor: "official", actorText: "директоры", objects: ["supplier"] }],
  ["kk", "«Үздік қызметкер» атағына ұсыныстарды марапаттау комиссиясы қарайды.", "қарайды", { actor: "collegial" }],
  ["kk", "Конкурстық комиссия қатысушылардың өтінімдерін бағалайды.", "бағалайды", { actor: "collegial" }],
  ["ru", "Премиальный фонд распределяется между структурными подразделениями по предложению отдела кадров.", "распределяется", { actor: "none", voice: "passive", objects: ["shares"], bounds: ["proposal"] }],
  ["kk", "Жеткізушіні басқарушы директор айқындайтын тәртіппен таңдайды.", "айқындайтын", { actor: "official", voice: "attribute" }],
  // a phrase opening with a participle after a bare noun is a noun phrase of its own, not its izafet head
  ["kk", "Көрсетілетін қызметті алушы көрсетілетін қызметті берушінің шешімін Әкімшілік рәсімдік-процестік кодексіне сәйкес қарайды.", "қарайды", { actor: "private", actorText: "алушы" }],
  // after a clause of condition or time, "ол" takes up the sentence's topic
  ["kk", "Қызметкерге өнім берушіден сыйлық ұсынылған жағдайда ол бұл туралы үш жұмыс күні ішінде жазбаша хабарлайды.", "хабарлайды", { actor: "private", actorText: "Қызметкерге" }],
  // verbs that exist only with -ся are active ("отказывается от"); the impersonal "в выдаче отказывается" is not
  ["ru", "Работник отказывается от подарка поставщика.", "отказывается", { actor: "private", voice: "active" }],
  ["ru", "В выдаче справки отказывается при непредставлении документов.", "отказывается", { voice: "passive" }],
];

describe("who acts, how, about what, bounded by what", () => {
  test.each(TABLE)("[%s] %s «%s»", (lang, sentence, words, want) => {
    const reading = engine.read(sentence, { langHint: lang });
    const action = reading.actions.find((a) => a.text === words);
    expect(action).toBeDefined();
    const a = action as ReadAction;
    const got: Expect = {};
    if (want.actor !== undefined) got.actor = a.actor;
    if (want.actorText !== undefined) got.actorText = a.actorText;
    if (want.voice !== undefined) got.voice = a.voice;
    if (want.modality !== undefined) got.modality = a.modality;
    if (want.negated !== undefined) got.negated = a.negated;
    if (want.objects !== undefined) got.objects = want.objects.filter((o) => a.objects.includes(o));
    if (want.bounds !== undefined) got.bounds = want.bounds.filter((b) => a.bounds.includes(b));
    expect(got).toEqual(want);
    if (want.bounds === undefined && want.objects === undefined && Object.keys(want).length === 0) expect(a.actor).toBe("private");
  });
});

describe("what kind of text a sentence is", () => {
  const KINDS: Array<[Lang, string, string]> = [
    ["ru", "Задачами аттестации являются повышение квалификации и мотивация работников.", "goal"],
    ["ru", "Присвоение звания является одним из важных моральных стимулов.", "goal"],
    ["ru", "В настоящих Правилах используются следующие основные понятия: [...] 1) отдел – структурное подразделение, координирующее работу.", "definition"],
    ["ru", "Например, работник может получить сувенир стоимостью до 5 МРП.", "example"],
    ["ru", "Директор утверждает состав комиссии до 1 февраля.", "norm"],
    ["kk", "Аттестаттаудың мақсаты қызметкерлердің біліктілігін арттыру болып табылады.", "goal"],
    ["kk", "Осы Қағидаларда мынадай негізгі ұғымдар пайдаланылады: [...] 1) бөлім – құрылымдық бөлімше.", "definition"],
    ["kk", "Басшы комиссия құрамын 1 ақпанға дейін бекітеді.", "norm"],
    ["ru", "Настоящий Порядок имеет целью снижение расходов на мобильную связь.", "goal"],
    ["ru", "Настоящая Инструкция разработана в целях упорядочения работы архива.", "goal"],
    // principles a scheme rests on, and a long Kazakh list of aims before "болып табылады"
    ["ru", "Аттестация основывается на принципах объективности, гласности и коллегиальности.", "goal"],
    ["kk", "Аттестаттау объективтілік, жариялылық және алқалылық қағидаттарына негізделеді.", "goal"],
    ["kk", "Мұрағат қызметінің мақсаттары құжаттардың сақталуын, олардың тұтастығын қамтамасыз ету, іздеу жүйесін жетілдіру, сондай-ақ құжаттарды пайдаланушыларға уақтылы беру және олардың қолжетімділігін арттыру болып табылады.", "goal"],
    ["kk", "Осы Нұсқаулық мұрағат жұмысын ретке келтіру мақсатында әзірленді.", "goal"],
    ["kk", "Кадр қызметінің негізгі міндеттері: [...] 1) кадрлық құжаттаманың толықтығын қамтамасыз ету.", "goal"],
    // a section heading names what follows; with a verb or a final stop it stays a norm
    ["ru", "5. Должностные лица, постоянные комиссии и иные органы маслихата", "heading"],
    ["ru", "Глава 3. Иные полномочия комиссии", "heading"],
    ["kk", "2-тарау. Мәслихаттың лауазымды адамдары және өзге де органдары", "heading"],
    ["ru", "5. Комиссия вправе запрашивать иные документы", "norm"],
    ["ru", "5. Должностные лица и иные органы маслихата.", "norm"],
    ["ru", "5) иные органы маслихата", "norm"],
    // the items a goal lead opens, inline in the same paragraph, are goals too
    ["ru", "Основными задачами Службы являются: 1) обеспечение соблюдения требований; 2) своевременное выявление рисков.", "goal"],
  ];
  test.each(KINDS)("[%s] %s → %s", (lang, text, kind) => {
    const reading = engine.read(text, { langHint: lang });
    expect(reading.sentences[reading.sentences.length - 1]?.kind).toBe(kind);
  });

  test("a section heading is not an open list", () => {
    expect(engine.analyze(["5. Должностные лица, постоянные комиссии и иные органы маслихата"], { langHint: "ru" }).findings).toEqual([]);
    expect(engine.analyze(["5. Заместитель выполняет иные поручения директора."], { langHint: "ru" }).findings.map((f) => f.ruleId)).toEqual(["lists/no-open-list"]);
  });

  test("a goal statement is not a missing deadline, an evaluative criterion in a scoring form is a finding", () => {
    const goal = engine.analyze(["Задачами комиссии являются своевременное рассмотрение обращений и значительное улучшение работы."], { langHint: "ru" });
    expect(goal.findings).toEqual([]);
    const form = engine.analyze(["Оценочный лист ____________ (подпись): 5 баллов – кандидат полностью владеет темой."], { langHint: "ru" });
    expect(form.findings.map((f) => f.ruleId)).toContain("vagueness/no-evaluative-criterion");
  });
});

describe("a list item is read with its lead-in", () => {
  const DOC = [
    "16. Функции отдела:",
    "1) рассматривает обращения физических и юридических лиц;",
    "2) осуществляет иные функции, возложенные директором.",
    "17. Права отдела:",
    "1) запрашивать у подразделений необходимые сведения.",
    "18. Директор утверждает план работы.",
  ];

  test("leadInsOf pairs items with the paragraph that governs them, and ends the list at a new item", () => {
    expect(leadInsOf(DOC)).toEqual([undefined, DOC[0], DOC[0], undefined, DOC[3], undefined]);
  });

  test("findings of an item are reported on the item, at its own offsets", () => {
    const { findings } = engine.analyze(DOC, { langHint: "ru" });
    const onItem = findings.filter((f) => f.paragraph === 1);
    expect(onItem.map((f) => f.ruleId)).toContain("discretion/no-request-deadline");
    for (const f of findings) expect(DOC[f.paragraph]?.slice(f.start, f.end)).toBe(f.excerpt);
  });

  test("a private person named as the subject of the lead-in acts in every sub-item: his duties are no power", () => {
    const item = ["8. При получении подарка служащий:", "1) в течение суток уведомляет комплаенс-офицера;", "2) отказывается от участия в рассмотрении заявок дарителя."].join("\n");
    const ids = engine.analyze([item], { langHint: "ru" }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain("discretion/no-grounds-measure");
    const actors = engine.read(item, { langHint: "ru" }).actions.map((a) => a.actor);
    expect(actors).not.toContain("implicit");
  });

  test("an unlabelled line after the sub-items speaks for the whole item, not for the last sub-item", () => {
    const item = [
      "11. Сыйлықақы мынадай тәртіппен есептеледі:",
      "1) базалық сома лауазымдық жалақының 30 пайызын құрайды;",
      "2) базалық сома көрсеткіштерді орындау коэффициентіне көбейтіледі.",
      "Сыйлықақы директордың бұйрығымен төленеді.",
    ].join("\n");
    const ids = (text: string) => engine.analyze([text], { langHint: "kk" }).findings.map((f) => f.ruleId);
    expect(ids(item)).not.toContain("money/no-discretionary-payment");
    // the same closing sentence with no formula in the item is still one person's payment
    expect(ids("11. Сыйлықақы директордың бұйрығымен төленеді.")).toContain("money/no-discretionary-payment");
  });

  test("a bound in a sibling sub-item does not bound another one; the lead-in and the item's own words do", () => {
    const ids = (lines: string[], lang: Lang) => engine.analyze([lines.join("\n")], { langHint: lang }).findings.map((f) => f.ruleId);
    const lead = "7. Ремонт служебных автомобилей выполняется в следующем порядке:";
    const bounded = "1) автосервис выбирается в соответствии с Правилами закупок Общества;";
    const direct = "2) срочный ремонт поручается автосервису напрямую по решению начальника гаража.";
    // sub-item 1 names the procurement act; it says nothing of sub-item 2's direct award
    expect(ids([lead, bounded, direct], "ru")).toContain("procurement/no-single-source");
    // the same act named in the lead-in governs every sub-item
    expect(ids(["7. Ремонт служебных автомобилей выполняется в соответствии с Правилами закупок Общества в следующем порядке:", direct], "ru")).not.toContain(
      "procurement/no-single-source",
    );
    // a first item written on the lead-in's line, after its colon, is a sibling too
    expect(ids(["7. Ремонт служебных автомобилей выполняется в следующем порядке: 1) автосервис выбирается в соответствии с Правилами закупок Общества;", direct], "ru")).toContain(
      "procurement/no-single-source",
    );
    // and in the sub-item itself
    expect(ids([lead, bounded, "2) срочный ремонт поручается автосервису напрямую по решению начальника гаража в случаях, предусмотренных Правилами закупок Общества."], "ru")).not.toContain(
      "procurement/no-single-source",
    );
  });

  test("what a rule requires is read in the whole item: a Kazakh list puts its governing verb in the last sub-item", () => {
    const item = [
      "8. Анықтаманы алу үшін бұрынғы жұмыскер кадр қызметіне:",
      "1) өтінішті;",
      "2) соңғы жұмыс орнынан мінездемені;",
      "3) жеке басын куәландыратын құжатты ұсынады.",
    ].join("\n");
    expect(engine.analyze([item], { langHint: "kk" }).findings.map((f) => f.ruleId)).toContain("lists/no-burdensome-reference");
  });

  test("a Kazakh list's one verb in the last sub-item is bounded by what its siblings fix, unless a decider is named", () => {
    const ids = (lines: string[]) => engine.analyze([lines.join("\n")], { langHint: "kk" }).findings.map((f) => f.ruleId);
    const lead = "6. Оқу-жаттығу жиынына шақырылған спортшыға:";
    const fixed = ["1) әрбір күн үшін 3 айлық есептік көрсеткіш мөлшерінде тамақтану ақысы;", "2) жатақханада тұру шығыстары;"];
    // the amounts stand in the siblings; nobody decides anything, so no decider is missing
    expect(ids([lead, ...fixed, "3) растайтын құжаттар бойынша жол жүру шығыстары өтеледі."])).not.toContain("gaps/no-decider");
    // the same list whose last sub-item leaves the amount to one person is still that person's choice
    expect(ids([lead, ...fixed, "3) мереке күндері директор айқындайтын мөлшерде қосымша ақы төленеді."])).toContain("money/no-discretionary-amount");
  });

  test("a vote in another sentence is how the body decides, not how one official picks its members", () => {
    const ids = (text: string, lang: Lang) => engine.analyze([text], { langHint: lang }).findings.map((f) => f.ruleId);
    expect(ids("5. Для отбора проектов создаётся экспертный совет, состав которого определяет проректор по науке. Решение совета принимается большинством голосов.", "ru")).toContain("discretion/no-criteria-choice");
    // the vote in the same sentence as the choice bounds it
    expect(ids("5. Состав экспертного совета утверждается большинством голосов учёного совета.", "ru")).not.toContain("discretion/no-criteria-choice");
  });

  test("the item's label is read", () => {
    expect(engine.read("2.4. Директор утверждает план.").label).toBe("2.4.");
    expect(engine.read("15) рассматривает обращения;").label).toBe("15)");
  });
});

describe("searches are bounded (a 256 KB sentence stays linear)", () => {
  test("the holder of a power is looked for within a window, not across the whole sentence", () => {
    const filler = Array.from({ length: 60 }, (_v, i) => `пункт ${i + 1}`).join(", ");
    const near = engine.analyze([`Комиссия вправе запросить документы.`], { langHint: "ru" }).findings;
    const far = engine.analyze([`Комиссия, ${filler}, вправе запросить документы.`], { langHint: "ru" }).findings;
    // Near, the commission is the holder (the rule's own severity); sixty items away it is not found, so one step lower.
    expect(near.find((f) => f.ruleId === "discretion/no-may-formula")?.severity).toBe("medium");
    expect(far.find((f) => f.ruleId === "discretion/no-may-formula")?.severity).toBe("low");
  });
});
