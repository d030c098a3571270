/** Machine-readable report: the engine's findings per file, each with where a lawyer finds it. */
import { bareNumber, citations } from "../../documents/citation";
import { locate } from "../../documents/model";
import type { Finding } from "../../engine";
import { totals, type FileReport, type ScanReport } from "../report";

/**
 * The finding with the act's own numbering and, for a text file, its line: the paragraph index alone
 * differs between language versions and matches nothing a reader sees. "item" is the item the
 * paragraph is cited by (its own, or the one it is a sub-item or a continuation of); "subitem" is
 * the paragraph's own "1)" or "а)".
 */
function located(file: FileReport): Array<Finding & { item?: string; subitem?: string; line?: number }> {
  const paragraphs = file.doc?.paragraphs ?? [];
  const cited = citations(paragraphs);
  return file.findings.map((f) => {
    const p = paragraphs[f.paragraph];
    const c = cited[f.paragraph] ?? {};
    const line = p ? locate(p, f.start)?.line : undefined;
    return {
      ...f,
      ...(c.item ? { item: bareNumber(c.item) } : {}),
      ...(c.subitem ? { subitem: c.subitem } : {}),
      ...(line !== undefined ? { line } : {}),
    };
  });
}

export function formatJson(report: ScanReport): string {
  const tot = totals(report);
  return `${JSON.stringify(
    {
      files: report.files.map((f) =>
        f.error
          ? { path: f.path, error: f.error, ...(f.errorKind ? { errorKind: f.errorKind } : {}) }
          : { path: f.path, ...(f.doc?.title ? { title: f.doc.title } : {}), findings: located(f), affectedUnits: f.affectedUnits, ...(f.warnings ? { warnings: f.warnings } : {}) },
      ),
      summary: { files: tot.files, findings: tot.findings, errors: tot.errors, ...tot.bySeverity },
    },
    null,
    2,
  )}\n`;
}
