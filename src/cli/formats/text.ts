/** Human-readable report: one block per finding, grouped by file, with a summary line. */
import type { Lang } from "../../engine";
import { totals, whereIs, type ScanReport } from "../report";
import { cliText } from "../messages";

const COLORS = { high: "\u001b[31m", medium: "\u001b[33m", low: "\u001b[36m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m" };

export function formatText(report: ScanReport, options: { color: boolean; locale: Lang }): string {
  const c = (k: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const t = cliText(options.locale);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.error) {
      out.push(`${c("bold", file.path)}: ${c("high", t.error)}: ${file.error}`);
      continue;
    }
    out.push(c("bold", file.path));
    for (const f of file.findings) {
      out.push(`  ${whereIs(file, f).padEnd(10)} ${c(f.severity, t.severity[f.severity].padEnd(8))} ${f.ruleId} ${c("dim", `[${f.clauses.join(", ")}]`)}`);
      out.push(`             ${f.message}`);
      out.push(`             → ${f.recommendation}`);
      if (f.suggestion) out.push(`             ✎ ${f.suggestion}`);
    }
    const sev = { high: 0, medium: 0, low: 0 };
    for (const f of file.findings) sev[f.severity]++;
    const units = file.affectedUnits.map((u) => `${u.name} (${u.mentions.length})`).join(", ");
    out.push(`  ${t.fileSummary(file.findings.length, sev)}${units ? ` · ${t.units}: ${units}` : ""}`);
    out.push("");
  }
  const tot = totals(report);
  out.push(c("bold", t.total(tot.files, tot.findings, tot.bySeverity, tot.errors)));
  return `${out.join("\n")}\n`;
}
