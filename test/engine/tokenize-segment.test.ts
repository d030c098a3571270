import { segment } from "../../src/engine/text/segment";
import { tokenize } from "../../src/engine/text/tokenize";
import { detectLanguage } from "../../src/engine/text/language";

const words = (s: string) => tokenize(s).lower;

describe("Unicode word boundaries", () => {
  test("JavaScript \\b does not see Cyrillic words; the tokenizer does", () => {
    expect(/\bвправе\b/u.test("Орган вправе отказать")).toBe(false);
    expect(words("Орган вправе отказать")).toEqual(["орган", "вправе", "отказать"]);
  });

  test("Kazakh letters, hyphenated compounds and numbers", () => {
    expect(words("Құқығы бар іс-қимыл 10-бабының 0,1% сый-сияпат")).toEqual(["құқығы", "бар", "іс-қимыл", "10", "-", "бабының", "0,1", "%", "сый-сияпат"]);
  });

  test("a marker inside a longer word is not a token of its own", () => {
    expect(words("неправомерно")).toEqual(["неправомерно"]);
  });
});

function sentences(text: string): string[] {
  const t = tokenize(text);
  return segment(t).map((s) => text.slice(t.start[s.from], t.end[s.to - 1]));
}

describe("sentence segmentation in legal text", () => {
  test("abbreviations, initials and item numbers do not end a sentence", () => {
    expect(sentences("См. ст. 5 Закона. Ректор Кузьмичев И.К. подписывает приказ.")).toEqual(["См. ст. 5 Закона.", "Ректор Кузьмичев И.К. подписывает приказ."]);
    expect(sentences("5.2. Работник уведомляет руководителя. 5.3. Руководитель отвечает.")).toEqual(["5.2. Работник уведомляет руководителя.", "5.3. Руководитель отвечает."]);
  });

  test("a semicolon ends a list item; 'т. б.' inside an item does not", () => {
    expect(sentences("сақтауға және т. б.; тексеруге міндетті.")).toEqual(["сақтауға және т. б.;", "тексеруге міндетті."]);
  });
});

describe("per-sentence language", () => {
  const lang = (s: string, fallback: "kk" | "ru" | "en" = "ru") => {
    const t = tokenize(s);
    return detectLanguage(t, 0, t.count, fallback);
  };
  test("Kazakh, Russian and English sentences", () => {
    expect(lang("Қызметкер басшыға хабарлауға міндетті.")).toBe("kk");
    expect(lang("Работник обязан уведомить руководителя.")).toBe("ru");
    expect(lang("The employee shall inform the manager.")).toBe("en");
  });
  test("a Kazakh name inside a Russian sentence keeps it Russian", () => {
    expect(lang("Контроль возложить на руководителя аппарата Құрманбаева Ерлана.")).toBe("ru");
  });
  test("a Kazakh title in quotes does not make a Russian sentence Kazakh, nor the reverse", () => {
    // normalised quotes: « and » become "
    expect(lang('Нагрудным знаком "Құрметті қызметкер" награждаются работники за особые заслуги.')).toBe("ru");
    expect(lang('Қызметкерлер "Почетный работник" төсбелгісімен марапатталады.', "ru")).toBe("kk");
    // a sentence that is all quotation is read by its words after all
    expect(lang('"Құрметті қызметкер өз міндетін атқарады"')).toBe("kk");
  });
  test("a short Kazakh sentence without special letters falls back to its neighbour", () => {
    expect(lang("Ереже бекітілсін", "kk")).toBe("kk");
  });
});
