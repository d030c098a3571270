/**
 * `model`: a factor found from what the provision says, not from a stock phrase. The rule's
 * patterns find actions (`@model.verb.*`: determine, appoint, pay, review...); its `model:` query
 * keeps those that are the factor — who acts, how it is stated, what it concerns, and what bounds
 * are absent from the item. "Надбавка назначается приказом руководителя" and "Кезекшіні бөлім
 * басшысы тағайындайды" are one question: a decision about money or people by one actor, with no
 * criteria, limit or named act.
 *
 * Defaults that follow the labelling conventions: a private person's action is never a factor of
 * this kind (their rights and duties are not discretion), and negated actions and prohibitions are
 * not reported. (Which kinds of text a rule reads — norms by default — is decided for every check
 * kind by the engine.) A finding in the lead-in of a sub-item belongs to the lead-in, where it is
 * reported when that paragraph is read.
 */
import type { ParagraphContext } from "../analysis/paragraph";
import { MODEL_LEXICONS } from "../model/reader";
import type { ActorKind, Modality, Span } from "../model/types";
import type { Match } from "../patterns/matcher";
import { PUNCT } from "../text/tokenize";
import { startWords } from "./item-values";
import { conditionsAllow, type Check } from "./types";

const DEFAULT_ACTORS: readonly ActorKind[] = ["official", "collegial", "unit", "enterprise", "implicit", "none"];
const DEFAULT_MODALITY: readonly Modality[] = ["statement", "duty", "power"];
/** A participle or a bare verbal noun names an action, it does not state one. */
const DEFAULT_VOICE: readonly ("active" | "passive" | "attribute")[] = ["active", "passive"];
/** A supplier chosen (`model.objects` name): no cap on the price bounds whom the choice falls on. */
const PEOPLE_CHOSEN: ReadonlySet<string> = new Set(["supplier"]);
/** How far from an action (tokens) what it concerns is looked for, in its sentence. */
const OBJECT_WINDOW = 30;
/** The longest excerpt that joins an action and what it concerns; beyond it the action alone is marked. */
const MAX_EXCERPT_TOKENS = 12;

/** What a time limit runs from ("со дня", "күннен бастап"); the `terms` check reads it too. */
const ANCHOR = "term.anchor";
const DECISION = "model.decision-word";
/** "Кроме того, …", "Бұдан басқа, …": a sentence that adds a provision of its own to the item. */
const ADDITIVE = "model.additive";
/** How far into its sentence (tokens, after the item's number) an additive opener is looked for. */
const ADDITIVE_REACH = 4;
/** Who may receive a payment by a checkable fact, and the word for its amount (see `amountDecided`). */
const ELIGIBILITY = "model.bound.eligibility";
const AMOUNT = "model.amount-word";
/** How far before a deciding verb (tokens, in its sentence) the amount it decides is looked for. */
const AMOUNT_REACH = 6;

