/**
 * `terms`: one item gives two time limits for one step ("Жалоба рассматривается в течение 5 рабочих
 * дней со дня регистрации. Решение по жалобе принимается в течение 15 рабочих дней со дня
 * регистрации"), or an overall limit that its own steps exceed ("… 3 … 5 … 2 рабочих дня; общий срок
 * не превышает 7 рабочих дней"). Each limit looks precise, so no phrase gives it away; the official
 * picks the one that suits — a collision of norms (Annex 1 part 3; the methodologies' "коллизия").
 *
 * A limit is read as its value, what it runs from, the step it times and the document that step
 * concerns (rules/lexicons.yml, term.*). Two limits collide when they are in different sentences or
 * sub-items of one item, run from the same event, time the same step of the same document and
 * differ. A limit for a special case (a condition, an extension) is its own rule, not a second one;
 * an overall limit is compared with the longest step and with the sum of the ordinary ones. "At the
 * body's next sitting" is a limit too, of unknown length: it collides with any limit in days for the
 * same step of the same document ("рассматриваются в течение 5 рабочих дней … рассматриваются на
 * первом заседании после их поступления", the sittings being quarterly).
 */
import type { ParagraphContext } from "../analysis/paragraph";
import type { Match } from "../patterns/matcher";
import { NUM } from "../text/tokenize";
import { clauseOf, startWords, valuesOf } from "./item-values";
import type { Check } from "./types";

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ["term.unit.hour", 1 / 24],
  ["term.unit.day", 1],
  ["term.unit.week", 7],
  ["term.unit.month", 30],
  ["term.unit.year", 365],
];
const NUMERALS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 20, 30, 40, 45, 60, 90];
const STEPS = ["review", "submit", "sign", "send", "impose", "pay", "accept"].map((s) => `term.step.${s}`);
const EVENTS = ["arrival", "end"].map((e) => `term.event.${e}`);
const L = {
  working: "term.working",
  anchor: "term.anchor",
  object: "term.object",
  special: "term.special",
  total: "term.total",
  sitting: "term.unit.sitting",
};

/** A stem long enough to tell documents and events apart ("заявл", "тірке"), short enough to join their forms. */
const STEM = 5;
/** Working and calendar days are compared loosely: 5 working days and a calendar week are one limit. */
const LOOSE = 0.35;
/** Pronouns standing for the document a limit runs from ("со дня его поступления", "ол тіркелген күннен"). */
const PRONOUNS = new Set(["его", "ее", "её", "их", "ол", "олар", "оның", "олардың", "its", "their", "the"]);
const PREPOSITIONS = new Set(["из", "с", "со", "в", "на", "по", "of", "from"]);

interface Limit {
  readonly m: Match;
  readonly days: number;
  readonly working: boolean;
  /** The clause: its sentence cut at ";". */
  readonly clause: { readonly from: number; readonly to: number };
  readonly event?: string;
  /** The noun naming whose event it is ("регистрации заявления"), when the text says. */
  readonly whose?: string;
  readonly steps: ReadonlySet<number>;
  readonly objects: ReadonlySet<string>;
  readonly special: boolean;
  readonly total: boolean;
  /** "на очередном заседании": bound to a body's calendar, not to a number of days. */
  readonly sitting: boolean;
}

export const termsCheck: Check = {
  kind: "terms",
  lexicons: [...UNITS.map(([n]) => n), ...NUMERALS.map((n) => `term.n.${n}`), ...STEPS, ...EVENTS, ...Object.values(L)],
  run(rule, ctx, lexicon, out) {
    const limits = valuesOf(rule, ctx, (m) => read(ctx, m, lexicon));
    if (limits.length < 2) return;
    const reported = new Set<Limit>();
    const report = (l: Limit) => {
      if (reported.has(l)) return;
      reported.add(l);
      out.push({ rule, from: l.m.from, to: l.m.to, severity: rule.spec.severity });
    };
    for (const cap of limits.filter((l) => l.total)) {
      const others = limits.filter((l) => !l.total && !l.sitting && !sameClause(l, cap));
      if (others.length === 0) continue;
      const longest = Math.max(...others.map((l) => l.days));
      const ordinary = others.filter((l) => !l.special);
      const sum = ordinary.reduce((a, l) => a + l.days, 0);
      if (exceeds(longest, cap) || (ordinary.length > 1 && exceeds(sum, cap))) report(cap);
    }
    for (let j = 1; j < limits.length; j++) {
      const b = limits[j] as Limit;
      for (let i = 0; i < j; i++) {
        const a = limits[i] as Limit;
        if (collide(a, b)) report(b);
      }
    }
  },
};

function exceeds(days: number, cap: Limit): boolean {
  return days > cap.days + 1e-9;
}

function sameClause(a: Limit, b: Limit): boolean {
  return a.clause.from === b.clause.from;
}

function collide(a: Limit, b: Limit): boolean {
  if (sameClause(a, b) || a.special || b.special || a.total || b.total) return false;
  if (a.sitting || b.sitting) return a.sitting !== b.sitting && shares(a.steps, b.steps) && sameObject(a, b);
  if (!a.event || a.event !== b.event) return false;
  if (a.whose && b.whose && !sameStem(a.whose, b.whose)) return false;
  if (!shares(a.steps, b.steps) || !sameObject(a, b)) return false;
  if (a.days === b.days) return false;
  if (a.working !== b.working && Math.abs(a.days - b.days) / Math.max(a.days, b.days) < LOOSE) return false;
  return true;
}

