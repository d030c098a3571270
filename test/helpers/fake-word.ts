// Object-literal accessors below stand in for Office proxy properties and need the outer instance.
/* eslint-disable @typescript-eslint/no-this-alias */
/**
 * An in-memory fake of the part of Word's JavaScript API that src/office/word uses, keeping the
 * documented behaviour that decides whether the adapter is right (cited from @types/office-js,
 * Microsoft's docs and OfficeDev/office-js issues):
 *
 * - Batches: every call is queued and runs at `context.sync()`, in order; a property is readable
 *   only after `load` and the sync that ran it; every sync is counted. A failing operation fails
 *   the sync and the operations queued after it do not run; the ones before it stay done (no
 *   rollback). `failSync` injects such a failure.
 * - `Paragraph.search`: at most 255 characters counted AFTER escaping (`^^` is two; a lone `^x`
 *   is a special code and refused), no control characters (OfficeDev/office-js#1726); it runs
 *   over the paragraph's text as `text` reports it, tracked deletions included, left to right
 *   without overlap (#5874: a phrase broken by a deleted revision is not found).
 * - Tracked changes: with `changeTrackingMode` TrackAll, `insertText(…, "Replace")` keeps the old
 *   words as a deletion; `Paragraph.text` still contains them (#1267) and only
 *   `getReviewedText("Current")` (WordApi 1.4) leaves them out.
 * - `Font.highlightColor`: only Word's named highlight colours exist on Windows desktop
 *   ("Yellow", "Lime", … "Black"); any other value is refused here (on Windows it would be
 *   mapped to the nearest named colour, see `nearestHighlight`).
 * - Content controls (WordApi 1.1): `insertContentControl` on a range, tag/title/appearance,
 *   `getByTag`, `delete(keepContent)`; one cannot partially overlap another.
 * - Comments (WordApi 1.4): `insertComment` returns a comment with an id; comments stay in the
 *   document until `delete()` is called; `body.getComments()` lists them.
 * - Document settings (Office.Settings): each add-in instance works on an in-memory copy loaded
 *   when it starts; `saveAsync` writes that whole copy into the open document, `refreshAsync`
 *   re-reads it. Two instances (co-authors) are two `FakeWord`s on one `FakeDocument`. What
 *   `saveAsync` wrote reaches the file only when the document itself is saved: Settings.saveAsync
 *   "persists the in-memory settings property bag into the document file; however, the changes
 *   to the document file itself are saved only when the user (or AutoRecover setting) saves the
 *   document" (Office.Settings.saveAsync remarks, learn.microsoft.com/javascript/api/office/
 *   office.settings#office-office-settings-saveasync-member(1)). So `FakeDocument.fileSettings`
 *   changes only on `Document.save()`, and `reopen()` (closed without saving, opened again) starts
 *   from it: a new session must not see dismissals that were never saved.
 * - `Document.saved` and `Document.save()` (WordApi 1.1); a never-saved document has no URL.
 */

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was not loaded (call load() and context.sync() first)`);
  }
}

/** Word's named highlight colours (typings of Word.Font.highlightColor, "Office for Windows Desktop"). */
export const WORD_HIGHLIGHT_COLORS: Readonly<Record<string, string>> = {
  Yellow: "#FFFF00",
  Lime: "#00FF00",
  Turquoise: "#00FFFF",
  Pink: "#FF00FF",
  Blue: "#0000FF",
  Red: "#FF0000",
  DarkBlue: "#000080",
  Teal: "#008080",
  Green: "#008000",
  Purple: "#800080",
  DarkRed: "#800000",
  Olive: "#808000",
  Gray: "#808080",
  LightGray: "#C0C0C0",
  Black: "#000000",
};

/** The named colour Word for Windows shows for a #RRGGBB highlight: the nearest one. */
export function nearestHighlight(hex: string): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  const [r, g, b] = rgb(hex);
  let best = "";
  let bestD = Infinity;
  for (const [name, value] of Object.entries(WORD_HIGHLIGHT_COLORS)) {
    const [r2, g2, b2] = rgb(value);
    const d = (r - r2) ** 2 + (g - g2) ** 2 + (b - b2) ** 2;
    if (d < bestD) [best, bestD] = [name, d];
  }
  return best;
}

function namedHighlight(color: string | null): string | null {
  if (color === null) return null;
  const name = Object.keys(WORD_HIGHLIGHT_COLORS).find((n) => n.toLowerCase() === String(color).toLowerCase());
  if (!name) throw new Error(`InvalidArgument: highlight colour "${color}" is not one of Word's highlight colours (${Object.keys(WORD_HIGHLIGHT_COLORS).join(", ")})`);
  return name;
}

