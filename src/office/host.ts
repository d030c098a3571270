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
  /** Highlights (and optionally comments) all findings in a constant number of round trips. */
  mark(findings: readonly Finding[], options: MarkOptions): Promise<MarkResult>;
  /** Removes the highlight of these findings only (after a dismissal). */
  unmark(findings: readonly Finding[]): Promise<void>;
  /** Removes the highlights this pane added (the user's own highlighting stays). */
  clearMarks(): Promise<void>;
  /** Selects the finding's words in the document. */
  select(finding: Finding): Promise<void>;
  /** Replaces the finding's words with its suggestion, as a tracked change where the host has them. */
  applySuggestion(finding: Finding): Promise<void>;
  loadDismissals(): Promise<Dismissal[]>;
  saveDismissals(dismissals: readonly Dismissal[]): Promise<void>;
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
