/**
 * The bilingual consistency check (A1.3.6): the Kazakh and the Russian version of one regulation
 * are both official, so a difference between them lets whoever applies the rule choose the one
 * that suits them. Items are aligned by their numbering (then by order, length and content) and
 * each aligned pair is compared: numbers with their units, dates, references, named acts, bodies
 * and structural units, modality, negation, and the engine's own findings.
 *
 * Pure like the rest of the engine: the CLI, the task pane and the conclusion share it.
 */
import type { Engine } from "../index";
import { toOriginalRange } from "../text/normalize";
import { type Finding, type Lang } from "../types";
import { align, type AlignmentInput } from "./align";
import { ConceptIndex } from "./concepts";
import { RowComparer, type RowContext, type VersionData } from "./compare";
import { factsOf, type ItemFacts } from "./facts";
import { itemsOf, type Item } from "./items";
import { validateBilingualBook, type BilingualBook, type BilingualBookSource } from "./spec";
import type { AlignmentRow, Comparison, Discrepancy, VersionIndex, VersionInput } from "./types";

export * from "./types";
export { validateBilingualBook, type BilingualBook, type BilingualBookSource, type ConceptSpec, DISCREPANCY_KINDS } from "./spec";
export { discrepancyFinding } from "./findings";

export interface CompareOptions {
  /** Language of messages (default: the first version's). */
  readonly locale?: Lang;
  /** The engine's findings of each version, when the caller has them already (else they are computed). */
  readonly findings?: readonly [readonly Finding[] | undefined, readonly Finding[] | undefined];
}

export interface Comparer {
  readonly book: BilingualBook;
  compare(first: VersionInput, second: VersionInput, options?: CompareOptions): Comparison;
  /** The concepts the book finds in one text (for the book's own examples). */
  conceptsIn(text: string, lang: Lang): { id: string; weak: boolean; start: number; end: number }[];
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;
const CYRILLIC = /[\p{Script=Cyrillic}]/gu;
const LATIN = /[a-z]/giu;

/** The language a version is written in: Kazakh letters decide between Kazakh and Russian. */
export function versionLang(paragraphs: readonly { readonly text: string }[]): Lang {
  let kk = 0;
  let cyr = 0;
  let lat = 0;
  for (const p of paragraphs.slice(0, 400)) {
    kk += p.text.match(KAZAKH_LETTERS)?.length ?? 0;
    cyr += p.text.match(CYRILLIC)?.length ?? 0;
    lat += p.text.match(LATIN)?.length ?? 0;
  }
  if (lat > cyr) return "en";
  return kk > cyr * 0.01 ? "kk" : "ru";
}

/** Kazakh letters folded to their Russian look-alikes, so "Құрманбаев" and "Курманбаева" share a stem. */
const FOLD: Readonly<Record<string, string>> = { қ: "к", ғ: "г", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", ә: "а", ё: "е", й: "и" };

function nameStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:«"(]\s+)\p{Lu}\p{Ll}{3,}/gu)) {
    out.push(
      m[0]
        .toLowerCase()
        .replace(/[қғңөұүһіәёй]/gu, (c) => FOLD[c] ?? c)
        .slice(0, 5),
    );
  }
  return out;
}

/**
 * Per item, the first and last item of the units it belongs to. The two languages place words
 * differently inside one provision, so what one version says in one paragraph the other may say in
 * the next (Kazakh puts the verb of a list's lead-in after the last member):
 * - `lists`: a lead-in ending in ":" with its members (sub-items, or paragraphs while the previous
 *   one ends in ";" or ":");
 * - `items`: a numbered item with its unnumbered paragraphs, and a run of short unnumbered lines
 *   (an approval stamp or a signature split into lines differently).
 */
function blocksOf(items: readonly Item[], shortLine: number): { lists: [number, number][]; items: [number, number][] } {
  const make = () => items.map((_x, i): [number, number] => [i, i]);
  const lists = make();
  const whole = make();
  const mark = (out: [number, number][], from: number, to: number) => {
    for (let k = from; k <= to; k++) {
      const [f, t] = out[k] as [number, number];
      out[k] = [Math.min(f, from), Math.max(t, to)];
    }
  };
  const sub = (it: Item | undefined) => it?.label?.kind === "paren" || it?.label?.kind === "letter";
  const open = (it: Item | undefined) => !!it && /[;:]\s*$/u.test(it.text);
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (/:\s*$/u.test(it.text)) {
      let last = i;
      while (last + 1 < items.length && (sub(items[last + 1]) || (!items[last + 1]?.label && open(items[last])))) last++;
      if (last > i) mark(lists, i, last);
    }
    let last = i;
    if (it.label) {
      while (last + 1 < items.length && !items[last + 1]?.label) last++;
    } else if (it.words < shortLine) {
      while (last + 1 < items.length && !items[last + 1]?.label && (items[last + 1]?.words ?? 0) < shortLine) last++;
    }
    if (last > i) mark(whole, i, last);
  }
  return { lists, items: whole };
}

