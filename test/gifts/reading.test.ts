/**
 * How the gift reader reads a mail (issue 11), one behaviour per test, on mails written for the
 * test: who wrote what (own text, signature, quoted chain), refusals that reach the quoted offer
 * and the subject, Kazakh typed without its letters, Kazakh words that are Russian words once
 * folded, texts that only talk about gifts, and the clause on every piece of evidence.
 */
import { createGiftDetector, type MailInput } from "../../src/engine/gifts/detector";
import { mailSegments } from "../../src/engine/gifts/mail-structure";
import { DEFAULT_GIFT_BOOK } from "../../src/rulebook/gifts";

const detector = createGiftDetector(DEFAULT_GIFT_BOOK);
const read = (m: Partial<MailInput> & { body: string }) => detector.classify({ subject: "", from: "Someone <someone@example.kz>", ...m });
const cues = (text: string, lang: "kk" | "ru" | "en" = "ru") => detector.cueMatches(text, lang).map((m) => m.cue.id);

describe("who wrote what", () => {
  test.each([
    ["Outlook reply", "Спасибо, буду.\n\n-----Original Message-----\nFrom: Виктор\nSent: Monday\nПриглашаем на рыбалку."],
    ["forward", "Посмотрите, пожалуйста.\n\n---------- Forwarded message ---------\nОт: Офис Снаб\nПримите подарок."],
    ["> lines", "Рахмет!\n\n> Сізге сыйлық дайындадық."],
    ["writes:", "Хорошо.\n\nАсель Маратовна писал(а):\nПриглашаем на ужин."],
    ["Kazakh writes:", "Жарайды.\n\nДина Сәрсенбаева жазды:\nСыйлық дайындадық."],
    ["From/Sent headers", "Ок.\n\nFrom: Rick Moore\nSent: Friday\nThe tickets are yours."],
  ])("%s: the quoted chain is told apart from the sender's own text", (_name, body) => {
    const segments = mailSegments(body);
    expect(segments.map((s) => s.role)).toEqual(["own", "quoted"]);
    expect(body.slice(segments[1]!.from)).toMatch(/Original|Forwarded|>|писал|жазды|From:/u);
  });

  test("a closing formula starts the signature; a long tail after it is not one", () => {
    const signed = "Акт подписан, спасибо.\n\nС уважением,\nТОО «Сувенир-Принт»: подарочные наборы, бизнес-подарки\n+7 7172 00 11 22";
    expect(mailSegments(signed).map((s) => s.role)).toEqual(["own", "signature"]);
    const notSigned = `С уважением к вашему времени, коротко о деле.\n${"Строка письма.\n".repeat(12)}`;
    expect(mailSegments(notSigned).map((s) => s.role)).toEqual(["own"]);
  });

  test("a dash with a name opens a signature; a dash before lower-case words is a list item", () => {
    const dashed = "Акт подписан, спасибо.\n\n— Айгуль Серикова\n+7 7172 00 11 22";
    expect(mailSegments(dashed).map((s) => s.role)).toEqual(["own", "signature"]);
    const list = "Предлагаем:\n— плановое ТО раз в квартал;\n— ежемесячный отчёт о доступности.\nСтоимость — 96 млн тенге, 10% возвращаем наличными.";
    expect(mailSegments(list).map((s) => s.role)).toEqual(["own"]);
  });

  test("a supplier's line of business in its signature offers nothing; the same words in the text do", () => {
    const signature = "Направляем счёт по договору № 31 на изготовление блокнотов.\n\nС уважением,\nТОО «Сувенир-Принт»: сувенирная продукция, подарочные наборы, примите наши поздравления";
    expect(read({ body: signature }).risk).toBe("none");
    expect(read({ body: "Примите от нас подарочный набор к празднику." }).risk).not.toBe("none");
  });

  test("'Sent from my iPhone' is not an iPhone given", () => {
    expect(read({ body: "Отчёт отправили.\n\nОтправлено с iPhone" }).risk).toBe("none");
  });

  test("an offer quoted under a refusal, or named in the subject, is refused with it", () => {
    const quoted = "Рахмет, бірақ жолдаманы қабылдай алмаймын.\n\n> Сізге шипажайға 10 күндік жолдама дайындадық, барлық шығын біздің есебімізден.";
    expect(read({ subject: "Re: Шипажайға жолдама", body: quoted }).risk).toBe("none");
    expect(read({ subject: "Re: Кешкі асқа шақыру", body: "Шақыруыңызға рахмет, бірақ мен мейрамханадағы кешкі асқа шақыруды қабылдай алмаймын." }).risk).toBe("none");
    // The same quoted offer, forwarded with a question instead of a refusal, still stands.
    const forwarded = "Қабылдауға бола ма?\n\n> Сізге шипажайға 10 күндік жолдама дайындадық, барлық шығын біздің есебімізден.";
    expect(read({ subject: "FW: Шипажайға жолдама", body: forwarded }).risk).not.toBe("none");
  });
});

