/**
 * `modal`: the "may" formula (RF Methodology 3б). "вправе / может / құқылы / -уы мүмкін / may" is a
 * corruption factor when it words a POWER of the Enterprise, an official, a commission or a unit,
 * and not when it words a RIGHT of an employee, a citizen or a whistle-blower.
 *
 * For every modal marker the check decides, in this order, using lexicons (rules/lexicons.yml):
 *  1. negated ("не вправе", "құқылы емес", "may not")            → a prohibition, not a factor;
 *  2. epistemic ("может привести", "әкеп соғуы мүмкін")          → a possibility, not a power;
 *  3. bounded ("только с согласия", "ғана")                      → the condition is stated;
 *  4. delegated ("по поручению", "атынан"), chosen by the rights-holder ("по желанию работника"), or
 *     a right of the person concerned whatever the grammar ("может быть обжаловано служащим",
 *     "отырысқа қатысуға құқылы");
 *  5. who holds it: the nearest subject to the left (or right, for inverted order);
 *  6. passive ("может быть предоставлен", "могут поощряться", "қарастырылуы") means the power is the
 *     organisation's even when the grammatical subject is an employee.
 * A rights-holder subject with an active verb is not a finding; an unknown subject is reported one
 * severity lower than an identified authority.
 */
import { firstFrom, type ParagraphContext } from "../analysis/paragraph";
import type { Match } from "../patterns/matcher";
import { LOWER_SEVERITY as LOWER } from "../types";
import { rewriteAsDuty } from "../findings/rewrite-duty";
import { isKazakhPossessiveOblique } from "../morphology/kazakh";
import { conditionsAllow, type Check } from "./types";

const L = {
  negBefore: "modal.negation-before",
  negAfter: "modal.negation-after",
  epistemic: "modal.epistemic",
  bounded: "modal.bounded",
  delegation: "modal.delegation",
  choice: "modal.choice",
  authority: "modal.authority",
  rights: "modal.rightsholder",
  passive: "modal.passive",
  notPassive: "modal.not-passive",
  notConditional: "modal.kk-not-conditional",
  rightsAction: "modal.rights-action",
  measuresByLaw: "modal.measures-by-law",
} as const;

type Holder = "authority" | "rights" | "unknown";

/** How far (tokens) before a Kazakh modal a bound counts: the bounds precede the verb-final modal. */
const BOUND_BEFORE_KK = 24;
/**
 * How far after the modal a bound counts: the doer and the trigger come first ("может быть продлен
 * руководителем, направившим работника…, по письменному обоснованию…, но не более чем на 5 дней"), and
 * a long object may stand between ("вправе установить служащему, получившему …, вознаграждение … в
 * размере, не превышающем одного оклада").
 */
const BOUND_AFTER = 40;

/** How far (tokens) the holder of a power is looked for: every search is bounded, so time stays linear. */
const HOLDER_WINDOW = 40;
const INVERTED_WINDOW = 6;

function endsNear(ctx: ParagraphContext, group: number, at: number, slack: number, sentFrom: number): boolean {
  const list = ctx.matches(group);
  for (let i = firstFrom(list, Math.max(sentFrom, at - slack - HOLDER_WINDOW)); i < list.length; i++) {
    const x = list[i] as Match;
    if (x.from >= at) break;
    if (x.to <= at && x.to >= at - slack && x.from >= sentFrom) return true;
  }
  return false;
}

function startsNear(ctx: ParagraphContext, group: number, at: number, slack: number, sentTo: number): Match | undefined {
  const list = ctx.matches(group);
  for (let i = firstFrom(list, at); i < list.length; i++) {
    const x = list[i] as Match;
    if (x.from > at + slack) break;
    if (x.to <= sentTo) return x;
  }
  return undefined;
}

function overlaps(ctx: ParagraphContext, group: number, m: Match): Match | undefined {
  const list = ctx.matches(group);
  for (let i = firstFrom(list, m.from - HOLDER_WINDOW); i < list.length; i++) {
    const x = list[i] as Match;
    if (x.from >= m.to) break;
    if (x.to > m.from) return x;
  }
  return undefined;
}

/**
 * "вправе: 1) открывать счета; 2) заключать договоры; 3) выступать истцом": every sub-item that follows the colon
 * (in this paragraph) opens with a capacity, so the lead-in lists legal capacity; one power among them keeps it a
 * power ("… 5) устанавливать размер платы по своему усмотрению").
 */
