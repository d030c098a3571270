/**
 * What the task pane needs from a document host. The UI talks only to this interface; each host
 * (Word through Office.js, the standalone browser document) has one adapter. Script Lab's
 * "Office.js behind one helper" and the TaskPane template's per-host adapters are the models.
 */
import type { Finding } from "../engine";
import type { DocPart } from "../documents/model";

export interface HostParagraph {
  readonly text: string;
  readonly part: DocPart;
  readonly label?: string;
}

export interface HostDocument {
  readonly title: string;
  readonly paragraphs: readonly HostParagraph[];
}

export interface HostCapabilities {
  /** Word comments on findings (WordApi 1.4). */
  readonly comments: boolean;
  /** Suggestions inserted as tracked changes (WordApi 1.4). */
  readonly trackedChanges: boolean;
}

/** A finding the reviewer dismissed, with the reason; stored in the document itself. */
export interface Dismissal {
  readonly key: string;
  readonly ruleId: string;
  readonly excerpt: string;
  readonly reason: string;
  readonly at: string;
}

export interface MarkOptions {
  readonly comments: boolean;
  /** Text of the comment for a finding, in the reviewer's language. */
  readonly commentText: (f: Finding) => string;
}

export interface MarkResult {
  /** Findings located and marked in the document. */
  readonly marked: number;
  /** Findings whose text was no longer found (the document changed since the scan). */
  readonly missed: number;
}

export interface DocumentHost {
  readonly kind: "word" | "standalone";
  readonly capabilities: HostCapabilities;
  /** Every paragraph's text in one round trip. */
  read(): Promise<HostDocument>;
  /**
   * Reads the document, runs `analyze` on it and marks what it returns, as one batch where the
   * host has batches (Word: 3 round trips in all).
   */
  check(analyze: (doc: HostDocument) => Promise<readonly Finding[]>, options: MarkOptions): Promise<{ doc: HostDocument; findings: readonly Finding[]; result: MarkResult }>;
  /**
   * Makes the document's marks (highlights, and comments when asked) exactly these findings:
   * marks of findings not in the list go, missing ones are added, the rest stay as they are.
   * A constant number of round trips.
   */
  mark(findings: readonly Finding[], options: MarkOptions): Promise<MarkResult>;
  /** Removes every highlight and comment this pane added (the user's own highlighting stays). */
  clearMarks(): Promise<void>;
  /** Selects the finding's words in the document. */
  select(finding: Finding): Promise<void>;
  /** Replaces the finding's words with its suggestion, as a tracked change where the host has them. */
  applySuggestion(finding: Finding): Promise<void>;
  /** The dismissals stored in the document, as they are now (a co-author may have added some). */
  loadDismissals(): Promise<Dismissal[]>;
  /**
   * Adds or removes one dismissal on top of what the document holds now, so a co-author's
   * dismissals are merged, not overwritten; returns the list as stored.
   */
  changeDismissals(change: DismissalChange): Promise<Dismissal[]>;
}

export type DismissalChange = { readonly add: Dismissal } | { readonly remove: string };

/** The list after one change: a dismissal replaces one with the same key. */
export function applyDismissalChange(list: readonly Dismissal[], change: DismissalChange): Dismissal[] {
  const key = "add" in change ? change.add.key : change.remove;
  const rest = list.filter((d) => d.key !== key);
  return "add" in change ? [...rest, change.add] : rest;
}

/** Thrown by hosts with a message the pane can show as it is (already localised keys are not needed). */
export class HostError extends Error {
  constructor(
    readonly code: "not-found" | "unsupported" | "office" | "changed",
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}