export const modelCheck: Check = {
  kind: "model",
  lexicons: [...Object.values(MODEL_LEXICONS), ANCHOR, DECISION, ADDITIVE, ELIGIBILITY, AMOUNT],
  run(rule, ctx, lexicon, out) {
    const q = rule.spec.model;
    if (!q) return;
    const model = ctx.model;
    let lastFrom = -1;
    for (const m of ctx.matches(rule.trigger)) {
      if (m.from < lastFrom) continue;
      const p = model.predicate(m);
      if (!(q.actors ?? DEFAULT_ACTORS).includes(p.actor.kind)) continue;
      if (!(q.modality ?? DEFAULT_MODALITY).includes(p.modality) || p.negated) continue;
      if (!(q.voice ?? DEFAULT_VOICE).includes(p.voice)) continue;
      const s = ctx.sentences[p.sentence] ?? { from: 0, to: ctx.tokens.count };
      const lead = model.leadInOf(p.sentence);
      const amount = amountDecided(ctx, m, s, lexicon(AMOUNT));
      let object: Match | undefined;
      if (rule.objects.length > 0) {
        object = nearest(ctx, rule.objects, Math.max(s.from, m.from - OBJECT_WINDOW), Math.min(s.to, m.to + OBJECT_WINDOW), m, p.voice === "attribute" ? undefined : p.actor);
        // "устанавливают сроки ..., привлекают к ответственности": an object past another action is that action's
        // (not "сыйақы төленеді, оның мөлшері … бұйрығымен белгіленеді": "its amount" takes the payment back up)
        if (object && !amount && actionBetween(ctx, rule.trigger, m, object)) continue;
        // "… оказывается в следующих размерах: [...] 4) … в размере, определяемом руководителем": what
        // a sub-item's action concerns may be named only in its lead-in
        if (!object && lead) object = nearest(ctx, rule.objects, lead.from, lead.to, m, p.voice === "attribute" ? undefined : p.actor);
        if (!object) continue;
      }
      // A sub-item is bounded by what it and its lead-in say, not by its siblings' amounts, criteria
      // or acts; a term set in one step of a listed procedure runs for the procedure, so a deadline
      // anywhere in the item counts.
      const whole = { from: 0, to: ctx.tokens.count };
      const item = q.scope === "sentence" ? undefined : model.subItemOf(p.sentence);
      // "… не более 30 процентов оклада … Кроме того, директор назначает единовременные премии": an
      // added provision is bounded by what it and the sentences after it say, not by the cap of the one
      // before (a time limit still counts anywhere in the item, below)
      const added = ctx.within(lexicon(ADDITIVE), s.from, Math.min(s.to, s.from + ADDITIVE_REACH)).length > 0;
      const rest = { from: s.from, to: item?.to ?? whole.to };
      // kk "Іссапарға жіберілген қызметкерге: 1) … 2 АЕК мөлшерінде тәуліктік ақы; 2) …; 3) … шығыстары
      // өтеледі": a Kazakh list puts its one verb in the last sub-item, and the verb governs every sibling
      // before it, so what they say bounds it — when nobody is named as deciding (a sibling that states an
      // action of its own, or a named decider in the last one, "басшы айқындайтын мөлшерде", stays its own)
      const governsList = lead && item && p.actor.kind === "none" && item.to >= whole.to && ctx.langOf(m) === "kk" && ctx.within(rule.trigger, lead.to, item.from).length === 0;
      const own = q.scope === "sentence" ? [s] : added ? [rest] : governsList ? [whole] : lead && item ? [lead, item] : [whole];
      // "Спортсменам, занявшим призовые места, выплачивается вознаграждение, размер которого устанавливается приказом
      // руководителя": who receives is bounded, how much is not, so a criterion of eligibility does not bound the amount
      const counts = (b: Match, i: number) => !(amount && q.unbounded?.[i] === "criteria" && ctx.within(lexicon(ELIGIBILITY), b.from, b.to).length > 0);
      // "Закупка товаров стоимостью не более порога — у поставщика, определяемого заказчиком": a cap on a sum or a size
      // says what the choice is about, not whom it may fall on
      const whom = object !== undefined && PEOPLE_CHOSEN.has(q.objects?.[rule.objects.indexOf(object.group)] ?? "");
      const bounded = rule.bounds.some((g, i) => {
        // "…комиссия, состав которой определяет руководитель аппарата. Решение комиссии принимается открытым
        // голосованием": a vote in another sentence is how the body decides, not how its members are chosen
        // (one official or unit choosing; a body deciding itself, or nobody named, is read in the whole item)
        if (q.unbounded?.[i] === "collegial" && (p.actor.kind === "official" || p.actor.kind === "unit")) return [s, ...(lead ? [lead] : [])].some((sc) => ctx.hasIn(g, sc.from, sc.to));
        if (q.unbounded?.[i] === "limit" && whom) return false;
        if (q.unbounded?.[i] !== "deadline") return own.some((sc) => ctx.within(g, sc.from, sc.to).some((b) => (sc !== lead || !headsList(ctx, b)) && counts(b, i)));
        // "Копия решения направляется в течение 3 дней со дня принятия решения": a term that runs from
        // the action itself times a later step, not the action
        const scopes = q.scope !== "sentence" ? [whole] : own;
        return scopes.some((sc) => ctx.within(g, sc.from, sc.to).some((d) => !runsFrom(ctx, d, m, lexicon(ANCHOR), lexicon(DECISION))));
      });
      if (bounded) continue;
      if (!conditionsAllow(rule, ctx, m)) continue;
      const span = excerpt(ctx, m, object);
      if (model.inLeadIn(span.from)) continue;
      lastFrom = m.to;
      out.push({ rule, from: span.from, to: span.to, severity: rule.spec.severity });
    }
  },
};

/**
 * "оценивает кандидатов по следующим критериям:", "мынадай өлшемшарттар бойынша бағалайды:" — a lead-in
 * that announces the list: the criteria are the sub-items, and each is bounded only by what it says.
 */
function headsList(ctx: ParagraphContext, b: Match): boolean {
  // only the word "criteria" itself; a sum or formula announced this way ("балдардың қосындысы бойынша:") is a bound
  if (!/^(критери|өлшемшарт)/u.test(ctx.tokens.lower[b.from] ?? "")) return false;
  for (let t = b.to; t < Math.min(ctx.tokens.count, b.to + 3); t++) if (ctx.tokens.lower[t] === ":") return true;
  return false;
}

