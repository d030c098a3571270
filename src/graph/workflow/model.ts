/** Reviews, assignments and decisions as the register stores them (JSON in note columns). */
import type { DecisionValue } from "../schema/lists";
import type { ListItem } from "../lists-api";

export type AssignmentRole = "head" | "legal" | "finance";

export interface PersonRef {
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
}

/** A step as the author's client planned it; only the unit and role are read back as a claim. */
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

/** One finding as the approver sees it: data only; the message is rendered in the approver's language. */
export interface SummaryFinding {
  readonly ruleId: string;
  readonly factor: string;
  readonly severity: "high" | "medium" | "low";
  readonly clauses: readonly string[];
  /** The words of the draft (the document's language). */
  readonly excerpt: string;
  readonly lang: "kk" | "ru" | "en";
  readonly paragraph: number;
  /** The provision's own number or label ("2.4."), when the pane knows it. */
  readonly label?: string;
}

export interface FindingSummary {
  readonly total: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly findings: readonly SummaryFinding[];
  /** Findings left out to keep the item within SharePoint's column limit. */
  readonly omitted: number;
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
  /** The author's claim: which units (and roles) the draft was sent to. */
  readonly assignments: readonly Assignment[];
  readonly created: string;
  readonly withdrawn: boolean;
  /** assignment id → ISO date of the last reminder. */
  readonly reminders: Readonly<Record<string, string>>;
  /** What a decision is bound to: the item and every content column as stored (fingerprint.ts). */
  readonly content: string;
}

export interface Decision {
  readonly itemId: string;
  /** The decision's own ClientRequestId (the outbox key that created it). */
  readonly key: string;
  readonly reviewKey: string;
  /** The review item the decision was made on (empty on decisions made before it was recorded). */
  readonly reviewItemId: string;
  readonly assignmentId: string;
  readonly decision: DecisionValue;
  readonly comment: string;
  readonly conflictOfInterest: boolean;
  readonly escalateToUpn: string;
  /** The review's content fingerprint when the decision was made. */
  readonly fingerprint: string;
  /** The item was changed after it was created (a decision is a fact: an edited one does not count). */
  readonly edited: boolean;
  /** SharePoint's createdBy: who really made the decision. */
  readonly by: { readonly id: string; readonly displayName: string };
  readonly at: string;
}

function json<T>(v: unknown, fallback: T, valid: (x: unknown) => boolean): T {
  if (typeof v !== "string" || !v) return fallback;
  try {
    const parsed = JSON.parse(v) as unknown;
    return valid(parsed) ? (parsed as T) : fallback;
  } catch {
    return fallback;
  }
}

const EMPTY_SUMMARY: FindingSummary = { total: 0, high: 0, medium: 0, low: 0, findings: [], omitted: 0 };
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Whatever the author wrote, only well-formed parts are read (the item is theirs to write). */
function readSummary(v: unknown): FindingSummary {
  const s = json<Record<string, unknown>>(v, {}, isObject);
  const n = (x: unknown) => (typeof x === "number" && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0);
  const findings = (Array.isArray(s.findings) ? s.findings : []).filter(isObject).map(
    (f): SummaryFinding => ({
      ruleId: str(f.ruleId),
      factor: str(f.factor),
      severity: f.severity === "high" || f.severity === "low" ? f.severity : "medium",
      clauses: Array.isArray(f.clauses) ? f.clauses.filter((c): c is string => typeof c === "string") : [],
      excerpt: str(f.excerpt),
      lang: f.lang === "kk" || f.lang === "en" ? f.lang : "ru",
      paragraph: n(f.paragraph),
      ...(typeof f.label === "string" && f.label ? { label: f.label } : {}),
    }),
  );
  return findings.length === 0 && !("total" in s) ? EMPTY_SUMMARY : { total: n(s.total), high: n(s.high), medium: n(s.medium), low: n(s.low), findings, omitted: n(s.omitted) };
}

function readAssignments(v: unknown): Assignment[] {
  return json<unknown[]>(v, [], Array.isArray)
    .filter(isObject)
    .filter((a) => typeof a.unit === "string" && a.unit)
    .map((a) => {
      const p = isObject(a.approver) ? a.approver : {};
      const role: AssignmentRole = a.role === "legal" || a.role === "finance" ? a.role : "head";
      return { id: str(a.id) || str(a.unit), unit: str(a.unit), role, approver: { id: str(p.id), upn: str(p.upn), displayName: str(p.displayName) }, due: str(a.due) };
    });
}

/** The content columns a decision is bound to, in a fixed order, exactly as stored. */
export const CONTENT_FIELDS = ["ClientRequestId", "Title", "DocumentTitle", "DocumentUrl", "DocumentSha256", "Summary", "Assignments"] as const;

export function reviewFromItem(item: ListItem): Review {
  const f = item.fields;
  return {
    itemId: item.id,
    eTag: item.eTag,
    key: str(f.ClientRequestId),
    title: str(f.Title),
    // Who SharePoint says created the item; the AuthorUpn field is only the author's own claim.
    author: { id: item.createdBy.id, upn: item.createdBy.email || str(f.AuthorUpn), displayName: item.createdBy.displayName },
    documentTitle: str(f.DocumentTitle),
    documentUrl: str(f.DocumentUrl),
    sha256: str(f.DocumentSha256),
    summary: readSummary(f.Summary),
    assignments: readAssignments(f.Assignments),
    created: item.createdDateTime,
    withdrawn: f.Withdrawn === true,
    reminders: Object.fromEntries(Object.entries(json<Record<string, unknown>>(f.Reminders, {}, isObject)).map(([k, v]) => [k, typeof v === "string" ? v.slice(0, 10) : isObject(v) ? str(v.date) : ""])),
    content: JSON.stringify([item.id, ...CONTENT_FIELDS.map((c) => (f[c] === undefined || f[c] === null ? null : String(f[c])))]),
  };
}

export function decisionFromItem(item: ListItem): Decision | null {
  const f = item.fields;
  const d = f.Decision;
  if (d !== "Approved" && d !== "Rejected" && d !== "Recused") return null;
  const version = typeof f._UIVersionString === "string" ? f._UIVersionString : "1.0";
  return {
    itemId: item.id,
    key: str(f.ClientRequestId),
    reviewKey: str(f.ReviewKey),
    reviewItemId: str(f.ReviewItemId),
    assignmentId: str(f.AssignmentId),
    decision: d,
    comment: str(f.Comment),
    conflictOfInterest: f.ConflictOfInterest === true,
    escalateToUpn: str(f.EscalateToUpn),
    fingerprint: str(f.ReviewFingerprint),
    edited: version !== "1.0" || (item.lastModifiedDateTime !== undefined && item.lastModifiedDateTime !== item.createdDateTime),
    by: { id: item.createdBy.id, displayName: item.createdBy.displayName },
    at: item.createdDateTime,
  };
}
