/**
 * Reports of a comparison of two language versions: text (each discrepancy with both excerpts
 * side by side), JSON (the alignment itself and every discrepancy), SARIF (a result on the version
 * that says the thing, the other version as its related location).
 */
import { locate } from "../../documents/model";
import type { Lang, Severity } from "../../engine";
import { DISCREPANCY_KINDS, type BilingualBook, type Discrepancy } from "../../engine/bilingual";
import { quote } from "../../engine/text/quote";
import { cliText } from "../messages";
import { pairText } from "../pair-messages";
import { placeOf, type PairReport } from "../pair";
import { quoteExcerpt } from "../report";

const COLORS = { high: "\u001b[31m", medium: "\u001b[33m", low: "\u001b[36m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m" };
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { high: "error", medium: "warning", low: "note" };

export function severities(ds: readonly Discrepancy[]): Record<Severity, number> {
  const out: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of ds) out[d.severity]++;
  return out;
}

/** A long excerpt ends at a whole word (quote()): a word cut off reads as a misprint in the source. */
const MAX_EXCERPT = 200;

export function formatPairText(report: PairReport, book: BilingualBook, options: { color: boolean; locale: Lang }): string {
  const c = (k: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const t = cliText(options.locale);
  const p = pairText(options.locale);
  const cmp = report.comparison;
  const out = [c("bold", p.heading)];
  report.versions.forEach((v, i) => out.push(`  ${p.version(v.lang, v.path, cmp.coverage.items[i] ?? 0, cmp.coverage.aligned[i] ?? 0)}`));
  for (const d of cmp.discrepancies) {
    out.push(`  ${c(d.severity, `[${t.severity[d.severity]}]`)} ${book.kinds[d.kind].name[options.locale]} ${c("dim", "[A1.3.6]")}`);
    for (const i of [0, 1] as const) {
      const s = d.sides[i];
      const v = report.versions[i];
      out.push(`     ${v.lang} ${placeOf(v, s.paragraph, s.start).padEnd(12)} ${quoteExcerpt(quote(s.excerpt, MAX_EXCERPT), options.locale)}`);
    }
    out.push(`     ${d.message}`);
    out.push(`     → ${d.recommendation}`);
  }
  if (cmp.discrepancies.length === 0) out.push(`  ${p.none}`);
  out.push(c("bold", `  ${p.summary(cmp.discrepancies.length, severities(cmp.discrepancies))}`));
  return `${out.join("\n")}\n`;
}

/** The comparison as data: versions, coverage, the alignment row by row, the discrepancies. */
export function pairJson(report: PairReport): unknown {
  const cmp = report.comparison;
  return {
    versions: report.versions.map((v, i) => ({ path: v.path, lang: v.lang, ...(v.doc.title ? { title: v.doc.title } : {}), items: cmp.coverage.items[i], aligned: cmp.coverage.aligned[i] })),
    alignment: cmp.rows.map((r) => ({ paragraphs: r.paragraphs, labels: r.labels, by: r.by })),
    discrepancies: cmp.discrepancies,
    summary: { discrepancies: cmp.discrepancies.length, ...severities(cmp.discrepancies) },
  };
}

export function formatPairJson(report: PairReport): string {
  return `${JSON.stringify(pairJson(report), null, 2)}\n`;
}

/** SARIF rules for the kinds of discrepancy. */
export function pairSarifRules(book: BilingualBook, locale: Lang): unknown[] {
  return DISCREPANCY_KINDS.map((k) => ({
    id: `bilingual/${k}`,
    shortDescription: { text: book.kinds[k].name[locale] },
    help: { text: book.kinds[k].recommendation[locale] },
    defaultConfiguration: { level: LEVEL[book.kinds[k].severity] },
    properties: { factor: "legal_linguistic_uncertainty", clauses: ["A1.3.6"], tags: ["legal_linguistic_uncertainty", "A1.3.6", "bilingual"] },
  }));
}

function location(report: PairReport, d: Discrepancy, i: 0 | 1): unknown {
  const s = d.sides[i];
  const v = report.versions[i];
  const p = v.doc.paragraphs[s.paragraph];
  const a = p ? locate(p, s.start) : undefined;
  const b = p ? locate(p, s.end) : undefined;
  const region = a && b ? { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column } : { startLine: s.paragraph + 1, startColumn: s.start + 1, endLine: s.paragraph + 1, endColumn: s.end + 1 };
  return { physicalLocation: { artifactLocation: { uri: toUri(v.path) }, region: { ...region, snippet: { text: s.excerpt } } } };
}

export function pairSarifResults(report: PairReport, ruleIndex: (id: string) => number): unknown[] {
  return report.comparison.discrepancies.map((d) => ({
    ruleId: `bilingual/${d.kind}`,
    ruleIndex: ruleIndex(`bilingual/${d.kind}`),
    level: LEVEL[d.severity],
    message: { text: `${d.message} ${d.recommendation}` },
    locations: [location(report, d, d.from)],
    relatedLocations: [{ id: 1, ...(location(report, d, d.from === 0 ? 1 : 0) as object), message: { text: report.versions[d.from === 0 ? 1 : 0].lang } }],
    properties: { severity: d.severity, factor: "legal_linguistic_uncertainty", clauses: ["A1.3.6"], kind: d.kind, ...(d.concept ? { concept: d.concept } : {}), ...(d.factor ? { engineFactor: d.factor } : {}) },
  }));
}

export function formatPairSarif(reports: readonly PairReport[], book: BilingualBook, locale: Lang, version: string): string {
  const rules = pairSarifRules(book, locale);
  const index = (id: string) => DISCREPANCY_KINDS.findIndex((k) => `bilingual/${k}` === id);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "Adal", version, rules } }, columnKind: "utf16CodeUnits", results: reports.flatMap((r) => pairSarifResults(r, index)), invocations: [{ executionSuccessful: true, toolExecutionNotifications: [] }] }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

export function toUri(p: string): string {
  return p.split(/[\\/]/u).map(encodeURIComponent).join("/");
}
