/**
 * Kazakh typed in Latin letters (issue 11): the 2021 alphabet («alğys», «şeşim», «kartañyz») and
 * the keyboard-less kind («salemetsiz be, rahmet»). The reader spells such tokens in Cyrillic and
 * reads them a second time; English and Russian mail, and a lone foreign letter, are read as before.
 * Mails written for this test.
 */
import { createGiftDetector, type MailInput } from "../../src/engine/gifts/detector";
import { foldKazakh, kazakhLatinToCyrillic, looksKazakhLatin, looksRussianLatin } from "../../src/engine/gifts/fold";
import { DEFAULT_GIFT_BOOK } from "../../src/rulebook/gifts";

const detector = createGiftDetector(DEFAULT_GIFT_BOOK);
const read = (m: Partial<MailInput> & { body: string }) => detector.classify({ subject: "", from: "Someone <someone@example.kz>", ...m });

describe("spelling a Latin-letter Kazakh token in Cyrillic", () => {
  test.each([
    ["alğysymyzdy", "алғысымызды"],
    ["şeşimine", "шешіміне"],
    ["sheshimine", "шешіміне"],
    ["kartañyzdyñ", "картаңыздың"],
    ["komissiya", "комиссия"],
    ["ülken", "үлкен"],
    ["qarjy", "қаржы"],
    // "i" after a vowel is "й"
    ["boiynsha", "бойынша"],
    // «kh» and «gh» typed for «х» and «ғ»
    ["meiramkhanagha", "мейрамханаға"],
    ["daiyn", "дайын"],
    ["aitpaqşy", "айтпақшы"],
    // the 2018 alphabet: acute letters, and "ı" after a vowel
    ["ańǵa", "аңға"],
    ["jóndeý", "жөндеу"],
    ["úıińizge", "үйіңізге"],
    ["bári", "бәрі"],
    ["aıtpa", "айтпа"],
    // keyboard-less: "y" after a vowel is "й"
    ["payyzy", "пайызы"],
    ["boyynsha", "бойынша"],
    ["bauyrym", "бауырым"],
    // a word-final "ng" is "ң"; inside a word it stays "нг", as «теңге» folds
    ["qoysang", "қойсаң"],
    ["sening", "сенің"],
    ["tengeden", "теңгеден"],
    // «-ing» ends loanwords: «trening» is «тренинг»
    ["trening", "тренинг"],
    ["monitoring", "мониторинг"],
  ])("%s → %s (as the reader folds both)", (latin, cyrillic) => {
    expect(foldKazakh(kazakhLatinToCyrillic(latin))).toBe(foldKazakh(cyrillic));
  });
});

describe("which mail is Kazakh in Latin letters", () => {
  test.each([
    [["sälem", "dos", "ertek", "kezdesemiz"], true],
    [["salemetsiz", "be", "rahmet"], true],
    [["sizge", "alğys", "bildiremiz"], true],
    // a short plea typed without diacritics: one «q» word and a form of address
    [["kaiyrly", "kun", "zhanar", "hanym", "biz", "qaryzdar", "bolmaimyz"], true],
    [["the", "men", "paid", "500", "tenge", "each"], false],
    [["dear", "mr", "müller", "thank", "you"], false],
    [["über", "alles"], false],
    [["здравствуйте", "спасибо"], false],
  ])("%j → %s", (tokens, want) => {
    expect(looksKazakhLatin(tokens)).toBe(want);
  });
});

