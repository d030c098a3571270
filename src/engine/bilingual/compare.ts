/**
 * Compares the two sides of one aligned row: numbers with their units, dates, references, named
 * acts, bodies and structural units, modality, negation and the engine's own findings. A
 * difference is reported only when one side says a thing clearly and the other has not even a
 * loose sign of it, so a difference of style stays silent.
 */
import { quote } from "../text/quote";
import { FACTOR_NAMES } from "../findings/factor-names";
import type { FactorId, Finding, Lang } from "../types";
import type { Concept } from "./concepts";
import type { ItemFacts, NumberFact, TextSpan } from "./facts";
import type { Item, LabelKind } from "./items";
import type { BilingualBook, DiscrepancyKind } from "./spec";
import type { Discrepancy, DiscrepancySide, VersionIndex } from "./types";

export interface VersionData {
  readonly lang: Lang;
  readonly items: readonly Item[];
  readonly facts: readonly ItemFacts[];
  /** The engine's findings by paragraph index. */
  readonly findings: ReadonlyMap<number, readonly Finding[]>;
  /**
   * Per item, the first and last item of the list it belongs to (its lead-in and sub-items): the
   * two languages put a list's words in different places ("…внесшим значительный вклад: 1) в …" /
   * "…олардың: 1) … 9) … маңызды үлесі үшін беріледі"), so what one version says in the lead-in
   * the other may say in a sub-item.
   */
  readonly blocks: { readonly lists: readonly (readonly [number, number])[]; readonly items: readonly (readonly [number, number])[] };
}

export interface RowContext {
  readonly row: number;
  /** Item indexes of each side. */
  readonly items: readonly [readonly number[], readonly number[]];
  /** For a side with no items: the item it would follow (or precede), to anchor the finding. */
  readonly neighbour: readonly [number | undefined, number | undefined];
}

interface Located<T> {
  readonly item: number;
  readonly fact: T;
}

const MAX_QUOTE = 160;

const shorten = (s: string): string => quote(s, MAX_QUOTE);

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (m, k: string) => values[k] ?? m);
}

export class RowComparer {
  constructor(
    private readonly book: BilingualBook,
    private readonly concepts: readonly Concept[],
    private readonly versions: readonly [VersionData, VersionData],
    private readonly locale: Lang,
    /** Whether a finding comes from explicit wording (a phrase) rather than the reader's inference. */
    private readonly explicit: (f: Finding) => boolean,
  ) {}

  compare(ctx: RowContext): Discrepancy[] {
    const [a, b] = ctx.items;
    if (a.length === 0 || b.length === 0) return this.missing(ctx);
    const out: Discrepancy[] = [];
    this.merged(ctx, out);
    this.numbers(ctx, out);
    const said: [Discrepancy[], Discrepancy[]] = [[], []];
    for (const from of [0, 1] as const) {
      this.references(ctx, from, out);
      this.dates(ctx, from, out);
      this.presence(ctx, from, said[from]);
    }
    out.push(...this.substitutions(ctx, said));
    for (const from of [0, 1] as const) this.factors(ctx, from, out);
    return out;
  }

  /**
   * One version names a thing the other lacks, and the other names another thing of the same kind
   * in its place ("республикалық бюджет" / "государственный бюджет", "мүмкін" / "запрещается"):
   * that is one discrepancy with both words, not two.
   */
  private substitutions(ctx: RowContext, said: readonly [Discrepancy[], Discrepancy[]]): Discrepancy[] {
    const out: Discrepancy[] = [];
    const rest = [...said[1]];
    for (const d of said[0]) {
      const i = rest.findIndex((o) => o.kind === d.kind);
      const o = i >= 0 ? rest.splice(i, 1)[0] : undefined;
      if (!o) {
        out.push(d);
        continue;
      }
      const sides: [DiscrepancySide, DiscrepancySide] = [d.sides[0], o.sides[1]];
      out.push(this.report(ctx, d.kind, 0, sides, [sides[0].excerpt, sides[1].excerpt], { ...(d.concept ? { concept: d.concept } : {}), values: { modalityA: this.conceptName(d.concept) }, swap: true }));
    }
    return [...out, ...rest];
  }

  private conceptName(id: string | undefined): string {
    return this.concepts.find((c) => c.id === id)?.name[this.locale] ?? "";
  }

