/**
 * The standalone host: the same task pane in a plain browser, with the document held in memory
 * and drawn by the page itself (open a .docx, paste text, or pick a sample). It implements the
 * same DocumentHost interface as Word, so the pane cannot tell them apart; tests and people
 * without Word use it.
 */
import { SEVERITY_RANK, type Finding, type Severity } from "../../engine";
import { fingerprint } from "../finding-key";
import { applyDismissalChange, HostError, type Dismissal, type DismissalChange, type DocumentHost, type HostDocument, type MarkOptions, type MarkResult } from "../host";

export interface Mark {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly id: string;
}

/** A suggestion applied in the standalone document, shown like a tracked change. */
export interface Revision {
  readonly paragraph: number;
  readonly start: number;
  readonly deleted: string;
  readonly inserted: string;
}

export interface StandaloneState {
  readonly doc: HostDocument;
  readonly marks: readonly Mark[];
  readonly selected?: { readonly paragraph: number; readonly start: number; readonly end: number; readonly seq: number };
  readonly revisions: readonly Revision[];
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function markId(f: Pick<Finding, "paragraph" | "start" | "end">): string {
  return `${f.paragraph}:${f.start}:${f.end}`;
}

const EMPTY: HostDocument = { title: "", paragraphs: [] };

export class StandaloneHost implements DocumentHost {
  readonly kind = "standalone" as const;
  readonly capabilities = { comments: false, trackedChanges: true };
  private state: StandaloneState = { doc: EMPTY, marks: [], revisions: [] };
  private readonly listeners = new Set<(s: StandaloneState) => void>();
  private seq = 0;
  /** Identity of the opened document, fixed at opening so edits do not lose its dismissals. */
  private identity = fingerprint("");

  constructor(private readonly storage: KeyValueStore) {}

  /** Replaces the document (a new file, pasted text or a sample). */
  open(doc: HostDocument): void {
    this.identity = fingerprint(`${doc.title}\n${doc.paragraphs.map((p) => p.text).join("\n")}`);
    this.set({ doc, marks: [], revisions: [] });
  }

  /** Arrow properties: React's useSyncExternalStore calls them detached from the object. */
  getState = (): StandaloneState => this.state;

  subscribe = (listener: (s: StandaloneState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  async read(): Promise<HostDocument> {
    return this.state.doc;
  }

  /** The marks become exactly these findings. */
  async mark(findings: readonly Finding[], _options: MarkOptions): Promise<MarkResult> {
    const paragraphs = this.state.doc.paragraphs;
    let missed = 0;
    const marks = new Map<string, Mark>();
    for (const f of findings) {
      if (paragraphs[f.paragraph]?.text.slice(f.start, f.end) !== f.excerpt) {
        missed++;
        continue;
      }
      const old = marks.get(markId(f));
      if (!old || SEVERITY_RANK[f.severity] > SEVERITY_RANK[old.severity]) marks.set(markId(f), { paragraph: f.paragraph, start: f.start, end: f.end, severity: f.severity, id: markId(f) });
    }
    this.set({ ...this.state, marks: [...marks.values()] });
    return { marked: findings.length - missed, missed };
  }

  async check(analyze: (doc: HostDocument) => Promise<readonly Finding[]>, options: MarkOptions): Promise<{ doc: HostDocument; findings: readonly Finding[]; result: MarkResult }> {
    const doc = this.state.doc;
    const findings = await analyze(doc);
    return { doc, findings, result: await this.mark(findings, options) };
  }

  async clearMarks(): Promise<void> {
    this.set({ ...this.state, marks: [] });
  }

  async select(f: Finding): Promise<void> {
    if (this.state.doc.paragraphs[f.paragraph]?.text.slice(f.start, f.end) !== f.excerpt) throw new HostError("changed", "the words were not found; check the draft again");
    this.seq++;
    this.set({ ...this.state, selected: { paragraph: f.paragraph, start: f.start, end: f.end, seq: this.seq } });
  }

  /**
   * Replaces the words with the suggestion and shows it as a revision. Other marks in the
   * paragraph move with the text; only a mark on the replaced words goes.
   */
  async applySuggestion(f: Finding): Promise<void> {
    const p = this.state.doc.paragraphs[f.paragraph];
    if (f.suggestion === undefined) throw new HostError("unsupported", "this finding has no suggested wording");
    if (!p || p.text.slice(f.start, f.end) !== f.excerpt) throw new HostError("changed", "the words were not found; check the draft again");
    const text = p.text.slice(0, f.start) + f.suggestion + p.text.slice(f.end);
    const delta = f.suggestion.length - (f.end - f.start);
    const shift = <T extends { readonly paragraph: number; readonly start: number }>(x: T, end: number): T | undefined =>
      x.paragraph !== f.paragraph || end <= f.start ? x : x.start >= f.end ? { ...x, start: x.start + delta } : undefined;
    const marks = this.state.marks.flatMap((m) => {
      const moved = shift(m, m.end);
      return moved ? [moved === m ? m : { ...moved, end: m.end + delta, id: markId({ paragraph: m.paragraph, start: moved.start, end: m.end + delta }) }] : [];
    });
    const revisions = [...this.state.revisions.flatMap((r) => shift(r, r.start + r.inserted.length) ?? []), { paragraph: f.paragraph, start: f.start, deleted: f.excerpt, inserted: f.suggestion }];
    const paragraphs = this.state.doc.paragraphs.map((x, i) => (i === f.paragraph ? { ...x, text } : x));
    this.set({ doc: { ...this.state.doc, paragraphs }, marks, revisions });
  }

  async loadDismissals(): Promise<Dismissal[]> {
    const raw = this.storage.getItem(this.storageKey());
    if (!raw) return [];
    try {
      return JSON.parse(raw) as Dismissal[];
    } catch {
      return [];
    }
  }

  async changeDismissals(change: DismissalChange): Promise<Dismissal[]> {
    const next = applyDismissalChange(await this.loadDismissals(), change);
    this.storage.setItem(this.storageKey(), JSON.stringify(next));
    return next;
  }

  /** Dismissals belong to a document (in Word they live inside the file; here, in the browser). */
  private storageKey(): string {
    return `adal.dismissals.${this.identity}`;
  }

  private set(s: StandaloneState): void {
    this.state = s;
    for (const l of this.listeners) l(s);
  }
}
