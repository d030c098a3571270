/**
 * Every UI string exists in kk, ru and en with the same placeholders and the plural forms each
 * language needs. Derived from en.ts, not a hand-kept list, so the next missing key fails here
 * (zod's locale parity test is the model).
 */
import { LANGS } from "../../src/engine";
import { CATALOGUES, translator } from "../../src/ui/i18n";
import { en } from "../../src/ui/i18n/en";
import { format, PLURAL_FORMS, pluralIndex } from "../../src/ui/i18n/format";

const keys = Object.keys(en) as Array<keyof typeof en>;

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)(?:\|([^}]*))?\}/gu)].map((m) => m[1] as string).sort();
}

describe("UI catalogues", () => {
  test.each(LANGS)("%s has exactly the keys of en.ts", (lang) => {
    expect(Object.keys(CATALOGUES[lang]).sort()).toEqual([...keys].sort());
  });

  test.each(LANGS.flatMap((lang) => keys.map((k) => [lang, k] as const)))("%s %s: non-empty, same placeholders, right plural forms", (lang, key) => {
    const text = CATALOGUES[lang][key];
    expect(text.trim().length).toBeGreaterThan(0);
    expect(placeholders(text)).toEqual(placeholders(en[key]));
    for (const m of text.matchAll(/\{\w+\|([^}]*)\}/gu)) expect((m[1] as string).split("|")).toHaveLength(PLURAL_FORMS[lang]);
  });

  // The standalone pages load office.js from Microsoft's CDN (README, Standalone mode): a note that
  // says nothing leaves the computer would be untrue (issue 12 item 14). What stays is the document.
  test.each(LANGS)("%s: the standalone notes say office.js is loaded, not that nothing leaves the computer", (lang) => {
    for (const key of ["standaloneNote", "mail.standaloneNote"] as const) {
      const text = CATALOGUES[lang][key];
      expect(text).toContain("office.js");
      expect(text).not.toMatch(/nothing leaves|ничего не покидает|ештеңе .*шықпайды/u);
    }
  });

  test("a catalogue missing a key would be caught", () => {
    const broken = { ...CATALOGUES.kk } as Record<string, string>;
    delete broken.check;
    expect(Object.keys(broken).sort()).not.toEqual([...keys].sort());
  });
});

describe("plurals and formatting", () => {
  test.each([
    [1, 0],
    [2, 1],
    [4, 1],
    [5, 2],
    [11, 2],
    [12, 2],
    [21, 0],
    [22, 1],
    [25, 2],
    [111, 2],
  ])("Russian %i takes form %i", (n, form) => {
    expect(pluralIndex("ru", n)).toBe(form);
  });

  test("findings counted in each language", () => {
    expect(translator("ru")("statusFindings", { count: 21, paragraphs: 3 })).toBe("21 замечание в 3 абзацах");
    expect(translator("ru")("statusFindings", { count: 14, paragraphs: 31 })).toBe("14 замечаний в 31 абзаце");
    expect(translator("en")("statusFindings", { count: 1, paragraphs: 2 })).toBe("1 finding in 2 paragraphs");
    expect(translator("kk")("statusFindings", { count: 14, paragraphs: 31 })).toBe("31 азат жолда 14 ескерту");
  });

  test("a missing parameter stays visible instead of vanishing", () => {
    expect(format("{a} and {b}", { a: 1 }, "en")).toBe("1 and {b}");
  });
});
