/**
 * The Word adapter: the only code that touches Word's JavaScript API.
 *
 * Round trips are what make an add-in slow (each `context.sync()` crosses into Word), so a full
 * check is ONE `Word.run` with three syncs whatever the document's length: (1) load every
 * paragraph's text, analyse; (2) resolve all searches that locate the findings; (3) apply all
 * highlights and comments. Nothing syncs inside a loop.
 */
import type { Finding, Severity } from "../../engine";
import { HostError, type Dismissal, type DocumentHost, type HostCapabilities, type HostDocument, type MarkOptions, type MarkResult } from "../host";
import { searchChunks } from "./locate";

type OfficeApi = typeof Office;
type WordApi = typeof Word;

const SETTINGS_DISMISSALS = "adal.dismissals";
const SETTINGS_MARKS = "adal.marks";
/** Soft colours that keep the text readable; Word accepts #RRGGBB. */
export const HIGHLIGHT: Readonly<Record<Severity, string>> = { high: "#FFC9C9", medium: "#FFE8A3", low: "#CFE3F7" };

interface StoredMark {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
}

interface Pending {
  readonly finding: StoredMark & { readonly severity?: Severity };
  readonly ranges: Word.RangeCollection[];
  readonly occurrences: number[];
  readonly extra?: Finding;
}

export class WordHost implements DocumentHost {
  readonly kind = "word" as const;
  readonly capabilities: HostCapabilities;

  constructor(
    private readonly office: OfficeApi,
    private readonly word: WordApi,
  ) {
    const api14 = office.context.requirements.isSetSupported("WordApi", "1.4");
    this.capabilities = { comments: api14, trackedChanges: api14 };
  }

  async read(): Promise<HostDocument> {
    return this.word.run(async (ctx) => {
      const { paras } = await loadBody(ctx);
      return toDocument(ctx.document.properties.title, paras);
    });
  }

  /**
   * Reads, analyses and marks in one batch context: 3 syncs in all. `analyze` may be async (a
   * Web Worker); the Word context stays open meanwhile.
   */
  async check(analyze: (doc: HostDocument) => Promise<readonly Finding[]>, options: MarkOptions): Promise<{ doc: HostDocument; findings: readonly Finding[]; result: MarkResult }> {
    return this.word.run(async (ctx) => {
      const { paras } = await loadBody(ctx);
      const doc = toDocument(ctx.document.properties.title, paras);
      const findings = await analyze(doc);
      const result = await this.markLoaded(ctx, paras, findings, options, true);
      return { doc, findings, result };
    });
  }

