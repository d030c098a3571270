/**
 * Who must approve a draft: the head of every unit it affects (A1.3.5), the legal function for
 * the anti-corruption expertise (P4.7.1) and finance when money is involved. Nobody approves
 * their own draft: where the author heads a unit, their manager decides for it (A1.2). The same
 * rules plan the steps when a draft is sent and when its status is derived (plan.ts), so what
 * the author's item says about approvers is never what decides.
 */
import type { Assignment, AssignmentRole, PersonRef } from "./model";

export interface RoutingInput {
  readonly units: readonly string[];
  readonly money: boolean;
  readonly author: PersonRef;
  readonly due: string;
}

export interface RoutingDirectory {
  headOf(unit: string): Promise<PersonRef>;
  manager(userId: string): Promise<PersonRef | null>;
}

export const LEGAL_UNIT = "legal";
export const FINANCE_UNIT = "accounting";

export class RoutingError extends Error {
  constructor(
    readonly code: "no-approver",
    readonly unit: string,
    message: string,
  ) {
    super(message);
    this.name = "RoutingError";
  }
}

export const personRef = (p: PersonRef): PersonRef => ({ id: p.id, upn: p.upn, displayName: p.displayName });

/** The steps a draft needs: every named unit, the legal expertise always, finance when money is involved. */
export function requiredSteps(units: readonly string[], money: boolean): Map<string, AssignmentRole> {
  const roles = new Map<string, AssignmentRole>();
  for (const u of units) roles.set(u, "head");
  roles.set(LEGAL_UNIT, "legal");
  if (money) roles.set(FINANCE_UNIT, roles.get(FINANCE_UNIT) ?? "finance");
  return roles;
}

/**
 * Who decides for a unit headed by `head`: the head, or where the head wrote the draft, the
 * first manager above who did not; null at the top of the chain.
 */
export async function approverFor(head: PersonRef, authorId: string, dir: Pick<RoutingDirectory, "manager">): Promise<PersonRef | null> {
  let approver: PersonRef | null = head;
  while (approver && approver.id === authorId) approver = await dir.manager(approver.id);
  return approver;
}

export async function planAssignments(input: RoutingInput, dir: RoutingDirectory): Promise<Assignment[]> {
  const out: Assignment[] = [];
  for (const [unit, role] of requiredSteps(input.units, input.money)) {
    const head = await dir.headOf(unit);
    const approver = await approverFor(head, input.author.id, dir);
    if (!approver) throw new RoutingError("no-approver", unit, `Nobody above ${head.displayName} can approve for ${unit}`);
    out.push({ id: unit, unit, role, approver: personRef(approver), due: input.due, ...(approver.id !== head.id ? { substituteFor: personRef(head) } : {}) });
  }
  return out;
}

/** The due date `days` working days (Monday–Friday) after `from`. */
export function addWorkingDays(from: Date, days: number): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
