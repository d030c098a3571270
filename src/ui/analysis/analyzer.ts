/**
 * Analysis for the task pane: a cache per paragraph text (a re-check only analyses paragraphs
 * that changed), progress reports, and work split so the pane never freezes: large documents
 * go to a Web Worker, small ones run in slices on the main thread between frames.
 */
import { leadInsOf, type AffectedUnit, type AnalysisResult, type Engine, type ParagraphResult, type UnitMention } from "../../engine";

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface AnalysisOutcome {
  readonly result: AnalysisResult;
  /** Paragraphs analysed this time (the rest came from the cache). */
  readonly reanalysed: number;
  readonly total: number;
}

/** A paragraph to analyse and the lead-in that governs it (a list item is read with its lead-in). */
export interface AnalysisItem {
  readonly text: string;
  readonly leadIn?: string | undefined;
}

/** What a worker answers: results for distinct items, analysed at index 0. */
export type WorkerRequest = { readonly id: number; readonly items: readonly AnalysisItem[] };
export type WorkerReply =
  | { readonly id: number; readonly type: "progress"; readonly done: number }
  | { readonly id: number; readonly type: "done"; readonly results: readonly ParagraphResult[] }
  | { readonly id: number; readonly type: "error"; readonly message: string };

export interface WorkerLike {
  postMessage(m: WorkerRequest): void;
  addEventListener(type: "message", l: (e: { data: WorkerReply }) => void): void;
  addEventListener(type: "error", l: (e: { message?: string }) => void): void;
  terminate(): void;
}

/** Above this many characters to analyse, the work goes to a Web Worker. */
export const WORKER_THRESHOLD_CHARS = 60_000;
const SLICE = 40;

export class Analyzer {
  private readonly cache = new Map<string, ParagraphResult>();
  private worker: WorkerLike | undefined;
  private requestId = 0;

  constructor(
    private readonly engine: Engine,
    private readonly workerFactory?: () => WorkerLike,
  ) {}

  async analyze(paragraphs: readonly string[], onProgress: (p: Progress) => void = () => undefined): Promise<AnalysisOutcome> {
    const leads = leadInsOf(paragraphs);
    const items = paragraphs.map((text, i): AnalysisItem => ({ text, leadIn: leads[i] }));
    const keys = items.map(keyOf);
    const missingKeys = new Set<string>();
    const missing: AnalysisItem[] = [];
    items.forEach((it, i) => {
      const k = keys[i] as string;
      if (this.cache.has(k) || missingKeys.has(k)) return;
      missingKeys.add(k);
      missing.push(it);
    });
    const chars = missing.reduce((n, it) => n + it.text.length, 0);
    onProgress({ done: 0, total: missing.length });
    const fresh = this.workerFactory && chars > WORKER_THRESHOLD_CHARS ? await this.inWorker(missing, onProgress) : await this.inSlices(missing, onProgress);
    missing.forEach((it, i) => this.cache.set(keyOf(it), fresh[i] as ParagraphResult));
    const perParagraph = keys.map((k, i) => restamp(this.cache.get(k) as ParagraphResult, i));
    return { result: this.engine.combine(perParagraph), reanalysed: missing.length, total: paragraphs.length };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private async inSlices(items: readonly AnalysisItem[], onProgress: (p: Progress) => void): Promise<ParagraphResult[]> {
    const out: ParagraphResult[] = [];
    for (let i = 0; i < items.length; i += SLICE) {
      for (const it of items.slice(i, i + SLICE)) out.push(this.engine.analyzeParagraph(it.text, 0, { leadIn: it.leadIn }));
      onProgress({ done: out.length, total: items.length });
      if (i + SLICE < items.length) await new Promise((r) => setTimeout(r, 0));
    }
    return out;
  }

  private inWorker(items: readonly AnalysisItem[], onProgress: (p: Progress) => void): Promise<ParagraphResult[]> {
    this.worker ??= (this.workerFactory as () => WorkerLike)();
    const worker = this.worker;
    const id = ++this.requestId;
    return new Promise((resolve, reject) => {
      worker.addEventListener("message", (e) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.type === "progress") onProgress({ done: m.done, total: items.length });
        else if (m.type === "done") resolve([...m.results]);
        else reject(new Error(m.message));
      });
      worker.addEventListener("error", (e) => reject(new Error(e.message ?? "the analysis worker failed")));
      worker.postMessage({ id, items });
    });
  }
}

/** The cache key: the same text under another lead-in may read differently. */
function keyOf(it: AnalysisItem): string {
  return it.leadIn === undefined ? it.text : `${it.leadIn}\u0001${it.text}`;
}

/** A cached result was computed at paragraph 0; give its findings and mentions their real index. */
function restamp(r: ParagraphResult, index: number): ParagraphResult {
  const units = new Map<string, UnitMention[]>();
  for (const [unit, mentions] of r.units) units.set(unit, mentions.map((m) => ({ ...m, paragraph: index })));
  return { ...r, findings: r.findings.map((f) => ({ ...f, paragraph: index })), units };
}

export type { AffectedUnit };