  /**
   * The row's items of side `v` with what may carry their words in the other language: the
   * unnumbered paragraphs of the same item, and for a list, its lead-in and its last member
   * (Kazakh puts the lead-in's verb phrase after the last member: «Атақ азаматтарға, олардың: …
   * 9) … маңызды үлесі үшін беріледі»). Numbers look at the list only (they do not wander
   * between paragraphs of an item).
   */
  private scope(ctx: RowContext, v: VersionIndex, unit: "lists" | "items" = "items"): number[] {
    const out = new Set<number>();
    const blocks = this.versions[v].blocks;
    const add = (i: number) => {
      if (unit === "lists") return void out.add(i);
      const [first, last] = blocks.items[i] ?? [i, i];
      for (let k = first; k <= last; k++) out.add(k);
    };
    for (const i of ctx.items[v]) {
      add(i);
      const [first, last] = blocks.lists[i] ?? [i, i];
      add(first);
      add(last);
    }
    return [...out].sort((x, y) => x - y);
  }

  private factsIn(ctx: RowContext, v: VersionIndex, unit: "lists" | "items" = "items"): ItemFacts[] {
    return this.scope(ctx, v, unit).map((i) => this.versions[v].facts[i] as ItemFacts);
  }

  // ── sides and messages ──────────────────────────────────────────────────────────────────

  private side(v: VersionIndex, item: number, span?: TextSpan): DiscrepancySide {
    const it = this.versions[v].items[item] as Item;
    const start = span ? span.start : it.bodyStart;
    const end = span ? span.end : it.text.length;
    return { lang: this.versions[v].lang, paragraph: it.paragraph, start, end, excerpt: it.text.slice(start, end), ...(it.label ? { label: it.label.text } : {}) };
  }

  /** The whole item of side `v` in this row (its first item), the excerpt when it lacks something. */
  private wholeItem(ctx: RowContext, v: VersionIndex): DiscrepancySide {
    const item = ctx.items[v][0] ?? ctx.neighbour[v] ?? 0;
    return this.side(v, item);
  }

  private report(
    ctx: RowContext,
    kind: DiscrepancyKind,
    from: VersionIndex,
    sides: [DiscrepancySide, DiscrepancySide],
    said: [string, string],
    extra: { factor?: FactorId; concept?: string; values?: Record<string, string>; swap?: boolean } = {},
  ): Discrepancy {
    const text = this.book.kinds[kind];
    const template = (extra.swap ? text.swap : undefined) ?? text.message;
    const to: VersionIndex = from === 0 ? 1 : 0;
    const names = this.book.versionNames;
    const values = {
      a: shorten(said[from]),
      b: shorten(said[to]),
      langA: names[this.versions[from].lang][this.locale],
      langB: names[this.versions[to].lang][this.locale],
      ...(extra.values ?? {}),
    };
    return {
      kind,
      severity: text.severity,
      row: ctx.row,
      from,
      sides,
      said,
      ...(extra.factor ? { factor: extra.factor } : {}),
      ...(extra.concept ? { concept: extra.concept } : {}),
      message: fill(template[this.locale], values),
      recommendation: text.recommendation[this.locale],
    };
  }

  // ── a whole item missing ───────────────────────────────────────────────────────────────

  private missing(ctx: RowContext): Discrepancy[] {
    const from: VersionIndex = ctx.items[0].length > 0 ? 0 : 1;
    const to: VersionIndex = from === 0 ? 1 : 0;
    const items = ctx.items[from].map((i) => this.versions[from].items[i] as Item);
    // A short unnumbered line (a signature, a heading split in two) is layout, not an item.
    const first = items.findIndex((it) => it.label !== undefined || it.words >= this.book.settings.minItemWords);
    if (first < 0 || ctx.neighbour[to] === undefined) return [];
    const has = this.side(from, ctx.items[from][first] as number);
    const other = this.side(to, ctx.neighbour[to] as number);
    const sides = (from === 0 ? [has, other] : [other, has]) as [DiscrepancySide, DiscrepancySide];
    const said = (from === 0 ? [has.excerpt, ""] : ["", has.excerpt]) as [string, string];
    return [this.report(ctx, "missing-item", from, sides, said)];
  }

  // ── list members merged into one ───────────────────────────────────────────────────────

