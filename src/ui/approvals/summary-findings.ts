/**
 * The findings a review carries, turned back into findings the pane can group and word: the
 * message comes from the rulebook in the approver's UI language (the excerpt stays in the
 * document's language), so nobody reads a card in the author's language, and the quote is
 * not repeated (the message already quotes it).
 */
import { renderMessage, type Finding, type Lang, type RuleSpec } from "../../engine";
import type { FindingSummary, SummaryFinding } from "../../graph/workflow/model";
import { DEFAULT_RULEBOOK } from "../../rulebook/default";

let specs: Map<string, RuleSpec> | null = null;

function specOf(ruleId: string): RuleSpec | undefined {
  if (!specs) {
    specs = new Map();
    for (const file of DEFAULT_RULEBOOK.rules) for (const r of (Array.isArray(file.data) ? file.data : []) as RuleSpec[]) if (r && typeof r.id === "string") specs.set(r.id, r);
  }
  return specs.get(ruleId);
}

/** The stored summary of a finding: data only, no text in anybody's language. */
export function toSummaryFinding(f: Finding, label?: string): SummaryFinding {
  return { ruleId: f.ruleId, factor: f.factor, severity: f.severity, clauses: [...f.clauses], excerpt: f.excerpt.slice(0, 200), lang: f.lang, paragraph: f.paragraph, ...(label ? { label } : {}) };
}

export function summarize(findings: readonly Finding[], labels: (paragraph: number) => string | undefined = () => undefined): FindingSummary {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { total: findings.length, high: count("high"), medium: count("medium"), low: count("low"), findings: findings.map((f) => toSummaryFinding(f, labels(f.paragraph))), omitted: 0 };
}

/** A stored finding as the pane's Finding, worded in `locale`. */
export function asFinding(s: SummaryFinding, locale: Lang): Finding {
  const spec = specOf(s.ruleId);
  const text = spec ? renderMessage(spec, locale, s.excerpt) : { message: `«${s.excerpt}»`, recommendation: "" };
  return { ruleId: s.ruleId, factor: s.factor as Finding["factor"], clauses: s.clauses, severity: s.severity, paragraph: s.paragraph, start: 0, end: s.excerpt.length, excerpt: s.excerpt, lang: s.lang, message: text.message, recommendation: text.recommendation };
}
