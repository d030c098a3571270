/**
 * Completeness of the rulebook, derived from the sources of truth rather than remembered:
 * clause ids from shared/policy/README.md, factor ids from shared/corpus/FACTORS.md (both read
 * at test time), kk/ru/en texts with the same placeholders, and validation that points at the
 * file, rule and field when a reviewer makes a mistake.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createEngine, LANGS, RulebookError, type RulebookSource } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const SHARED = path.join(__dirname, "..", "..", "..", "shared");
const engine = createEngine(DEFAULT_RULEBOOK);

function clauseIdsFromPolicyMap(): Set<string> {
  const md = readFileSync(path.join(SHARED, "policy", "README.md"), "utf8");
  const ids = new Set<string>();
  for (const m of md.matchAll(/`((?:P|A)\d[\d.]*)`/gu)) ids.add(m[1] as string);
  // "`P4.5.1`–`P4.5.2`" and "`A1.3.1` … `A1.3.7`" name ranges; expand the last component.
  for (const m of md.matchAll(/`((?:P|A)[\d.]*?)(\d+)`\s*(?:–|…|-)\s*`\1(\d+)`/gu)) {
    for (let i = Number(m[2]); i <= Number(m[3]); i++) ids.add(`${m[1]}${i}`);
  }
  return ids;
}

function factorIds(): Set<string> {
  const md = readFileSync(path.join(SHARED, "corpus", "FACTORS.md"), "utf8");
  return new Set([...md.matchAll(/^\| `([a-z_]+)` \|/gmu)].map((m) => m[1] as string));
}

describe("rulebook completeness", () => {
  const clauses = clauseIdsFromPolicyMap();
  const factors = factorIds();

  test("the policy map and the factor vocabulary were read", () => {
    expect(clauses.has("A1.3.6")).toBe(true);
    expect(clauses.has("P4.7.1")).toBe(true);
    expect(factors.has("may_formula")).toBe(true);
  });

  test.each(engine.rules.map((r) => [r.id, r]))("%s cites policy clauses and a factor that exist", (_id, rule) => {
    for (const c of rule.clauses) expect(clauses.has(c) ? c : `unknown clause ${c}`).toBe(c);
    expect(factors.has(rule.factor) ? rule.factor : `unknown factor ${rule.factor}`).toBe(rule.factor);
  });

  test.each(engine.rules.map((r) => [r.id, r]))("%s speaks kk, ru and en with the same placeholders", (_id, rule) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const field of ["message", "recommendation"] as const) {
      const expected = placeholders(rule[field].ru);
      for (const lang of LANGS) {
        expect(rule[field][lang].trim().length).toBeGreaterThan(10);
        expect(placeholders(rule[field][lang])).toEqual(expected);
      }
    }
    for (const lang of LANGS) if (rule.patterns[lang]) expect(rule.examples[lang]?.invalid.length).toBeGreaterThan(0);
  });

  test("every factor of the A1.3.6 table that a text can show has at least one rule", () => {
    const covered = new Set(engine.rules.map((r) => r.factor));
    for (const f of ["broad_discretion", "may_formula", "selective_rights", "excessive_rulemaking", "beyond_competence", "no_procedure", "no_competitive_procedure", "collision", "excessive_requirements", "open_document_list", "legal_linguistic_uncertainty", "vague_term", "no_deadline", "blanket_reference", "open_list", "particular_interest"]) {
      expect(covered.has(f as never) ? f : `no rule for ${f}`).toBe(f);
    }
  });

  test("rule ids are unique and name their family", () => {
    const ids = engine.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/no-[a-z0-9-]+$/u);
  });
});

describe("rulebook validation points at the mistake", () => {
  const withRule = (rule: Record<string, unknown>): RulebookSource => ({
    ...DEFAULT_RULEBOOK,
    rules: [{ source: "rules/test.yml", data: [rule] }],
  });
  const base = {
    id: "test/no-thing",
    factor: "vague_term",
    clauses: ["A1.3.6"],
    severity: "medium",
    check: "phrase",
    patterns: { ru: ["своевременно"] },
    message: { kk: "хабар мәтіні", ru: "текст сообщения", en: "message text" },
    recommendation: { kk: "ұсыным мәтіні", ru: "текст рекомендации", en: "recommendation" },
    examples: { ru: { invalid: ["[[своевременно]]"], valid: ["в срок"] } },
  };

  test.each([
    [{ factor: "corruption" }, /test\.yml › \[0\] › test\/no-thing › factor: expected a factor id/u],
    [{ clauses: ["4.7.1"] }, /clauses\[0\]: "4\.7\.1" is not a clause id/u],
    [{ message: { kk: "x", ru: "y" } }, /message › en: missing text/u],
    [{ patterns: { ru: ["не менее|не ниже"] } }, /repeats the neighbouring word "не"; for alternatives of several words write \{a b\|a c\}/u],
    [{ patterns: { ru: ["@nosuchlexicon"] } }, /unknown lexicon @nosuchlexicon/u],
    [{ patterns: { kk: ["уақтылы"] } }, /patterns cover kk but there are no kk examples/u],
    [{ colour: "red" }, /unknown field "colour"/u],
    [{ requires: [{ scope: "document", patterns: { ru: ["самоотвод"] } }] }, /requires › \[0\] › scope: scope document is for unless only/u],
    [{ unless: [{ scope: "document", window: 3, patterns: { ru: ["самоотвод"] } }] }, /window: a window has no meaning for scope document/u],
    [{ unless: [{ scope: "after", conjunct: true, patterns: { ru: ["в срок"] } }] }, /conjunct: conjunct has a meaning for scope before only/u],
  ])("%j", (patch, message) => {
    expect(() => createEngine(withRule({ ...base, ...patch }))).toThrow(RulebookError);
    expect(() => createEngine(withRule({ ...base, ...patch }))).toThrow(message);
  });

  test("a new risky phrase is a data edit: adding it to a rule's patterns makes the engine find it", () => {
    const text = "Ответ направляется заявителю по мере сил.";
    expect(createEngine(withRule(base)).analyze([text]).findings).toEqual([]);
    const extended = createEngine(withRule({ ...base, patterns: { ru: ["своевременно", "по мере сил"] } }));
    expect(extended.analyze([text]).findings.map((f) => f.excerpt)).toEqual(["по мере сил"]);
  });
});

describe("a before-condition with conjunct stays in the trigger's own member of a list", () => {
  const withRule = (r: Record<string, unknown>): RulebookSource => ({ ...DEFAULT_RULEBOOK, rules: [{ source: "rules/test.yml", data: [r] }] });
  const rule = (conjunct: boolean) => ({
    id: "test/no-open-cases",
    factor: "open_list",
    clauses: ["A1.3.6"],
    severity: "medium",
    check: "phrase",
    description: { kk: "сипаттама", ru: "описание", en: "description" },
    patterns: { ru: ["других случаях"] },
    unless: [{ scope: "before", window: 12, ...(conjunct ? { conjunct: true } : {}), patterns: { ru: ["предусмотренных законом"] } }],
    message: { kk: "«{excerpt}»", ru: "«{excerpt}»", en: "“{excerpt}”" },
    recommendation: { kk: "ұсыным", ru: "рекомендация", en: "recommendation" },
    examples: { ru: { invalid: ["Копии выдаются в [[других случаях]]."], valid: ["Копии выдаются в случаях, предусмотренных законом, и в других случаях."] } },
  });
  const text = "Копии выдаются в случаях, предусмотренных законом, а также в других случаях.";

  test("without it the law named before ', а также' closes the open member too", () => {
    expect(createEngine(withRule(rule(false))).analyze([text]).findings).toEqual([]);
  });

  test("with it the open member after ', а также' is found, and the law right before it still closes it", () => {
    const engine = createEngine(withRule(rule(true)));
    expect(engine.analyze([text]).findings.map((f) => f.excerpt)).toEqual(["других случаях"]);
    expect(engine.analyze(["Копии выдаются, а также в предусмотренных законом других случаях."]).findings).toEqual([]);
  });

  test("Kazakh 'сондай-ақ' (with or without a comma) and 'сонымен қатар' end the member too", () => {
    const kk = {
      ...rule(true),
      patterns: { ru: ["других случаях"], kk: ["өзге де жағдайларда"] },
      unless: [{ scope: "before", window: 12, conjunct: true, patterns: { ru: ["предусмотренных законом"], kk: ["заңда көзделген"] } }],
      examples: { ...rule(true).examples, kk: { invalid: ["Көшірмелер [[өзге де жағдайларда]] беріледі."], valid: ["Көшірмелер заңда көзделген өзге де жағдайларда беріледі."] } },
    };
    const engine = createEngine(withRule(kk));
    for (const text of ["Көшірмелер заңда көзделген жағдайларда, сондай-ақ өзге де жағдайларда беріледі.", "Көшірмелер заңда көзделген жағдайларда сондай-ақ өзге де жағдайларда беріледі.", "Көшірмелер заңда көзделген жағдайларда, сонымен қатар өзге де жағдайларда беріледі."]) {
      expect(engine.analyze([text]).findings.map((f) => f.excerpt)).toEqual(["өзге де жағдайларда"]);
    }
    expect(engine.analyze(["Көшірмелер заңда көзделген өзге де жағдайларда беріледі."]).findings).toEqual([]);
  });
});

describe("a rule with an unless of scope document says what the whole act lacks", () => {
  const rule = {
    id: "test/no-recusal-rule",
    factor: "gap",
    clauses: ["A1.3.6"],
    severity: "medium",
    check: "phrase",
    patterns: { ru: ["комиссия оценивает"] },
    unless: [{ scope: "document", patterns: { ru: ["самоотвод~"] } }],
    message: { kk: "хабар", ru: "нет самоотвода", en: "no recusal" },
    recommendation: { kk: "ұсыным", ru: "добавьте самоотвод", en: "add recusal" },
    examples: { ru: { invalid: ["[[Комиссия оценивает]] заявки."], valid: ["Комиссия оценивает заявки. Член комиссии заявляет самоотвод."] } },
  };
  const engine = createEngine({ ...DEFAULT_RULEBOOK, rules: [{ source: "rules/test.yml", data: [rule] }] });
  const doc = ["1. Комиссия оценивает заявки участников.", "2. Комиссия оценивает заявки повторно.", "3. Итоги публикуются на сайте."];
  const ids = (paragraphs: string[]) => engine.analyze(paragraphs).findings.map((f) => [f.ruleId, f.paragraph]);

  test("reported once, at its first trigger", () => {
    expect(ids(doc)).toEqual([["test/no-recusal-rule", 0]]);
  });

  test("not reported when any paragraph, before or after, holds the condition", () => {
    expect(ids([...doc, "4. Член комиссии, связанный с участником, заявляет самоотвод."])).toEqual([]);
    expect(ids(["Член комиссии заявляет самоотвод.", ...doc])).toEqual([]);
  });

  test("paragraph results cached and combined later (the pane's incremental check) give the same answer", () => {
    const full = [...doc, "4. Член комиссии заявляет самоотвод."];
    const cached = full.map((p, i) => engine.analyzeParagraph(p, i));
    expect(engine.combine(cached).findings).toEqual([]);
    expect(engine.combine(cached.slice(0, 3)).findings.map((f) => f.paragraph)).toEqual([0]);
    // results cross a worker boundary as structured clones
    expect(engine.combine(structuredClone(cached)).findings).toEqual([]);
  });
});
