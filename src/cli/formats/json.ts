/** Machine-readable report: the engine's findings as they are, per file. */
import { totals, type ScanReport } from "../report";

export function formatJson(report: ScanReport): string {
  const tot = totals(report);
  return `${JSON.stringify(
    {
      files: report.files.map((f) =>
        f.error
          ? { path: f.path, error: f.error, ...(f.errorKind ? { errorKind: f.errorKind } : {}) }
          : { path: f.path, ...(f.doc?.title ? { title: f.doc.title } : {}), findings: f.findings, affectedUnits: f.affectedUnits, ...(f.warnings ? { warnings: f.warnings } : {}) },
      ),
      summary: { files: tot.files, findings: tot.findings, errors: tot.errors, ...tot.bySeverity },
    },
    null,
    2,
  )}\n`;
}