interface Char {
  c: string;
  deleted: boolean;
  highlight: string | null;
}

interface Para {
  chars: Char[];
  tableNestingLevel: number;
  listString?: string;
}

/** A place in the document that Word keeps in step with edits (ranges, content controls, comments). */
interface Span {
  paragraph: number;
  start: number;
  end: number;
}

export interface FakeContentControl extends Span {
  readonly id: number;
  tag: string;
  title: string;
  appearance: string;
}

export interface FakeComment extends Span {
  readonly id: string;
  readonly content: string;
}

export interface FakeParagraphInit {
  text: string;
  tableNestingLevel?: number;
  listString?: string;
}

/** The document itself, shared by every add-in instance (co-author) that has it open. */
export class FakeDocument {
  readonly paragraphs: Para[];
  readonly contentControls: FakeContentControl[] = [];
  readonly comments: FakeComment[] = [];
  readonly selections: Array<{ paragraph: number; start: number; end: number; text: string }> = [];
  /** The settings part of the open document: what `saveAsync` wrote and `refreshAsync` reads. */
  readonly settingsPart = new Map<string, string>();
  /** The settings part as the file on disk has it: copied from `settingsPart` by `save()` only. */
  readonly fileSettings = new Map<string, string>();
  title = "Draft";
  changeTrackingMode = "Off";
  saved = true;
  /** "" for a document that was never saved. */
  url = "https://contoso.sharepoint.com/sites/legal/Shared%20Documents/draft.docx";
  saves = 0;
  private readonly spans = new Set<Span>();
  private nextId = 1;

  constructor(paragraphs: ReadonlyArray<string | FakeParagraphInit>) {
    this.paragraphs = paragraphs.map((p) => {
      const init = typeof p === "string" ? { text: p } : p;
      return { chars: [...init.text].flatMap((c) => c.split("")).map((c) => ({ c, deleted: false, highlight: null })), tableNestingLevel: init.tableNestingLevel ?? 0, ...(init.listString ? { listString: init.listString } : {}) };
    });
  }

  /**
   * The document closed (unsaved changes discarded) and opened again. Only the settings are
   * taken from the file; the fake does not keep unsaved text apart from saved text, so the
   * paragraphs come back as they now read.
   */
  reopen(): FakeDocument {
    const again = new FakeDocument(this.paragraphs.map((p, i) => ({ text: this.text(i), tableNestingLevel: p.tableNestingLevel, ...(p.listString ? { listString: p.listString } : {}) })));
    again.url = this.url;
    again.title = this.title;
    for (const [k, v] of this.fileSettings) {
      again.fileSettings.set(k, v);
      again.settingsPart.set(k, v);
    }
    return again;
  }

  /** The paragraph's text as `Paragraph.text` gives it: tracked deletions included. */
  text(p: number): string {
    return (this.paragraphs[p]?.chars ?? []).map((x) => x.c).join("");
  }

  /** The text without tracked deletions (`getReviewedText("Current")`). */
  currentText(p: number): string {
    return (this.paragraphs[p]?.chars ?? []).filter((x) => !x.deleted).map((x) => x.c).join("");
  }

  track<T extends Span>(s: T): T {
    this.spans.add(s);
    return s;
  }

  newId(): number {
    return this.nextId++;
  }

  /** Highlighted stretches as they are now (offsets into `text(p)`). */
  highlights(): Array<{ paragraph: number; start: number; end: number; color: string; text: string }> {
    const out: Array<{ paragraph: number; start: number; end: number; color: string; text: string }> = [];
    this.paragraphs.forEach((para, p) => {
      let i = 0;
      while (i < para.chars.length) {
        const color = para.chars[i]!.highlight;
        if (!color) {
          i++;
          continue;
        }
        let j = i;
        while (j < para.chars.length && para.chars[j]!.highlight === color) j++;
        out.push({ paragraph: p, start: i, end: j, color, text: this.text(p).slice(i, j) });
        i = j;
      }
    });
    return out;
  }