  /** Sub-items "5)" and "6)" of one version that the other says as one: its list is shorter. */
  private merged(ctx: RowContext, out: Discrepancy[]): void {
    const subs = (v: VersionIndex) => ctx.items[v].map((i) => this.versions[v].items[i] as Item).filter((it) => it.label?.kind === "paren" || it.label?.kind === "letter");
    const n = [subs(0), subs(1)] as const;
    if (n[0].length === n[1].length || Math.max(n[0].length, n[1].length) < 2) return;
    const from: VersionIndex = n[0].length > n[1].length ? 0 : 1;
    const count = (v: VersionIndex) => `${n[v].length}${n[v].length > 0 ? ` (${n[v].map((it) => it.label?.text).join(" ")})` : ""}`;
    const sides = [this.wholeItem(ctx, 0), this.wholeItem(ctx, 1)] as [DiscrepancySide, DiscrepancySide];
    out.push(this.report(ctx, "enumeration", from, sides, [sides[0].excerpt, sides[1].excerpt], { values: { a: count(from), b: count(from === 0 ? 1 : 0) } }));
  }

  // ── numbers, terms, amounts ────────────────────────────────────────────────────────────

  private numbers(ctx: RowContext, out: Discrepancy[]): void {
    type Entry = Located<NumberFact> & { implicit?: boolean };
    const pools: [Entry[], Entry[]] = [[], []];
    const blockers: [Set<string>, Set<string>] = [new Set(), new Set()];
    for (const v of [0, 1] as const) {
      for (const item of ctx.items[v]) {
        const f = this.versions[v].facts[item] as ItemFacts;
        for (const n of f.numbers) if (n.role === "plain") pools[v].push({ item, fact: n });
        // "в течение года" is one year without a number.
        for (const u of f.bareUnits) pools[v].push({ item, implicit: true, fact: { start: 0, end: 0, value: "1", strong: false, unit: u, role: "plain" } });
      }
      for (const f of this.factsIn(ctx, v, "lists")) {
        for (const n of f.numbers) blockers[v].add(n.value);
        for (const d of f.dates) for (const x of [d.day, d.year, d.month !== undefined ? String(d.month) : undefined]) if (x) blockers[v].add(x);
      }
    }
    const same = (x?: number, y?: number) => x === undefined || y === undefined || x === y || this.sameUnit(x, y);
    const take = (pool: Entry[], pred: (e: Entry) => boolean): Entry | undefined => {
      const i = pool.findIndex(pred);
      return i < 0 ? undefined : pool.splice(i, 1)[0];
    };
    const [A, B] = pools;
    // 1. the same value in a compatible unit: the versions agree.
    for (const x of [...A]) {
      const y = take(B, (e) => e.fact.value === x.fact.value && same(x.fact.unit, e.fact.unit));
      if (y) A.splice(A.indexOf(x), 1);
    }
    const strong = (e: Entry) => e.fact.strong && !e.implicit;
    // 2. the same value in different units ("10 рабочих дней" / "10 күнтізбелік күн").
    for (const x of [...A]) {
      if (x.fact.unit === undefined) continue;
      const y = take(B, (e) => e.fact.value === x.fact.value && e.fact.unit !== undefined && (strong(e) || strong(x)));
      if (!y) continue;
      A.splice(A.indexOf(x), 1);
      out.push(this.numberPair(ctx, "unit", x, y));
    }
    // 3. another value in the same unit ("10 рабочих дней" / "5 жұмыс күні").
    for (const x of [...A]) {
      if (x.fact.unit === undefined) continue;
      const y = take(B, (e) => e.fact.unit !== undefined && same(x.fact.unit, e.fact.unit) && (strong(e) || strong(x)));
      if (!y) continue;
      A.splice(A.indexOf(x), 1);
      if (strong(x) || strong(y)) out.push(this.numberPair(ctx, this.termKind(x.fact.unit), x, y));
    }
    // 4. a number on one side only (or two plain numbers that differ).
    for (const x of [...A]) {
      if (!strong(x) || blockers[1].has(x.fact.value)) continue;
      const y = take(B, (e) => strong(e) && e.fact.unit === undefined && x.fact.unit === undefined && !blockers[0].has(e.fact.value));
      A.splice(A.indexOf(x), 1);
      if (y) out.push(this.numberPair(ctx, "number", x, y));
      else out.push(this.oneSided(ctx, this.termKind(x.fact.unit), 0, x.item, x.fact));
    }
    for (const y of B) {
      if (!strong(y) || blockers[0].has(y.fact.value)) continue;
      out.push(this.oneSided(ctx, this.termKind(y.fact.unit), 1, y.item, y.fact));
    }
  }

