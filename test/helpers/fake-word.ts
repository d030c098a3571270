// Object-literal accessors below stand in for Office proxy properties and need the outer instance.
/* eslint-disable @typescript-eslint/no-this-alias */
/**
 * An in-memory fake of the part of Word's JavaScript API that src/office/word uses: paragraphs,
 * search, ranges (expandTo, select, insertText), font highlight, comments, change tracking,
 * document settings. It keeps Word's rules that matter for correctness and speed: a property
 * is readable only after `load` and `sync`, a search text is at most 255 characters with no
 * control characters, search is non-overlapping left to right, and every `sync` is counted.
 */

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was not loaded (call load() and context.sync() first)`);
  }
}

export interface FakeDocState {
  paragraphs: Array<{ text: string; tableNestingLevel?: number }>;
  title?: string;
  highlights: Array<{ paragraph: number; start: number; end: number; color: string | null }>;
  comments: Array<{ paragraph: number; start: number; end: number; text: string }>;
  selections: Array<{ paragraph: number; start: number; end: number }>;
  edits: Array<{ paragraph: number; start: number; end: number; text: string; tracked: boolean }>;
  changeTrackingMode: string;
  settings: Map<string, unknown>;
  apiVersion: string;
}

let loadedEpoch = 0;

class FakeRange {
  constructor(
    private readonly ctx: FakeContext,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
  ) {}
  get text(): string {
    return this.ctx.state.paragraphs[this.paragraph]!.text.slice(this.start, this.end);
  }
  load(): this {
    return this;
  }
  expandTo(other: FakeRange): FakeRange {
    if (other.paragraph !== this.paragraph) throw new Error("fake: expandTo across paragraphs is not used");
    return new FakeRange(this.ctx, this.paragraph, Math.min(this.start, other.start), Math.max(this.end, other.end));
  }
  get font() {
    const self = this;
    return {
      set highlightColor(color: string | null) {
        self.ctx.state.highlights.push({ paragraph: self.paragraph, start: self.start, end: self.end, color });
      },
    };
  }
  insertComment(text: string) {
    if (!this.ctx.word.api14) throw new Error("ApiNotFound: insertComment needs WordApi 1.4");
    this.ctx.state.comments.push({ paragraph: this.paragraph, start: this.start, end: this.end, text });
    return {};
  }
  select() {
    this.ctx.state.selections.push({ paragraph: this.paragraph, start: this.start, end: this.end });
  }
  insertText(text: string, location: string) {
    if (location !== "Replace") throw new Error("fake: only Replace is used");
    const p = this.ctx.state.paragraphs[this.paragraph]!;
    p.text = p.text.slice(0, this.start) + text + p.text.slice(this.end);
    this.ctx.state.edits.push({ paragraph: this.paragraph, start: this.start, end: this.end, text, tracked: this.ctx.state.changeTrackingMode === "TrackAll" });
    return this;
  }
}

class FakeRangeCollection {
  private hits: FakeRange[] = [];
  private readyAt = Infinity;
  constructor(
    private readonly ctx: FakeContext,
    private readonly paragraph: number,
    private readonly query: string,
    private readonly matchCase: boolean,
  ) {
    if (query.length > 255) throw new Error(`InvalidArgument: search text is ${query.length} characters; the maximum is 255`);
    if (/\p{Cc}/u.test(query)) throw new Error("InvalidArgument: search text has a control character");
    ctx.onSync(() => {
      this.hits = this.find();
      this.readyAt = loadedEpoch;
    });
  }
  load(): this {
    return this;
  }
  get items(): FakeRange[] {
    if (this.readyAt > loadedEpoch) throw new PropertyNotLoaded("RangeCollection.items");
    return this.hits;
  }
  private find(): FakeRange[] {
    const text = this.ctx.state.paragraphs[this.paragraph]!.text;
    const needle = this.query.replace(/\^\^/gu, "^");
    const hay = this.matchCase ? text : text.toLowerCase();
    const n = this.matchCase ? needle : needle.toLowerCase();
    const out: FakeRange[] = [];
    let from = 0;
    for (;;) {
      const i = hay.indexOf(n, from);
      if (i < 0) return out;
      out.push(new FakeRange(this.ctx, this.paragraph, i, i + n.length));
      from = i + n.length;
    }
  }
}

class FakeParagraph {
  constructor(
    private readonly ctx: FakeContext,
    readonly index: number,
    private readonly collection: FakeParagraphCollection,
  ) {}
  get text(): string {
    if (!this.collection.loaded.has("text")) throw new PropertyNotLoaded("Paragraph.text");
    return this.ctx.state.paragraphs[this.index]!.text;
  }
  get tableNestingLevel(): number {
    if (!this.collection.loaded.has("tableNestingLevel")) throw new PropertyNotLoaded("Paragraph.tableNestingLevel");
    return this.ctx.state.paragraphs[this.index]!.tableNestingLevel ?? 0;
  }
  search(query: string, options: { matchCase?: boolean } = {}) {
    return new FakeRangeCollection(this.ctx, this.index, query, options.matchCase ?? false);
  }
}

class FakeParagraphCollection {
  loaded = new Set<string>();
  private pending: string[] = [];
  private readyAt = Infinity;
  constructor(private readonly ctx: FakeContext) {}
  load(props: string) {
    if (/\bitems\b/u.test(props)) throw new Error("fake: do not name items in load() (Word docs: load from a collection)");
    this.pending.push(...props.split(",").map((p) => p.trim()));
    this.ctx.onSync(() => {
      for (const p of this.pending) this.loaded.add(p);
      this.pending = [];
      this.readyAt = loadedEpoch;
    });
    return this;
  }
  get items(): FakeParagraph[] {
    if (this.readyAt > loadedEpoch) throw new PropertyNotLoaded("ParagraphCollection.items");
    return this.ctx.state.paragraphs.map((_p, i) => new FakeParagraph(this.ctx, i, this));
  }
}

class FakeContext {
  private queue: Array<() => void> = [];
  readonly document: Record<string, unknown>;
  constructor(
    readonly state: FakeDocState,
    readonly word: FakeWord,
  ) {
    const paragraphs = new FakeParagraphCollection(this);
    let titleLoaded = false;
    let modeLoaded = false;
    const ctx = this;
    this.document = {
      body: { paragraphs },
      properties: {
        load: () => ctx.onSync(() => (titleLoaded = true)),
        get title() {
          if (!titleLoaded) throw new PropertyNotLoaded("DocumentProperties.title");
          return state.title ?? "";
        },
      },
      load: () => ctx.onSync(() => (modeLoaded = true)),
      get changeTrackingMode() {
        if (!modeLoaded) throw new PropertyNotLoaded("Document.changeTrackingMode");
        return state.changeTrackingMode;
      },
      set changeTrackingMode(v: string) {
        if (!word.api14) throw new Error("ApiNotFound: changeTrackingMode needs WordApi 1.4");
        state.changeTrackingMode = v;
      },
    };
  }
  onSync(fn: () => void) {
    this.queue.push(fn);
  }
  async sync() {
    this.word.syncs++;
    loadedEpoch++;
    const q = this.queue;
    this.queue = [];
    for (const fn of q) fn();
  }
}

export class FakeWord {
  syncs = 0;
  readonly state: FakeDocState;
  constructor(
    paragraphs: Array<string | { text: string; tableNestingLevel?: number }>,
    readonly api14 = true,
  ) {
    this.state = {
      paragraphs: paragraphs.map((p) => (typeof p === "string" ? { text: p } : { ...p })),
      title: "Draft",
      highlights: [],
      comments: [],
      selections: [],
      edits: [],
      changeTrackingMode: "Off",
      settings: new Map(),
      apiVersion: api14 ? "1.4" : "1.3",
    };
  }

  /** The `Word` namespace as the adapter sees it. */
  get word(): typeof Word {
    const self = this;
    return {
      run: async <T>(cb: (ctx: unknown) => Promise<T>) => cb(new FakeContext(self.state, self)),
      ChangeTrackingMode: { trackAll: "TrackAll", off: "Off" },
      InsertLocation: { replace: "Replace" },
    } as unknown as typeof Word;
  }

  /** The `Office` namespace as the adapter sees it: requirement sets and document settings. */
  get office(): typeof Office {
    const self = this;
    return {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        requirements: { isSetSupported: (name: string, v: string) => name === "WordApi" && Number(v) <= Number(self.state.apiVersion) },
        document: {
          settings: {
            get: (k: string) => self.state.settings.get(k) ?? null,
            set: (k: string, v: unknown) => self.state.settings.set(k, v),
            saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
          },
        },
      },
    } as unknown as typeof Office;
  }
}
