/** What every check kind implements. A kind is code; the words it looks for are rule data. */
import type { ParagraphContext } from "../analysis/paragraph";
import type { CompiledRule } from "../rulebook/compile";
import type { CheckKind } from "../rulebook/spec";
import type { Severity } from "../types";

export interface RawFinding {
  readonly rule: CompiledRule;
  /** First token. */
  readonly from: number;
  /** One past the last token. */
  readonly to: number;
  readonly severity: Severity;
  /** A rewrite the check computed from the sentence; null when no safe rewrite exists (data is not used). */
  readonly suggestion?: string | null;
  /**
   * The check found what bounds part of the choice (a law's article sets the measures): one step below
   * the severity the check and the rule's special case give, so it is applied after the variant is chosen.
   */
  readonly stepDown?: boolean;
}

export interface Check {
  readonly kind: CheckKind;
  /** Lexicons (rules/lexicons.yml) the kind reads by name; compiled into the index up front. */
  readonly lexicons: readonly string[];
  run(rule: CompiledRule, ctx: ParagraphContext, lexicon: (name: string) => number, out: RawFinding[]): void;
}

/**
 * Applies a rule's `unless` and `requires` conditions to a trigger match. A bound (`unless`) is read
 * in the trigger's own numbered sub-item; a frame (`requires`) in the whole paragraph, since a Kazakh
 * list often puts its governing verb in the last sub-item ("… 4) … қолдаухатын ұсынады").
 */
export function conditionsAllow(rule: CompiledRule, ctx: ParagraphContext, m: { from: number; to: number; group: number }): boolean {
  for (const c of rule.unless) if (ctx.holds(c, m, "item")) return false;
  for (const c of rule.requires) if (!ctx.holds(c, m)) return false;
  return true;
}
