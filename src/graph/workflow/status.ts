/**
 * A review's status, derived from the register, never stored, and derived once for everyone
 * (the author's timeline and each approver's "to decide" read the same result).
 *
 * Only facts the author cannot rewrite count:
 * - the steps are computed (plan.ts): the legal expertise always, every unit the review names,
 *   finance when money is involved, and any unit whose legitimate approver already decided;
 *   their approvers come from the Departments list and the directory, never from the item. A
 *   unit not in the Departments list has nobody who can approve it, so the review cannot pass;
 * - a decision counts only when SharePoint says it was made by the approver the step waits for
 *   (after a recusal for a conflict of interest, P5.1, that approver's manager, A1.2), on the
 *   review's current content fingerprint, and was never edited afterwards. Rejections and
 *   recusals need a reason. An approver's first decision on a version is their decision;
 * - a decision on an earlier fingerprint is kept as history: the review reads "changed after a
 *   decision, re-approval needed" until the step is decided again on what it says now;
 * - a rejection closes the review: the other open steps are no longer asked.
 * Everything else is ignored and counted, so a forged or replayed item changes nothing.
 */
import type { Assignment, AssignmentRole, Decision, PersonRef, Review } from "./model";

export type StepState = "pending" | "approved" | "rejected" | "blocked" | "unroutable" | "closed";
export type ReviewState = "pending" | "approved" | "rejected" | "withdrawn" | "changed";

/** One step as the register's trusted sources define it (plan.ts). */
export interface PlannedStep {
  readonly unit: string;
  readonly role: AssignmentRole;
  /** Who decides for the unit; null when the unit is not in the Departments list. */
  readonly approver: PersonRef | null;
  /** The unit's head, when they wrote the draft and their manager decides instead. */
  readonly substituteFor?: PersonRef;
  readonly due: string;
  /** Not named by the review: kept only while someone who may decide for it has decided. */
  readonly extra: boolean;
}

export interface StepEvent {
  readonly decision: Decision;
  readonly approver: PersonRef;
}

export interface StepStatus {
  readonly assignment: Assignment;
  readonly state: StepState;
  /** Who the step waits for or who closed it; null when nobody can (unroutable). */
  readonly approver: PersonRef | null;
  /** Decisions on the current content that moved the step, oldest first (recusals, then the final one). */
  readonly events: readonly StepEvent[];
  /** Decisions of this step's approvers on an earlier content of the review. */
  readonly earlier: readonly StepEvent[];
  readonly overdue: boolean;
}

export type IgnoredReason = "not-assigned" | "self-approval" | "no-comment" | "unknown-step" | "superseded" | "edited";

export interface IgnoredDecision {
  readonly decision: Decision;
  readonly reason: IgnoredReason;
}

export interface ReviewStatus {
  readonly review: Review;
  readonly fingerprint: string;
  readonly state: ReviewState;
  readonly steps: readonly StepStatus[];
  readonly ignored: readonly IgnoredDecision[];
  /** The step whose rejection closed the review. */
  readonly rejectedBy?: StepStatus;
}

export interface StatusContext {
  /** The manager a recusing approver's step escalates to; null at the top of the chain. */
  managerOf(userId: string): PersonRef | null | undefined;
  readonly today: string;
}

const NOBODY: PersonRef = { id: "", upn: "", displayName: "" };

/** A decision belongs to the review item it names (the key is the author's to edit; the item id is not). */
export const decidesOn = (d: Decision, review: Pick<Review, "itemId" | "key">): boolean => (d.reviewItemId ? d.reviewItemId === review.itemId : d.reviewKey === review.key);
const needsReason = (d: Decision) => (d.decision === "Rejected" || d.decision === "Recused") && !d.comment.trim();

