/**
 * Who must approve a draft: the head of every unit it affects (A1.3.5), the legal function for
 * the anti-corruption expertise (P4.7.1) and finance when money is involved. Nobody approves
 * their own draft: where the author heads a unit, their manager decides for it (A1.2).
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

const ref = (p: PersonRef): PersonRef => ({ id: p.id, upn: p.upn, displayName: p.displayName });

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
  const roles = new Map<string, AssignmentRole>();
  for (const u of input.units) roles.set(u, "head");
  roles.set(LEGAL_UNIT, "legal");
  if (input.money) roles.set(FINANCE_UNIT, roles.get(FINANCE_UNIT) ?? "finance");
  const out: Assignment[] = [];
  for (const [unit, role] of roles) {
    const head = await dir.headOf(unit);
    const approver = await approverFor(head, input.author.id, dir);
    if (!approver) throw new RoutingError("no-approver", unit, `Nobody above ${head.displayName} can approve for ${unit}`);
    out.push({ id: unit, unit, role, approver: ref(approver), due: input.due, ...(approver.id !== head.id ? { substituteFor: ref(head) } : {}) });
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