  /** Days, months, tenge and per cent make a term or an amount; centimetres, copies and persons a number. */
  private termKind(unit: number | undefined): DiscrepancyKind {
    return unit === undefined || this.concepts[unit]?.counts ? "number" : "term";
  }

  private sameUnit(x: number, y: number): boolean {
    const cx = this.concepts[x];
    const cy = this.concepts[y];
    return !!cx && !!cy && (cx.sameAs?.includes(cy.id) === true || cy.sameAs?.includes(cx.id) === true);
  }

  private numberPair(ctx: RowContext, kind: DiscrepancyKind, x: Located<NumberFact> & { implicit?: boolean }, y: Located<NumberFact> & { implicit?: boolean }): Discrepancy {
    const sa = this.side(0, x.item, x.implicit ? undefined : x.fact);
    const sb = this.side(1, y.item, y.implicit ? undefined : y.fact);
    const from: VersionIndex = x.fact.strong && !x.implicit ? 0 : 1;
    return this.report(ctx, kind, from, [sa, sb], [sa.excerpt, sb.excerpt]);
  }

  private oneSided(ctx: RowContext, kind: DiscrepancyKind, from: VersionIndex, item: number, span: TextSpan, concept?: string, values?: Record<string, string>): Discrepancy {
    const to: VersionIndex = from === 0 ? 1 : 0;
    const has = this.side(from, item, span);
    const other = this.wholeItem(ctx, to);
    const sides = (from === 0 ? [has, other] : [other, has]) as [DiscrepancySide, DiscrepancySide];
    const said = (from === 0 ? [has.excerpt, other.excerpt] : [other.excerpt, has.excerpt]) as [string, string];
    return this.report(ctx, kind, from, sides, said, { ...(concept ? { concept } : {}), ...(values ? { values } : {}) });
  }

  // ── references, dates ──────────────────────────────────────────────────────────────────