/** The action decides an amount: the word for it stands just before the verb or inside its phrase ("размер которого устанавливается"). */
function amountDecided(ctx: ParagraphContext, m: Match, s: { from: number; to: number }, amount: number): boolean {
  return ctx.within(amount, Math.max(s.from, m.from - AMOUNT_REACH), m.to).length > 0;
}

/**
 * True when the time limit `d` runs from the decision `m` itself: the words naming its starting event
 * ("со дня принятия решения", "шешім қабылданған күннен бастап") name the decision the action takes.
 */
function runsFrom(ctx: ParagraphContext, d: Match, m: Match, anchor: number, decision: number): boolean {
  // the decision named on both sides; an object shared by both ("өтінім" registered, then replied to) is not enough
  const named = (i: number) => ctx.within(decision, i, i + 1).length > 0;
  let action = false;
  for (let i = m.from; i < m.to && !action; i++) action = named(i);
  return action && startWords(ctx, d, ctx.sentenceRange(d), anchor).some(named);
}

/** The object match of any of `groups` in [from, to) closest to the action. */
function nearest(ctx: ParagraphContext, groups: readonly number[], from: number, to: number, m: Match, actor: Span | undefined): Match | undefined {
  let best: Match | undefined;
  let bestDist = Infinity;
  for (const g of groups) {
    for (const o of ctx.within(g, from, to)) {
      // "Жұмыстан босатылған кезде куәлік тапсырылады": an object that is itself the verb of a clause of time before
      // the action says when it happens, not what it concerns (a person or a breach named inside such a clause, "алушы
      // талаптарға сәйкес келмеген жағдайда … бас тартады", is still whom the action concerns)
      if (o.to <= m.from && ctx.model.closesKazakhCondition(o.to, o.to + 1)) continue;
      if (absent(ctx, o)) continue;
      // "знаки устанавливаются подрядной организацией": who acts is not what the action is about (the same head noun; a
      // pattern that only runs across the actor, "қорын бас инженер … бөледі", is still an object; a participle's doer,
      // "организацией, рекомендованной газовой организацией", is not read surely enough to tell them apart)
      if (actor && actor.to > actor.from && o.to === actor.to && o.from < actor.to) continue;
      const dist = o.from >= m.to ? o.from - m.to : o.to <= m.from ? m.from - o.to : 0;
      if (dist < bestDist) {
        best = o;
        bestDist = dist;
      }
    }
  }
  return best;
}

/**
 * "из числа работников, не имевших дисциплинарных взысканий", "тәртіптік жазасы болмаған жұмыскерлер": a sanction
 * (or anything else) named as absent is a condition of eligibility, not what the action decides.
 */
function absent(ctx: ParagraphContext, o: Match): boolean {
  const lower = ctx.tokens.lower;
  for (let t = Math.max(0, o.from - 3); t < o.from; t++) {
    const w = lower[t] ?? "";
    if (w === "не" && /^имев|^имеющ|^имеет|^имеют/u.test(lower[t + 1] ?? "")) return true;
  }
  return /^(болмаған|болмауы|болмаса|болмайтын|жоқ|жоқтығы)$/u.test(lower[o.to] ?? "");
}

/** "Размер премии определяется": the action with what it concerns, unless a clause boundary lies between. */
function actionBetween(ctx: ParagraphContext, trigger: number, m: Match, object: Match): boolean {
  const from = Math.min(m.to, object.to);
  const to = Math.max(m.from, object.from);
  if (to <= from) return false;
  // A verbal noun or participle between them names an action inside the object's phrase ("үстемеақы
  // төлеу шарттары … белгіленеді", "the conditions of paying"); only a stated action takes the object.
  for (const x of ctx.within(trigger, from, to)) if (x.from !== m.from && ctx.model.predicate(x).voice !== "attribute") return true;
  return false;
}

function excerpt(ctx: ParagraphContext, m: Match, object: Match | undefined): { from: number; to: number } {
  if (!object) return m;
  const from = Math.min(m.from, object.from);
  const to = Math.max(m.to, object.to);
  if (to - from > MAX_EXCERPT_TOKENS) return m;
  const gapFrom = Math.min(m.to, object.to);
  const gapTo = Math.max(m.from, object.from);
  for (let t = gapFrom; t < gapTo; t++) {
    const w = ctx.tokens.lower[t] ?? "";
    if (ctx.tokens.kind[t] === PUNCT || CLAUSE_JOINERS.has(w)) return m;
  }
  return { from, to };
}

/** Words that join clauses: an excerpt does not run across them, nor a definition marker across them to a term. */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(["и", "или", "а", "но", "либо", "және", "немесе", "бірақ", "ал", "and", "or", "but"]);
