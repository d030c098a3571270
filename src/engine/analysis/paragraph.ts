/**
 * Everything the checks know about one paragraph: its tokens, sentences with their language,
 * and the matches of every pattern group. Built once per paragraph; checks only read it.
 */
import { ProvisionModel, type ReaderSource } from "../model/reader";
import type { CompiledCondition } from "../rulebook/compile";
import type { Match, PatternIndex } from "../patterns/matcher";
import { detectLanguage } from "../text/language";
import { normalize, type NormalizedText } from "../text/normalize";
import { segment, type Sentence } from "../text/segment";
import { tokenize, type Tokens } from "../text/tokenize";
import type { Lang } from "../types";

const EMPTY: readonly Match[] = [];

/** What a paragraph is scanned with: one pattern index per language (the rulebook, the gift cues). */
export interface ScanIndexes {
  readonly indexes: Readonly<Record<Lang, PatternIndex>>;
  readonly groupCount: number;
}
const DEFAULT_WINDOW = 8;

export class ParagraphContext {
  readonly norm: NormalizedText;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly langs: readonly Lang[];
  /** token index → sentence index */
  readonly sentenceOf: Int32Array;
  private readonly byGroup: (Match[] | undefined)[];
  private provision: ProvisionModel | undefined;

  constructor(
    readonly text: string,
    readonly index: number,
    rulebook: ScanIndexes,
    langHint: Lang,
    private readonly reader?: ReaderSource,
  ) {
    this.norm = normalize(text);
    this.tokens = tokenize(this.norm.text);
    this.sentences = segment(this.tokens);
    this.sentenceOf = new Int32Array(this.tokens.count);
    const langs: Lang[] = [];
    let previous = langHint;
    this.byGroup = new Array(rulebook.groupCount);
    const found: Match[] = [];
    this.sentences.forEach((s, si) => {
      for (let t = s.from; t < s.to; t++) this.sentenceOf[t] = si;
      const lang = detectLanguage(this.tokens, s.from, s.to, previous);
      langs.push(lang);
      previous = lang;
      rulebook.indexes[lang].scan(this.tokens, s.from, s.to, found);
    });
    this.langs = langs;
    for (const m of found) {
      const list = this.byGroup[m.group];
      if (list) list.push(m);
      else this.byGroup[m.group] = [m];
    }
    for (const list of this.byGroup) if (list && list.length > 1) list.sort((a, b) => a.from - b.from || b.to - a.to);
  }

  /** The provision model of this paragraph (who acts, how, what kind of text), read on first use. */
  get model(): ProvisionModel {
    if (!this.reader) throw new Error("this paragraph was scanned without the provision reader");
    return (this.provision ??= new ProvisionModel(this, this.reader));
  }

  /** All matches of a group in this paragraph, ordered by start (longest first on ties). */
  matches(group: number): readonly Match[] {
    return this.byGroup[group] ?? EMPTY;
  }

  langOf(m: { from: number }): Lang {
    return this.langs[this.sentenceOf[m.from] ?? 0] ?? "ru";
  }

  sentenceRange(m: { from: number }): Sentence {
    return this.sentences[this.sentenceOf[m.from] ?? 0] as Sentence;
  }

  /** true when some match of `group` lies inside tokens [from, to). */
  hasIn(group: number, from: number, to: number): boolean {
    const list = this.matches(group);
    for (let i = firstFrom(list, from); i < list.length; i++) {
      const m = list[i] as Match;
      if (m.from >= to) return false;
      if (m.to <= to) return true;
    }
    return false;
  }

  /** Matches of `group` inside tokens [from, to). */
  within(group: number, from: number, to: number): Match[] {
    const out: Match[] = [];
    const list = this.matches(group);
    for (let i = firstFrom(list, from); i < list.length; i++) {
      const m = list[i] as Match;
      if (m.from >= to) break;
      if (m.to <= to) out.push(m);
    }
    return out;
  }

  /**
   * Evaluates a rule condition relative to the trigger match `m`; with `paragraph = "item"`, paragraph
   * scope stops at the trigger's numbered sub-item (see inItemScope).
   */
  holds(cond: CompiledCondition, m: Match, paragraph: "whole" | "item" = "whole"): boolean {
    const scope = cond.spec.scope;
    // what the whole document holds is decided when paragraphs are combined (Engine.combine)
    if (scope === "document") return false;
    if (scope === "paragraph") return paragraph === "item" ? this.inItemScope(cond.group, m) : this.matches(cond.group).length > 0;
    const s = this.sentenceRange(m);
    if (scope === "sentence") return this.hasIn(cond.group, s.from, s.to);
    const w = cond.spec.window ?? DEFAULT_WINDOW;
    const beforeFrom = Math.max(s.from, m.from - w);
    const afterTo = Math.min(s.to, m.to + w);
    if (scope === "before") return this.hasIn(cond.group, cond.spec.conjunct ? this.conjunctStart(beforeFrom, m.from) : beforeFrom, m.from);
    if (scope === "after") return this.hasIn(cond.group, m.to, afterTo);
    // around: before, after, or overlapping the trigger itself
    return this.hasIn(cond.group, beforeFrom, afterTo);
  }

  /**
   * The first token of the list member the trigger at `to` belongs to (ConditionSpec.conjunct): a qualifier written
   * before "а также", "а равно", "сондай-ақ", "сонымен қатар" or "as well as" belongs to the earlier member.
   */
  private conjunctStart(from: number, to: number): number {
    const lower = this.tokens.lower;
    const at = (t: number) => (t < to ? lower[t] : undefined);
    for (let t = to - 1; t > from; t--) {
      const w = at(t);
      if (w === "сондай-ақ" || w === "сондай-ак" || (w === "сонымен" && at(t + 1) === "қатар")) return t;
      if (lower[t - 1] !== ",") continue;
      if ((w === "а" && (at(t + 1) === "также" || at(t + 1) === "равно")) || (w === "as" && at(t + 1) === "well" && at(t + 2) === "as")) return t;
    }
    return from;
  }

  /**
   * Paragraph scope as a numbered sub-item sees it: its lead-in (up to the colon), the sub-item itself
   * and any text outside the list, not its siblings — "3) типография выбирается по Правилам закупок"
   * does not bound "4) срочные заказы передаются напрямую по решению директора", just as a Word
   * paragraph "lead-in [...] item" does not see them. The spans are the provision model's own
   * (leadInOf, subItemOf), as the model checks read them, so a first item written on the lead-in's
   * line after its colon is a sibling too.
   */
  private inItemScope(group: number, m: Match): boolean {
    const list = this.matches(group);
    if (list.length === 0 || !this.reader) return list.length > 0;
    const model = this.model;
    const si = this.sentenceOf[m.from] ?? 0;
    const lead = model.leadInOf(si);
    const item = model.subItemOf(si);
    if (!lead || !item) return true;
    const leadSentence = this.sentenceOf[lead.from] ?? -1;
    const inside = (x: Match, span: { from: number; to: number }) => x.from >= span.from && x.to <= span.to;
    for (const x of list) {
      if (inside(x, lead) || inside(x, item)) return true;
      // text outside the list: before the lead-in, or an unnumbered line closing the list
      const xs = this.sentenceOf[x.from] ?? 0;
      if (model.itemStart(xs) < 0 && xs !== leadSentence) return true;
    }
    return false;
  }
}

/** Index of the first match whose start is at or after `from` (lists are sorted by start). */
export function firstFrom(list: readonly Match[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Match).from < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