describe("Kazakh and Russian alike", () => {
  test("Kazakh typed without its letters matches the same cues", () => {
    expect(cues("Сізге сыйлық дайындадық", "kk")).toEqual(expect.arrayContaining(["object.gift", "action.offer"]));
    expect(cues("Сизге сыйлык дайындадык", "ru")).toEqual(expect.arrayContaining(["object.gift", "action.offer"]));
    expect(read({ body: "Салем! Кол койганыныз ушин рахмет, сизге сыйлык бар, кешке алып барайын." }).risk).not.toBe("none");
  });

  test("a code-switched sentence is read against both languages' cues", () => {
    const v = read({ body: "Айгерим, рахмет! Кишкене алгыс ретинде хотим перевести на каспий, номериңізді жазып жіберіңіз." });
    expect(v.risk).toBe("high");
    expect(v.conditions).toContain("cash-like");
  });

  test("a Kazakh word that is a Russian word once folded counts only in Kazakh (strict cues)", () => {
    expect(cues("Мәселені шешу үшін пара беруге дайын.", "kk")).toContain("object.bribe-kk");
    expect(cues("Нужна пара мониторов и пара кабелей.", "ru")).not.toContain("object.bribe-kk");
    expect(cues("Ұлымның тойына келіңіз.", "kk")).toContain("object.feast-kk");
    expect(cues("В той же папке лежит отчёт, приходите.", "ru")).not.toContain("object.feast-kk");
  });
});

describe("texts that only talk about gifts", () => {
  test("a course on gifts named in the subject sets the whole mail aside", () => {
    const body = "Разберём: поставщик дарит сертификат, подрядчик предлагает конверт, участник тендера зовёт на ужин.";
    expect(read({ subject: "Тренинг: подарки и представительские расходы", body }).risk).toBe("none");
    expect(read({ subject: "Ужин", body: "Участник тендера зовёт вас на ужин, счёт за нами." }).risk).not.toBe("none");
  });

  test("a digest marker deep in a long mail does not hide an offer far from it", () => {
    const filler = Array.from({ length: 30 }, (_, i) => `Пункт ${i}: график дежурств на следующую неделю согласован с руководителями смен.`).join("\n\n");
    const body = `Дайджест публикаций: задержан чиновник.\n\n${filler}\n\nКстати, приглашаем вас на ужин в ресторан, счёт за нами, заодно обсудим лот.`;
    expect(body.length).toBeGreaterThan(1000);
    expect(read({ subject: "Разное", body }).risk).toBe("high");
    // The same marker in a short mail, or in the subject, holds for all of it.
    expect(read({ subject: "Дайджест", body: "Задержан чиновник: ему предлагали ужин в ресторане за счёт подрядчика." }).risk).toBe("none");
  });

  test("a collection among colleagues is no gift; for the head, or of value, it is", () => {
    expect(read({ body: "Коллеги, у Лены в пятницу день рождения. Скидываемся по 2000 на карту, купим цветы и торт." }).risk).toBe("none");
    expect(read({ body: "Әріптестер, Айгүлдің туған күніне әрқайсымыздан 2 000 теңгеден жинаймыз, гүл мен торт аламыз." }).risk).toBe("none");
    // the same collection for the head (subordinates giving their own head), or for a valuable present
    expect(read({ body: "Коллеги, у шефа в пятницу день рождения. Скидываемся по 20000 на карту, купим подарок." }).risk).not.toBe("none");
    expect(read({ body: "Коллеги, у Лены юбилей. Скидываемся по 15000, подарим ей сертификат в ювелирный магазин." }).risk).not.toBe("none");
  });

  test("'don't think about the money' waives a cost: it is no cash", () => {
    const v = read({ body: "Саяжайыңыздағы шатырды біздің жігіттер жауып береді, материалын да өзіміз алып барамыз, ақшасын ойламаңыз." });
    expect(v.risk).not.toBe("none");
    expect(v.conditions).not.toContain("cash-like");
  });
});

