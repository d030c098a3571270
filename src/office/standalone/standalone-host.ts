/**
 * The standalone host: the same task pane in a plain browser, with the document held in memory
 * and drawn by the page itself (open a .docx, paste text, or pick a sample). It implements the
 * same DocumentHost interface as Word, so the pane cannot tell them apart; tests and people
 * without Word use it.
 */
import type { Finding, Severity } from "../../engine";
import { fingerprint } from "../finding-key";
import { HostError, type Dismissal, type DocumentHost, type HostDocument, type MarkOptions, type MarkResult } from "../host";

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

  async mark(findings: readonly Finding[], _options: MarkOptions): Promise<MarkResult> {
    const paragraphs = this.state.doc.paragraphs;
    let missed = 0;
    const marks: Mark[] = [];
    for (const f of findings) {
      if (paragraphs[f.paragraph]?.text.slice(f.start, f.end) !== f.excerpt) {
        missed++;
        continue;
      }
      marks.push({ paragraph: f.paragraph, start: f.start, end: f.end, severity: f.severity, id: markId(f) });
    }
    const added = new Set(marks.map((m) => m.id));
    this.set({ ...this.state, marks: [...this.state.marks.filter((m) => !added.has(m.id)), ...marks] });
    return { marked: marks.length, missed };
  }

  async check(analyze: (doc: HostDocument) => Promise<readonly Finding[]>, options: MarkOptions): Promise<{ doc: HostDocument; findings: readonly Finding[]; result: MarkResult }> {
    const doc = this.state.doc;
    const findings = await analyze(doc);
    // A check replaces the previous highlights: fixed wording must not stay marked.
    this.set({ ...this.state, marks: [] });
    return { doc, findings, result: await this.mark(findings, options) };
  }

  async clearMarks(): Promise<void> {
    this.set({ ...this.state, marks: [] });
  }

  async unmark(findings: readonly Finding[]): Promise<void> {
    const gone = new Set(findings.map(markId));
    this.set({ ...this.state, marks: this.state.marks.filter((m) => !gone.has(m.id)) });
  }

  async select(f: Finding): Promise<void> {
    if (this.state.doc.paragraphs[f.paragraph]?.text.slice(f.start, f.end) !== f.excerpt) throw new HostError("changed", "the words were not found; check the draft again");
    this.seq++;
    this.set({ ...this.state, selected: { paragraph: f.paragraph, start: f.start, end: f.end, seq: this.seq } });
  }

  async applySuggestion(f: Finding): Promise<void> {
    const p = this.state.doc.paragraphs[f.paragraph];
    if (f.suggestion === undefined) throw new HostError("unsupported", "this finding has no suggested wording");
    if (!p || p.text.slice(f.start, f.end) !== f.excerpt) throw new HostError("changed", "the words were not found; check the draft again");
    const text = p.text.slice(0, f.start) + f.suggestion + p.text.slice(f.end);
    const paragraphs = this.state.doc.paragraphs.map((x, i) => (i === f.paragraph ? { ...x, text } : x));
    const revisions = [...this.state.revisions, { paragraph: f.paragraph, start: f.start, deleted: f.excerpt, inserted: f.suggestion }];
    this.set({ doc: { ...this.state.doc, paragraphs }, marks: this.state.marks.filter((m) => m.paragraph !== f.paragraph), revisions });
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

  async saveDismissals(dismissals: readonly Dismissal[]): Promise<void> {
    this.storage.setItem(this.storageKey(), JSON.stringify(dismissals));
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