function capacityList(ctx: ParagraphContext, colon: number, capacity: number): boolean {
  const lower = ctx.tokens.lower;
  let items = 0;
  for (let t = colon + 1; t < ctx.tokens.count - 1; t++) {
    if (lower[t] !== ")" || !/^\d+$/u.test(lower[t - 1] ?? "")) continue;
    items++;
    if (!startsNear(ctx, capacity, t + 1, 1, ctx.tokens.count)) return false;
  }
  return items > 0;
}

/** Tokens inside parentheses ("(далее – заказчик)") are never the subject of the sentence. */
function inParentheses(ctx: ParagraphContext, from: number, t: number): boolean {
  let depth = 0;
  for (let i = Math.max(from, t - HOLDER_WINDOW); i < t; i++) {
    const p = ctx.tokens.lower[i];
    if (p === "(") depth++;
    else if (p === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * "Директорлар кеңесінің комитетіне жүгінуге құқылы": a bare noun before a possessive head in an
 * oblique case names whose the head is ("the Board's committee"); it is not the subject.
 */
function kazakhModifier(ctx: ParagraphContext, next: number): boolean {
  // "Әкімшілік рәсімдік-процестік кодексінің": relational adjectives may stand between the noun and its head
  let t = next;
  while (t < next + 4 && (KAZAKH_RELATIONAL.test(ctx.tokens.lower[t] ?? "") || ctx.tokens.lower[t] === "-")) t++;
  const w = ctx.tokens.lower[t] ?? "";
  // "өзіне", "өзінің": the reflexive pronoun points back at the subject
  return !w.startsWith("өз") && isKazakhPossessiveOblique(w);
}
const KAZAKH_RELATIONAL = /^[\p{L}-]{3,}(лық|лік|дық|дік|тық|тік)$/u;

/**
 * "…, ал тікелей басшы мүдделер қақтығысында болса, жоғары тұрған басшыға жүгінуге құқылы": the
 * subject of a conditional clause ("-са/-се" before the modal, no comma between) is not the holder.
 */
function inKazakhCondition(ctx: ParagraphContext, from: number, to: number, notConditional: number): boolean {
  for (let t = from; t < to; t++) {
    const w = ctx.tokens.lower[t] ?? "";
    if (w === ",") return false;
    if (KAZAKH_CONDITIONAL.test(w) && ctx.within(notConditional, t, t + 1).length === 0) return true;
  }
  return false;
}
const KAZAKH_CONDITIONAL = /^\p{L}{2,}(са|се)$/u;

/** A noun in the dative or ablative ("депутатқа", "қызметкерден"; the accusative "-ты" is also a possessive "депутаты"), or a possessive in an oblique case other than the genitive; "тұлға" is a nominative stem. */
function kazakhObjectCase(w: string): boolean {
  // "кеңес мүшесіне": the possessive dative, accusative or ablative too; not its genitive ("бөлім
  // басшысының … құқығы бар" names who holds the right)
  return (KAZAKH_OBJECT_CASE.test(w) && !/тұлға$/u.test(w)) || (isKazakhPossessiveOblique(w) && !/(ның|нің)$/u.test(w));
}
const KAZAKH_OBJECT_CASE = /^\p{L}{3,}(ға|ге|қа|ке|нан|нен|дан|ден|тан|тен)$/u;
const KAZAKH_GENITIVE = /^\p{L}{3,}(ның|нің|дың|дің|тың|тің)$/u;
const KAZAKH_POSTPOSITION = /^(үшін|арасында|арасынан|туралы|жөнінде|қатысты|сияқты)$/u;
/** "құқығы бар", "құқықтары бар": a right someone has, its holder in the genitive. */
const POSSESSIVE_RIGHT = /^құқы(ғы|қтары)$/u;

function holderOf(ctx: ParagraphContext, m: Match, authority: number, rights: number, notConditional: number): Holder {
  const s = ctx.sentenceRange(m);
  const lo = Math.max(s.from, m.from - HOLDER_WINDOW);
  let best: { m: Match; who: Holder } | undefined;
  const kazakh = ctx.langOf(m) === "kk";
  const consider = (x: Match, who: Holder) => {
    if (x.to > m.from || inParentheses(ctx, s.from, x.from)) return;
    if (kazakh && ((who === "authority" && kazakhModifier(ctx, x.to)) || inKazakhCondition(ctx, x.to, m.from, notConditional))) return;
    // "Төраға депутатқа сөз беруден бас тарта алады": a rights-holder in the dative or
    // ablative is whom the power acts on, not who holds it (the genitive "қызметкердің … құқығы бар" is)
    if (kazakh && who === "rights" && kazakhObjectCase(ctx.tokens.lower[x.to - 1] ?? "")) return;
    // … and so is one a postposition governs: "жекелеген су пайдаланушылар үшін лимиттерін қысқарта алады" (for some users),
    // "өтініш берушілер арасында бөле алады" (among applicants)
    // (unless a pronoun takes it up again as the holder: "Жұмыскерлер арасында келісім болса, олар … ауыстыра алады")
    if (kazakh && who === "rights" && KAZAKH_POSTPOSITION.test(ctx.tokens.lower[x.to] ?? "") && !ctx.tokens.lower.slice(x.to, m.from).some((w) => w === "олар" || w === "ол")) return;
    // "Басқарма грант алушылардың жобаларына мониторинг жүргізуге құқылы": a genitive holds only a possessive right
    // ("қызметкердің … құқығы бар"); before "құқылы" or "-а алады" it is the owner of what the power acts on
    if (kazakh && who === "rights" && KAZAKH_GENITIVE.test(ctx.tokens.lower[x.to - 1] ?? "") && !POSSESSIVE_RIGHT.test(ctx.tokens.lower[m.from] ?? "")) return;
    // ... and of several genitives before a possessive right the first holds it, the later ones own what it acts on:
    // "Директордың студенттердің тізімін өзгертуге құқығы бар", "Комиссия төрағасының үміткерлердің құжаттарына … құқығы бар"
    // (review 92)
    if (kazakh && who === "rights" && KAZAKH_GENITIVE.test(ctx.tokens.lower[x.to - 1] ?? "") && ctx.tokens.lower.slice(lo, x.from).some((w) => KAZAKH_GENITIVE.test(w))) return;
    // "Уәкілетті орган өтініш беруші ұсынған мәліметтерді тексеруге құқылы": a rights-holder right before a participle,
    // with an authority named before it, is the subject of a relative clause ("the data the applicant submitted"), not
    // who holds the power; alone it is the holder whose own subject Kazakh drops ("Өтініш беруші берген өтінішін кері
    // қайтарып алуға құқылы")
    if (kazakh && who === "rights" && ctx.model.isParticipleDoer(x) && ctx.within(authority, lo, x.from).length > 0) return;
    if (!best || x.to > best.m.to || (x.to === best.m.to && x.from < best.m.from)) best = { m: x, who };
  };
  for (const x of ctx.within(authority, lo, m.from)) consider(x, "authority");
  for (const x of ctx.within(rights, lo, m.from)) consider(x, "rights");
  if (best) return best.who;
  // Inverted order: "могут вручать акимы районов", "бере алады басқа да тұлғалар".
  let right: { m: Match; who: Holder } | undefined;
  const limit = Math.min(s.to, m.to + INVERTED_WINDOW);
  const considerRight = (x: Match, who: Holder) => {
    if (!right || x.from < right.m.from || (x.from === right.m.from && x.to > right.m.to)) right = { m: x, who };
  };
  for (const x of ctx.within(authority, m.to, limit)) considerRight(x, "authority");
  for (const x of ctx.within(rights, m.to, limit)) considerRight(x, "rights");
  return right ? right.who : "unknown";
}

/** The holder a lead-in names: its last authority or rights-holder word. */
function holderIn(ctx: ParagraphContext, span: { from: number; to: number }, authority: number, rights: number): Holder {
  let best: { to: number; who: Holder } | undefined;
  for (const x of ctx.within(authority, span.from, span.to)) if (!best || x.to > best.to) best = { to: x.to, who: "authority" };
  for (const x of ctx.within(rights, span.from, span.to)) if (!best || x.to > best.to) best = { to: x.to, who: "rights" };
  return best?.who ?? "unknown";
}

export const modalCheck: Check = {
  kind: "modal",
  lexicons: Object.values(L),
  run(rule, ctx, lexicon, out) {
    const g = {
      negBefore: lexicon(L.negBefore),
      negAfter: lexicon(L.negAfter),
      epistemic: lexicon(L.epistemic),
      bounded: lexicon(L.bounded),
      delegation: lexicon(L.delegation),
      choice: lexicon(L.choice),
      authority: lexicon(L.authority),
      rights: lexicon(L.rights),
      passive: lexicon(L.passive),
      notPassive: lexicon(L.notPassive),
      rightsAction: lexicon(L.rightsAction),
      notConditional: lexicon(L.notConditional),
      measuresByLaw: lexicon(L.measuresByLaw),
    };
    for (const m of ctx.matches(rule.trigger)) {
      if (!conditionsAllow(rule, ctx, m)) continue;
      const s = ctx.sentenceRange(m);
      if (endsNear(ctx, g.negBefore, m.from, 1, s.from)) continue;
      if (startsNear(ctx, g.negAfter, m.to, 1, s.to)) continue;
      if (overlaps(ctx, g.epistemic, m) || startsNear(ctx, g.epistemic, m.to, 2, s.to)) continue;
      // "Учреждение вправе: 1) открывать счета; 2) заключать договоры…": a lead-in whose sub-items are all
      // capacities lists the body's legal capacity
      if (ctx.tokens.lower[m.to] === ":" && capacityList(ctx, m.to, g.epistemic)) continue;
      // Kazakh puts the bounds before a verb-final modal, often far ("тек … Заңында көзделген негіздер бойынша … бас тартылуы мүмкін")
      const lang = ctx.langOf(m);
      const kazakh = lang === "kk";
      if (endsNear(ctx, g.bounded, m.from, kazakh ? BOUND_BEFORE_KK : 8, s.from) || startsNear(ctx, g.bounded, m.to, BOUND_AFTER, s.to)) continue;
      if (overlaps(ctx, g.rightsAction, m) || startsNear(ctx, g.rightsAction, m.to, 2, s.to) || endsNear(ctx, g.rightsAction, m.from, 1, s.from)) continue;
      if (ctx.hasIn(g.delegation, s.from, s.to) || ctx.hasIn(g.choice, s.from, s.to)) continue;
      const passiveAt = overlaps(ctx, g.passive, m) ?? startsNear(ctx, g.passive, m.to, 2, s.to);
      const passive = passiveAt !== undefined && !overlaps(ctx, g.notPassive, passiveAt);
      let holder = holderOf(ctx, m, g.authority, g.rights, g.notConditional);
      // "Хабарлама берген қызметкердің: 1) …; 3) … қорғалуға құқығы бар": a sub-item's holder is named
      // in its lead-in
      if (holder === "unknown") {
        const lead = ctx.model.leadInOf(ctx.sentenceOf[m.from] ?? 0);
        if (lead) {
          holder = holderIn(ctx, lead, g.authority, g.rights);
          // the lead-in names the holder in the genitive of a possessive right ("қызметкердің: … құқығы бар")
          if (holder === "unknown") {
            const kind = ctx.model.lastActorIn(lead);
            if (kind === "private") holder = "rights";
            else if (kind && kind !== "implicit" && kind !== "none") holder = "authority";
          }
        }
      }
      // Kazakh puts the subject first and the verb last, so the nearest holder word to the left may
      // sit inside an adverbial ("Қызметкер … әкімшілік ғимараттың холындағы жәшік арқылы хабарлай
      // алады"): a private person the provision reader finds as the subject holds it.
      if (kazakh && holder === "authority") {
        const actor = ctx.model.predicate(m).actor;
        // (not when the authority words take that person in: "пробация қызметінің қызметкері" is the service's officer)
        const officer = ctx.within(g.authority, Math.max(0, actor.from - 6), actor.to).some((x) => x.from <= actor.from && x.to >= actor.to);
        if (actor.kind === "private" && actor.role === "subject" && !officer) holder = "rights";
      }
      if (holder === "rights" && !passive) continue;
      const severity = holder === "authority" || passive ? rule.spec.severity : LOWER[rule.spec.severity];
      // "могут налагаться меры взыскания в соответствии со статьей 21 Закона": the measures and grounds are the
      // law's, so only whether to apply them is left open (expert rounds 30 and 32 read it debatable or false)
      const stepDown = endsNear(ctx, g.measuresByLaw, m.from, kazakh ? BOUND_BEFORE_KK : 8, s.from) || startsNear(ctx, g.measuresByLaw, m.to, 12, s.to) ? true : undefined;
      if (lang === "en") {
        out.push({ rule, from: m.from, to: m.to, severity, stepDown });
        continue;
      }
      // A passive power ("может быть снижен", "азайтылуы мүмкін") has no safe word swap.
      const model = ctx.model;
      const actor = model.predicate(m).actor;
      const subject = { agreement: model.agreementOf(actor), named: actor.role === "subject" };
      const rw = passive ? undefined : rewriteAsDuty(lang, ctx.tokens.lower, m.from, m.to, subject, (w) => model.isPassiveForm(lang, w));
      out.push({ rule, from: rw ? Math.min(rw.from, m.from) : m.from, to: m.to, severity, suggestion: rw ? rw.text : null, stepDown });
    }
  },
};