describe("what happens and to whom", () => {
  test("a verb that means 'as a gift' makes a weaker thing a gift; a bare mention does not", () => {
    expect(read({ body: "Отправил вам ковёр ручной работы на память о нашей встрече." }).risk).not.toBe("none");
    expect(read({ body: "В переговорной лежит старый ковёр, его заберут в понедельник." }).risk).toBe("none");
  });

  test("a job for a relative needs the relative and an offer near it", () => {
    expect(read({ body: "Ваш сын ищет стажировку? Возьмём его к себе в отдел, оформим официально." }).risk).not.toBe("none");
    expect(read({ body: "Открыт набор на программу стажировок, отбор по конкурсу." }).risk).toBe("none");
  });

  test("an outgoing mail to a state body's address meets 4.3.1, with the recipient as evidence", () => {
    const v = detector.classify({ subject: "Ужин", from: "me@example.kz", body: "Приглашаем вас на ужин, счёт за нами.", direction: "outgoing", to: ["Ержан Болатович <e.bolatovich@akimat.astana.kz>"] });
    expect(v.risk).toBe("high");
    expect(v.conditions).toContain("official");
    expect(v.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ field: "to", cue: "recipient.official", clause: "P4.3.1" })]));
    expect(v.clauses).toContain("P4.3.1");
  });
});

describe("evidence and clauses", () => {
  test("every piece of evidence carries its clause: the event 4.1.2, each condition its letter, 4.1.3 or 4.3.1", () => {
    const v = read({ from: "Руслан <ruslan.t@gmail.com>", subject: "Тендер", body: "Если поддержите нашу заявку на тендере, переведём вам на карту 200 000 тенге, только между нами." });
    expect(v.risk).toBe("high");
    const byCondition = new Map(v.evidence.filter((e) => e.condition).map((e) => [e.condition, e.clause]));
    expect(byCondition.get("influence")).toBe("P4.1.2a");
    expect(byCondition.get("own-behalf")).toBe("P4.1.2b");
    expect(byCondition.get("secrecy")).toBe("P4.1.2c");
    expect(byCondition.get("cash-like")).toBe("P4.1.2d");
    expect(byCondition.get("value")).toBe("P4.1.2e");
    expect(byCondition.get("procurement")).toBe("P4.1.3");
    for (const e of v.evidence.filter((x) => !x.condition)) expect(e.clause).toBe("P4.1.2");
    for (const e of v.evidence) if (e.field === "body") expect(v.bodyText.slice(e.start, e.end)).toBe(e.text);
    expect(v.clauses).toEqual(expect.arrayContaining(["P4.1.2", "P4.1.3"]));
  });

  test("a mail with nothing offered shows no evidence", () => {
    const v = read({ body: "Приглашаем на совещание по тендеру в четверг, 11:00." });
    expect(v.risk).toBe("none");
    expect(v.evidence).toEqual([]);
  });
});

describe("a reminder of the policy's gift clauses", () => {
  test.each([
    ["ru", "Коллеги, напоминаем пункт 4.1.2 Политики. Работникам запрещается предлагать, обещать, давать, требовать, просить и принимать любые подарки и знаки гостеприимства:\n- если они влияют на решения в пользу дарителя;\n- если они предоставляются наличными или переводом на карту.\nКомплаенс-офицер"],
    ["kk", "Әріптестер, Саясаттың 4.1.2-тармағын еске саламыз. Қызметкерлерге кез келген сыйлықтарды ұсынуға, уәде беруге, беруге, сұрауға және қабылдауға тыйым салынады:\n- егер олар шешімге әсер етсе;\n- егер олар қолма-қол ақшамен берілсе.\nКомплаенс-офицер"],
  ])("%s: a long list of banned acts in one sentence is the rule, not an offer", (_lang, body) => {
    expect(read({ body }).risk).toBe("none");
  });

  test("the same words as an offer are still one", () => {
    expect(read({ body: "Примите, пожалуйста, подарок и конверт от нашей компании, переведём и на карту, если удобнее." }).risk).not.toBe("none");
  });
});

describe("an employee asking a contractor (a solicitation)", () => {
  const body = "Олег, у отдела в пятницу итоги года. Организуйте нам вечер где-нибудь в центре. Ваши акты за декабрь я сам посмотрю.";

  test("counts in a mail being sent that holds something over the recipient", () => {
    const v = read({ body, direction: "outgoing", to: ["Олег <oleg@clean.example.kz>"] });
    expect(v.risk).toBe("high");
    expect(v.evidence.map((e) => e.cue)).toContain("frame.solicit");
  });

  test("not in a mail received: the same words from outside are not the reader's request", () => {
    expect(read({ body }).evidence.map((e) => e.cue)).not.toContain("frame.solicit");
  });

  test("not without pressure: a request to one's own HR within the approved budget", () => {
    const v = read({ body: "Коллеги, организуйте нам вечер для отдела по итогам года.", direction: "outgoing", to: ["HR <hr@example.kz>"] });
    expect(v.evidence.map((e) => e.cue)).not.toContain("frame.solicit");
  });
});

