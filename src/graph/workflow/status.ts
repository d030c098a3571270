/**
 * A review's status, derived from the decisions in the register, never stored. A decision
 * counts only when SharePoint says it was created by the approver the step is waiting for:
 * the assigned one, or after a recusal for a conflict of interest (P5.1) that approver's manager
 * (A1.2). Decisions by anyone else, by the author, or a rejection without a reason are ignored
 * and reported, so a forged item changes nothing.
 */
import type { Assignment, Decision, PersonRef, Review } from "./model";

export type StepState = "pending" | "approved" | "rejected" | "blocked";

export interface StepEvent {
  readonly decision: Decision;
  readonly approver: PersonRef;
}

export interface StepStatus {
  readonly assignment: Assignment;
  readonly state: StepState;
  /** Who the step waits for or who closed it. */
  readonly approver: PersonRef;
  /** Decisions that moved the step, oldest first (recusals, then the final one). */
  readonly events: readonly StepEvent[];
  readonly overdue: boolean;
}

export interface IgnoredDecision {
  readonly decision: Decision;
  readonly reason: "not-assigned" | "self-approval" | "no-comment" | "unknown-step" | "superseded";
}

export interface ReviewStatus {
  readonly review: Review;
  readonly state: "pending" | "approved" | "rejected" | "withdrawn";
  readonly steps: readonly StepStatus[];
  readonly ignored: readonly IgnoredDecision[];
}

export interface StatusContext {
  /** The manager a recusing approver's step escalates to; null at the top of the chain. */
  managerOf(userId: string): PersonRef | null | undefined;
  readonly today: string;
}

export function deriveStatus(review: Review, decisions: readonly Decision[], ctx: StatusContext): ReviewStatus {
  const ignored: IgnoredDecision[] = [];
  const mine = decisions.filter((d) => d.reviewKey === review.key).sort((a, b) => a.at.localeCompare(b.at) || Number(a.itemId) - Number(b.itemId));
  const steps = new Set(review.assignments.map((a) => a.id));
  for (const d of mine) {
    if (!steps.has(d.assignmentId)) ignored.push({ decision: d, reason: "unknown-step" });
    else if (d.by.id === review.author.id) ignored.push({ decision: d, reason: "self-approval" });
  }
  const out: StepStatus[] = review.assignments.map((a) => {
    const events: StepEvent[] = [];
    let approver: PersonRef = a.approver;
    const seen = new Set<string>();
    for (;;) {
      seen.add(approver.id);
      const current = approver;
      const candidates = mine.filter((d) => d.assignmentId === a.id && d.by.id !== review.author.id);
      const own = candidates.filter((d) => d.by.id === current.id);
      const valid = own.filter((d) => !(d.decision === "Rejected" && !d.comment.trim()));
      for (const d of own) if (!valid.includes(d)) ignored.push({ decision: d, reason: "no-comment" });
      const last = valid[valid.length - 1];
      for (const d of valid.slice(0, -1)) ignored.push({ decision: d, reason: "superseded" });
      if (!last) return { assignment: a, state: "pending", approver: current, events, overdue: ctx.today > a.due };
      events.push({ decision: last, approver: current });
      if (last.decision === "Approved") return { assignment: a, state: "approved", approver: current, events, overdue: false };
      if (last.decision === "Rejected") return { assignment: a, state: "rejected", approver: current, events, overdue: false };
      let next = ctx.managerOf(current.id);
      // The author cannot inherit their own draft; skip to their manager.
      while (next && next.id === review.author.id) next = ctx.managerOf(next.id);
      if (!next || seen.has(next.id)) return { assignment: a, state: "blocked", approver: current, events, overdue: ctx.today > a.due };
      approver = next;
    }
  });
  const accounted = new Set(out.flatMap((s) => s.events.map((e) => e.decision)));
  const flagged = new Set(ignored.map((i) => i.decision));
  for (const d of mine) if (!accounted.has(d) && !flagged.has(d)) ignored.push({ decision: d, reason: "not-assigned" });
  const state = review.withdrawn ? "withdrawn" : out.some((s) => s.state === "rejected") ? "rejected" : out.length > 0 && out.every((s) => s.state === "approved") ? "approved" : "pending";
  return { review, state, steps: out, ignored };
}
