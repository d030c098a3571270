/** Reviews, assignments and decisions as the register stores them (JSON in note columns). */
import type { DecisionValue } from "../schema/lists";
import type { ListItem } from "../lists-api";

export type AssignmentRole = "head" | "legal" | "finance";

export interface PersonRef {
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
}

export interface Assignment {
  readonly id: string;
  readonly unit: string;
  readonly role: AssignmentRole;
  readonly approver: PersonRef;
  /** ISO date (yyyy-mm-dd) the decision is due. */
  readonly due: string;
  /** Why the approver is not the unit's head (the head wrote the draft: their manager decides). */
  readonly substituteFor?: PersonRef;
}

export interface FindingSummary {
  readonly total: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  /** A few findings with their clause, for the approver's overview. */
  readonly top: readonly { readonly clause: string; readonly excerpt: string; readonly message: string }[];
}

export interface Review {
  readonly itemId: string;
  readonly eTag: string;
  readonly key: string;
  readonly title: string;
  /** From SharePoint's createdBy: the author cannot be forged by the item's fields. */
  readonly author: PersonRef;
  readonly documentTitle: string;
  readonly documentUrl: string;
  readonly sha256: string;
  readonly summary: FindingSummary;
  readonly assignments: readonly Assignment[];
  readonly created: string;
  readonly withdrawn: boolean;
  /** assignment id → ISO date of the last reminder. */
  readonly reminders: Readonly<Record<string, string>>;
}

export interface Decision {
  readonly itemId: string;
  readonly reviewKey: string;
  readonly assignmentId: string;
  readonly decision: DecisionValue;
  readonly comment: string;
  readonly conflictOfInterest: boolean;
  readonly escalateToUpn: string;
  /** SharePoint's createdBy: who really made the decision. */
  readonly by: { readonly id: string; readonly displayName: string };
  readonly at: string;
}

function json<T>(v: unknown, fallback: T): T {
  if (typeof v !== "string" || !v) return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}

const EMPTY_SUMMARY: FindingSummary = { total: 0, high: 0, medium: 0, low: 0, top: [] };

export function reviewFromItem(item: ListItem): Review {
  const f = item.fields;
  return {
    itemId: item.id,
    eTag: item.eTag,
    key: String(f.ClientRequestId ?? ""),
    title: String(f.Title ?? ""),
    author: { id: item.createdBy.id, upn: String(f.AuthorUpn ?? item.createdBy.email ?? ""), displayName: item.createdBy.displayName },
    documentTitle: String(f.DocumentTitle ?? ""),
    documentUrl: String(f.DocumentUrl ?? ""),
    sha256: String(f.DocumentSha256 ?? ""),
    summary: json(f.Summary, EMPTY_SUMMARY),
    assignments: json<Assignment[]>(f.Assignments, []),
    created: item.createdDateTime,
    withdrawn: f.Withdrawn === true,
    reminders: json<Record<string, string>>(f.Reminders, {}),
  };
}

export function decisionFromItem(item: ListItem): Decision | null {
  const f = item.fields;
  const d = f.Decision;
  if (d !== "Approved" && d !== "Rejected" && d !== "Recused") return null;
  return {
    itemId: item.id,
    reviewKey: String(f.ReviewKey ?? ""),
    assignmentId: String(f.AssignmentId ?? ""),
    decision: d,
    comment: String(f.Comment ?? ""),
    conflictOfInterest: f.ConflictOfInterest === true,
    escalateToUpn: String(f.EscalateToUpn ?? ""),
    by: { id: item.createdBy.id, displayName: item.createdBy.displayName },
    at: item.createdDateTime,
  };
}
