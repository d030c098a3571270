/**
 * A rule's own examples as a check of the rule (ESLint's RuleTester idea): an invalid example
 * must produce exactly the excerpts marked [[...]], a valid one none of that rule. Shared by the
 * test suite and `adal rules --test`, so a rule author sees the same verdict the tests give.
 */
import type { Finding, Lang } from "../types";
import type { RuleSpec } from "./spec";

/** Examples mark the expected excerpt(s) with [[...]]. */
export function unmark(example: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  const text = example.replace(/\[\[(.+?)\]\]/gu, (_m, inner: string) => {
    spans.push(inner);
    return inner;
  });
  return { text, spans };
}

export interface ExampleVerdict {
  readonly rule: string;
  readonly lang: Lang;
  readonly kind: "invalid" | "valid";
  readonly example: string;
  readonly expected: readonly string[];
  readonly got: readonly string[];
  readonly ok: boolean;
}

/** Runs every example of `rule` through `analyze` and says which ones hold. */
export function checkExamples(rule: RuleSpec, analyze: (text: string, lang: Lang) => readonly Finding[]): ExampleVerdict[] {
  const out: ExampleVerdict[] = [];
  for (const lang of ["kk", "ru", "en"] as const) {
    const ex = rule.examples[lang];
    if (!ex) continue;
    for (const kind of ["invalid", "valid"] as const) {
      for (const example of ex[kind]) {
        const { text, spans } = unmark(example);
        const got = analyze(text, lang).filter((f) => f.ruleId === rule.id).map((f) => f.excerpt);
        const expected = kind === "invalid" ? spans : [];
        const ok = (kind === "valid" || spans.length > 0) && JSON.stringify(got) === JSON.stringify(expected);
        out.push({ rule: rule.id, lang, kind, example, expected, got, ok });
      }
    }
  }
  return out;
}
