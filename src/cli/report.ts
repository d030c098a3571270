/** What a scan produced, per file; every output format renders this. */
import type { DocModel } from "../documents/model";
import type { AffectedUnit, Finding, Lang, Severity } from "../engine";

export interface FileReport {
  readonly path: string;
  readonly doc?: DocModel;
  readonly findings: readonly Finding[];
  readonly affectedUnits: readonly AffectedUnit[];
  /** Why the file could not be checked, in the run's language, and the problem's kind for machines. */
  readonly error?: string;
  readonly errorKind?: string;
  /** What the reader had to do to read it, in the run's language. */
  readonly warnings?: readonly string[];
}

export interface ScanReport {
  readonly files: readonly FileReport[];
  /** The run's language: messages, factor names and the report's own words. */
  readonly locale: Lang;
}

export interface Totals {
  /** Files read and checked; the others are `errors`. */
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
  return { files: report.files.length - errors, findings, errors, bySeverity };
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

const OPEN_QUOTES = "«“„\"'‘";
const CLOSE_QUOTES = "»”“\"'’";

/** «excerpt» (“excerpt” in English), unless the excerpt already starts and ends with quotes. */
export function quoteExcerpt(excerpt: string, locale: Lang): string {
  const s = excerpt.trim();
  if (s.length > 1 && OPEN_QUOTES.includes(s.charAt(0)) && CLOSE_QUOTES.includes(s.charAt(s.length - 1))) return s;
  return locale === "en" ? `“${s}”` : `«${s}»`;
}