describe("the reader", () => {
  test("a reward promised in Latin-letter Kazakh for a commission's decision is read like its Cyrillic twin", () => {
    const latin = read({ body: "Erbol Asqaruly, salemetsiz be! Komissiya şeşimine ülken rahmet. Sizge alğysymyzdy basqaşa bildiremiz. Kartañyzdyñ nömirin jiberiñizşi." });
    const cyrillic = read({ body: "Ербол Асқарұлы, сәлеметсіз бе! Комиссия шешіміне үлкен рахмет. Сізге алғысымызды басқаша білдіреміз. Картаңыздың нөмірін жіберіңізші." });
    expect(cyrillic.risk).not.toBe("none");
    expect(latin.risk).toBe(cyrillic.risk);
  });

  test("an offer in the 2018 alphabet (acute letters) is read like its Cyrillic twin", () => {
    const latin = read({ body: "Sálem Asqar! Tekserý aktisine qol qoıdyń, raqmet. Senbide seni Býrabaıǵa demalysqa alyp ketemiz, bári bizden. Eshkimge aıtpa." });
    const cyrillic = read({ body: "Сәлем Асқар! Тексеру актісіне қол қойдың, рақмет. Сенбіде сені Бурабайға демалысқа алып кетеміз, бәрі бізден. Ешкімге айтпа." });
    expect(cyrillic.risk).not.toBe("none");
    expect(latin.risk).toBe(cyrillic.risk);
  });

  test("keyboard-less Latin Kazakh with «q» before a vowel is Kazakh; English «q» words are not", () => {
    expect(looksKazakhLatin(["qyzmeti", "boiynsha", "shotty", "aqysyna"])).toBe(true);
    expect(looksKazakhLatin(["the", "quick", "qatar", "airways", "flight"])).toBe(false);
  });

  test("a Spanish name with one acute letter in English mail is not Kazakh", () => {
    expect(looksKazakhLatin(["dear", "josé", "álvarez", "thank", "you"])).toBe(false);
  });

  test("an ordinary Latin-letter Kazakh mail stays none", () => {
    expect(read({ body: "Sälemetsiz be! Ertengi jinalys saǵat 10-da, ekinşi qabattaǵy zalda. Rahmet." }).risk).toBe("none");
  });

  test("an English mail with a German name and an offer is read as before", () => {
    const body = "Dear Mr. Müller, dinner is on us after the tender, as a thank you for your support.";
    expect(looksKazakhLatin(body.toLowerCase().split(/[^\p{L}]+/u))).toBe(false);
    expect(read({ body }).risk).not.toBe("none");
  });
});

/**
 * Russian typed in Latin letters (messenger habit: «Dobryi den, spasibo, kak dogovorilis»). The same
 * spelling-over reads it; the reading is switched on by two Russian words English has not.
 */
describe("Russian in Latin letters", () => {
  test.each([
    ["spasibo", "спасибо"],
    ["dolyu", "долю"],
    ["procent", "процент"],
    ["protsent", "процент"],
    ["nalichnymi", "наличными"],
    ["khorosho", "хорошо"],
    // a word-final «y» after «y» or «i» is the adjective's «й»
    ["dobryy", "добрый"],
    ["siniy", "синий"],
    ["dobryi", "добрый"],
  ])("%s → %s (as the reader folds both)", (latin, cyrillic) => {
    expect(foldKazakh(kazakhLatinToCyrillic(latin))).toBe(foldKazakh(cyrillic));
  });

  test.each([
    [["dobryi", "den", "spasibo", "za", "akt"], true],
    [["privet", "eto", "sasha"], true],
    [["dobryi", "den", "protsent", "kak", "obychno"], true],
    // one Russian word in English mail, or only the weak ones, is not enough
    [["the", "den", "is", "booked", "kak", "usual"], false],
    [["da", "ne", "net", "vse"], false],
    [["hi", "team", "see", "you", "on", "monday"], false],
    // a name that is a Russian pronoun in Latin letters, and one weak word, are not enough
    [["hi", "vas", "the", "net", "amount", "is", "due"], false],
  ])("%j → %s", (tokens, want) => {
    expect(looksRussianLatin(tokens)).toBe(want);
  });

  test("a share promised in Latin-letter Russian is read like its Cyrillic twin", () => {
    const latin = read({ body: "Dobryi den, Marat Serikovich. Kak dogovorilis, vam lichno 5 procentov ot summy kontrakta, nalichnymi, vstretimsya posle raboty." });
    const cyrillic = read({ body: "Добрый день, Марат Серикович. Как договорились, вам лично 5 процентов от суммы контракта, наличными, встретимся после работы." });
    expect(cyrillic.risk).toBe("high");
    expect(latin.risk).toBe(cyrillic.risk);
  });

  test("a working chat in Latin-letter Russian is not an offer", () => {
    expect(read({ body: "Privet, eto Sasha. Skinu tebe otchet po smete zavtra, tolko proverte tsifry po stroke 12." }).risk).toBe("none");
  });
});