  setHighlight(s: Span, color: string | null): void {
    const chars = this.paragraphs[s.paragraph]!.chars;
    for (let i = s.start; i < s.end && i < chars.length; i++) chars[i]!.highlight = color;
    this.saved = false;
  }

  /** The user highlights some words themselves. */
  highlight(paragraph: number, start: number, end: number, color: string): void {
    this.setHighlight({ paragraph, start, end }, namedHighlight(color));
  }

  /**
   * Replaces [start, end) of paragraph p. Tracked: the old characters stay as a deletion and the
   * new ones follow them. New characters take the highlight of the first replaced one, as
   * typing over highlighted text does. Returns the span of the new characters.
   */
  replace(p: number, start: number, end: number, text: string, tracked: boolean): Span {
    const para = this.paragraphs[p]!;
    const inherit = para.chars[start]?.highlight ?? para.chars[start - 1]?.highlight ?? null;
    const added = text.split("").map((c) => ({ c, deleted: false, highlight: inherit }));
    if (tracked) {
      for (let i = start; i < end; i++) para.chars[i]!.deleted = true;
      para.chars.splice(end, 0, ...added);
      this.shift(p, end, end, added.length);
      this.saved = false;
      return this.track({ paragraph: p, start: end, end: end + added.length });
    }
    para.chars.splice(start, end - start, ...added);
    this.shift(p, start, end, added.length);
    this.saved = false;
    return this.track({ paragraph: p, start, end: start + added.length });
  }

  /** The user retypes a paragraph: the changed middle is replaced, untracked. */
  edit(p: number, text: string): void {
    const old = this.text(p);
    let a = 0;
    while (a < old.length && a < text.length && old[a] === text[a]) a++;
    let b = 0;
    while (b < old.length - a && b < text.length - a && old[old.length - 1 - b] === text[text.length - 1 - b]) b++;
    this.replace(p, a, old.length - b, text.slice(a, text.length - b), false);
  }

  insertParagraph(at: number, text: string): void {
    this.paragraphs.splice(at, 0, { chars: text.split("").map((c) => ({ c, deleted: false, highlight: null })), tableNestingLevel: 0 });
    for (const s of this.spans) if (s.paragraph >= at) s.paragraph++;
    this.saved = false;
  }

  deleteParagraph(at: number): void {
    this.paragraphs.splice(at, 1);
    for (const s of [...this.spans]) {
      if (s.paragraph === at) this.spans.delete(s);
      else if (s.paragraph > at) s.paragraph--;
    }
    this.removeWhere(this.contentControls, (c) => c.paragraph === at);
    this.removeWhere(this.comments, (c) => c.paragraph === at);
    this.saved = false;
  }

  removeWhere<T>(list: T[], pred: (x: T) => boolean): void {
    for (let i = list.length - 1; i >= 0; i--) if (pred(list[i] as T)) list.splice(i, 1);
  }

  /** Keeps every tracked span in step with a replacement of [start, end) by `added` characters. */
  private shift(p: number, start: number, end: number, added: number): void {
    const delta = added - (end - start);
    const move = (x: number) => (x >= end ? x + delta : x > start ? start : x);
    for (const s of this.spans) {
      if (s.paragraph !== p) continue;
      const wasCovering = s.start <= start && s.end >= end;
      s.start = move(s.start);
      s.end = wasCovering ? s.end + delta : move(s.end);
    }
  }
}

type Op = () => void;

/** One `Word.run` batch: operations queue and run at sync. */
class FakeContext {
  private queue: Op[] = [];
  syncsDone = 0;
  readonly document: Record<string, unknown>;