  private references(ctx: RowContext, from: VersionIndex, out: Discrepancy[]): void {
    const to: VersionIndex = from === 0 ? 1 : 0;
    const mine = ctx.items[from].flatMap((item) => (this.versions[from].facts[item] as ItemFacts).references.map((fact) => ({ item, fact })));
    const theirs = ctx.items[to].flatMap((item) => (this.versions[to].facts[item] as ItemFacts).references.map((fact) => ({ item, fact })));
    const numbers = new Set(this.factsIn(ctx, to, "lists").flatMap((f) => f.numbers.map((n) => n.value.replace(/\)$/u, ""))));
    // A heading one version writes as its label ("Приложение 1 к решению …") and the other in its
    // words ("… шешіміне 1-қосымша") is the same reference.
    const headings = ctx.items[to].flatMap((i) => {
      const l = (this.versions[to].items[i] as Item).label;
      return l && HEADING_REFERENCE[l.kind] ? [`${HEADING_REFERENCE[l.kind]}:${l.value}`] : [];
    });
    for (const r of mine) {
      if (theirs.some((t) => t.fact.concept === r.fact.concept && t.fact.value === r.fact.value)) continue;
      if (headings.includes(`${this.concepts[r.fact.concept]?.id ?? ""}:${r.fact.value}`)) continue;
      const sameValue = theirs.find((t) => t.fact.value === r.fact.value);
      if (!sameValue && numbers.has(r.fact.value)) continue;
      const other = sameValue ?? theirs.find((t) => t.fact.concept === r.fact.concept && !mine.some((m) => m.fact.concept === t.fact.concept && m.fact.value === t.fact.value));
      if (other && from === 1 && other.fact.value !== r.fact.value) continue; // reported once, from version 0
      if (other) {
        const sa = this.side(from, r.item, r.fact);
        const sb = this.side(to, other.item, other.fact);
        const sides = (from === 0 ? [sa, sb] : [sb, sa]) as [DiscrepancySide, DiscrepancySide];
        out.push(this.report(ctx, "reference", from, sides, [sides[0].excerpt, sides[1].excerpt], { concept: this.concepts[r.fact.concept]?.id ?? "" }));
      } else out.push(this.oneSided(ctx, "reference", from, r.item, r.fact, this.concepts[r.fact.concept]?.id));
    }
  }

  private dates(ctx: RowContext, from: VersionIndex, out: Discrepancy[]): void {
    const to: VersionIndex = from === 0 ? 1 : 0;
    const mine = ctx.items[from].flatMap((item) => (this.versions[from].facts[item] as ItemFacts).dates.map((fact) => ({ item, fact })));
    const theirs = ctx.items[to].flatMap((item) => (this.versions[to].facts[item] as ItemFacts).dates.map((fact) => ({ item, fact })));
    const numbers = new Set(this.factsIn(ctx, to, "lists").flatMap((f) => f.numbers.map((n) => n.value)));
    const agree = (x: (typeof mine)[number]["fact"], y: (typeof mine)[number]["fact"]) =>
      (x.year === undefined || y.year === undefined || x.year === y.year) && (x.month === undefined || y.month === undefined || x.month === y.month) && (x.day === undefined || y.day === undefined || x.day === y.day);
    for (const d of mine) {
      if (theirs.some((t) => agree(d.fact, t.fact))) continue;
      // The other version wrote the date in a way not read as a date, and its numbers are there.
      if (theirs.length === 0 && (d.fact.day !== undefined || d.fact.year !== undefined) && [d.fact.day, d.fact.year].every((x) => x === undefined || numbers.has(x))) continue;
      const other = theirs.find((t) => !mine.some((m) => agree(m.fact, t.fact)));
      if (other && from === 1) continue;
      if (other) {
        const sa = this.side(from, d.item, d.fact);
        const sb = this.side(to, other.item, other.fact);
        const sides = (from === 0 ? [sa, sb] : [sb, sa]) as [DiscrepancySide, DiscrepancySide];
        out.push(this.report(ctx, "date", from, sides, [sides[0].excerpt, sides[1].excerpt]));
      } else out.push(this.oneSided(ctx, "date", from, d.item, d.fact));
    }
  }

  // ── acts, bodies, structural units, modality, negation ─────────────────────────────────

  private presence(ctx: RowContext, from: VersionIndex, out: Discrepancy[]): void {
    const to: VersionIndex = from === 0 ? 1 : 0;
    const seen = new Set<number>();
    const scope = this.scope(ctx, to);
    const theirs = scope.map((i) => this.versions[to].facts[i] as ItemFacts);
    // Words are compared only between texts in the versions' own languages (not an English
    // address line, not a Kazakh inscription quoted in the Russian text).
    if (theirs.every((f) => f.lang !== this.versions[to].lang)) return;
    const theirText = scope.map((i) => ownText(this.versions[to].items[i] as Item).toLowerCase()).join("\n");
    for (const item of ctx.items[from]) {
      const facts = this.versions[from].facts[item] as ItemFacts;
      if (facts.lang !== this.versions[from].lang) continue;
      const text = (this.versions[from].items[item] as Item).text;
      for (const [c, p] of facts.present) {
        if (!p.strong || seen.has(c)) continue;
        const concept = this.concepts[c] as Concept;
        const kind = PRESENCE_KIND[concept.kind];
        if (!kind) continue;
        // A duty against a plain statement is style: present tense binds in both languages.
        if (concept.modality === "duty") continue;
        seen.add(c);
        if (theirs.some((f) => f.present.has(c))) continue;
        // The other version carries the very words (a name or an inscription quoted as it is).
        if (theirText.includes(text.slice(p.strong.start, p.strong.end).toLowerCase())) continue;
        const values: Record<string, string> = { modalityA: concept.name[this.locale] };
        out.push(this.oneSided(ctx, kind, from, item, p.strong, concept.id, values));
      }
    }
  }

  // ── the engine's findings ──────────────────────────────────────────────────────────────

  /**
   * A factor found in one version's wording and not in the other's. Factors are compared by the
   * defect a reader sees (broad discretion, a gap and a missing procedure are one: the
   * Methodology's 3а–3в; evaluative and unsettled terms are one), and only where the finding rests
   * on explicit wording: what the provision reader infers from sentence structure depends on each
   * language's grammar and is compared through its parts (actors, modality, numbers) instead; so
   * is the "may" formula, which the modality check compares directly. A factor the other version's
   * words also carry (the same named bodies, acts and quoted names), or one the engine gave words
   * it also filed under another factor found in both, is the engine's reading, not a difference.
   */
  private factors(ctx: RowContext, from: VersionIndex, out: Discrepancy[]): void {
    const to: VersionIndex = from === 0 ? 1 : 0;
    const findingsOf = (v: VersionIndex, items: readonly number[]) =>
      items.flatMap((item) => {
        const it = this.versions[v].items[item] as Item;
        // Two items may share a paragraph (one glued onto the other's end): each takes its own findings.
        return (this.versions[v].findings.get(it.paragraph) ?? []).filter((f) => f.start >= (it.from ?? 0) && f.start < it.text.length).map((finding) => ({ item, finding }));
      });
    const mine = findingsOf(from, ctx.items[from]);
    const theirs = new Set(findingsOf(to, this.scope(ctx, to)).map((x) => familyOf(x.finding.factor)));
    const seen = new Set<string>();
    for (const { item, finding } of mine) {
      const family = familyOf(finding.factor);
      if (seen.has(family) || theirs.has(family) || !this.explicit(finding) || finding.factor === "may_formula") continue;
      // The same words filed under another factor that both versions have.
      if (mine.some((o) => o.finding !== finding && o.item === item && theirs.has(familyOf(o.finding.factor)) && o.finding.start < finding.end && finding.start < o.finding.end)) continue;
      if (this.sameThingsNamed(ctx, from, item, finding)) continue;
      if (this.sameWording(ctx, from, item, finding)) continue;
      seen.add(family);
      const d = this.oneSided(ctx, "factor", from, item, finding, undefined, { factor: FACTOR_NAMES[finding.factor][this.locale] });
      out.push({ ...d, factor: finding.factor });
    }
  }

  /**
   * Whether the finding rests on evaluative or open words ("грубого нарушения", "иные органы") whose
   * equivalent the other version carries ("өрескел бұзған", "өзге де органдары") even where the
   * engine's rule does not fire on it: the factor is in both versions, the rule in one language.
   */
  private sameWording(ctx: RowContext, from: VersionIndex, item: number, finding: Finding): boolean {
    const to: VersionIndex = from === 0 ? 1 : 0;
    const facts = this.versions[from].facts[item] as ItemFacts;
    const words = new Set(facts.wording.filter((w) => w.start < finding.end && finding.start < w.end).map((w) => w.concept));
    if (words.size === 0) return false;
    const theirs = this.factsIn(ctx, to);
    return [...words].every((c) => theirs.some((f) => f.present.has(c)));
  }

  /** Whether the other version's item names every body, act, unit and quoted name the finding's words name. */
  private sameThingsNamed(ctx: RowContext, from: VersionIndex, item: number, finding: Finding): boolean {
    const to: VersionIndex = from === 0 ? 1 : 0;
    const facts = this.versions[from].facts[item] as ItemFacts;
    const named = [...facts.present.entries()].filter(([c, p]) => {
      const kind = this.concepts[c]?.kind;
      return p.strong && (kind === "act" || kind === "body" || kind === "org") && p.strong.start >= finding.start && p.strong.end <= finding.end;
    });
    const quoted = [...finding.excerpt.matchAll(/«([^»]+)»|"([^"]+)"|(\d+)/gu)].map((m) => (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase());
    if (named.length === 0 && quoted.length === 0) return false;
    const scope = this.scope(ctx, to);
    const theirText = scope.map((i) => ownText(this.versions[to].items[i] as Item).toLowerCase()).join("\n");
    return named.every(([c]) => scope.some((i) => (this.versions[to].facts[i] as ItemFacts).present.has(c))) && quoted.every((q) => theirText.includes(q));
  }
}

/** An item's own words: from where it starts to its end. */
function ownText(it: Item): string {
  return it.text.slice(it.from ?? 0);
}

function familyOf(f: FactorId): string {
  return FACTOR_FAMILY[f] ?? f;
}

/** Factors that name one defect to a reader (their ids overlap, see shared/corpus/FACTORS.md). */
const FACTOR_FAMILY: Partial<Record<FactorId, string>> = {
  broad_discretion: "discretion",
  may_formula: "discretion",
  selective_rights: "discretion",
  gap: "discretion",
  no_procedure: "discretion",
  no_deadline: "discretion",
  vague_term: "uncertainty",
  legal_linguistic_uncertainty: "uncertainty",
};

/** The reference concept a heading label stands for. */
const HEADING_REFERENCE: Partial<Record<LabelKind, string>> = { annex: "ref.annex", chapter: "ref.chapter", roman: "ref.chapter", section: "ref.section", article: "ref.article", paragraph: "ref.paragraph" };

const PRESENCE_KIND: Partial<Record<Concept["kind"], DiscrepancyKind>> = {
  act: "act",
  body: "body",
  org: "structural-unit",
  modality: "modality",
  negation: "negation",
  qualifier: "qualifier",
};
