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

export async function planAssignments(input: RoutingInput, dir: RoutingDirectory): Promise<Assignment[]> {
  const roles = new Map<string, AssignmentRole>();
  for (const u of input.units) roles.set(u, "head");
  roles.set(LEGAL_UNIT, "legal");
  if (input.money) roles.set(FINANCE_UNIT, roles.get(FINANCE_UNIT) ?? "finance");
  const out: Assignment[] = [];
  for (const [unit, role] of roles) {
    const head = await dir.headOf(unit);
    let approver: PersonRef = head;
    let substituteFor: PersonRef | undefined;
    // Climb until someone other than the author (the author may head the unit and its parent).
    while (approver.id === input.author.id) {
      const up = await dir.manager(approver.id);
      if (!up) throw new RoutingError("no-approver", unit, `Nobody above ${approver.displayName} can approve for ${unit}`);
      substituteFor = head;
      approver = up;
    }
    out.push({ id: unit, unit, role, approver: { id: approver.id, upn: approver.upn, displayName: approver.displayName }, due: input.due, ...(substituteFor ? { substituteFor: { id: substituteFor.id, upn: substituteFor.upn, displayName: substituteFor.displayName } } : {}) });
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