  constructor(
    readonly doc: FakeDocument,
    readonly word: FakeWord,
  ) {
    const ctx = this;
    let titleLoaded = false;
    let modeLoaded = false;
    let savedLoaded = false;
    let bodyTextLoaded = false;
    const body = {
      load(props: string) {
        ctx.enqueue(() => {
          if (/\btext\b/u.test(props)) bodyTextLoaded = true;
        });
        return body;
      },
      get text() {
        if (!bodyTextLoaded) throw new PropertyNotLoaded("Body.text");
        return doc.paragraphs.map((_p, i) => doc.text(i)).join("\r");
      },
      getReviewedText(version: string) {
        word.require14("Body.getReviewedText");
        const out = new Deferred<string>("ClientResult.value");
        ctx.enqueue(() => out.set(doc.paragraphs.map((_p, i) => (version === "Original" ? doc.text(i) : doc.currentText(i))).join("\r")));
        return {
          get value() {
            return out.get();
          },
        };
      },
      paragraphs: new FakeParagraphCollection(this),
      contentControls: {
        getByTag: (tag: string) => new FakeContentControlCollection(this, tag),
      },
      getComments: () => {
        word.require14("Body.getComments");
        return new FakeCommentCollection(this);
      },
    };
    this.document = {
      body,
      properties: {
        load: () => ctx.enqueue(() => (titleLoaded = true)),
        get title() {
          if (!titleLoaded) throw new PropertyNotLoaded("DocumentProperties.title");
          return doc.title;
        },
      },
      load: (props: string) => {
        ctx.enqueue(() => {
          if (/changeTrackingMode/u.test(props)) modeLoaded = true;
          if (/saved/u.test(props)) savedLoaded = true;
        });
      },
      get changeTrackingMode() {
        if (!modeLoaded) throw new PropertyNotLoaded("Document.changeTrackingMode");
        return doc.changeTrackingMode;
      },
      set changeTrackingMode(v: string) {
        word.require14("Document.changeTrackingMode");
        ctx.enqueue(() => (doc.changeTrackingMode = v));
      },
      get saved() {
        if (!savedLoaded) throw new PropertyNotLoaded("Document.saved");
        return doc.saved;
      },
      save: () =>
        ctx.enqueue(() => {
          if (!doc.url) throw new Error("fake: save() on a never-saved document opens Save As; the adapter must not call it");
          doc.saves++;
          doc.saved = true;
          doc.fileSettings.clear();
          for (const [k, v] of doc.settingsPart) doc.fileSettings.set(k, v);
        }),
    };
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.word.syncs++;
    this.syncsDone++;
    const q = this.queue;
    this.queue = [];
    const failure = this.word.takeFailure();
    q.forEach((op, i) => {
      if (failure !== undefined && i >= failure) throw new Error("GeneralException: the batch failed (injected)");
      op();
    });
    if (failure !== undefined) throw new Error("GeneralException: the batch failed (injected)");
  }
}

/** A value available after the sync that computes it. */
class Deferred<T> {
  private ready = false;
  private v: T | undefined;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get(): T {
    if (!this.ready) throw new PropertyNotLoaded(this.what);
    return this.v as T;
  }
  get isSet(): boolean {
    return this.ready;
  }
}

class FakeParagraphCollection {
  private readonly loaded = new Set<string>();
  private readonly snapshot = new Deferred<FakeParagraph[]>("ParagraphCollection.items");
  constructor(private readonly ctx: FakeContext) {}

  load(props: string | Record<string, unknown>): this {
    const names = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Object.keys(props);
    if (names.includes("items")) throw new Error("fake: do not name items in load() (Word docs: load from a collection)");
    if (typeof props === "object" && props.listItemOrNullObject) names.push("listItemOrNullObject/listString");
    this.ctx.enqueue(() => {
      for (const n of names) this.loaded.add(n);
      this.snapshot.set(this.ctx.doc.paragraphs.map((_p, i) => new FakeParagraph(this.ctx, i, this.loaded)));
    });
    return this;
  }

  get items(): FakeParagraph[] {
    return this.snapshot.get();
  }
}

