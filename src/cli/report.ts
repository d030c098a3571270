/** What a scan produced, per file; every output format renders this. */
import type { DocModel } from "../documents/model";
import type { AffectedUnit, Finding, Lang, Severity } from "../engine";

export interface FileReport {
  readonly path: string;
  readonly doc?: DocModel;
  readonly findings: readonly Finding[];
  readonly affectedUnits: readonly AffectedUnit[];
  readonly error?: string;
}

export interface ScanReport {
  readonly files: readonly FileReport[];
  /** UI locale of messages, when one was forced; otherwise each finding speaks its sentence's language. */
  readonly locale?: Lang;
}

export interface Totals {
  readonly files: number;
  readonly findings: number;
  readonly errors: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

export function totals(report: ScanReport): Totals {
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  let findings = 0;
  let errors = 0;
  for (const f of report.files) {
    if (f.error) errors++;
    for (const x of f.findings) {
      bySeverity[x.severity]++;
      findings++;
    }
  }
  return { files: report.files.length, findings, errors, bySeverity };
}

/** "¶12 (4.2.)" for Word documents, "12:5" for text files. */
export function whereIs(file: FileReport, f: Finding): string {
  const p = file.doc?.paragraphs[f.paragraph];
  const origin = p?.origin;
  if (origin && origin.length > 0) {
    let best = origin[0];
    for (const o of origin) if (o.offset <= f.start) best = o;
    if (best) return `${best.line}:${best.column + (f.start - best.offset)}`;
  }
  const label = p?.label ? ` ${p.label}` : "";
  const part = p && p.part !== "body" && p.part !== "table" ? ` ${p.part}` : "";
  return `¶${f.paragraph + 1}${label}${part}`;
}
