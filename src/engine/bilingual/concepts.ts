/**
 * The bilingual book's concepts (and the Enterprise's structural units from rules/units.yml)
 * compiled into one pattern index per language, so an item is scanned for all of them in one pass,
 * the same way the engine scans for its rules.
 */
import { ParagraphContext, type ScanIndexes } from "../analysis/paragraph";
import { PatternCompiler } from "../patterns/compile";
import { PatternIndex, type Match } from "../patterns/matcher";
import { PatternSyntaxError } from "../patterns/syntax";
import type { Lexicons, PerLang, UnitsConfig } from "../rulebook/spec";
import { RulebookError } from "../rulebook/validate";
import { LANGS, type Lang, type Localized } from "../types";
import type { BilingualBook, ConceptKind, ModalityKind } from "./spec";

/** A concept as compared: the book's, or a structural unit of the Enterprise ("org"). */
export interface Concept {
  readonly id: string;
  readonly kind: ConceptKind | "org";
  readonly name: Localized;
  readonly value?: number;
  readonly modality?: ModalityKind;
  readonly sameAs?: readonly string[];
  readonly counts?: boolean;
}

export interface ConceptHit {
  readonly concept: number;
  readonly weak: boolean;
  readonly from: number;
  readonly to: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const longestFirst = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).map(escape).join("|");

/** "двухнедельного" = a number part ("двух") + a unit part ("недельн") + an ending. */
function compoundReader(numbers: ReadonlyMap<string, number>, units: ReadonlyMap<string, readonly string[]>, concepts: readonly Concept[]): (token: string) => { value: number; unit: number } | undefined {
  const unitOf = new Map<string, number>();
  for (const [id, parts] of units) for (const p of parts) unitOf.set(p, concepts.findIndex((c) => c.id === id));
  const re = new RegExp(`^(${longestFirst(numbers.keys())})(${longestFirst(unitOf.keys())})\\p{L}*$`, "u");
  return (token) => {
    const m = re.exec(token);
    if (!m) return undefined;
    const value = numbers.get(m[1] as string);
    const unit = unitOf.get(m[2] as string);
    return value === undefined || unit === undefined || unit < 0 ? undefined : { value, unit };
  };
}

export class ConceptIndex implements ScanIndexes {
  readonly indexes: Record<Lang, PatternIndex> = { kk: new PatternIndex(), ru: new PatternIndex(), en: new PatternIndex() };
  readonly concepts: Concept[] = [];
  /** group → [concept index, weak] */
  private readonly groups: Array<{ concept: number; weak: boolean }> = [];
  private readonly compiler: PatternCompiler;

  /** Per language: a compound adjective read as a number and the unit it measures ("тридцатидневный" = 30 days). */
  readonly compounds: Partial<Record<Lang, (token: string) => { value: number; unit: number } | undefined>> = {};

  get groupCount(): number {
    return this.groups.length;
  }

  constructor(book: BilingualBook, units: UnitsConfig, shared: Lexicons, where: string) {
    this.compiler = new PatternCompiler((name, lang) => {
      const entry = book.lexicons[name] ?? shared[name];
      return entry ? (entry[lang] ?? []) : undefined;
    });
    for (const c of book.concepts) {
      const i = this.concepts.length;
      this.concepts.push({ id: c.id, kind: c.kind, name: c.name, ...(c.value !== undefined ? { value: c.value } : {}), ...(c.modality ? { modality: c.modality } : {}), ...(c.sameAs ? { sameAs: c.sameAs } : {}), ...(c.counts ? { counts: true } : {}) });
      this.add(i, false, c.patterns, `${where} › ${c.id}`);
      if (c.weak) this.add(i, true, c.weak, `${where} › ${c.id} weak`);
    }
    for (const u of units.units) {
      const i = this.concepts.length;
      this.concepts.push({ id: `org.${u.id}`, kind: "org", name: u.name });
      this.add(i, false, u.patterns, `units › ${u.id}`);
    }
    for (const lang of LANGS) {
      const c = book.compounds[lang];
      if (c) this.compounds[lang] = compoundReader(c.numbers, c.units, this.concepts);
    }
  }

  private add(concept: number, weak: boolean, patterns: PerLang<readonly string[]>, where: string): void {
    const group = this.groups.length;
    this.groups.push({ concept, weak });
    for (const lang of LANGS) {
      for (const p of patterns[lang] ?? []) {
        try {
          for (const slots of this.compiler.compile(p, lang)) this.indexes[lang].add(group, slots);
        } catch (e) {
          if (e instanceof PatternSyntaxError) throw new RulebookError(`${where} (${lang}): ${e.message}`);
          throw e;
        }
      }
    }
  }

  private readonly views = new Map<Lang, ScanIndexes>();

  /**
   * Scans one text of a version in `lang`; returns its context (tokens, sentences and the language
   * each sentence looks like) and every concept hit. The version's own patterns read every
   * sentence: a short Russian line ("проспект Победы, 11") that looks Kazakh is still Russian.
   */
  scan(text: string, lang: Lang): { ctx: ParagraphContext; hits: ConceptHit[] } {
    let view = this.views.get(lang);
    if (!view) {
      const idx = this.indexes[lang];
      const groups = this.groups;
      view = { indexes: { kk: idx, ru: idx, en: idx }, get groupCount() { return groups.length; } };
      this.views.set(lang, view);
    }
    const ctx = new ParagraphContext(text, 0, view, lang);
    const hits: ConceptHit[] = [];
    for (let g = 0; g < this.groups.length; g++) {
      const { concept, weak } = this.groups[g] as { concept: number; weak: boolean };
      for (const m of ctx.matches(g) as readonly Match[]) hits.push({ concept, weak, from: m.from, to: m.to });
    }
    hits.sort((a, b) => a.from - b.from || b.to - a.to);
    return { ctx, hits };
  }
}
