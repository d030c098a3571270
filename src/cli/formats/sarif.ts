/**
 * SARIF 2.1.0 for code-review tools. For .docx inputs a "line" is a paragraph (1-based, in
 * reading order) and columns are UTF-16 code units within it; for text files they are real
 * lines and columns.
 */
import type { Engine, Lang, Severity } from "../../engine";
import { locate } from "../../documents/model";
import type { ScanReport } from "../report";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { high: "error", medium: "warning", low: "note" };

export function formatSarif(report: ScanReport, engine: Engine, locale: Lang, version: string): string {
  const rules = engine.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description?.[locale] ?? r.message[locale].replace(/\{excerpt\}/gu, "…") },
    help: { text: r.recommendation[locale].replace(/\{excerpt\}/gu, "…") },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { factor: r.factor, clauses: r.clauses, tags: [r.factor, ...r.clauses] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  const notifications = [];
  for (const file of report.files) {
    if (file.error) {
      notifications.push({ level: "error", message: { text: file.error }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file.path) } } }] });
      continue;
    }
    for (const f of file.findings) {
      const p = file.doc?.paragraphs[f.paragraph];
      const startAt = p ? locate(p, f.start) : undefined;
      const endAt = p ? locate(p, f.end) : undefined;
      const region = startAt && endAt
        ? { startLine: startAt.line, startColumn: startAt.column, endLine: endAt.line, endColumn: endAt.column, snippet: { text: f.excerpt } }
        : { startLine: f.paragraph + 1, startColumn: f.start + 1, endLine: f.paragraph + 1, endColumn: f.end + 1, snippet: { text: f.excerpt } };
      results.push({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: `${f.message} ${f.recommendation}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file.path) }, region } }],
        properties: {
          severity: f.severity,
          factor: f.factor,
          clauses: f.clauses,
          paragraph: f.paragraph,
          language: f.lang,
          ...(p?.label ? { listLabel: p.label } : {}),
          ...(f.suggestion ? { suggestion: f.suggestion } : {}),
        },
      });
    }
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "Adal", version, rules } },
        columnKind: "utf16CodeUnits",
        results,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function toUri(p: string): string {
  return p.split(/[\\/]/u).map(encodeURIComponent).join("/");
}