export function deriveStatus(review: Review, fingerprint: string, plan: readonly PlannedStep[], decisions: readonly Decision[], ctx: StatusContext): ReviewStatus {
  const ignored = new Map<Decision, IgnoredReason>();
  const mine = decisions.filter((d) => decidesOn(d, review)).sort((a, b) => a.at.localeCompare(b.at) || Number(a.itemId) - Number(b.itemId));
  for (const d of mine) {
    if (d.by.id === review.author.id) ignored.set(d, "self-approval");
    else if (d.edited) ignored.set(d, "edited");
    else if (needsReason(d)) ignored.set(d, "no-comment");
  }
  const usable = mine.filter((d) => !ignored.has(d));
  const nextAbove = (id: string): PersonRef | null => {
    let next = ctx.managerOf(id) ?? null;
    // The author cannot inherit their own draft; skip to their manager.
    while (next && next.id === review.author.id) next = ctx.managerOf(next.id) ?? null;
    return next;
  };

  const steps: StepStatus[] = [];
  for (const p of plan) {
    const assignment: Assignment = { id: p.unit, unit: p.unit, role: p.role, approver: p.approver ?? NOBODY, due: p.due, ...(p.substituteFor ? { substituteFor: p.substituteFor } : {}) };
    const overdue = ctx.today > p.due;
    const forStep = usable.filter((d) => d.assignmentId === p.unit);
    if (!p.approver) {
      if (p.extra) continue;
      for (const d of forStep) ignored.set(d, "not-assigned");
      steps.push({ assignment, state: "unroutable", approver: null, events: [], earlier: [], overdue: false });
      continue;
    }
    // Everyone who may decide for the step: the approver and, up the chain, whoever a recusal (on any version) passed it to.
    const chain = new Map<string, PersonRef>();
    for (let who: PersonRef | null = p.approver; who && !chain.has(who.id); ) {
      chain.set(who.id, who);
      const current: PersonRef = who;
      who = forStep.some((d) => d.by.id === current.id && d.decision === "Recused") ? nextAbove(current.id) : null;
    }
    const earlier = forStep.filter((d) => d.fingerprint !== fingerprint && chain.has(d.by.id)).map((d) => ({ decision: d, approver: chain.get(d.by.id) as PersonRef }));
    const events: StepEvent[] = [];
    let state: StepState = "pending";
    let approver: PersonRef = p.approver;
    let since = "";
    for (const seen = new Set<string>(); ; ) {
      seen.add(approver.id);
      const current = approver;
      // A manager decides once the step reached them, not before.
      const own = forStep.filter((d) => d.fingerprint === fingerprint && d.by.id === current.id && d.at >= since);
      for (const d of own.slice(1)) ignored.set(d, "superseded");
      const first = own[0];
      if (!first) break;
      events.push({ decision: first, approver: current });
      if (first.decision !== "Recused") {
        state = first.decision === "Approved" ? "approved" : "rejected";
        break;
      }
      const next = nextAbove(current.id);
      if (!next || seen.has(next.id)) {
        state = "blocked";
        break;
      }
      approver = next;
      since = first.at;
    }
    if (p.extra && events.length === 0 && earlier.length === 0) continue;
    const counted = new Set(events.map((e) => e.decision));
    for (const d of forStep) if (!counted.has(d) && !ignored.has(d) && (!chain.has(d.by.id) || d.fingerprint === fingerprint)) ignored.set(d, "not-assigned");
    steps.push({ assignment, state, approver, events, earlier, overdue: state === "pending" && overdue });
  }

  const known = new Set(steps.map((s) => s.assignment.unit));
  for (const d of usable) if (!known.has(d.assignmentId) && !ignored.has(d)) ignored.set(d, "unknown-step");

  const rejectedBy = steps.find((s) => s.state === "rejected");
  const changed = steps.some((s) => s.state === "pending" && s.earlier.length > 0);
  const state: ReviewState = review.withdrawn
    ? "withdrawn"
    : rejectedBy
      ? "rejected"
      : changed
        ? "changed"
        : steps.length > 0 && steps.every((s) => s.state === "approved")
          ? "approved"
          : "pending";
  // A rejection closes the review: nobody is asked any more, and the timeline says so.
  const final = state === "rejected" || state === "withdrawn" ? steps.map((s) => (s.state === "pending" ? { ...s, state: "closed" as const, overdue: false } : s)) : steps;
  return {
    review,
    fingerprint,
    state,
    steps: final,
    ignored: mine.filter((d) => ignored.has(d)).map((d) => ({ decision: d, reason: ignored.get(d) as IgnoredReason })),
    ...(rejectedBy ? { rejectedBy: final.find((s) => s.assignment.unit === rejectedBy.assignment.unit) as StepStatus } : {}),
  };
}
