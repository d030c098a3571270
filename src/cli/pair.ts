/**
 * Two language versions of one draft and their comparison (`adal compare`, `adal scan --pair`):
 * the report every format renders, and how files are paired by name ("x.kk.docx" / "x.ru.docx").
 */
import path from "node:path";
import type { DocModel } from "../documents/model";
import type { Finding, Lang, Severity } from "../engine";
import type { Comparer, Comparison, Discrepancy, VersionIndex } from "../engine/bilingual";
import { discrepancyFinding } from "../engine/bilingual";

export interface PairVersion {
  readonly path: string;
  readonly doc: DocModel;
  readonly lang: Lang;
}

export interface PairReport {
  readonly versions: readonly [PairVersion, PairVersion];
  readonly comparison: Comparison;
}

/** Compares two read documents; `findings` are each version's engine findings when already known. */
export function comparePair(comparer: Comparer, a: { path: string; doc: DocModel }, b: { path: string; doc: DocModel }, locale: Lang, findings?: readonly [readonly Finding[], readonly Finding[]]): PairReport {
  const input = (d: DocModel) => ({ paragraphs: d.paragraphs.map((p) => ({ text: p.text, ...(p.label ? { label: p.label } : {}) })) });
  const comparison = comparer.compare(input(a.doc), input(b.doc), { locale, ...(findings ? { findings } : {}) });
  return { versions: [{ ...a, lang: comparison.langs[0] }, { ...b, lang: comparison.langs[1] }], comparison };
}

/** The discrepancies of a pair as findings on one version (for annotated copies and the conclusion). */
export function pairFindings(report: PairReport, version: VersionIndex): Finding[] {
  return report.comparison.discrepancies.map((d) => discrepancyFinding(d, version));
}

export function worstAtLeast(discrepancies: readonly Discrepancy[], rank: (s: Severity) => number, threshold: number): boolean {
  return discrepancies.some((d) => rank(d.severity) >= threshold);
}

/** "¶12 (5.2.)", or "12:5" for a text file. */
export function placeOf(v: PairVersion, paragraph: number, offset: number): string {
  const p = v.doc.paragraphs[paragraph];
  const origin = p?.origin;
  if (origin && origin.length > 0) {
    let best = origin[0];
    for (const o of origin) if (o.offset <= offset) best = o;
    if (best) return `${best.line}:${best.column + (offset - best.offset)}`;
  }
  return `¶${paragraph + 1}${p?.label ? ` ${p.label}` : ""}`;
}

/** A language tag in a file name: "rules.kk.docx", "rules_ru.txt", "rules (каз).docx". */
const TAG = /(^|[._\- (])(kk|kz|kaz|қаз|каз|ru|rus|рус)(?=$|[._\- )])/giu;

/** The name without its extension and language tag: what two versions of one draft share. */
export function pairStem(file: string): string | undefined {
  const base = path.basename(file, path.extname(file)).toLowerCase();
  if (!base.match(TAG)) return undefined;
  return path.join(path.dirname(file), base.replace(TAG, "$1").replace(/[._\- (]+$/u, ""));
}

/**
 * Pairs files by name. Two files given with no shared name are a pair by themselves; the rest
 * are left unpaired (scanned alone).
 */
export function pairByName(files: readonly string[]): { pairs: [string, string][]; alone: string[] } {
  const byStem = new Map<string, string[]>();
  const alone: string[] = [];
  for (const f of files) {
    const stem = pairStem(f);
    if (stem === undefined) alone.push(f);
    else byStem.set(stem, [...(byStem.get(stem) ?? []), f]);
  }
  const pairs: [string, string][] = [];
  for (const group of byStem.values()) {
    if (group.length === 2) pairs.push([group[0] as string, group[1] as string]);
    else alone.push(...group);
  }
  if (pairs.length === 0 && files.length === 2) return { pairs: [[files[0] as string, files[1] as string]], alone: [] };
  return { pairs, alone: files.filter((f) => alone.includes(f)) };
}
