/**
 * Shape of the rulebook data (rules/*.yml). The engine receives it as an argument and never
 * reads files, so the same rules run in the CLI, the task pane, a worker and the on-send handler.
 */
import type { ActorKind, Modality, TextKind } from "../model/types";
import type { FactorId, Lang, Localized, Severity } from "../types";

/** Patterns per language; see patterns/syntax.ts for the pattern language. */
export type PerLang<T> = Partial<Record<Lang, T>>;

/** The kinds of check. A new phrase is data; a new kind is code (checks/). */
export type CheckKind = "phrase" | "modal" | "identifier" | "model" | "cross-reference" | "terms" | "quorum";
export const CHECK_KINDS: readonly CheckKind[] = ["phrase", "modal", "identifier", "model", "cross-reference", "terms", "quorum"];

/**
 * A question to the provision model (check kind `model`): the rule's patterns find the actions
 * (usually `@model.verb.*`); the query says which of them are the factor.
 */
export interface ModelQuery {
  /** `model.object.<name>` lexicons: at least one must occur in the action's sentence. */
  readonly objects?: readonly string[];
  /** Who may be acting (default: anyone but a private person). */
  readonly actors?: readonly ActorKind[];
  /** How the action may be stated (default: statement, duty, power). */
  readonly modality?: readonly Modality[];
  /** `model.bound.<name>` lexicons: the finding is dropped when any occurs in `scope`. */
  readonly unbounded?: readonly string[];
  /** Where bounds are looked for: the action's sentence or the whole item (default paragraph). */
  readonly scope?: "sentence" | "paragraph";
  /** Voices the action may be in (default all). */
  readonly voice?: readonly ("active" | "passive" | "attribute")[];
}

/**
 * Where a condition looks, relative to the trigger match:
 * sentence / paragraph: anywhere in them; before / after / around: within `window` tokens of the
 * trigger inside its sentence; document (in `unless` only): anywhere in the document. A rule with a
 * document condition states that something is missing from the whole act ("a commission scores
 * people and nothing in the act deals with a member's conflict of interest"), so it is reported once,
 * at its first trigger, and only when no paragraph of the document holds the condition.
 */
export type Scope = "sentence" | "paragraph" | "before" | "after" | "around" | "document";
export const SCOPES: readonly Scope[] = ["sentence", "paragraph", "before", "after", "around", "document"];

export interface ConditionSpec {
  readonly scope: Scope;
  readonly window?: number;
  /**
   * With scope before: only in the trigger's own conjunct. A qualifier written before ", а также",
   * ", сондай-ақ" or ", as well as" belongs to the earlier member: "в случаях, предусмотренных
   * законодательством, а также в других случаях" leaves the second member open.
   */
  readonly conjunct?: true;
  readonly patterns: PerLang<readonly string[]>;
}

export interface RuleExamples {
  /** Texts that must produce a finding of this rule; [[...]] marks the expected excerpt(s). */
  readonly invalid: readonly string[];
  /** Texts that must produce no finding of this rule. */
  readonly valid: readonly string[];
}

/**
 * Different advice for a special case of the same factor, chosen by what the sentence concerns:
 * a power over sanctions needs criteria for choosing the measure, never "must punish".
 */
export interface RuleVariant {
  /** `model.object.<name>` lexicons: the variant applies when one occurs in the finding's sentence. */
  readonly objects: readonly string[];
  readonly message?: Localized;
  readonly recommendation?: Localized;
  /** false: no rewrite is offered in this case. */
  readonly suggestion?: false;
  /** Severity in this case (when the check did not lower it for an uncertain reading). */
  readonly severity?: Severity;
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
  /** Special cases with their own advice (first match wins). */
  readonly variants?: readonly RuleVariant[];
  /** For `check: model`: what the provision model must say about the matched action. */
  readonly model?: ModelQuery;
  /**
   * Kinds of text the rule applies to (default: norm). A definition, a goal or an example sets no
   * rule for action; an evaluative criterion in a form or an annex table is still a finding.
   */
  readonly text?: readonly TextKind[];
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
  /** Shared word lists (rules/lexicons.yml, the provision reader's rules/model.yml). */
  readonly lexicons: RuleFile | readonly RuleFile[];
  readonly units: RuleFile;
}
