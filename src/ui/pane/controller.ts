/**
 * The task pane's behaviour, independent of React: check, dismiss with a reason, restore,
 * select, apply a suggestion, clear highlights. It talks to a DocumentHost and the Analyzer and
 * publishes immutable state; components subscribe and render.
 */
import type { AffectedUnit, Finding } from "../../engine";
import { findingKey } from "../../office/finding-key";
import { HostError, type Dismissal, type DocumentHost, type HostDocument } from "../../office/host";
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
  /** Findings to show (dismissed ones removed), in document order. */
  readonly findings: readonly Finding[];
  readonly dismissed: readonly DismissedFinding[];
  readonly units: readonly AffectedUnit[];
  readonly lastRun?: { readonly reanalysed: number; readonly total: number; readonly marked: number; readonly missed: number };
  readonly notice?: Notice;
  readonly error?: string;
  readonly comments: boolean;
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private all: readonly Finding[] = [];
  private dismissals: Dismissal[] = [];

  constructor(
    readonly host: DocumentHost,
    private readonly analyzer: Analyzer,
    private readonly commentText: (f: Finding) => string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = { phase: "idle", findings: [], dismissed: [], units: [], comments: host.capabilities.comments };
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
    this.update({ phase: "checking", progress: { done: 0, total: 0 }, notice: undefined, error: undefined });
    try {
      this.dismissals = await this.host.loadDismissals();
      let units: readonly AffectedUnit[] = [];
      let reanalysed = 0;
      const { doc, result } = await this.host.check(
        async (doc) => {
          if (doc.paragraphs.every((p) => p.text.trim() === "")) throw new HostError("not-found", "empty");
          const outcome = await this.analyzer.analyze(doc.paragraphs.map((p) => p.text), (progress) => this.update({ progress }));
          units = outcome.result.affectedUnits;
          reanalysed = outcome.reanalysed;
          this.all = outcome.result.findings;
          return this.visible(doc).findings;
        },
        { comments: this.state.comments, commentText: this.commentText },
      );
      const { findings, dismissed } = this.visible(doc);
      this.update({
        phase: "ready",
        doc,
        findings,
        dismissed,
        units,
        progress: undefined,
        lastRun: { reanalysed, total: doc.paragraphs.length, marked: result.marked, missed: result.missed },
        notice: result.missed > 0 ? { kind: "warning", key: "statusMissed", params: { count: result.missed } } : undefined,
      });
    } catch (e) {
      if (e instanceof HostError && e.code === "not-found") {
        this.update({ phase: "ready", findings: [], dismissed: [], units: [], progress: undefined, notice: { kind: "info", key: "emptyDocument" } });
        return;
      }
      this.update({ phase: "error", progress: undefined, error: (e as Error).message || String(e) });
    }
  }

  async dismiss(f: Finding, reason: string): Promise<void> {
    const doc = this.state.doc;
    if (!doc || reason.trim() === "") return;
    const dismissal: Dismissal = { key: findingKey(f, doc.paragraphs[f.paragraph]?.text ?? ""), ruleId: f.ruleId, excerpt: f.excerpt, reason: reason.trim(), at: this.now().toISOString() };
    this.dismissals = [...this.dismissals.filter((d) => d.key !== dismissal.key), dismissal];
    await this.guard(async () => {
      await this.host.saveDismissals(this.dismissals);
      await this.host.unmark([f]);
    });
    this.update(this.visible(doc));
  }

  async restore(key: string): Promise<void> {
    const doc = this.state.doc;
    if (!doc) return;
    const back = this.state.dismissed.find((d) => d.dismissal.key === key)?.finding;
    this.dismissals = this.dismissals.filter((d) => d.key !== key);
    await this.guard(async () => {
      await this.host.saveDismissals(this.dismissals);
      if (back) await this.host.mark([back], { comments: false, commentText: this.commentText });
    });
    this.update(this.visible(doc));
  }

  async select(f: Finding): Promise<void> {
    await this.guard(() => this.host.select(f));
  }

  async apply(f: Finding): Promise<void> {
    const ok = await this.guard(() => this.host.applySuggestion(f));
    if (!ok) return;
    this.all = this.all.filter((x) => x !== f);
    const doc = this.state.doc;
    this.update({
      ...(doc ? this.visible(doc) : {}),
      notice: { kind: "success", key: this.host.kind === "word" ? "statusApplied" : "statusAppliedStandalone" },
    });
  }

  async clearMarks(): Promise<void> {
    if (await this.guard(() => this.host.clearMarks())) this.update({ notice: { kind: "success", key: "statusCleared" } });
  }

  notify(notice: Notice | undefined): void {
    this.update({ notice });
  }

  /** Forgets the document (standalone: a new file was opened). */
  reset(): void {
    this.all = [];
    this.update({ phase: "idle", findings: [], dismissed: [], units: [], doc: undefined, lastRun: undefined, notice: undefined, error: undefined });
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
