/**
 * What one item says that can be compared across languages without translating it: its numbers
 * (with the unit each measures), dates, references to other items, and which concepts of the
 * bilingual book it names (acts, bodies, structural units, modality, negation). Words differ
 * between Kazakh and Russian; these do not.
 */
import { toOriginalRange } from "../text/normalize";
import { NUM, PUNCT, WORD, type Tokens } from "../text/tokenize";
import type { Lang } from "../types";
import type { ConceptHit, ConceptIndex } from "./concepts";
import type { BilingualBook } from "./spec";

/** A stretch of the item's original text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface NumberFact extends TextSpan {
  /** Canonical value: "10", "6.5", "70x195", "12-3", "2.3". */
  readonly value: string;
  /** Digits, or a number word that measures a unit; a bare number word is weak evidence only. */
  readonly strong: boolean;
  /** The unit concept it measures (index into the concept list). */
  readonly unit?: number;
  /** Used up by a date or a reference: compared there, not as a plain number. */
  readonly role: "plain" | "date" | "reference";
}

export interface DateFact extends TextSpan {
  readonly year?: string;
  readonly month?: number;
  readonly day?: string;
}

export interface ReferenceFact extends TextSpan {
  readonly concept: number;
  readonly value: string;
}

export interface Presence {
  readonly strong?: TextSpan;
  readonly weak?: TextSpan;
}

export interface ItemFacts {
  readonly numbers: readonly NumberFact[];
  readonly dates: readonly DateFact[];
  readonly references: readonly ReferenceFact[];
  /** concept index → where it is said clearly / loosely (first occurrence of each). */
  readonly present: ReadonlyMap<number, Presence>;
  /** Unit concepts named with no number: "в течение года" is one year said without a number. */
  readonly bareUnits: ReadonlySet<number>;
  /** Evaluative and open words ("wording" concepts), each occurrence, loose ones included. */
  readonly wording: readonly (TextSpan & { readonly concept: number })[];
  /** The language most of the item is written in (a quotation may be in another). */
  readonly lang: Lang;
}

interface Num {
  value: string;
  numeric: number | undefined;
  from: number;
  to: number;
  digits: boolean;
  duplicate: boolean;
  unit?: number;
  role: "plain" | "date" | "reference";
}

/** A number written in digits: thousands groups, decimals, sizes (70х195), compound numbers (12-3, 45-261), a sub-item's ")". */
const NUMBER_RE = /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*)((?: ?[хxХX×] ?\d+(?:[.,]\d+)?)*)((?:-\d+)*)(\))?/gu;
const ADDRESS_RE = /\S*[/@]\S*/gu;
const DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;

function canonical(core: string): { value: string; numeric: number | undefined } {
  const plain = core.replace(/[ \u00a0\u202f]/gu, "");
  if (/^\d+,\d+$/u.test(plain)) {
    const v = plain.replace(",", ".");
    return { value: String(Number(v)), numeric: Number(v) };
  }
  if (/^\d+$/u.test(plain)) return { value: String(Number(plain)), numeric: Number(plain) };
  return { value: plain.replace(/,/gu, "."), numeric: undefined };
}

function firstTokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Digits and number words of the item, composed ("двадцать пять", "екі жүз", "5 тысяч"). */
function numbersOf(text: string, tokens: Tokens, firstToken: number, lang: Lang, book: BilingualBook, compound?: (token: string) => { value: number; unit: number } | undefined): Num[] {
  const out: Num[] = [];
  // A number inside a web address, a file path or an e-mail address is not a figure of the act.
  const addresses = [...text.matchAll(ADDRESS_RE)].filter((m) => m[0].length >= 10).map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of text.matchAll(NUMBER_RE)) {
    if (addresses.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const from = firstTokenAtOrAfter(tokens, m.index);
    if (from < firstToken) continue;
    const to = firstTokenAtOrAfter(tokens, m.index + m[0].length);
    const core = canonical(m[1] as string);
    const dims = (m[2] ?? "").replace(/\s/gu, "").replace(/[хXХ×]/gu, "x").replace(/,/gu, ".");
    const value = `${core.value}${dims}${m[3] ?? ""}`;
    out.push({ value, numeric: dims || m[3] ? undefined : core.numeric, from, to, digits: true, duplicate: false, role: "plain" });
  }
  // "тридцатидневный срок" is 30 days, "двукратное" twice: the number and its unit in one word.
  if (compound) {
    for (let t = Math.max(firstToken, 0); t < tokens.count; t++) {
      if (tokens.kind[t] !== WORD) continue;
      const c = compound(tokens.lower[t] as string);
      if (c) out.push({ value: String(c.value), numeric: c.value, from: t, to: t + 1, digits: false, duplicate: false, unit: c.unit, role: "plain" });
    }
  }
  const words = book.numbers[lang];
  const multipliers = book.multipliers[lang];
  if (!words && !multipliers) return out.sort((a, b) => a.from - b.from);
  const isWordNumber = (t: number) => tokens.kind[t] === WORD && (words?.has(tokens.lower[t] as string) || multipliers?.has(tokens.lower[t] as string));
  for (let t = Math.max(firstToken, 0); t < tokens.count; t++) {
    if (!isWordNumber(t)) continue;
    // A multiplier right after digits multiplies them: "5 тысяч", "2 млн".
    const lower = tokens.lower[t] as string;
    const mult = multipliers?.get(lower);
    const before = out.find((n) => n.digits && n.to === t);
    if (mult !== undefined && before && before.numeric !== undefined) {
      before.numeric *= mult;
      before.value = String(before.numeric);
      before.to = t + 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let end = t;
    while (end < tokens.count && isWordNumber(end) && (end === t || tokens.gapBefore[end] === 1)) {
      const w = tokens.lower[end] as string;
      const m = multipliers?.get(w);
      if (m !== undefined) {
        current = (current || 1) * m;
        if (m >= 1000) {
          total += current;
          current = 0;
        }
      } else current += words?.get(w) ?? 0;
      end++;
    }
    const numeric = total + current;
    // "10 (десяти)": the words repeat the digits before them.
    const prev = out.filter((n) => n.digits && n.to <= t).at(-1);
    const duplicate = prev !== undefined && prev.numeric === numeric && t - prev.to <= 1 && tokens.lower[t - 1] === "(";
    out.push({ value: String(numeric), numeric, from: t, to: end, digits: false, duplicate, role: "plain" });
    t = end - 1;
  }
  return out.sort((a, b) => a.from - b.from);
}

export function factsOf(text: string, bodyStart: number, lang: Lang, index: ConceptIndex, book: BilingualBook): ItemFacts {
  const { ctx, hits } = index.scan(text, lang);
  const tokens = ctx.tokens;
  const span = (from: number, to: number): TextSpan => {
    const [start, end] = toOriginalRange(ctx.norm, tokens.start[from] ?? 0, tokens.end[Math.max(from, to - 1)] ?? 0);
    return { start, end };
  };
  let firstToken = 0;
  while (firstToken < tokens.count && span(firstToken, firstToken + 1).start < bodyStart) firstToken++;
  const own = hits.filter((h) => h.from >= firstToken);
  const concepts = index.concepts;
  const kindOf = (h: ConceptHit) => concepts[h.concept]?.kind;

  const nums = numbersOf(ctx.norm.text, tokens, firstToken, lang, book, index.compounds[lang]);
  const live = nums.filter((n) => !n.duplicate);

  // ── dates: "26.04.2017"; "26 апреля 2017 года"; "2017 жылғы 26 сәуірдегі"; "«26» апреля" ──
  const dates: DateFact[] = [];
  for (const n of live) {
    const d = DATE_RE.exec(n.value);
    if (!d) continue;
    n.role = "date";
    dates.push({ ...span(n.from, n.to), day: String(Number(d[1])), month: Number(d[2]), year: d[3] as string });
  }
  const skipQuotes = (t: number, step: number) => {
    let i = t;
    while (i >= 0 && i < tokens.count && tokens.kind[i] === PUNCT && /^["«»“”„']$/u.test(tokens.lower[i] as string)) i += step;
    return i;
  };
  for (const h of own.filter((x) => kindOf(x) === "month" && !x.weak)) {
    const month = concepts[h.concept]?.value;
    const dayEnd = skipQuotes(h.from - 1, -1) + 1;
    const day = live.find((n) => n.role === "plain" && n.to === dayEnd && n.numeric !== undefined && n.numeric >= 1 && n.numeric <= 31);
    const isYear = (n: Num) => n.role === "plain" && n.digits && n.numeric !== undefined && n.numeric >= 1900 && n.numeric <= 2100;
    const anchor = day ? day.from : h.from;
    const year = live.find((n) => isYear(n) && n.from >= h.to && n.from - h.to <= 2) ?? live.filter((n) => isYear(n) && n.to <= anchor && anchor - n.to <= 3).at(-1);
    let from = h.from;
    let to = h.to;
    for (const n of [day, year]) {
      if (!n) continue;
      n.role = "date";
      from = Math.min(from, n.from);
      to = Math.max(to, n.to);
    }
    dates.push({ ...span(from, to), ...(day ? { day: day.value } : {}), ...(month !== undefined ? { month } : {}), ...(year ? { year: year.value } : {}) });
  }

  // ── references: "пунктом 4", "подпункта 12-3)", "30-бабының", "4-тармағына" ──
  const references: ReferenceFact[] = [];
  for (const h of own.filter((x) => kindOf(x) === "reference" && !x.weak)) {
    const free = (n: Num) => n.role === "plain" && n.digits;
    const inside = live.find((n) => free(n) && n.from >= h.from && n.to <= h.to);
    const before = live.find((n) => free(n) && (n.to === h.from || (n.to === h.from - 1 && tokens.lower[n.to] === "-")));
    const after = live.find((n) => free(n) && (n.from === h.to || (n.from === h.to + 1 && tokens.lower[h.to] === "№")));
    const n = inside ?? (lang === "kk" ? (before ?? after) : (after ?? before));
    if (!n) continue;
    n.role = "reference";
    references.push({ ...span(Math.min(n.from, h.from), Math.max(n.to, h.to)), concept: h.concept, value: n.value.replace(/\)$/u, "") });
  }

  // ── units: a number measures the nearest unit after it (or the unit phrase around it) ──
  const units = own.filter((x) => kindOf(x) === "unit" && !x.weak);
  const linked = new Set<ConceptHit>();
  const W = book.settings.unitWindow;
  for (const n of live) {
    if (n.role !== "plain" || n.unit !== undefined) continue;
    let best = units.find((u) => u.from <= n.from && u.to >= n.to);
    if (!best) {
      const next = live.find((o) => o !== n && o.from >= n.to && !o.duplicate);
      for (const u of units) {
        if (u.from < n.to || u.from - n.to > W) continue;
        if (next && next.from < u.from) continue;
        let ok = true;
        for (let t = n.to; t < u.from; t++) if (tokens.kind[t] === NUM || (tokens.kind[t] === PUNCT && !/^[()]$/u.test(tokens.lower[t] as string))) ok = false;
        if (!ok) continue;
        if (!best || u.from < best.from || (u.from === best.from && u.to > best.to)) best = u;
      }
    }
    if (best) {
      n.unit = best.concept;
      linked.add(best);
    }
  }
  const bareUnits = new Set<number>();
  for (const u of units) if (!linked.has(u) && !units.some((o) => o !== u && linked.has(o) && o.from <= u.from && o.to >= u.to)) bareUnits.add(u.concept);

  // ── presence of acts, bodies, units of the Enterprise, modality, negation ──
  // A modal word inside a longer one of another modality is read as the longer ("не может" is no power).
  const modal = own.filter((x) => kindOf(x) === "modality");
  // A word inside the name of a structural unit is part of that name: "заң" in "заң қызметі".
  const orgs = own.filter((x) => !x.weak && kindOf(x) === "org");
  const qualifiers = own.filter((x) => kindOf(x) === "qualifier");
  const overlaps = (a: ConceptHit, b: ConceptHit) => a.from < b.to && b.from < a.to;
  const bounds = qualifiers.filter((o) => !o.weak);
  const present = new Map<number, { strong?: TextSpan; weak?: TextSpan }>();
  const wording: (TextSpan & { concept: number })[] = [];
  for (const h of own) {
    const kind = kindOf(h);
    if (kind === "wording") wording.push({ ...span(h.from, h.to), concept: h.concept });
    if (kind === "unit" || kind === "month" || kind === "reference") continue;
    if (kind === "modality" && modal.some((o) => o.concept !== h.concept && !o.weak && o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from)) continue;
    if (kind !== "org" && orgs.some((o) => o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from)) continue;
    // "аспайтын", "кешіктірмей", "кем емес" bound a number; their negative form negates nothing.
    // "не должно превышать", "аспауы тиіс" likewise: the "must not" in them is the bound, not a
    // prohibition. What such words say clearly is dropped; as a loose sign they stay, since a
    // version may put the same "не" on its verb, far from the bound ("не может быть избран …
    // более двух раз" / "екі реттен артық сайлана алмайды").
    if (kind === "negation" && qualifiers.some((o) => o.from <= h.from && o.to >= h.to)) {
      if (!h.weak) continue;
    }
    if (kind === "modality" && !h.weak && bounds.some((o) => overlaps(o, h))) continue;
    // Two bounds over the same words ("не более 5" holds "более 5"): the one the book lists first is read.
    if (kind === "qualifier" && !h.weak && bounds.some((o) => o.concept < h.concept && overlaps(o, h))) continue;
    const p = present.get(h.concept) ?? {};
    const key = h.weak ? "weak" : "strong";
    if (!p[key]) p[key] = span(h.from, h.to);
    present.set(h.concept, p);
  }

  const numbers: NumberFact[] = live.map((n) => ({
    ...span(n.from, n.unit !== undefined ? Math.max(n.to, unitEnd(units, n)) : n.to),
    value: n.value,
    strong: n.digits || n.unit !== undefined,
    ...(n.unit !== undefined ? { unit: n.unit } : {}),
    role: n.role,
  }));
  return { numbers, dates, references, present, bareUnits, wording, lang: dominantLang(ctx.langs, ctx.sentences, lang) };
}

function dominantLang(langs: readonly Lang[], sentences: readonly { from: number; to: number }[], fallback: Lang): Lang {
  const n: Record<Lang, number> = { kk: 0, ru: 0, en: 0 };
  sentences.forEach((s, i) => (n[langs[i] ?? fallback] += s.to - s.from));
  return (Object.keys(n) as Lang[]).reduce((best, l) => (n[l] > n[best] ? l : best), fallback);
}

function unitEnd(units: readonly ConceptHit[], n: Num): number {
  const u = units.find((x) => x.concept === n.unit && x.from >= n.from);
  return u && u.from - n.to <= 4 ? u.to : n.to;
}