class Interner {
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let v = this.ids.get(s);
    if (v === undefined) {
      v = this.ids.size;
      this.ids.set(s, v);
    }
    return v;
  }
}

export function createComparer(engine: Engine, source: BilingualBookSource): Comparer {
  const book = validateBilingualBook(source);
  const index = new ConceptIndex(book, engine.units, {}, source.source);
  const concepts = index.concepts;

  function version(input: VersionInput, findings: readonly Finding[] | undefined, interner: Interner): { data: VersionData; align: AlignmentInput } {
    const lang = input.lang ?? versionLang(input.paragraphs);
    const items = itemsOf(input.paragraphs);
    const facts = items.map((it) => factsOf(it.text, it.bodyStart, lang, index, book));
    const anchors = items.map((it, i) => anchorsOf(it, facts[i] as ItemFacts, interner));
    const all = findings ?? engine.analyze(input.paragraphs.map((p) => p.text), { langHint: lang }).findings;
    const byParagraph = new Map<number, Finding[]>();
    for (const f of all) byParagraph.set(f.paragraph, [...(byParagraph.get(f.paragraph) ?? []), f]);
    return { data: { lang, items, facts, findings: byParagraph, blocks: blocksOf(items, 2 * book.settings.minItemWords) }, align: { items, anchors } };
  }

  function anchorsOf(it: Item, f: ItemFacts, interner: Interner): number[] {
    const keys: string[] = [];
    for (const n of f.numbers) if (n.strong) keys.push(`n:${n.value.replace(/\)$/u, "")}`);
    for (const d of f.dates) keys.push(`d:${d.year ?? "?"}-${d.month ?? "?"}-${d.day ?? "?"}`);
    for (const r of f.references) keys.push(`r:${r.concept}:${r.value}`);
    for (const [c, p] of f.present) {
      const kind = concepts[c]?.kind;
      if (p.strong && (kind === "act" || kind === "body" || kind === "org")) keys.push(`c:${c}`);
    }
    for (const s of nameStems(it.text.slice(it.bodyStart))) keys.push(`p:${s}`);
    return keys.map((k) => interner.id(k)).sort((x, y) => x - y);
  }

  return {
    book,
    compare(first, second, options = {}) {
      const interner = new Interner();
      const v0 = version(first, options.findings?.[0], interner);
      const v1 = version(second, options.findings?.[1], interner);
      const locale = options.locale ?? v0.data.lang;
      const aligned = align(v0.align, v1.align);
      const explicit = (f: Finding) => engine.rule(f.ruleId)?.check !== "model";
      const comparer = new RowComparer(book, concepts, [v0.data, v1.data], locale, explicit);
      const discrepancies: Discrepancy[] = [];
      const last: [number | undefined, number | undefined] = [undefined, undefined];
      const nextOf = (v: VersionIndex, from: number) => {
        for (let r = from; r < aligned.length; r++) {
          const x = aligned[r]?.items[v][0];
          if (x !== undefined) return x;
        }
        return undefined;
      };
      const rows: AlignmentRow[] = aligned.map((row, r) => {
        const ctx: RowContext = {
          row: r,
          items: row.items,
          neighbour: [last[0] ?? nextOf(0, r + 1), last[1] ?? nextOf(1, r + 1)],
        };
        discrepancies.push(...comparer.compare(ctx));
        for (const v of [0, 1] as const) {
          const tail = row.items[v].at(-1);
          if (tail !== undefined) last[v] = tail;
        }
        const para = (v: VersionIndex) => row.items[v].map((i) => (v === 0 ? v0 : v1).data.items[i]?.paragraph as number);
        const label = (v: VersionIndex) => (v === 0 ? v0 : v1).data.items[row.items[v][0] ?? -1]?.label?.text;
        return { paragraphs: [para(0), para(1)], labels: [label(0), label(1)], by: row.by };
      });
      const counted = (v: VersionIndex) => aligned.reduce((n, row) => n + (row.items[0].length > 0 && row.items[1].length > 0 ? row.items[v].length : 0), 0);
      return {
        langs: [v0.data.lang, v1.data.lang],
        rows,
        coverage: { items: [v0.data.items.length, v1.data.items.length], aligned: [counted(0), counted(1)] },
        discrepancies,
      };
    },
    conceptsIn(text, lang) {
      const { ctx, hits } = index.scan(text, lang);
      return hits.map((h) => {
        const [start, end] = toOriginalRange(ctx.norm, ctx.tokens.start[h.from] ?? 0, ctx.tokens.end[h.to - 1] ?? 0);
        return { id: concepts[h.concept]?.id ?? "", weak: h.weak, start, end };
      });
    },
  };
}
