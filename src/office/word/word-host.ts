/**
 * The Word adapter: the only code that touches Word's JavaScript API.
 *
 * Round trips are what make an add-in slow (each `context.sync()` crosses into Word), so a full
 * check is ONE `Word.run` with three syncs whatever the document's length: (1) read every
 * paragraph and Adal's existing marks, analyse; (2) remove the marks that no longer apply and
 * resolve the searches that locate new ones; (3) add the new marks. Nothing syncs in a loop. A
 * document with tracked deletions costs one more, to read each paragraph as it now reads.
 *
 * Adal's marks are found again by what they are, never by stored offsets, so inserting or
 * deleting paragraphs, editing, co-authors or a batch that failed half-way cannot leave a mark
 * that "Clear highlights" misses:
 * - a highlight is always the highlight of a content control tagged `adal` (WordApi 1.1,
 *   hidden), whose title names the findings it covers; the tag is set right after the control
 *   is made and the colour last, so a highlight never exists without its tag;
 * - a comment ends with "[Adal <id>]" (the finding's id), so it is recognised wherever it is.
 */
import type { Finding, Severity } from "../../engine";
import { findingKey, fingerprint } from "../finding-key";
import { applyDismissalChange, HostError, type Dismissal, type DismissalChange, type DocumentHost, type HostCapabilities, type HostDocument, type MarkOptions, type MarkResult } from "../host";
import { searchChunks } from "./locate";
import { alignCurrent, type Alignment } from "./reviewed-text";

type OfficeApi = typeof Office;
type WordApi = typeof Word;

const SETTINGS_DISMISSALS = "adal.dismissals";
/** Offsets of an older version of Adal; only ever removed. */
const SETTINGS_OLD_MARKS = "adal.marks";
export const MARK_TAG = "adal";

/**
 * Word's named highlight colours: Word for Windows has no others and maps any #RRGGBB to the
 * nearest of them (typings of Word.Font.highlightColor), which turned three pastel shades into
 * one. These three stay distinct everywhere and keep black text readable.
 */
export const HIGHLIGHT: Readonly<Record<Severity, "Red" | "Yellow" | "Turquoise">> = { high: "Red", medium: "Yellow", low: "Turquoise" };

const COMMENT_ID = /\[Adal ([0-9a-z]+)\]$/u;

/** A stretch of one paragraph that Adal highlights: overlapping findings share one. */
interface Region {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly title: string;
  readonly members: readonly Finding[];
}

interface Pending {
  readonly ranges: Word.RangeCollection[];
  readonly occurrences: number[];
}

/** One sync's worth of reading: paragraphs (text as it now reads), Adal's content controls and comments. */
interface Loaded {
  readonly paras: Word.ParagraphCollection;
  readonly texts: string[];
  readonly alignments: Array<Alignment | null>;
  readonly marks: Word.ContentControlCollection;
  readonly comments: Word.CommentCollection | null;
  readonly title: string;
  readonly labels: Array<string | undefined>;
}

export class WordHost implements DocumentHost {
  readonly kind = "word" as const;
  readonly capabilities: HostCapabilities;
  private readonly api14: boolean;

  constructor(
    private readonly office: OfficeApi,
    private readonly word: WordApi,
  ) {
    this.api14 = office.context.requirements.isSetSupported("WordApi", "1.4");
    this.capabilities = { comments: this.api14, trackedChanges: this.api14 };
  }

  async read(): Promise<HostDocument> {
    return this.word.run(async (ctx) => toDocument(await this.load(ctx)));
  }

  /** Reads, analyses and marks in one batch context: 3 syncs in all. */
  async check(analyze: (doc: HostDocument) => Promise<readonly Finding[]>, options: MarkOptions): Promise<{ doc: HostDocument; findings: readonly Finding[]; result: MarkResult }> {
    return this.word.run(async (ctx) => {
      const loaded = await this.load(ctx);
      const doc = toDocument(loaded);
      const findings = await analyze(doc);
      const result = await this.reconcile(ctx, loaded, findings, options);
      return { doc, findings, result };
    });
  }

  async mark(findings: readonly Finding[], options: MarkOptions): Promise<MarkResult> {
    return this.word.run(async (ctx) => this.reconcile(ctx, await this.load(ctx), findings, options));
  }