class FakeParagraph {
  constructor(
    private readonly ctx: FakeContext,
    readonly index: number,
    private readonly loaded: ReadonlySet<string>,
  ) {}
  private need(p: string): void {
    if (!this.loaded.has(p)) throw new PropertyNotLoaded(`Paragraph.${p}`);
  }
  get text(): string {
    this.need("text");
    return this.ctx.doc.text(this.index);
  }
  get tableNestingLevel(): number {
    this.need("tableNestingLevel");
    return this.ctx.doc.paragraphs[this.index]!.tableNestingLevel;
  }
  get listItemOrNullObject(): { isNullObject: boolean; listString: string } {
    this.need("listItemOrNullObject/listString");
    const s = this.ctx.doc.paragraphs[this.index]!.listString;
    return { isNullObject: s === undefined, listString: s ?? "" };
  }
  getReviewedText(version: string): { value: string } {
    this.ctx.word.require14("Paragraph.getReviewedText");
    const out = new Deferred<string>("ClientResult.value");
    this.ctx.enqueue(() => out.set(version === "Original" ? this.original() : this.ctx.doc.currentText(this.index)));
    return {
      get value() {
        return out.get();
      },
    };
  }
  private original(): string {
    return this.ctx.doc.text(this.index);
  }
  search(query: string, options: { matchCase?: boolean; matchWildcards?: boolean } = {}): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, this.index, query, options.matchCase ?? false);
  }
}

/** Word's search text: ^^ is a caret, any other ^x a special code (refused here). */
function unescapeSearch(query: string): string {
  let out = "";
  for (let i = 0; i < query.length; i++) {
    if (query[i] !== "^") out += query[i];
    else if (query[i + 1] === "^") {
      out += "^";
      i++;
    } else throw new Error(`InvalidArgument: "^${query[i + 1] ?? ""}" is a special search code`);
  }
  return out;
}

class FakeRangeCollection {
  private readonly hits = new Deferred<FakeRange[]>("RangeCollection.items");
  constructor(ctx: FakeContext, paragraph: number, query: string, matchCase: boolean) {
    ctx.enqueue(() => {
      if (query.length > 255) throw new Error(`InvalidArgument: search text is ${query.length} characters; the maximum is 255`);
      if (/\p{Cc}/u.test(query)) throw new Error("InvalidArgument: search text has a control character");
      const needle = unescapeSearch(query);
      const text = ctx.doc.text(paragraph);
      const hay = matchCase ? text : text.toLowerCase();
      const n = matchCase ? needle : needle.toLowerCase();
      const out: FakeRange[] = [];
      let from = 0;
      for (;;) {
        const i = hay.indexOf(n, from);
        if (i < 0) break;
        out.push(new FakeRange(ctx, () => ctx.doc.track({ paragraph, start: i, end: i + n.length })));
        from = i + n.length;
      }
      this.hits.set(out);
    });
  }
  load(): this {
    return this;
  }
  get items(): FakeRange[] {
    return this.hits.get();
  }
}

/** A range whose place is known once the operation that produces it has run. */
class FakeRange {
  private span: Span | undefined;
  constructor(
    private readonly ctx: FakeContext,
    private readonly locate: () => Span,
  ) {}
  where(): Span {
    this.span ??= this.locate();
    return this.span;
  }
  load(): this {
    return this;
  }
  get text(): string {
    const s = this.where();
    return this.ctx.doc.text(s.paragraph).slice(s.start, s.end);
  }
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.where();
      const b = other.where();
      if (a.paragraph !== b.paragraph) throw new Error("fake: expandTo across paragraphs is not used");
      return this.ctx.doc.track({ paragraph: a.paragraph, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
    });
  }
  get font() {
    const self = this;
    return {
      set highlightColor(color: string | null) {
        self.ctx.enqueue(() => self.ctx.doc.setHighlight(self.where(), namedHighlight(color)));
      },
    };
  }
  insertComment(text: string): FakeCommentProxy {
    this.ctx.word.require14("Range.insertComment");
    const proxy = new FakeCommentProxy(this.ctx);
    this.ctx.enqueue(() => {
      const s = this.where();
      const c = this.ctx.doc.track({ id: `{${this.ctx.doc.newId()}-comment}`, paragraph: s.paragraph, start: s.start, end: s.end, content: text });
      this.ctx.doc.comments.push(c);
      this.ctx.doc.saved = false;
      proxy.bind(c);
    });
    return proxy;
  }
  select(): void {
    this.ctx.enqueue(() => {
      const s = this.where();
      this.ctx.doc.selections.push({ ...s, text: this.ctx.doc.text(s.paragraph).slice(s.start, s.end) });
    });
  }
  insertText(text: string, location: string): FakeRange {
    if (location !== "Replace") throw new Error("fake: only Replace is used");
    let inserted: Span | undefined;
    this.ctx.enqueue(() => {
      const s = this.where();
      inserted = this.ctx.doc.replace(s.paragraph, s.start, s.end, text, this.ctx.doc.changeTrackingMode === "TrackAll");
    });
    return new FakeRange(this.ctx, () => inserted as Span);
  }
  insertContentControl(): FakeContentControlProxy {
    const proxy = new FakeContentControlProxy(this.ctx);
    this.ctx.enqueue(() => {
      const s = this.where();
      const clash = this.ctx.doc.contentControls.find((c) => c.paragraph === s.paragraph && c.start < s.end && s.start < c.end && !(c.start <= s.start && c.end >= s.end) && !(s.start <= c.start && s.end >= c.end));
      if (clash) throw new Error("InvalidArgument: a content control cannot partially overlap another one");
      const cc = this.ctx.doc.track({ id: this.ctx.doc.newId(), paragraph: s.paragraph, start: s.start, end: s.end, tag: "", title: "", appearance: "BoundingBox" });
      this.ctx.doc.contentControls.push(cc);
      this.ctx.doc.saved = false;
      proxy.bind(cc);
    });
    return proxy;
  }
}