  async mark(findings: readonly Finding[], options: MarkOptions): Promise<MarkResult> {
    return this.word.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      paras.load("text");
      await ctx.sync();
      return this.markLoaded(ctx, paras, findings, options);
    });
  }

  async clearMarks(): Promise<void> {
    const marks = this.readSetting<StoredMark[]>(SETTINGS_MARKS) ?? [];
    await this.removeHighlights(marks, true);
    await this.writeSetting(SETTINGS_MARKS, []);
  }

  async unmark(findings: readonly Finding[]): Promise<void> {
    const gone = new Set(findings.map((f) => `${f.paragraph}:${f.start}:${f.end}`));
    await this.removeHighlights(findings);
    const marks = this.readSetting<StoredMark[]>(SETTINGS_MARKS) ?? [];
    await this.writeSetting(SETTINGS_MARKS, marks.filter((m) => !gone.has(`${m.paragraph}:${m.start}:${m.end}`)));
  }

  private async removeHighlights(marks: readonly StoredMark[], wherever = false): Promise<void> {
    if (marks.length === 0) return;
    await this.word.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      paras.load("text");
      await ctx.sync();
      const pending = marks.map((m) => (wherever ? this.queueSearchAt(paras, m) : this.queueSearch(paras, m))).filter((p): p is Pending => p !== undefined);
      await ctx.sync();
      for (const p of pending) {
        const range = resolve(p);
        if (range) range.font.highlightColor = null as unknown as string;
      }
      await ctx.sync();
    });
  }

  /** The finding's range in the current text, in two syncs; a clear error when the text changed. */
  private async locate(ctx: Word.RequestContext, finding: Finding): Promise<Word.Range> {
    const paras = ctx.document.body.paragraphs;
    paras.load("text");
    await ctx.sync();
    const p = this.queueSearch(paras, finding);
    if (!p) throw new HostError("changed", "the paragraph no longer contains these words");
    await ctx.sync();
    const range = resolve(p);
    if (!range) throw new HostError("changed", "the words were not found; check the draft again");
    return range;
  }

  async select(finding: Finding): Promise<void> {
    await this.word.run(async (ctx) => {
      const range = await this.locate(ctx, finding);
      range.select();
      await ctx.sync();
    });
  }

  async applySuggestion(finding: Finding): Promise<void> {
    if (finding.suggestion === undefined) throw new HostError("unsupported", "this finding has no suggested wording");
    if (!this.capabilities.trackedChanges) throw new HostError("unsupported", "tracked changes need WordApi 1.4 (Word 2021 / Microsoft 365)");
    await this.word.run(async (ctx) => {
      ctx.document.load("changeTrackingMode");
      const range = await this.locate(ctx, finding);
      const previous = ctx.document.changeTrackingMode;
      ctx.document.changeTrackingMode = this.word.ChangeTrackingMode.trackAll;
      range.insertText(finding.suggestion as string, this.word.InsertLocation.replace);
      ctx.document.changeTrackingMode = previous;
      await ctx.sync();
    });
  }

  async loadDismissals(): Promise<Dismissal[]> {
    return this.readSetting<Dismissal[]>(SETTINGS_DISMISSALS) ?? [];
  }

  async saveDismissals(dismissals: readonly Dismissal[]): Promise<void> {
    await this.writeSetting(SETTINGS_DISMISSALS, dismissals);
  }

  /**
   * Sync 2 and 3 of a check: resolve searches, then write highlights and comments. With
   * `replace`, the previous check's highlights are located in the same batch and cleared first,
   * so a re-check costs no extra round trip.
   */
  private async markLoaded(ctx: Word.RequestContext, paras: Word.ParagraphCollection, findings: readonly Finding[], options: MarkOptions, replace = false): Promise<MarkResult> {
    const previous = this.readSetting<StoredMark[]>(SETTINGS_MARKS) ?? [];
    const stale = replace ? previous.map((m) => this.queueSearchAt(paras, m)).filter((p): p is Pending => p !== undefined) : [];
    const pending: Pending[] = [];
    let missed = 0;
    for (const f of findings) {
      const p = this.queueSearch(paras, f, f);
      if (p) pending.push(p);
      else missed++;
    }
    await ctx.sync();
    for (const p of stale) {
      const range = resolve(p);
      if (range) range.font.highlightColor = null as unknown as string;
    }
    const marked: StoredMark[] = [];
    for (const p of pending) {
      const range = resolve(p);
      if (!range) {
        missed++;
        continue;
      }
      const f = p.extra as Finding;
      range.font.highlightColor = HIGHLIGHT[f.severity];
      if (options.comments && this.capabilities.comments) range.insertComment(options.commentText(f));
      marked.push({ paragraph: f.paragraph, start: f.start, end: f.end, excerpt: f.excerpt });
    }
    await ctx.sync();
    await this.writeSetting(SETTINGS_MARKS, replace ? marked : dedupeMarks([...previous, ...marked]));
    return { marked: marked.length, missed };
  }

  /** Queues the searches that locate a mark; undefined when the paragraph text no longer matches. */
  private queueSearch(paras: Word.ParagraphCollection, m: StoredMark, extra?: Finding): Pending | undefined {
    const para = paras.items[m.paragraph];
    if (!para || para.text.slice(m.start, m.end) !== m.excerpt) return undefined;
    const chunks = searchChunks(para.text, m.start, m.end);
    if (chunks.length === 0) return undefined;
    const ranges = chunks.map((c) => {
      const r = para.search(c.query, { matchCase: true, matchWildcards: false });
      r.load("text");
      return r;
    });
    return extra ? { finding: m, ranges, occurrences: chunks.map((c) => c.occurrence), extra } : { finding: m, ranges, occurrences: chunks.map((c) => c.occurrence) };
  }

  /**
   * Locates whatever text now stands where an old mark was (the user may have edited the marked
   * words, and Word keeps the highlight on what they typed).
   */
  private queueSearchAt(paras: Word.ParagraphCollection, m: StoredMark): Pending | undefined {
    const para = paras.items[m.paragraph];
    if (!para || m.end > para.text.length) return undefined;
    return this.queueSearch(paras, { ...m, excerpt: para.text.slice(m.start, m.end) });
  }

  private readSetting<T>(name: string): T | undefined {
    const raw = this.office.context.document.settings.get(name) as unknown;
    if (typeof raw !== "string") return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }

  private writeSetting(name: string, value: unknown): Promise<void> {
    const settings = this.office.context.document.settings;
    settings.set(name, JSON.stringify(value));
    return new Promise((resolveSave, reject) => {
      settings.saveAsync((r) => {
        if (r.status === this.office.AsyncResultStatus.Failed) reject(new HostError("office", r.error?.message ?? "could not save to the document"));
        else resolveSave();
      });
    });
  }
}

/** One sync: every paragraph's text and table depth, and the document title. */
async function loadBody(ctx: Word.RequestContext): Promise<{ paras: Word.ParagraphCollection }> {
  const paras = ctx.document.body.paragraphs;
  paras.load("text,tableNestingLevel");
  ctx.document.properties.load("title");
  await ctx.sync();
  return { paras };
}

function toDocument(title: string | undefined, paras: Word.ParagraphCollection): HostDocument {
  return {
    title: title ?? "",
    paragraphs: paras.items.map((p) => ({ text: p.text, part: p.tableNestingLevel > 0 ? ("table" as const) : ("body" as const) })),
  };
}

/** The range of a located mark: the k-th hit of each chunk, joined. */
function resolve(p: Pending): Word.Range | undefined {
  let range: Word.Range | undefined;
  for (let i = 0; i < p.ranges.length; i++) {
    const hit = (p.ranges[i] as Word.RangeCollection).items[p.occurrences[i] as number];
    if (!hit) return undefined;
    range = range ? range.expandTo(hit) : hit;
  }
  return range;
}

function dedupeMarks(marks: StoredMark[]): StoredMark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const k = `${m.paragraph}:${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