  async clearMarks(): Promise<void> {
    await this.word.run(async (ctx) => {
      const marks = ctx.document.body.contentControls.getByTag(MARK_TAG);
      marks.load("tag");
      const comments = this.api14 ? ctx.document.body.getComments().load("content") : null;
      await ctx.sync();
      for (const cc of marks.items) unwrap(cc);
      for (const c of comments?.items ?? []) if (COMMENT_ID.test(c.content)) c.delete();
      await ctx.sync();
    });
    if (this.office.context.document.settings.get(SETTINGS_OLD_MARKS) !== null) await this.writeSettings((s) => s.remove(SETTINGS_OLD_MARKS));
  }

  async select(finding: Finding): Promise<void> {
    await this.word.run(async (ctx) => {
      const range = await this.locateOne(ctx, finding);
      range.select();
      await ctx.sync();
    });
  }

  async applySuggestion(finding: Finding): Promise<void> {
    if (finding.suggestion === undefined) throw new HostError("unsupported", "this finding has no suggested wording");
    if (!this.capabilities.trackedChanges) throw new HostError("unsupported", "tracked changes need WordApi 1.4 (Word 2024 / Microsoft 365 2208 or later)");
    await this.word.run(async (ctx) => {
      ctx.document.load("changeTrackingMode");
      const range = await this.locateOne(ctx, finding);
      const previous = ctx.document.changeTrackingMode;
      ctx.document.changeTrackingMode = this.word.ChangeTrackingMode.trackAll;
      const inserted = range.insertText(finding.suggestion as string, this.word.InsertLocation.replace);
      // The rewrite is not a risk: it must not carry the finding's highlight over.
      inserted.font.highlightColor = null as unknown as string;
      ctx.document.changeTrackingMode = previous;
      await ctx.sync();
    });
  }

  async loadDismissals(): Promise<Dismissal[]> {
    await this.refreshSettings();
    return this.readSetting<Dismissal[]>(SETTINGS_DISMISSALS) ?? [];
  }

  /**
   * Document settings are one property bag per add-in instance, written back whole by
   * `saveAsync`: a co-author's instance would overwrite this one's dismissals. So the bag is
   * re-read first (`refreshAsync`) and the change applied on top. `saveAsync` only puts the
   * settings into the open document; when the user had nothing unsaved, the document is saved
   * too, so the dismissal is in the file without saving someone's half-done edits.
   */
  async changeDismissals(change: DismissalChange): Promise<Dismissal[]> {
    const wasClean = await this.word.run(async (ctx) => {
      ctx.document.load("saved");
      await ctx.sync();
      return ctx.document.saved;
    });
    await this.refreshSettings();
    const next = applyDismissalChange(this.readSetting<Dismissal[]>(SETTINGS_DISMISSALS) ?? [], change);
    await this.writeSettings((s) => s.set(SETTINGS_DISMISSALS, JSON.stringify(next)));
    if (wasClean && this.office.context.document.url) {
      await this.word.run(async (ctx) => {
        ctx.document.save();
        await ctx.sync();
      });
    }
    return next;
  }

  /** Sync 1: paragraphs (and their text as it now reads), list numbers, title, Adal's marks and comments. */
  private async load(ctx: Word.RequestContext): Promise<Loaded> {
    const paras = ctx.document.body.paragraphs;
    paras.load({ text: true, tableNestingLevel: true, listItemOrNullObject: { listString: true } } as Word.Interfaces.ParagraphCollectionLoadOptions);
    ctx.document.properties.load("title");
    const marks = ctx.document.body.contentControls.getByTag(MARK_TAG);
    marks.load("title");
    const comments = this.api14 ? ctx.document.body.getComments().load("content") : null;
    // Tracked deletions stay in Paragraph.text (OfficeDev/office-js#1267); the reviewed text leaves
    // them out. Comparing the whole body first keeps a document without them at one round trip.
    const body = this.api14 ? { all: ctx.document.body.load("text"), current: ctx.document.body.getReviewedText(this.word.ChangeTrackingVersion.current) } : null;
    await ctx.sync();
    const reviewed = body && body.all.text !== body.current.value ? paras.items.map((p) => p.getReviewedText(this.word.ChangeTrackingVersion.current)) : null;
    if (reviewed) await ctx.sync();
    const texts = paras.items.map((p, i) => reviewed?.[i]?.value ?? p.text);
    return {
      paras,
      texts,
      alignments: paras.items.map((p, i) => (texts[i] === p.text ? null : alignCurrent(p.text, texts[i] as string))),
      marks,
      comments,
      title: ctx.document.properties.title ?? "",
      labels: paras.items.map((p) => (p.listItemOrNullObject.isNullObject ? undefined : p.listItemOrNullObject.listString || undefined)),
    };
  }

