/**
 * The SharePoint lists Adal keeps its register in, as data: provisioning creates them from this,
 * the emulator checks list `fields` against it, and the Graph layer reads and writes only these
 * columns. People are stored as UPN / object-id text, not Person columns: Graph cannot resolve a
 * Person column from an Entra id (graph-routing.md §1.2 item 5).
 */
export type ColumnType = "text" | "note" | "number" | "boolean" | "dateTime" | "choice";

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** Needed for `$filter` on the column (SharePoint refuses filters on unindexed columns). */
  readonly indexed?: boolean;
  /** Enforced by SharePoint; what makes a retried create fail instead of duplicating. */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
}

export type ListKey = "reviews" | "decisions" | "reports" | "suppliers" | "departments";

export interface ListSpec {
  readonly key: ListKey;
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** SharePoint item-level permissions: 1 = all items, 2 = only items the user created. */
  readonly readSecurity: 1 | 2;
  readonly writeSecurity: 1 | 2;
  /** Only site owners may write (the mapping and the registry decide who approves and who is a supplier). */
  readonly ownersWrite?: boolean;
  /**
   * Members may add items but never edit or delete them, not even their own (a custom permission
   * level without Edit Items and Delete Items on this list; README, "Security"): a decision, once
   * made, is a fact.
   */
  readonly appendOnly?: boolean;
  /** Members may add and edit their own items but not delete them (permission level without Delete Items). */
  readonly noDelete?: boolean;
}

/** The unique column every created item carries; its value is the outbox operation's key. */
export const CLIENT_REQUEST_ID = "ClientRequestId";
const requestId: ColumnSpec = { name: CLIENT_REQUEST_ID, type: "text", indexed: true, unique: true };

export const DECISIONS = ["Approved", "Rejected", "Recused"] as const;

/** SharePoint's limit for a multiple lines of text column (plain text). */
export const NOTE_MAX = 63_999;
/** SharePoint's limit for a single line of text column. */
export const TEXT_MAX = 255;
/** What the panes let a user write as a decision's reason or a report's note (a few paragraphs; far below NOTE_MAX). */
export const COMMENT_MAX = 2000;
export type DecisionValue = (typeof DECISIONS)[number];

