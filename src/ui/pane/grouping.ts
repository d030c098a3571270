/** Grouping and filtering of findings for the pane: by Annex 1 part 3 bullet, then severity. */
import { SEVERITY_RANK, type Finding, type Severity } from "../../engine";

export const BULLETS = ["A1.3.1", "A1.3.2", "A1.3.3", "A1.3.4", "A1.3.5", "A1.3.6", "A1.3.7", "other"] as const;
export type Bullet = (typeof BULLETS)[number];

/** The Annex 1 part 3 bullet a finding belongs to: its first A1.3.x clause. */
export function bulletOf(f: Pick<Finding, "clauses">): Bullet {
  const c = f.clauses.find((x) => x.startsWith("A1.3."));
  return (c && (BULLETS as readonly string[]).includes(c) ? c : "other") as Bullet;
}

export interface Filter {
  readonly severities: ReadonlySet<Severity>;
  readonly bullet: Bullet | "all";
}

export const ALL_SEVERITIES: ReadonlySet<Severity> = new Set<Severity>(["high", "medium", "low"]);

export interface Group {
  readonly bullet: Bullet;
  readonly findings: readonly Finding[];
}

export function applyFilter(findings: readonly Finding[], filter: Filter): Finding[] {
  return findings.filter((f) => filter.severities.has(f.severity) && (filter.bullet === "all" || bulletOf(f) === filter.bullet));
}

/** Groups in bullet order; inside a group, higher severity first, then document order. */
export function groupFindings(findings: readonly Finding[]): Group[] {
  const groups = new Map<Bullet, Finding[]>();
  for (const f of findings) {
    const b = bulletOf(f);
    const list = groups.get(b) ?? [];
    list.push(f);
    groups.set(b, list);
  }
  return BULLETS.filter((b) => groups.has(b)).map((bullet) => ({
    bullet,
    findings: (groups.get(bullet) as Finding[]).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.paragraph - b.paragraph || a.start - b.start),
  }));
}

export function countBy<K extends string>(findings: readonly Finding[], key: (f: Finding) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const f of findings) out.set(key(f), (out.get(key(f)) ?? 0) + 1);
  return out;
}
