import fc from "fast-check";
import { PatternCompiler } from "../../src/engine/patterns/compile";
import { PatternIndex, type Match } from "../../src/engine/patterns/matcher";
import { regexPrefixes } from "../../src/engine/patterns/regex-prefix";
import { normalize } from "../../src/engine/text/normalize";
import { tokenize } from "../../src/engine/text/tokenize";

describe("literal prefixes of regex slots", () => {
  test("a stem, alternatives and optional parts", () => {
    expect(regexPrefixes("шақыр\\p{L}*")).toEqual(["шақыр"]);
    expect(regexPrefixes("рақмет|рахмет")).toEqual(["рақмет", "рахмет"]);
    expect(regexPrefixes("той(|ға|да|лар\\p{L}*)")).toEqual(["той"]);
    expect(regexPrefixes("(по)?дар(ю|им)")?.sort()).toEqual(["дарим", "дарю", "подарим", "подарю"]);
    expect(regexPrefixes("т\\.д")).toEqual(["т.д"]);
  });

  test("none of one pattern's prefixes extends another, so a token meets the pattern once", () => {
    expect(regexPrefixes("предлож(у|ил\\p{L}*)|предложить|предлож")).toEqual(["предлож"]);
  });

  test("no prefix when a match may start anywhere", () => {
    for (const source of [".+(уы|уі)", "[а-я]+", "(?!және$).+й", "\\p{L}+ов", "(а|б)*в", "а?б|\\d", "^а"]) expect(regexPrefixes(source)).toBeUndefined();
  });

  test("property: every string the regex matches starts with one of the prefixes", () => {
    const piece = fc.constantFrom("а", "б", "в", "қ", "ab", "(а|б)", "(|в)", "(а|бв)?", "в?", "б+", "\\p{L}*", ".", "[аб]", "{1,2}", "|", "(?:а|)");
    const word = fc.array(fc.constantFrom("а", "б", "в", "қ", "a", "b"), { maxLength: 6 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 20 }), (pieces, words) => {
        const source = pieces.join("");
        let re: RegExp;
        try {
          re = new RegExp(`^(?:${source})$`, "u");
        } catch {
          return;
        }
        const prefixes = regexPrefixes(source);
        if (!prefixes) return;
        expect(prefixes.every((p) => p.length > 0)).toBe(true);
        for (const w of words) if (re.test(w)) expect(prefixes.some((p) => w.startsWith(p))).toBe(true);
      }),
    );
  });
});

describe("patterns that start with a regex slot", () => {
  const scan = (patterns: readonly string[], text: string, lang: "kk" | "ru" = "kk"): string[] => {
    const compiler = new PatternCompiler(() => undefined);
    const index = new PatternIndex();
    patterns.forEach((p, group) => {
      for (const slots of compiler.compile(p, lang)) index.add(group, slots);
    });
    const tokens = tokenize(normalize(text).text);
    const out: Match[] = [];
    index.scan(tokens, 0, tokens.count, out);
    return out.map((m) => `${m.group}:${tokens.lower.slice(m.from, m.to).join(" ")}`).sort();
  };

  test("are found through their prefix, and only where the whole regex matches", () => {
    expect(scan(["/шақыр\\p{L}*/ ...2 ас~"], "Сізді кешкі асқа шақырамыз, шақыру жоқ. Шақырамыз кешкі асқа")).toEqual(["0:шақырамыз кешкі асқа"]);
    expect(scan(["/той(|ға|да)/"], "тойға той тойлар тойда")).toEqual(["0:той", "0:тойда", "0:тойға"]);
  });

  test("without a literal prefix they are still tried everywhere", () => {
    expect(scan(["/.+(уы|уі)/ /мүмкін|болады/"], "келуі мүмкін, алуы болады, алу мүмкін")).toEqual(["0:алуы болады", "0:келуі мүмкін"]);
  });
});