class FakeContentControlProxy {
  private cc: FakeContentControl | undefined;
  private loaded = false;
  constructor(private readonly ctx: FakeContext) {}
  bind(cc: FakeContentControl): void {
    this.cc = cc;
  }
  private target(): FakeContentControl {
    if (!this.cc) throw new Error("ItemNotFound: the content control does not exist");
    return this.cc;
  }
  load(): this {
    this.ctx.enqueue(() => (this.loaded = true));
    return this;
  }
  get tag(): string {
    if (!this.loaded) throw new PropertyNotLoaded("ContentControl.tag");
    return this.target().tag;
  }
  set tag(v: string) {
    this.ctx.enqueue(() => (this.target().tag = v));
  }
  get title(): string {
    if (!this.loaded) throw new PropertyNotLoaded("ContentControl.title");
    return this.target().title;
  }
  set title(v: string) {
    this.ctx.enqueue(() => (this.target().title = v));
  }
  set appearance(v: string) {
    this.ctx.enqueue(() => (this.target().appearance = v));
  }
  get font() {
    const self = this;
    return {
      set highlightColor(color: string | null) {
        self.ctx.enqueue(() => self.ctx.doc.setHighlight(self.target(), namedHighlight(color)));
      },
    };
  }
  delete(keepContent: boolean): void {
    this.ctx.enqueue(() => {
      const cc = this.target();
      if (!keepContent) throw new Error("fake: only delete(true) is used");
      this.ctx.doc.removeWhere(this.ctx.doc.contentControls, (c) => c === cc);
      this.ctx.doc.saved = false;
    });
  }
}

class FakeContentControlCollection {
  private readonly snapshot = new Deferred<FakeContentControlProxy[]>("ContentControlCollection.items");
  constructor(
    private readonly ctx: FakeContext,
    private readonly tag: string,
  ) {}
  load(props?: string): this {
    if (props && /\bitems\b/u.test(props)) throw new Error("fake: do not name items in load()");
    this.ctx.enqueue(() => {
      this.snapshot.set(
        this.ctx.doc.contentControls
          .filter((c) => c.tag === this.tag)
          .map((c) => {
            const p = new FakeContentControlProxy(this.ctx);
            p.bind(c);
            return p;
          }),
      );
    });
    // Loaded properties are readable once the snapshot ran.
    this.ctx.enqueue(() => {
      for (const p of this.snapshot.get()) (p as unknown as { loaded: boolean }).loaded = true;
    });
    return this;
  }
  get items(): FakeContentControlProxy[] {
    return this.snapshot.get();
  }
}

class FakeCommentProxy {
  private c: FakeComment | undefined;
  private loaded = false;
  constructor(private readonly ctx: FakeContext) {}
  bind(c: FakeComment): void {
    this.c = c;
  }
  load(): this {
    this.ctx.enqueue(() => (this.loaded = true));
    return this;
  }
  get id(): string {
    if (!this.loaded || !this.c) throw new PropertyNotLoaded("Comment.id");
    return this.c.id;
  }
  get content(): string {
    if (!this.loaded || !this.c) throw new PropertyNotLoaded("Comment.content");
    return this.c.content;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const c = this.c;
      if (!c || !this.ctx.doc.comments.includes(c)) throw new Error("ItemNotFound: the comment does not exist");
      this.ctx.doc.removeWhere(this.ctx.doc.comments, (x) => x === c);
      this.ctx.doc.saved = false;
    });
  }
}