  /**
   * Syncs 2 and 3: the marks that no longer match go, searches for the missing ones are
   * resolved, and those are added. Marks that are still right are left alone.
   */
  private async reconcile(ctx: Word.RequestContext, loaded: Loaded, all: readonly Finding[], options: MarkOptions): Promise<MarkResult> {
    // Words edited since the check are not marked anywhere else: they are reported as missed.
    const findings = all.filter((f) => loaded.texts[f.paragraph]?.slice(f.start, f.end) === f.excerpt);
    const ids = findingIds(findings, loaded.texts);
    const regions = regionsOf(findings, ids);
    const wanted = new Map(regions.map((r) => [r.title, r]));
    const kept = new Set<string>();
    for (const cc of loaded.marks.items) {
      if (wanted.has(cc.title) && !kept.has(cc.title)) kept.add(cc.title);
      else unwrap(cc);
    }
    const withComments = options.comments && this.capabilities.comments;
    const commented = new Set<string>();
    const wantedIds = new Set(ids.values());
    for (const c of loaded.comments?.items ?? []) {
      const id = COMMENT_ID.exec(c.content)?.[1];
      if (!id) continue;
      if (withComments && wantedIds.has(id) && !commented.has(id)) commented.add(id);
      else c.delete();
    }
    const newRegions = regions.filter((r) => !kept.has(r.title)).map((r) => ({ r, p: this.queueSearch(loaded, r) }));
    const newComments = withComments ? findings.filter((f) => !commented.has(ids.get(f) as string)).map((f) => ({ f, p: this.queueSearch(loaded, f) })) : [];
    await ctx.sync();

    let missed = all.length - findings.length;
    let marked = 0;
    const missedFindings = new Set<Finding>();
    for (const region of regions) if (kept.has(region.title)) marked += region.members.length;
    for (const { r, p } of newRegions) {
      const range = p && resolve(p);
      if (!range) {
        missed += r.members.length;
        for (const f of r.members) missedFindings.add(f);
        continue;
      }
      const cc = range.insertContentControl();
      cc.tag = MARK_TAG;
      cc.title = r.title;
      cc.appearance = this.word.ContentControlAppearance.hidden;
      cc.font.highlightColor = HIGHLIGHT[r.severity];
      marked += r.members.length;
    }
    for (const { f, p } of newComments) {
      const range = p && resolve(p);
      if (range && !missedFindings.has(f)) range.insertComment(`${options.commentText(f)} [Adal ${ids.get(f) as string}]`);
    }
    await ctx.sync();
    return { marked, missed };
  }

  /** The finding's range in the current text, in two more syncs; a clear error when the text changed. */
  private async locateOne(ctx: Word.RequestContext, finding: Finding): Promise<Word.Range> {
    const loaded = await this.load(ctx);
    const p = this.queueSearch(loaded, finding);
    if (!p) throw new HostError("changed", "the paragraph no longer contains these words");
    await ctx.sync();
    const range = resolve(p);
    if (!range) throw new HostError("changed", "the words were not found; check the draft again");
    return range;
  }