describe("guards that a marker lifts in their own sentence", () => {
  test("the Enterprise paying an employee's trip is no gift; a partner paying a relative's share in that sentence is", () => {
    expect(read({ body: "Іссапарымды Кәсіпорын төлейді, барлығы бұйрық бойынша." }).risk).toBe("none");
    expect(read({ body: "Іссапарымды Кәсіпорын төлейді, бірақ жұбайымның қонақүй мен ұшу шығынын қор өз есебінен жабатын болса, мен қарсы емеспін." }).risk).not.toBe("none");
  });

  test("pay handed over in cash through someone is not payroll", () => {
    expect(read({ body: "Надбавка к зарплате перечисляется на карту в день выплаты." }).risk).toBe("none");
    expect(read({ body: "Вашу надбавку передадим как всегда через Лену наличными, спасибо за акт." }).risk).not.toBe("none");
  });
});

describe("a subject that names what the body's guards explain", () => {
  test("'Конверттер жіберілді' over a courier envelope of documents is the same envelope", () => {
    expect(read({ subject: "Конверттер жіберілді", body: "Әкімдікке хаттар үш конвертте Қазпошта арқылы жіберілді. Конверт ішінде актілер түпнұсқасы." }).risk).toBe("none");
  });

  test("a subject that names something the body does not explain still counts", () => {
    expect(read({ subject: "Конверт для вас", body: "Документы по договору отправлены почтой." }).risk).not.toBe("none");
  });
});

describe("a thing of value said to the addressee", () => {
  test.each([
    ["ru", "Андрей, как всегда к концу квартала — вам подарочная карта «Спорттовары» на 100 тысяч, в конверте с вашей фамилией."],
    ["kk", "Динара, сізге «Alem SPA» сертификаты екі адамға, 80 000 теңге."],
  ])("%s: needs no verb of giving", (_lang, body) => {
    expect(read({ body }).risk).not.toBe("none");
  });

  test("a stay with a second thing of value held for the addressee needs no verb either", () => {
    expect(read({ body: "Сен үшін Шымбұлаққа екі ски-пасс және отельде нөмір, демалыс күндері." }).risk).not.toBe("none");
  });

  // [what the reading is, an offer it must flag, the look-alike it must leave alone]
  test.each([
    ["a service made free for the addressee's own private things is a gift", "Айтпақшы, сіздің жеке сайтыңызды біздің серверде тегін орналастырдық, шот жазылмайды.", "Хостинг для сайта Центра предоставляется бесплатно по договору."],
    ["… in Russian too", "Кстати, ваш личный сайт мы разместили на нашем хостинге бесплатно.", "Хостинг для сайта Центра предоставляется бесплатно по договору."],
    ["a course given to the addressee's son is an offer, not a course about gifts", "Вашего сына записали на курс пилотов дронов бесплатно, стоимость 900 тысяч, для вас — подарок.", "Тренинг по подаркам и гостеприимству: курс обязателен, тест до пятницы."],
    ["an offer to the addressee personally is not the trade union's award because the union is named", "Если поможете нам с контрактом через профсоюз, вам лично годовой абонемент в клуб бесплатно, никто не узнает.", "Профком дарит всем сотрудникам билеты в театр к празднику."],
  ])("%s", (_reading, offer, lookAlike) => {
    expect(read({ body: offer }).risk).not.toBe("none");
    expect(read({ body: lookAlike }).risk).toBe("none");
  });

  test("a thing of value said not to be given is no offer", () => {
    expect(read({ body: "Команда басшысына қолма-қол ақша берілмейді, форма жеткізушіге шарт бойынша төленеді." }).risk).toBe("none");
  });

  test("a person who is not the addressee does not stand in for the verb", () => {
    expect(read({ body: "Тізімге 20-сына дейін жазылыңыздар, корпоратив мейрамханада, оплачивает предприятие по смете." }).risk).toBe("none");
  });
});

describe("a reward said only beside a decision or secrecy (pressed frames)", () => {
  test("a messenger named alone does not press it; off-mail secrecy does", () => {
    expect(read({ body: "С премии мне вернётся часть, детали в WhatsApp." }).risk).toBe("none");
    const pressed = read({ body: "С премии мне вернётся часть, только не по почте." });
    expect(pressed.risk).toBe("high");
    expect(pressed.evidence.map((e) => e.cue)).toEqual(expect.arrayContaining(["frame.reward-pressed", "condition.secrecy"]));
  });
});