class FakeCommentCollection {
  private readonly snapshot = new Deferred<FakeCommentProxy[]>("CommentCollection.items");
  constructor(private readonly ctx: FakeContext) {}
  load(props?: string): this {
    if (props && /\bitems\b/u.test(props)) throw new Error("fake: do not name items in load()");
    this.ctx.enqueue(() => {
      this.snapshot.set(
        this.ctx.doc.comments.map((c) => {
          const p = new FakeCommentProxy(this.ctx);
          p.bind(c);
          (p as unknown as { loaded: boolean }).loaded = true;
          return p;
        }),
      );
    });
    return this;
  }
  get items(): FakeCommentProxy[] {
    return this.snapshot.get();
  }
}

/** One add-in instance (one user's pane) working on a document. */
export class FakeWord {
  syncs = 0;
  readonly doc: FakeDocument;
  /** This instance's in-memory copy of the document settings. */
  readonly settings: Map<string, string>;
  private failure: { atSync: number; afterOps: number } | undefined;

  constructor(
    paragraphs: ReadonlyArray<string | FakeParagraphInit> | FakeDocument,
    readonly api14 = true,
  ) {
    this.doc = paragraphs instanceof FakeDocument ? paragraphs : new FakeDocument(paragraphs);
    this.settings = new Map(this.doc.settingsPart);
  }

  /** A co-author opening the same document: another add-in instance with its own settings copy. */
  coauthor(): FakeWord {
    return new FakeWord(this.doc, this.api14);
  }

  /** A new session on the document after it was closed without saving (see `FakeDocument.reopen`). */
  reopen(): FakeWord {
    return new FakeWord(this.doc.reopen(), this.api14);
  }

  /** The n-th sync from now (1 = the next) runs only its first `afterOps` operations, then fails. */
  failSync(atSync: number, afterOps: number): void {
    this.failure = { atSync: this.syncs + atSync, afterOps };
  }

  takeFailure(): number | undefined {
    if (this.failure && this.failure.atSync === this.syncs) {
      const n = this.failure.afterOps;
      this.failure = undefined;
      return n;
    }
    return undefined;
  }

  require14(what: string): void {
    if (!this.api14) throw new Error(`ApiNotFound: ${what} needs WordApi 1.4`);
  }

  /** The `Word` namespace as the adapter sees it. */
  get word(): typeof Word {
    const self = this;
    return {
      run: async <T>(cb: (ctx: unknown) => Promise<T>) => cb(new FakeContext(self.doc, self)),
      ChangeTrackingMode: { trackAll: "TrackAll", off: "Off" },
      ChangeTrackingVersion: { current: "Current", original: "Original" },
      InsertLocation: { replace: "Replace" },
      ContentControlAppearance: { hidden: "Hidden", boundingBox: "BoundingBox", tags: "Tags" },
    } as unknown as typeof Word;
  }

  /** The `Office` namespace as the adapter sees it: requirement sets, document URL and settings. */
  get office(): typeof Office {
    const self = this;
    type Cb = (r: { status: string; value?: unknown; error?: { message: string } }) => void;
    return {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        requirements: { isSetSupported: (name: string, v: string) => name === "WordApi" && Number(v) <= (self.api14 ? 1.4 : 1.3) },
        document: {
          get url() {
            return self.doc.url;
          },
          settings: {
            get: (k: string) => self.settings.get(k) ?? null,
            set: (k: string, v: string) => self.settings.set(k, v),
            remove: (k: string) => self.settings.delete(k),
            saveAsync: (cb?: Cb) => {
              self.doc.settingsPart.clear();
              for (const [k, v] of self.settings) self.doc.settingsPart.set(k, v);
              self.doc.saved = false;
              cb?.({ status: "succeeded" });
            },
            refreshAsync: (cb?: Cb) => {
              self.settings.clear();
              for (const [k, v] of self.doc.settingsPart) self.settings.set(k, v);
              cb?.({ status: "succeeded" });
            },
          },
        },
      },
    } as unknown as typeof Office;
  }
}