  /**
   * Queues the searches that locate [start, end) of the current text; undefined when the text
   * there is no longer `excerpt`. Offsets are mapped onto `Paragraph.text`, which is what search
   * runs over, and a chunk never bridges a tracked deletion.
   */
  private queueSearch(loaded: Loaded, m: { readonly paragraph: number; readonly start: number; readonly end: number; readonly excerpt?: string }): Pending | undefined {
    const para = loaded.paras.items[m.paragraph];
    const current = loaded.texts[m.paragraph];
    if (!para || current === undefined || m.end > current.length || (m.excerpt !== undefined && current.slice(m.start, m.end) !== m.excerpt)) return undefined;
    const align = loaded.alignments[m.paragraph];
    const raw = para.text;
    const start = align ? (align.toText[m.start] as number) : m.start;
    const end = align ? (align.toText[m.end - 1] as number) + 1 : m.end;
    const chunks = searchChunks(raw, start, end, undefined, align ? align.deleted : undefined);
    if (chunks.length === 0) return undefined;
    const ranges = chunks.map((c) => {
      const r = para.search(c.query, { matchCase: true, matchWildcards: false });
      r.load("text");
      return r;
    });
    return { ranges, occurrences: chunks.map((c) => c.occurrence) };
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

  private refreshSettings(): Promise<void> {
    const settings = this.office.context.document.settings;
    if (typeof settings.refreshAsync !== "function") return Promise.resolve();
    return new Promise((resolveRefresh, reject) => {
      settings.refreshAsync((r) => {
        if (r.status === this.office.AsyncResultStatus.Failed) reject(new HostError("office", r.error?.message ?? "could not read the document's settings"));
        else resolveRefresh();
      });
    });
  }

  private writeSettings(change: (s: Office.Settings) => void): Promise<void> {
    const settings = this.office.context.document.settings;
    change(settings);
    return new Promise((resolveSave, reject) => {
      settings.saveAsync((r) => {
        if (r.status === this.office.AsyncResultStatus.Failed) reject(new HostError("office", r.error?.message ?? "could not save to the document"));
        else resolveSave();
      });
    });
  }
}

function toDocument(loaded: Loaded): HostDocument {
  return {
    title: loaded.title,
    paragraphs: loaded.paras.items.map((p, i) => {
      const label = loaded.labels[i];
      return { text: loaded.texts[i] as string, part: p.tableNestingLevel > 0 ? ("table" as const) : ("body" as const), ...(label ? { label } : {}) };
    }),
  };
}

/** Removes one of Adal's marks and its highlight; the words stay. */
function unwrap(cc: Word.ContentControl): void {
  cc.font.highlightColor = null as unknown as string;
  cc.delete(true);
}

/**
 * A finding's id: its key (rule, words, paragraph text) and, for paragraphs whose text repeats,
 * which of them it is, so identical paragraphs keep their own marks.
 */
function findingIds(findings: readonly Finding[], texts: readonly string[]): Map<Finding, string> {
  const ordinal: number[] = [];
  const seen = new Map<string, number>();
  texts.forEach((t, i) => {
    const n = seen.get(t) ?? 0;
    ordinal[i] = n;
    seen.set(t, n + 1);
  });
  return new Map(findings.map((f) => [f, fingerprint(`${findingKey(f, texts[f.paragraph] ?? "")}#${ordinal[f.paragraph] ?? 0}`)]));
}

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

/** Findings grouped into non-overlapping regions per paragraph (content controls cannot overlap partly). */
function regionsOf(findings: readonly Finding[], ids: ReadonlyMap<Finding, string>): Region[] {
  const sorted = [...findings].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
  const groups: Finding[][] = [];
  let end = -1;
  let paragraph = -1;
  for (const f of sorted) {
    const last = groups[groups.length - 1];
    if (last && f.paragraph === paragraph && f.start < end) {
      last.push(f);
      end = Math.max(end, f.end);
    } else {
      groups.push([f]);
      paragraph = f.paragraph;
      end = f.end;
    }
  }
  return groups.map((members) => {
    const first = members[0] as Finding;
    const severity = members.reduce<Severity>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), "low");
    return {
      paragraph: first.paragraph,
      start: Math.min(...members.map((f) => f.start)),
      end: Math.max(...members.map((f) => f.end)),
      severity,
      title: `Adal ${fingerprint(members.map((f) => ids.get(f) as string).sort().join(" "))}`,
      members,
    };
  });
}

/** The range of a located span: the k-th hit of each chunk, joined. */
function resolve(p: Pending): Word.Range | undefined {
  let range: Word.Range | undefined;
  for (let i = 0; i < p.ranges.length; i++) {
    const hit = (p.ranges[i] as Word.RangeCollection).items[p.occurrences[i] as number];
    if (!hit) return undefined;
    range = range ? range.expandTo(hit) : hit;
  }
  return range;
}
