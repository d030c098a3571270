/**
 * Public data model of the review engine.
 *
 * NOTE: every offset (`start`, `end`) is in UTF-16 code units of the ORIGINAL paragraph text as
 * it was passed in, before any normalisation; `excerpt === text.slice(start, end)` always holds.
 * Word ranges, SARIF regions and HTML highlights are all derived from that one unit.
 */

export type Lang = "kk" | "ru" | "en";
export const LANGS: readonly Lang[] = ["kk", "ru", "en"];

export type Severity = "high" | "medium" | "low";
export const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };
/** One step down; low stays low. */
export const LOWER_SEVERITY: Readonly<Record<Severity, Severity>> = { high: "medium", medium: "low", low: "low" };

/** Factor ids of `shared/corpus/FACTORS.md`; every rule maps to exactly one of them. */
export type FactorId =
  | "broad_discretion"
  | "may_formula"
  | "selective_rights"
  | "excessive_rulemaking"
  | "beyond_competence"
  | "gap"
  | "no_procedure"
  | "no_competitive_procedure"
  | "collision"
  | "excessive_requirements"
  | "open_document_list"
  | "applicant_right_abuse"
  | "legal_linguistic_uncertainty"
  | "vague_term"
  | "no_deadline"
  | "blanket_reference"
  | "open_list"
  | "particular_interest"
  | "no_control_or_liability";

export const FACTOR_IDS: readonly FactorId[] = [
  "broad_discretion",
  "may_formula",
  "selective_rights",
  "excessive_rulemaking",
  "beyond_competence",
  "gap",
  "no_procedure",
  "no_competitive_procedure",
  "collision",
  "excessive_requirements",
  "open_document_list",
  "applicant_right_abuse",
  "legal_linguistic_uncertainty",
  "vague_term",
  "no_deadline",
  "blanket_reference",
  "open_list",
  "particular_interest",
  "no_control_or_liability",
];

/** Texts shown to a reviewer, one per UI locale. */
export type Localized = Readonly<Record<Lang, string>>;

export interface Finding {
  readonly ruleId: string;
  readonly factor: FactorId;
  readonly clauses: readonly string[];
  readonly severity: Severity;
  /** Index of the paragraph in the input array. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  /** Language of the sentence the finding is in (decides which lexicon fired). */
  readonly lang: Lang;
  readonly message: string;
  readonly recommendation: string;
  /** Replacement text for `excerpt`, when the rule has one; never applied without the user's click. */
  readonly suggestion?: string;
  /** Which of the rule's variants (special cases with their own advice) applied, if any. */
  readonly variant?: number;
}

/** Evidence that a draft imposes duties on a structural unit (A1.3.5 routing, not a factor). */
export interface UnitMention {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
}

export interface AffectedUnit {
  readonly unit: string;
  readonly name: string;
  readonly mentions: readonly UnitMention[];
}

export interface AnalysisResult {
  readonly findings: readonly Finding[];
  readonly affectedUnits: readonly AffectedUnit[];
}

export interface AnalyzeOptions {
  /** Locale of messages and recommendations; default: the language of each finding's sentence. */
  readonly locale?: Lang;
  /** Language to assume where a sentence gives too little evidence (e.g. a jsonl `lang` hint). */
  readonly langHint?: Lang;
  /** Drop findings below this severity. */
  readonly minSeverity?: Severity;
}
