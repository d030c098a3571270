/**
 * Post-processing of findings as small pure steps (textlint's kernel does the same):
 * dedupe overlaps of one rule, drop a weaker duplicate of the same factor on the same words,
 * filter by severity, sort.
 */
import { SEVERITY_RANK, type Finding, type Severity } from "../types";

/** One rule reporting overlapping spans (two patterns over the same words) keeps the longest. */
export function dedupeSameRule(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(byPosition);
  const out: Finding[] = [];
  // Sorted by start, an overlap can only be with the last kept finding of the same rule.
  const last = new Map<string, number>();
  for (const f of sorted) {
    const key = `${f.ruleId}\u0000${f.paragraph}`;
    const at = last.get(key);
    const o = at === undefined ? undefined : out[at];
    if (o && o.start < f.end && f.start < o.end) {
      if (f.end - f.start > o.end - o.start) out[at as number] = f;
      continue;
    }
    last.set(key, out.length);
    out.push(f);
  }
  return out;
}

/** Two rules of the same factor over exactly the same words: keep the more severe one. */
export function dedupeSameFactor(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  const order: string[] = [];
  for (const f of findings) {
    const key = `${f.paragraph}:${f.start}:${f.end}:${f.factor}`;
    const o = best.get(key);
    if (!o) {
      best.set(key, f);
      order.push(key);
    } else if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[o.severity]) best.set(key, f);
  }
  return order.map((k) => best.get(k) as Finding);
}

export function filterSeverity(findings: readonly Finding[], min: Severity | undefined): Finding[] {
  if (!min) return [...findings];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[min]);
}

export function byPosition(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId);
}

export function postProcess(findings: readonly Finding[], min: Severity | undefined): Finding[] {
  return filterSeverity(dedupeSameFactor(dedupeSameRule(findings)), min).sort(byPosition);
}
