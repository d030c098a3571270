/**
 * The steps of a review from facts its author cannot rewrite: which units the review names is
 * the author's declaration (bound to every decision through the fingerprint), but the legal
 * expertise is always added, finance whenever the review or its findings involve money, a unit
 * someone legitimately decided on stays, and each step's approver comes from the Departments
 * list and the directory. A unit the Departments list does not know gets no approver at all.
 */
import type { Decision, PersonRef, Review } from "./model";
import { addWorkingDays, approverFor, FINANCE_UNIT, personRef, requiredSteps } from "./routing";
import { decidesOn, type PlannedStep } from "./status";

export interface PlanDirectory {
  /** unit id → head UPN, from the Departments list (active rows only). */
  readonly heads: ReadonlyMap<string, string>;
  user(upn: string): Promise<PersonRef>;
  manager(userId: string): Promise<PersonRef | null>;
}

/** Money is involved when the review sends the draft to finance or any finding is about money. */
export function involvesMoney(review: Review): boolean {
  return review.assignments.some((a) => a.role === "finance" || a.unit === FINANCE_UNIT) || review.summary.findings.some((f) => f.ruleId.startsWith("money/"));
}

export async function planSteps(review: Review, decisions: readonly Decision[], dir: PlanDirectory, reviewDays: number): Promise<PlannedStep[]> {
  const roles = requiredSteps([...new Set(review.assignments.map((a) => a.unit))], involvesMoney(review));
  const declared = new Set(roles.keys());
  for (const d of decisions) if (decidesOn(d, review) && d.assignmentId && !roles.has(d.assignmentId) && dir.heads.has(d.assignmentId)) roles.set(d.assignmentId, "head");
  const due = addWorkingDays(new Date(review.created), reviewDays);
  return Promise.all(
    [...roles].map(async ([unit, role]): Promise<PlannedStep> => {
      const upn = dir.heads.get(unit);
      const extra = !declared.has(unit);
      if (!upn) return { unit, role, approver: null, due, extra };
      const head = personRef(await dir.user(upn));
      const approver = await approverFor(head, review.author.id, dir);
      return { unit, role, approver: approver ? personRef(approver) : null, due, extra, ...(approver && approver.id !== head.id ? { substituteFor: head } : {}) };
    }),
  );
}