function sameObject(a: Limit, b: Limit): boolean {
  return [...a.objects].some((x) => [...b.objects].some((y) => sameStem(x, y)));
}

function shares<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): boolean {
  for (const v of x) if (y.has(v)) return true;
  return false;
}

function read(ctx: ParagraphContext, m: Match, lexicon: (name: string) => number): Limit | undefined {
  const t = ctx.tokens;
  const sitting = ctx.hasIn(lexicon(L.sitting), m.from, m.to);
  let factor: number | undefined = sitting ? Number.POSITIVE_INFINITY : undefined;
  for (const [name, f] of UNITS) if (!sitting && ctx.hasIn(lexicon(name), m.from, m.to)) factor = f;
  if (factor === undefined) return undefined;
  let amount: number | undefined;
  for (let i = m.from; i < m.to && amount === undefined; i++) {
    if (t.kind[i] === NUM && /^\d+$/u.test(t.lower[i] ?? "")) amount = Number(t.lower[i]);
  }
  if (amount === undefined) {
    // "двадцати пяти", "он бес": consecutive number words add up
    let words = 0;
    for (const n of NUMERALS) for (const x of ctx.within(lexicon(`term.n.${n}`), m.from, m.to)) if (x.to - x.from === 1) words += n;
    amount = words > 0 ? words : 1;
  }
  const clause = clauseOf(ctx, m);
  const anchor = anchorOf(ctx, m, clause, lexicon);
  const steps = new Set<number>();
  for (const s of STEPS) if (ctx.hasIn(lexicon(s), clause.from, clause.to)) steps.add(lexicon(s));
  // Kazakh puts the step's document before its verb; what follows the verb is another predicate's
  // ("өтінішті … 15 жұмыс күні ішінде қарайды және … Директорға ұсынымдардың бірін енгізеді")
  const objectsTo = ctx.langOf(m) === "kk" ? predicateEnd(ctx, m, clause, lexicon) : clause.to;
  const objects = new Set<string>();
  for (const o of ctx.within(lexicon(L.object), clause.from, objectsTo)) objects.add(stem(t.lower[o.from] ?? ""));
  // "Служебная записка: 1) рассматривается …; 2) …": the document of a sub-item is named in its lead-in
  const lead = objects.size === 0 ? ctx.model.leadInOf(ctx.sentenceOf[m.from] ?? 0) : undefined;
  if (lead) for (const o of ctx.within(lexicon(L.object), lead.from, lead.to)) objects.add(stem(t.lower[o.from] ?? ""));
  return {
    m,
    days: amount * factor,
    working: ctx.hasIn(lexicon(L.working), m.from, m.to),
    clause,
    ...anchor,
    steps,
    objects,
    special: ctx.hasIn(lexicon(L.special), clause.from, clause.to),
    total: ctx.hasIn(lexicon(L.total), clause.from, clause.to),
    sitting,
  };
}

/**
 * What the limit runs from: the event ("поступления", "тіркелген"), read as its class when it is one
 * of the named ones, else as its stem; and whose event it is, when a noun says so.
 */
function anchorOf(ctx: ParagraphContext, m: Match, clause: { from: number; to: number }, lexicon: (name: string) => number): { event?: string; whose?: string } {
  const t = ctx.tokens;
  const words = startWords(ctx, m, clause, lexicon(L.anchor));
  const eventAt = words.find((i) => !PRONOUNS.has(t.lower[i] ?? ""));
  if (eventAt === undefined) return {};
  let event = stem(t.lower[eventAt] ?? "");
  for (const e of EVENTS) if (ctx.within(lexicon(e), eventAt, eventAt + 1).length > 0 || startsAt(ctx, lexicon(e), eventAt)) event = e;
  // the noun right next to the event, past a preposition ("возвращения из командировки", "іссапар аяқталғаннан")
  const whoseAt = words.slice(words.indexOf(eventAt) + 1).find((i) => !PREPOSITIONS.has(t.lower[i] ?? ""));
  if (whoseAt === undefined || PRONOUNS.has(t.lower[whoseAt] ?? "")) return { event };
  return { event, whose: stem(t.lower[whoseAt] ?? "") };
}

/** The end of the first step verb at or after the limit, within its clause (the clause's end if none). */
function predicateEnd(ctx: ParagraphContext, m: Match, clause: { from: number; to: number }, lexicon: (name: string) => number): number {
  let end = clause.to;
  for (const s of STEPS) for (const x of ctx.within(lexicon(s), m.from, clause.to)) if (x.to < end) end = x.to;
  return end;
}

function startsAt(ctx: ParagraphContext, group: number, at: number): boolean {
  return ctx.within(group, at, at + 4).some((x) => x.from === at);
}

/** "есеп" and "есепт(і)", "акт" and "акта": a short stem is the start of its longer forms. */
function sameStem(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function stem(word: string): string {
  return word.replace(/ё/gu, "е").slice(0, STEM);
}
