/**
 * Shape of the rulebook data (rules/*.yml). The engine receives it as an argument and never
 * reads files, so the same rules run in the CLI, the task pane, a worker and the on-send handler.
 */
import type { FactorId, Lang, Localized, Severity } from "../types";

/** Patterns per language; see patterns/syntax.ts for the pattern language. */
export type PerLang<T> = Partial<Record<Lang, T>>;

/** The kinds of check. A new phrase is data; a new kind is code (checks/). */
export type CheckKind = "phrase" | "modal" | "identifier";
export const CHECK_KINDS: readonly CheckKind[] = ["phrase", "modal", "identifier"];

/**
 * Where a condition looks, relative to the trigger match:
 * sentence / paragraph: anywhere in them; before / after / around: within `window` tokens of the
 * trigger inside its sentence.
 */
export type Scope = "sentence" | "paragraph" | "before" | "after" | "around";
export const SCOPES: readonly Scope[] = ["sentence", "paragraph", "before", "after", "around"];

export interface ConditionSpec {
  readonly scope: Scope;
  readonly window?: number;
  readonly patterns: PerLang<readonly string[]>;
}

export interface RuleExamples {
  /** Texts that must produce a finding of this rule; [[...]] marks the expected excerpt(s). */
  readonly invalid: readonly string[];
  /** Texts that must produce no finding of this rule. */
  readonly valid: readonly string[];
}

export interface RuleSpec {
  readonly id: string;
  readonly factor: FactorId;
  readonly clauses: readonly string[];
  readonly severity: Severity;
  readonly check: CheckKind;
  /** Why this wording is a corruption risk, for the reviewer (optional, shown as help). */
  readonly description?: Localized;
  readonly patterns: PerLang<readonly string[]>;
  /** The finding is dropped when any of these holds. */
  readonly unless?: readonly ConditionSpec[];
  /** The finding is kept only when every one of these holds. */
  readonly requires?: readonly ConditionSpec[];
  /** `{excerpt}` is replaced by the matched text. */
  readonly message: Localized;
  readonly recommendation: Localized;
  /**
   * Rewrite of the excerpt in the document's language: one template (`$0` = the excerpt) or a map
   * from the normalised excerpt to its replacement.
   */
  readonly suggestion?: PerLang<string | Readonly<Record<string, string>>>;
  readonly examples: PerLang<RuleExamples>;
}

export interface RuleFile {
  /** Where the rules came from, for error messages (e.g. "rules/discretion.yml"). */
  readonly source: string;
  readonly data: unknown;
}

/** name → patterns per language. */
export type Lexicons = Readonly<Record<string, PerLang<readonly string[]>>>;

export interface UnitSpec {
  readonly id: string;
  readonly name: Localized;
  readonly patterns: PerLang<readonly string[]>;
}

export interface UnitsConfig {
  readonly units: readonly UnitSpec[];
  /** Words that make a sentence impose a duty (обязан, обеспечивает, міндетті, shall, ...). */
  readonly duty: PerLang<readonly string[]>;
}

export interface RulebookSource {
  readonly rules: readonly RuleFile[];
  readonly lexicons: RuleFile;
  readonly units: RuleFile;
}