export const LISTS: Readonly<Record<ListKey, ListSpec>> = {
  reviews: {
    key: "reviews",
    displayName: "Adal Reviews",
    description: "Drafts sent for approval; one item per draft, owned by its author.",
    readSecurity: 1,
    writeSecurity: 2,
    noDelete: true,
    columns: [
      requestId,
      { name: "AuthorUpn", type: "text", indexed: true },
      { name: "DocumentTitle", type: "text" },
      { name: "DocumentUrl", type: "text" },
      { name: "DocumentSha256", type: "text" },
      { name: "Summary", type: "note" },
      { name: "Assignments", type: "note" },
      { name: "DueDate", type: "dateTime" },
      { name: "Reminders", type: "note" },
      { name: "Withdrawn", type: "boolean" },
    ],
  },
  decisions: {
    key: "decisions",
    displayName: "Adal Decisions",
    description: "One item per approver decision, created by the approver: SharePoint's createdBy is the signature.",
    readSecurity: 1,
    writeSecurity: 2,
    appendOnly: true,
    columns: [
      requestId,
      { name: "ReviewKey", type: "text", indexed: true },
      /** The review's list item id: server-assigned and never reused, unlike the key its author could edit. */
      { name: "ReviewItemId", type: "text", indexed: true },
      { name: "AssignmentId", type: "text" },
      /** The review's content fingerprint the decision was made on (workflow/fingerprint.ts). */
      { name: "ReviewFingerprint", type: "text" },
      { name: "Decision", type: "choice", choices: DECISIONS, indexed: true },
      { name: "Comment", type: "note" },
      { name: "ConflictOfInterest", type: "boolean" },
      { name: "EscalateToUpn", type: "text" },
    ],
  },
  reports: {
    key: "reports",
    displayName: "Adal Reports",
    description: "Gift and suspicious-mail reports (P6.1, P6.2); each visible to its reporter and the security unit only.",
    readSecurity: 2,
    writeSecurity: 2,
    columns: [
      requestId,
      { name: "Recipient", type: "choice", choices: ["manager", "security"] },
      { name: "RecipientUpn", type: "text" },
      { name: "MailSubject", type: "text" },
      { name: "MailFrom", type: "text" },
      { name: "Risk", type: "choice", choices: ["none", "low", "medium", "high"] },
      { name: "Conditions", type: "text" },
      { name: "Procurement", type: "boolean" },
      { name: "Note", type: "note" },
      /** SHA-256 of the reported mail's item id: "already reported" without storing the id. */
      { name: "MailKey", type: "text", indexed: true },
    ],
  },
  suppliers: {
    key: "suppliers",
    displayName: "Adal Suppliers",
    description: "Potential procurement participants (P4.1.3): mail from them that mentions a gift is high risk.",
    readSecurity: 1,
    writeSecurity: 1,
    ownersWrite: true,
    columns: [
      { name: "Domains", type: "text" },
      { name: "Aliases", type: "note" },
      { name: "Bin", type: "text", indexed: true },
      { name: "Active", type: "boolean" },
    ],
  },
  departments: {
    key: "departments",
    displayName: "Adal Departments",
    description: "Unit to head mapping for routing (A1.3.5); unit keys are the ids in rules/units.yml.",
    readSecurity: 1,
    writeSecurity: 1,
    ownersWrite: true,
    columns: [
      { name: "DepartmentKey", type: "text", indexed: true, unique: true },
      { name: "HeadUpn", type: "text" },
      { name: "DeputyUpn", type: "text" },
      { name: "Active", type: "boolean" },
    ],
  },
};

/** Columns every SharePoint generic list has. */
export const BUILT_IN_COLUMNS: readonly ColumnSpec[] = [{ name: "Title", type: "text" }];

export function columnsOf(list: ListSpec): readonly ColumnSpec[] {
  return [...BUILT_IN_COLUMNS, ...list.columns];
}

/** Why `value` cannot go into the column (SharePoint's own checks), or null when it can. */
export function columnValueProblem(c: Pick<ColumnSpec, "name" | "type" | "choices">, value: unknown): string | null {
  if (value === null) return null;
  const expects = (what: string) => `Field '${c.name}' expects ${what}.`;
  switch (c.type) {
    case "text":
      return typeof value !== "string" ? expects("a string") : value.length > TEXT_MAX ? expects(`at most ${TEXT_MAX} characters`) : null;
    case "note":
      return typeof value !== "string" ? expects("a string") : value.length > NOTE_MAX ? expects(`at most ${NOTE_MAX} characters`) : null;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? null : expects("a number");
    case "boolean":
      return typeof value === "boolean" ? null : expects("a boolean");
    case "dateTime":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? null : expects("an ISO 8601 date and time");
    case "choice":
      return typeof value === "string" && (c.choices ?? []).includes(value) ? null : expects(`one of ${(c.choices ?? []).join(", ")}`);
  }
}

/** The Graph `columnDefinition` body for a column (POST /sites/{id}/lists and …/columns). */
export function columnDefinition(c: ColumnSpec): Record<string, unknown> {
  const facet: Record<ColumnType, Record<string, unknown>> = {
    text: { text: {} },
    note: { text: { allowMultipleLines: true } },
    number: { number: {} },
    boolean: { boolean: {} },
    dateTime: { dateTime: {} },
    choice: { choice: { choices: [...(c.choices ?? [])] } },
  };
  return { name: c.name, ...facet[c.type], ...(c.indexed ? { indexed: true } : {}), ...(c.unique ? { enforceUniqueValues: true } : {}) };
}
