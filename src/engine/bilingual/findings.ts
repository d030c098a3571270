/**
 * A discrepancy as a finding on one version: the same shape as the engine's findings, so the
 * pane highlights and selects it, the CLI reports it and the conclusion lists it like any other.
 */
import type { Finding } from "../types";
import type { Discrepancy, VersionIndex } from "./types";

export const BILINGUAL_CLAUSE = "A1.3.6";

export function discrepancyFinding(d: Discrepancy, version: VersionIndex): Finding {
  const s = d.sides[version];
  return {
    ruleId: `bilingual/${d.kind}`,
    factor: "legal_linguistic_uncertainty",
    clauses: [BILINGUAL_CLAUSE],
    severity: d.severity,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    excerpt: s.excerpt,
    lang: s.lang,
    message: d.message,
    recommendation: d.recommendation,
  };
}
