/**
 * The task pane's behaviour, independent of React: check, dismiss with a reason, restore,
 * select, apply a suggestion, clear highlights. It talks to a DocumentHost and the Analyzer and
 * publishes immutable state; components subscribe and render. Every count the pane shows is
 * state set by the action that changed it, so none can go stale.
 */
import type { AffectedUnit, Finding } from "../../engine";
import { findingKey } from "../../office/finding-key";
import { HostError, type Dismissal, type DismissalChange, type DocumentHost, type HostDocument, type MarkResult } from "../../office/host";
import type { Analyzer, Progress } from "../analysis/analyzer";
import type { MessageKey } from "../i18n";
import type { Params } from "../i18n/format";

export interface Notice {
  readonly kind: "success" | "warning" | "error" | "info";
  readonly key: MessageKey;
  readonly params?: Params;
  /** Raw detail from the host or the file (already human-readable), shown after the message. */
  readonly detail?: string;
}

export interface DismissedFinding {
  readonly finding: Finding;
  readonly dismissal: Dismissal;
}

export interface PaneState {
  readonly phase: "idle" | "checking" | "ready" | "error";
  readonly progress?: Progress;
  readonly doc?: HostDocument;
  /** Findings to show (dismissed and applied ones removed), in document order. */
  readonly findings: readonly Finding[];
  readonly dismissed: readonly DismissedFinding[];
  readonly units: readonly AffectedUnit[];
  /** The last check: paragraphs analysed again (only on a re-check of the same document) and in all. */
  readonly lastRun?: { readonly reanalysed?: number; readonly total: number };
  /** Findings highlighted in the document now. */
  readonly marked: number;
  readonly notice?: Notice;
  readonly error?: string;
  readonly comments: boolean;
}

/** The identity of a finding on screen: where it is and which rule found it. */
export function findingId(f: Pick<Finding, "paragraph" | "start" | "end" | "ruleId">): string {
  return `${f.paragraph}:${f.start}:${f.end}:${f.ruleId}`;
}

