/**
 * The review engine: paragraphs of text in, findings and affected units out.
 *
 * Pure TypeScript with no Office, DOM, React, Graph or Node imports (test/architecture.test.ts
 * and tsconfig.engine.json enforce it), so the task pane, a Web Worker, the Outlook on-send
 * runtime and the CLI all run exactly this code. Rules arrive as data (RulebookSource).
 */
import { ParagraphContext } from "./analysis/paragraph";
import { CHECK_LEXICONS, CHECKS } from "./checks";
import type { RawFinding } from "./checks/types";
import { postProcess } from "./findings/pipeline";
import { renderMessage, renderSuggestion } from "./findings/render";
import { CompiledRulebook } from "./rulebook/compile";
import type { RulebookSource, RuleSpec, UnitsConfig } from "./rulebook/spec";
import { toOriginalRange } from "./text/normalize";
import type { AnalysisResult, AnalyzeOptions, Finding, Lang, UnitMention } from "./types";
import { mergeUnits, unitMentions } from "./units/affected-units";

export * from "./types";
export type { RulebookSource, RuleSpec, UnitsConfig, RuleExamples, RuleFile, PerLang } from "./rulebook/spec";
export { RulebookError } from "./rulebook/validate";
export { renderMessage, renderSuggestion } from "./findings/render";

/** Result for one paragraph; what an incremental re-scan caches per paragraph. */
export interface ParagraphResult {
  readonly findings: readonly Finding[];
  readonly units: ReadonlyMap<string, readonly UnitMention[]>;
}

export interface Engine {
  readonly rules: readonly RuleSpec[];
  readonly units: UnitsConfig;
  /** Analyses a whole document given as paragraphs (the index of each is `Finding.paragraph`). */
  analyze(paragraphs: readonly string[], options?: AnalyzeOptions): AnalysisResult;
  /** Analyses one paragraph; `index` is stamped on its findings. */
  analyzeParagraph(text: string, index: number, options?: AnalyzeOptions): ParagraphResult;
  /** Merges cached paragraph results (e.g. after re-scanning only changed paragraphs). */
  combine(results: readonly ParagraphResult[], options?: AnalyzeOptions): AnalysisResult;
  /** Re-renders a finding's message and recommendation in another UI locale. */
  localize(finding: Finding, locale: Lang): Finding;
  rule(id: string): RuleSpec | undefined;
}

/** Compiles a rulebook once; the returned engine is reusable and holds no per-document state. */
export function createEngine(source: RulebookSource): Engine {
  const book = new CompiledRulebook(source, CHECK_LEXICONS);
  const lexiconGroup = (name: string) => book.lexiconGroup(name);
  const byId = new Map(book.rules.map((r) => [r.spec.id, r.spec]));

  function analyzeParagraph(text: string, index: number, options: AnalyzeOptions = {}): ParagraphResult {
    const ctx = new ParagraphContext(text, index, book, options.langHint ?? "ru");
    const raw: RawFinding[] = [];
    for (const rule of book.rules) CHECKS[rule.spec.check].run(rule, ctx, lexiconGroup, raw);
    const findings = raw.map((r): Finding => {
      const [start, end] = toOriginalRange(ctx.norm, ctx.tokens.start[r.from] ?? 0, ctx.tokens.end[r.to - 1] ?? 0);
      const excerpt = text.slice(start, end);
      const lang = ctx.langOf(r);
      const spec = r.rule.spec;
      const { message, recommendation } = renderMessage(spec, options.locale ?? lang, excerpt);
      const suggestion = renderSuggestion(spec, lang, excerpt);
      return {
        ruleId: spec.id,
        factor: spec.factor,
        clauses: spec.clauses,
        severity: r.severity,
        paragraph: index,
        start,
        end,
        excerpt,
        lang,
        message,
        recommendation,
        ...(suggestion !== undefined ? { suggestion } : {}),
      };
    });
    return { findings: postProcess(findings, options.minSeverity), units: unitMentions(ctx, book) };
  }

  function combine(results: readonly ParagraphResult[], options: AnalyzeOptions = {}): AnalysisResult {
    const findings = results.flatMap((r) => r.findings);
    const locale = options.locale ?? dominantLang(findings) ?? "ru";
    return { findings, affectedUnits: mergeUnits(results.map((r) => r.units as Map<string, UnitMention[]>), book, locale) };
  }

  return {
    rules: book.rules.map((r) => r.spec),
    units: book.unitsConfig,
    analyzeParagraph,
    combine,
    analyze(paragraphs, options = {}) {
      return combine(
        paragraphs.map((p, i) => analyzeParagraph(p, i, options)),
        options,
      );
    },
    localize(finding, locale) {
      const spec = byId.get(finding.ruleId);
      if (!spec) return finding;
      return { ...finding, ...renderMessage(spec, locale, finding.excerpt) };
    },
    rule: (id) => byId.get(id),
  };
}

function dominantLang(findings: readonly Finding[]): Lang | undefined {
  const n: Record<Lang, number> = { kk: 0, ru: 0, en: 0 };
  for (const f of findings) n[f.lang]++;
  const best = (Object.keys(n) as Lang[]).sort((a, b) => n[b] - n[a])[0];
  return best && n[best] > 0 ? best : undefined;
}