/** Whether the document has any text to check or conclude on. */
export function hasText(doc: HostDocument | undefined): boolean {
  return doc !== undefined && doc.paragraphs.some((p) => p.text.trim() !== "");
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private all: readonly Finding[] = [];
  private dismissals: Dismissal[] = [];
  private checks = 0;

  constructor(
    readonly host: DocumentHost,
    private readonly analyzer: Analyzer,
    private readonly commentText: (f: Finding) => string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = { phase: "idle", findings: [], dismissed: [], units: [], marked: 0, comments: host.capabilities.comments };
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setComments(on: boolean): void {
    this.update({ comments: on && this.host.capabilities.comments });
  }

  async check(): Promise<void> {
    if (this.state.phase === "checking") return;
    const before = this.state.phase;
    this.update({ phase: "checking", progress: { done: 0, total: 0 }, notice: undefined, error: undefined });
    try {
      this.dismissals = await this.host.loadDismissals();
      let units: readonly AffectedUnit[] = [];
      let reanalysed = 0;
      const { doc, result } = await this.host.check(
        async (doc) => {
          if (doc.paragraphs.length === 0) throw new HostError("not-found", "no document");
          if (!hasText(doc)) throw new HostError("not-found", "empty");
          const outcome = await this.analyzer.analyze(doc.paragraphs.map((p) => p.text), (progress) => this.update({ progress }));
          units = outcome.result.affectedUnits;
          reanalysed = outcome.reanalysed;
          this.all = outcome.result.findings;
          return this.visible(doc).findings;
        },
        this.markOptions(),
      );
      const { findings, dismissed } = this.visible(doc);
      const recheck = this.checks > 0;
      this.checks++;
      this.update({
        phase: "ready",
        doc,
        findings,
        dismissed,
        units,
        progress: undefined,
        lastRun: { total: doc.paragraphs.length, ...(recheck ? { reanalysed } : {}) },
        marked: result.marked,
        notice: missedNotice(result),
      });
    } catch (e) {
      if (e instanceof HostError && e.code === "not-found") {
        const none = e.message === "no document";
        this.all = [];
        this.update({ phase: none ? before : "ready", findings: [], dismissed: [], units: [], marked: 0, progress: undefined, ...(none ? {} : { doc: undefined, lastRun: undefined }), notice: none ? { kind: "warning", key: "checkNoDocument" } : { kind: "info", key: "emptyDocument" } });
        return;
      }
      this.update({ phase: "error", progress: undefined, error: (e as Error).message || String(e) });
    }
  }

  async dismiss(f: Finding, reason: string): Promise<void> {
    const doc = this.state.doc;
    if (!doc || reason.trim() === "") return;
    const dismissal: Dismissal = { key: findingKey(f, doc.paragraphs[f.paragraph]?.text ?? ""), ruleId: f.ruleId, excerpt: f.excerpt, reason: reason.trim(), at: this.now().toISOString() };
    await this.changeAndRemark({ add: dismissal });
  }

  async restore(key: string): Promise<void> {
    await this.changeAndRemark({ remove: key });
  }

  async select(f: Finding): Promise<void> {
    await this.guard(() => this.host.select(f));
  }

  /**
   * Applies the suggestion; the finding leaves the list. Other findings in the same paragraph
   * move with the text (their words are still there, and still highlighted); any that covered
   * the replaced words are gone until the next check.
   */
  async apply(f: Finding): Promise<void> {
    const doc = this.state.doc;
    if (!doc || f.suggestion === undefined) return;
    const ok = await this.guard(() => this.host.applySuggestion(f));
    if (!ok) return;
    const delta = f.suggestion.length - (f.end - f.start);
    const target = findingId(f);
    const paragraphs = doc.paragraphs.map((p, i) => (i === f.paragraph ? { ...p, text: p.text.slice(0, f.start) + (f.suggestion as string) + p.text.slice(f.end) } : p));
    const before = this.state.findings.length;
    this.all = this.all.flatMap((x) => {
      if (findingId(x) === target) return [];
      if (x.paragraph !== f.paragraph || x.end <= f.start) return [x];
      if (x.start >= f.end) return [{ ...x, start: x.start + delta, end: x.end + delta }];
      return [];
    });
    const next = { ...doc, paragraphs };
    const visible = this.visible(next);
    this.update({
      doc: next,
      ...visible,
      marked: Math.max(0, Math.min(this.state.marked - (before - visible.findings.length), visible.findings.length)),
      notice: { kind: "success", key: this.host.kind === "word" ? "statusApplied" : "statusAppliedStandalone" },
    });
  }

  async clearMarks(): Promise<void> {
    if (await this.guard(() => this.host.clearMarks())) this.update({ marked: 0, notice: { kind: "success", key: "statusCleared" } });
  }

  notify(notice: Notice | undefined): void {
    this.update({ notice });
  }

  /** Forgets the document (standalone: a new file was opened). */
  reset(): void {
    this.all = [];
    this.checks = 0;
    this.update({ phase: "idle", findings: [], dismissed: [], units: [], marked: 0, doc: undefined, lastRun: undefined, notice: undefined, error: undefined });
  }

  private markOptions() {
    return { comments: this.state.comments, commentText: this.commentText };
  }

  /** Stores one dismissal change (merged with what the document holds) and re-marks the document. */
  private async changeAndRemark(change: DismissalChange): Promise<void> {
    const doc = this.state.doc;
    if (!doc) return;
    let result: MarkResult | undefined;
    await this.guard(async () => {
      this.dismissals = await this.host.changeDismissals(change);
      result = await this.host.mark(this.visible(doc).findings, this.markOptions());
    });
    this.update({ ...this.visible(doc), ...(result ? { marked: result.marked, notice: missedNotice(result) } : {}) });
  }

  private visible(doc: HostDocument): { findings: Finding[]; dismissed: DismissedFinding[] } {
    const byKey = new Map(this.dismissals.map((d) => [d.key, d]));
    const findings: Finding[] = [];
    const dismissed: DismissedFinding[] = [];
    for (const f of this.all) {
      const d = byKey.get(findingKey(f, doc.paragraphs[f.paragraph]?.text ?? ""));
      if (d) dismissed.push({ finding: f, dismissal: d });
      else findings.push(f);
    }
    return { findings, dismissed };
  }

  /** Runs a host action; a failure becomes an error notice instead of an exception. */
  private async guard(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (e) {
      this.update({ notice: { kind: "error", key: "errorTitle", detail: (e as Error).message } });
      return false;
    }
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

function missedNotice(result: MarkResult): Notice | undefined {
  return result.missed > 0 ? { kind: "warning", key: "statusMissed", params: { count: result.missed } } : undefined;
}
