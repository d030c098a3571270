/**
 * The provision reader: turns one paragraph (an item of a draft, possibly with the lead-in that
 * governs it) into the model of model/types.ts. It reads lexicon matches (rules/model.yml) and the
 * morphology the pattern compiler recorded (verb voice, noun case), never raw strings, so the words
 * stay data and the reading stays the same in Kazakh and Russian.
 *
 * Every search is bounded by the sentence and a fixed window, and match lists are sorted, so a
 * 256 KB sentence costs linear time (issue: a quadratic subject search froze the pane).
 */
import type { ParagraphContext } from "../analysis/paragraph";
import { isKazakhPossessiveOblique } from "../morphology/kazakh";
import type { Agreement } from "../morphology/russian-nouns";
import { russianVerbTagOf, type VerbTag } from "../morphology/verbs";
import type { Match } from "../patterns/matcher";
import { NUM, PUNCT, WORD } from "../text/tokenize";
import type { Actor, ActorKind, Modality, Predicate, Span, TextKind } from "./types";

/** Lexicons the reader needs (rules/model.yml). */
export const MODEL_LEXICONS = {
  official: "model.actor.official",
  collegial: "model.actor.collegial",
  unit: "model.actor.unit",
  enterprise: "model.actor.enterprise",
  private: "model.actor.private",
  agent: "model.agent",
  power: "model.modal.power",
  duty: "model.modal.duty",
  prohibition: "model.modal.prohibition",
  recommendation: "model.modal.recommendation",
  definition: "model.text.definition",
  goal: "model.text.goal",
  example: "model.text.example",
  form: "model.text.form",
  authorityList: "model.leadin.powers",
  /** Kazakh manner words between a doer and his participle ("директоры дербес бекітетін"). */
  manner: "model.manner",
  /** Reflexive forms that are not passive ("отказаться", "обратиться"): shared with the modal check. */
  notPassive: "modal.not-passive",
} as const;

export type ModelLexicon = keyof typeof MODEL_LEXICONS;

/** What the reader needs from the compiled rulebook. */
export interface ReaderSource {
  group(name: ModelLexicon): number;
  verbTag(lang: "kk" | "ru" | "en", form: string): VerbTag | undefined;
  nounCases(lang: "kk" | "ru" | "en", form: string): ReadonlySet<string> | undefined;
  agreement(form: string): Agreement | undefined;
}

/** Acts that decide something ("приказ, которым …"): a relative clause after them states the decision. */
const ACT_NOUN = /^(приказ|приказом|приказа|решение|решением|решения|постановление|постановлением|распоряжение|распоряжением|протокол|протоколом|акт|актом|договор|договором|положение|положением)$/u;
const ACTOR_LEXICONS: ReadonlyArray<[ModelLexicon, ActorKind]> = [
  ["official", "official"],
  ["collegial", "collegial"],
  ["unit", "unit"],
  ["enterprise", "enterprise"],
  ["private", "private"],
];

/** How far (in tokens) the reader looks for a subject, a modal word, a doer. */
const SUBJECT_WINDOW = 40;
/** Russian prepositions that take the instrumental ("с работником", "между подразделениями", "над исполнением"). */
const INSTRUMENTAL_PREPOSITIONS = /^(с|со|между|над|надо|перед|передо|за|под|подо)$/u;
/** The fallback when the tagger does not know a word: the present tense's third person ("қарайды", "береді"). */
const KK_PRESENT_THIRD = /^\p{L}{2,}(ады|еді|йды|йді)$/u;
/** Russian copulas whose instrumental is a predicate ("являющийся членом", "будучи председателем"). */
const COPULA = /^(явля(ется|ются|лся|лась|лись|ющ\p{L}*|вш\p{L}*)|будучи)$/u;
/** Kazakh postpositions that take a bare noun as their object ("бөлімшелер арасында", "комиссия үшін"). */
const KAZAKH_POSTPOSITIONS = /^(арасында|арасынан|үшін|туралы|жөнінде|сияқты|секілді|сайын)$/u;
/** Kazakh words that open a clause with a subject of its own ("…, ал басшы …"); variant choice reads them too. */
export const KK_CLAUSE_STARTS: ReadonlySet<string> = new Set(["ал", "бірақ", "алайда"]);
const INVERTED_WINDOW = 5;
const MODAL_BEFORE = 4;
const MODAL_AFTER = 4;

/** Longest heading, in words. */
const HEADING_MAX_WORDS = 16;
/** Words that open a chapter or section heading. */
const HEADING_WORD = /^(глава|раздел|параграф|тарау|бөлім|chapter|section)$/u;
/**
 * Verb forms a heading does not have (Russian finite forms, infinitives, short participles and
 * modal words; Kazakh present and modal forms). Crude on purpose: a noun that looks like a verb
 * ("совет") only keeps a paragraph a norm, which is the safe side.
 */
const HEADING_VERB =
  /(ает|яет|еет|ует|ит|ют|ят|ется|ится|ются|ятся|ал|ала|ало|али|ил|ила|или|ать|ять|ить|еть|ен|ена|ено|ены|вправе|может|могут|должен|должна|должны|обязан|обязана|обязаны|ады|еді|йды|йді|ылады|іледі|тиіс|міндетті|құқылы|мүмкін|табылады|shall|may|must|is|are)$/u;

interface ActorMatch extends Match {
  readonly kind: ActorKind;
}

export class ProvisionModel {
  /** First token of the item's own text: after "[...]" when the paragraph carries its lead-in. */
  readonly body: number;
  /** The item's own number ("2.4.", "15)", "а)"), as written. */
  readonly label: string | undefined;
  /** Per sentence. */
  readonly kinds: readonly TextKind[];
  private leadIn: Actor | undefined | null = null;
  private actorList: ActorMatch[] | undefined;
  private readonly cache = new Map<string, Predicate>();
  /** Per sentence, in one pass on first use: the first sentence of its sub-item (-1: none) and the last lead-in before it. */
  private items: { start: Int32Array; leadBefore: Int32Array; nextLabel: Int32Array } | undefined;

  constructor(
    private readonly ctx: ParagraphContext,
    private readonly src: ReaderSource,
  ) {
    this.body = bodyStart(ctx);
    this.label = itemLabel(ctx, this.body);
    this.kinds = this.readKinds();
  }

  /** Who the lead-in names as acting ("Кадровая служба:", "Функции:"), if anyone; read on first use. */
  get leadInActor(): Actor | undefined {
    if (this.leadIn === null) this.leadIn = this.readLeadInActor();
    return this.leadIn;
  }

  /** Every actor mention of the paragraph, nested ones dropped; collected on first use. */
  private get actors(): ActorMatch[] {
    if (!this.actorList) {
      const actors: ActorMatch[] = [];
      for (const [lex, kind] of ACTOR_LEXICONS) for (const m of this.ctx.matches(this.src.group(lex))) actors.push({ ...m, kind });
      actors.sort((a, b) => a.from - b.from || b.to - a.to);
      this.actorList = dropNested(actors);
    }
    return this.actorList;
  }

  /** The predicate a verb match stands for, read once. */
  predicate(m: Span): Predicate {
    const key = `${m.from}:${m.to}`;
    let p = this.cache.get(key);
    if (!p) this.cache.set(key, (p = this.read(m)));
    return p;
  }

  /** Gender and number of the actor's head noun (Russian), for rewrites that must agree with it. */
  agreementOf(actor: Actor): Agreement | undefined {
    if (actor.to <= actor.from) return undefined;
    return this.src.agreement(this.ctx.tokens.lower[actor.to - 1] ?? "");
  }

  /** kk: whether the words in `span` are the doer inside a relative clause ("өтініш беруші ұсынған мәліметтер"), not a subject. */
  isParticipleDoer(span: Span): boolean {
    return this.subjectOfParticiple(span);
  }

  /** Whether a Kazakh word is a passive form some verb paradigm generated ("азайтылуы"). */
  isPassiveForm(lang: "kk" | "ru" | "en", word: string): boolean {
    return this.src.verbTag(lang, word)?.passive === true || (lang === "kk" && /(ыл|іл)(у|уы|уі|уға|уге)$/u.test(word));
  }

  kindOf(token: number): TextKind {
    return this.kinds[this.ctx.sentenceOf[token] ?? 0] ?? "norm";
  }

  /**
   * The sentence a numbered sub-item continues ("Материальная помощь оказывается в следующих
   * размерах: … 4) … в размере, определяемом руководителем"): the item is read with its lead-in and
   * not with its siblings, as a Word paragraph "lead-in [...] item" is. Undefined for any other sentence.
   */
  leadInOf(si: number): Span | undefined {
    const ctx = this.ctx;
    const s = ctx.sentences[si];
    if (!s) return undefined;
    if (this.body > 0) return s.from >= this.body ? { from: 0, to: this.body } : undefined;
    const first = this.itemStart(si);
    const j = first > 0 ? (this.itemIndex().leadBefore[first - 1] ?? -1) : -1;
    if (j < 0) return undefined;
    const prev = ctx.sentences[j] as Span;
    // "…в следующих случаях: 1) …;": the lead-in ends at its colon, the first item is not part of it
    return { from: prev.from, to: colonBeforeLabel(ctx, prev) ?? prev.to };
  }

  /**
   * The sub-item a sentence belongs to, from its label to the next label (a sub-item may run over
   * several sentences: "…арттыру; көтермелеу … шешеді;"), when the paragraph holds its lead-in and
   * its siblings; undefined for a paragraph read as "lead-in [...] item", which is one item already.
   */
  subItemOf(si: number): Span | undefined {
    const ctx = this.ctx;
    if (this.body > 0 || !this.leadInOf(si)) return undefined;
    const first = ctx.sentences[this.itemStart(si)] as Span;
    const next = this.itemIndex().nextLabel[si] ?? -1;
    return { from: first.from, to: next >= 0 ? (ctx.sentences[next] as Span).from : ctx.tokens.count };
  }

  /** The kind of the last actor named in a span (a lead-in's "Хабарлама берген қызметкердің:"), in any case. */
  lastActorIn(span: Span): ActorKind | undefined {
    const found = this.actorsIn(span.from, span.to);
    return found[found.length - 1]?.kind;
  }

  /**
   * The first sentence of the numbered sub-item sentence `si` is in, or -1 when it is in none (the
   * lead-in, the text before or after the list, or a paragraph that is one item already).
   */
  itemStart(si: number): number {
    return this.itemIndex().start[si] ?? -1;
  }

  private itemIndex(): { start: Int32Array; leadBefore: Int32Array; nextLabel: Int32Array } {
    if (!this.items) {
      const ss = this.ctx.sentences;
      const start = new Int32Array(ss.length);
      const leadBefore = new Int32Array(ss.length);
      let item = -1;
      let lead = -1;
      for (let k = 0; k < ss.length; k++) {
        const s = ss[k] as Span;
        if (startsWithLabel(this.ctx, s)) item = k;
        // an unlabelled line after the sub-items closes the list and speaks for the whole item
        // ("…4) … есептелмейді.\nСыйлықақы … бұйрығымен … төленеді.")
        else if (item >= 0 && this.ctx.tokens.gapBefore[s.from] === 2) {
          item = -1;
          lead = -1;
        }
        start[k] = item;
        if (endsLeadIn(this.ctx, s)) lead = k;
        leadBefore[k] = lead;
      }
      // the first labelled sentence after each one (-1: none)
      const nextLabel = new Int32Array(ss.length);
      let after = -1;
      for (let k = ss.length - 1; k >= 0; k--) {
        nextLabel[k] = after;
        if (start[k] === k) after = k;
      }
      this.items = { start, leadBefore, nextLabel };
    }
    return this.items;
  }

  /**
   * kk: a clause of time or condition closes in [from, to) ("жұмыстан босатылған кезде", "… бұзған жағдайда"): what
   * stands before it is that clause's, not the main verb's after it.
   */
  closesKazakhCondition(from: number, to: number): boolean {
    const lower = this.ctx.tokens.lower;
    for (let t = Math.max(from, 1); t < to; t++) if (KAZAKH_CLAUSE_END.test(lower[t] ?? "") && KAZAKH_PARTICIPLE.test(lower[t - 1] ?? "")) return true;
    return false;
  }

  /** Sentences of the lead-in part (before "[...]") are context; a finding there belongs to the lead-in. */
  inLeadIn(token: number): boolean {
    return token < this.body;
  }

  private read(m: Span): Predicate {
    const ctx = this.ctx;
    const si = ctx.sentenceOf[m.from] ?? 0;
    const s = ctx.sentences[si] ?? { from: 0, to: ctx.tokens.count };
    const lang = ctx.langs[si] ?? "ru";
    const tag = this.tagOf(m, lang);
    const beVerb = lang === "ru" && m.from > s.from && /^(быть|будет|будут|был|была|было|были)$/u.test(ctx.tokens.lower[m.from - 1] ?? "");
    const reflexiveActive = overlapsAny(ctx.matches(this.src.group("notPassive")), m);
    const passive = tag && !reflexiveActive ? tag.passive || (beVerb && tag.form === "passive") : false;
    const modality = this.modality(m, s, lang);
    const modal = modality !== "statement";
    // Only a finite verb, or an infinitive / verbal noun / converb governed by a modal word, states an
    // action; a participle or a bare verbal noun is part of a noun phrase ("берілген куәлік", "для оценки").
    const form = tag?.form;
    const finite =
      form === undefined || form === "active" || form === "passive" || form === "other" || ((form === "infinitive" || form === "verbal-noun" || form === "converb") && modal);
    // "жұмыстан босатуға ұсынылады" (is recommended for dismissal): the person is the patient, the
    // decider unnamed, as in the Russian "рекомендуется к увольнению".
    const kkRecommendedFor = lang === "kk" && modality === "recommendation" && form === "verbal-noun" && /(ға|ге|қа|ке)$/u.test(ctx.tokens.lower[m.to - 1] ?? "");
    // ru "Заявитель, которому отказано в выдаче разрешения, вправе …": an impersonal passive right after an oblique
    // relative pronoun describes the person named before it, as the Kazakh participle does ("бас тартылған өтініш
    // беруші"); the item regulates what that person may do, not the past decision.
    const describesAntecedent = lang === "ru" && passive && this.relativeRightBefore(m.from, s.from);
    const voice: Predicate["voice"] = !finite || describesAntecedent ? "attribute" : passive || kkRecommendedFor ? "passive" : "active";
    const negated = lang === "ru" ? ctx.tokens.lower[m.from - 1] === "не" || (beVerb && ctx.tokens.lower[m.from - 2] === "не") : tag?.negative === true;
    const actor = voice === "active" ? this.subject(m, s, lang) : this.agent(m, s, lang);
    return { from: m.from, to: m.to, sentence: si, voice, modality, negated, actor };
  }

  /** The form that states the action: a finite verb anywhere in the span ("қарауына ұсынады"), else the first form. */
  private tagOf(m: Span, lang: "kk" | "ru" | "en"): VerbTag | undefined {
    let first: VerbTag | undefined;
    for (let t = m.from; t < m.to; t++) {
      const w = this.ctx.tokens.lower[t] ?? "";
      const tag = this.src.verbTag(lang, w) ?? (lang === "ru" ? russianVerbTagOf(w) : undefined);
      if (!tag) continue;
      if (tag.form === "active" || tag.form === "passive") return tag;
      first ??= tag;
    }
    return first;
  }

  private modality(m: Span, s: Span, lang: "kk" | "ru" | "en"): Modality {
    const ctx = this.ctx;
    const near = (lex: ModelLexicon): boolean => {
      const g = this.src.group(lex);
      if (lang === "kk") return ctx.hasIn(g, m.to, Math.min(s.to, m.to + MODAL_AFTER)) || overlapsAny(ctx.matches(g), m);
      return ctx.hasIn(g, Math.max(s.from, m.from - MODAL_BEFORE), m.from) || overlapsAny(ctx.matches(g), m);
    };
    if (near("prohibition")) return "prohibition";
    if (near("duty")) return "duty";
    if (near("power")) return "power";
    if (near("recommendation")) return "recommendation";
    return "statement";
  }

  /**
   * kk "қызметкер басшысын хабардар етеді, ал басшы тиісті шаралар қабылдайды": "ал", "бірақ", "алайда" before the verb start a clause
   * with its own subject, which is the verb's when it is named; an elided one is the first clause's
   * ("өнім беруші ақауды жояды, ал жою мүмкін болмаса, жабдықты ауыстырады").
   */
  private ownClause(left: readonly ActorMatch[], lo: number, verb: number): readonly ActorMatch[] {
    const lower = this.ctx.tokens.lower;
    for (let t = verb - 1; t >= lo; t--) {
      // "комиссия құрылады, оның құрамын аппарат басшысы айқындайды": a comma after a finite verb ends a clause too
      const finiteBefore = lower[t] === "," && this.isFiniteKazakh(lower[t - 1] ?? "");
      // "Тасымалдаушы кестені жүйелі түрде бұзған кезде бөлім … өзгертуге құқылы": a clause of time or condition
      // closed by a participle and "кезде / жағдайда / соң / кейін" has a subject of its own; the main clause's stands after it
      // (only a subject right after it: "Жұмыскер қажет болған жағдайда … психологқа жүгінуге құқылы" keeps the
      // subject it opened with)
      const subordinate = KAZAKH_CLAUSE_END.test(lower[t] ?? "") && KAZAKH_PARTICIPLE.test(lower[t - 1] ?? "");
      if (subordinate) {
        // (right after it, or after its comma: "… төлемеген жағдайда, басқарма …")
        const next = lower[t + 1] === "," ? t + 2 : t + 1;
        const main = left.filter((a) => a.from === next);
        if (main.length > 0) return main;
        continue;
      }
      if (!KK_CLAUSE_STARTS.has(lower[t] ?? "") && !finiteBefore) continue;
      const inClause = left.filter((a) => a.from > t);
      return inClause.length > 0 ? inClause : left;
    }
    return left;
  }

  /**
   * A Kazakh finite verb of the present tense ("құрылады", "айқындайды"), not a participle or converb; the past
   * in -ды/-ті is left to the tagger (the same endings mark an accusative noun, and "-ды/-ты" alone a possessive
   * one, "телқұжаты"). Clause boundaries in the subject search and in a variant's reach both ask it.
   */
  isFiniteKazakh(w: string): boolean {
    const form = this.src.verbTag("kk", w)?.form;
    if (form) return form === "active" || form === "passive";
    return KK_PRESENT_THIRD.test(w);
  }

  /** Grammatical subject of an active predicate: nominative actor to the left, or just after it. */
  private subject(m: Span, s: Span, lang: "kk" | "ru" | "en"): Actor {
    const lo = Math.max(s.from, m.from - SUBJECT_WINDOW);
    if (lang === "kk") {
      const antecedent = this.kazakhPronounAntecedent(lo, m.from);
      if (antecedent) return { kind: antecedent.kind, from: antecedent.from, to: antecedent.to, role: "subject" };
    }
    if (lang === "ru") {
      const antecedent = this.russianRelativeAntecedent(lo, m.from);
      if (antecedent) return { kind: antecedent.kind, from: antecedent.from, to: antecedent.to, role: "subject" };
    }
    // ru "комиссия, состав которой определяет руководитель": an oblique relative pronoun opens a clause of
    // its own, whose subject stands inside it (here after the verb), not before the comma
    const clauseFrom = lang === "ru" ? this.obliqueRelativeBefore(lo, m.from) : -1;
    const left = this.actorsIn(Math.max(lo, clauseFrom + 1), m.from).filter((a) => this.isNominative(a, lang) && !this.inParentheses(s.from, a.from) && !this.inQuotes(s.from, a.from));
    let best: ActorMatch | undefined = lang === "kk" ? this.kazakhSubject(this.ownClause(left, lo, m.from).filter((a) => !this.subjectOfParticiple(a) && !this.modifiesNextActor(a) && !this.namesOrganisationKind(a))) : left[left.length - 1];
    // "Состав комиссии определяет председатель": a left noun that may be a genitive loses to an
    // unambiguous nominative right after the verb.
    if (best && lang === "ru" && this.casesOf(best, lang)?.has("gen")) {
      const right = this.actorsIn(m.to, Math.min(s.to, m.to + INVERTED_WINDOW)).find((a) => this.isNominative(a, lang) && !this.casesOf(a, lang)?.has("gen"));
      if (right) best = right;
    }
    // "руководитель подведомственной организации": a genitive after the head noun belongs to it.
    if (best && lang === "ru") {
      const cands = this.actorsIn(lo, best.from);
      for (let i = cands.length - 1; i >= 0; i--) {
        const prev = cands[i] as ActorMatch;
        const cases = this.casesOf(best, lang);
        if (best.from - prev.to > 2 || !cases?.has("gen") || !this.isNominative(prev, lang)) break;
        best = prev;
      }
    }
    if (!best && lang !== "kk") {
      for (const a of this.actorsIn(m.to, Math.min(s.to, m.to + INVERTED_WINDOW))) {
        if (this.isNominative(a, lang)) {
          best = a;
          break;
        }
      }
    }
    // kk "қорытынды балды, кеңес мүшелерінің пікірлерін ескере отырып, кеңестің төрағасы қояды": the decision's
    // words match across the clause, object first and verb last, so its subject stands inside the match.
    if (!best && lang === "kk" && m.to - m.from > 2) {
      // (not an employee or a citizen named inside it: "шешімді де сол қызметкер қабылдайды" is the official named before)
      const inside = this.actorsIn(m.from + 1, m.to - 1).filter((a) => a.kind !== "private" && this.isNominative(a, lang) && !this.subjectOfParticiple(a) && !this.modifiesNextActor(a) && !this.namesOrganisationKind(a));
      best = this.kazakhSubject(inside);
    }
    if (best) return { kind: best.kind, from: best.from, to: best.to, role: "subject" };
    if (this.leadInActor && m.from >= this.body) return this.leadInActor;
    const own = this.privateLeadInSubject(m, lang);
    if (own) return own;
    return { kind: "implicit", from: m.from, to: m.from, role: "absent" };
  }

  /**
   * ", которому [ранее|уже] отказано": an impersonal short participle in -но right after an oblique relative pronoun, nothing
   * but an adverb between, about a person named before the comma. Not an act "by which" something is set ("приказ, которым
   * установлено", "протокол, которым определяются победители"): there the clause states what the act decides.
   */
  private relativeRightBefore(verb: number, from: number): boolean {
    const lower = this.ctx.tokens.lower;
    if (!/но$/u.test(lower[verb] ?? "")) return false;
    for (let t = verb - 1; t >= from && t >= verb - 3; t--) {
      const w = lower[t] ?? "";
      if (/^(которому|которой|которым|которых)$/u.test(w)) return lower[t - 1] === "," && !ACT_NOUN.test(lower[t - 2] ?? "");
      if (!/^(ранее|уже|было|однажды|дважды|не)$/u.test(w)) return false;
    }
    return false;
  }

  /** The last "которого / которой / которых …" (an oblique case) between `lo` and the verb, or -1. */
  private obliqueRelativeBefore(lo: number, verb: number): number {
    const lower = this.ctx.tokens.lower;
    for (let t = verb - 1; t >= lo && t >= verb - 8; t--) {
      // a comma closes the relative clause before the verb: "Комиссия, состав которой утверждён приказом, рассматривает"
      if (lower[t] === ",") return -1;
      if (/^(которого|которой|которых|которому|которым|которыми|котором|которую)$/u.test(lower[t] ?? "")) return t;
    }
    return -1;
  }

  /**
   * ru "уведомляет руководителя, который принимает меры", "передаётся в комиссию, которая решает": a
   * verb right after ", который" has for its subject the last person or body named before the comma,
   * whatever its case.
   */
  private russianRelativeAntecedent(lo: number, verb: number): ActorMatch | undefined {
    const lower = this.ctx.tokens.lower;
    // ", который [не|сам|самостоятельно|в течение N дней …] принимает": up to a few words between
    for (let t = verb - 1; t > lo && t >= verb - 6; t--) {
      const w = lower[t] ?? "";
      if (w === ",") return undefined;
      if (!/^(который|которая|которое|которые)$/u.test(w)) continue;
      if (lower[t - 1] !== ",") return undefined;
      // "который" may be the object ("готовит план, который утверждает директор"): a nominative person or body
      // between the pronoun and the verb, or right after the verb, is the subject instead
      if (this.actorsIn(t + 1, Math.min(this.ctx.tokens.count, verb + 4)).some((a) => (a.from < verb || a.from >= verb + 1) && this.isNominative(a, "ru") && !this.casesOf(a, "ru")?.has("gen"))) return undefined;
      // the antecedent ends at the comma: "уведомляет руководителя, который …"
      const before = this.actorsIn(lo, t - 1);
      const last = before[before.length - 1];
      return last && last.to === t - 1 ? last : undefined;
    }
    return undefined;
  }

  /**
   * Kazakh puts the subject first and the verb last: the leftmost nominative actor of the clause.
   * Two adjacent nouns whose second carries the 3rd-person possessive are one phrase whose head is
   * the second ("бөлім басшысы" = the head of the department).
   */
  private kazakhSubject(left: readonly ActorMatch[]): ActorMatch | undefined {
    const first = left[0];
    if (!first) return undefined;
    let head = first;
    for (let i = 1; i < left.length; i++) {
      const next = left[i] as ActorMatch;
      const word = this.ctx.tokens.lower[next.to - 1] ?? "";
      if (next.from - head.to <= 1 && /(ы|і|сы|сі)$/u.test(word)) head = next;
      else break;
    }
    return head;
  }

  /**
   * kk ", ол шағымды қарайды", ", ол шаралар қабылдайды": after a comma "ол / олар" opens a clause
   * about the last person named before it, as the Russian ", который" does ("уведомляет
   * руководителя, который принимает меры"), whatever that person's case.
   */
  private kazakhPronounAntecedent(lo: number, verb: number): ActorMatch | undefined {
    const lower = this.ctx.tokens.lower;
    for (let t = verb - 1; t > lo; t--) {
      if (!/^(ол|олар)$/u.test(lower[t] ?? "")) continue;
      // "Қызметкерге … сыйлық ұсынылған жағдайда ол сыйлықтан бас тартады": after a clause of time or
      // condition the pronoun takes up the sentence's topic, the first person it names
      const afterClause = KAZAKH_CLAUSE_END.test(lower[t - 1] ?? "");
      if (lower[t - 1] !== "," && !afterClause) return undefined;
      // another nominative actor between the pronoun and the verb is the subject itself
      if (this.actorsIn(t + 1, verb).some((a) => this.isNominative(a, "kk"))) return undefined;
      const before = this.actorsIn(lo, t - 1);
      return afterClause ? before[0] : before[before.length - 1];
    }
    return undefined;
  }

  /**
   * kk "қызметкер жұмыс істейтін бөлімшенің басшысы", "директор бекіткен тізбе": a noun right before
   * an active participle (or before a noun and a light verb's participle) is the doer inside a
   * relative clause, not the subject of the sentence's verb.
   */
  private subjectOfParticiple(a: Span): boolean {
    const lower = this.ctx.tokens.lower;
    const tagged = (w: string) => this.src.verbTag("kk", w)?.form === "agent-participle";
    const next = lower[a.to] ?? "";
    // a passive participle has no doer before it: "Көрсетілетін қызметті алушы көрсетілетін қызметті …"
    if (this.src.verbTag("kk", next)?.passive === true || /(ыл|іл|ын|ін)(атын|етін)$/u.test(next)) return false;
    // ... unless what the participle names is "his own" (a possessive accusative): "Өтініш беруші берген өтінішін кері қайтарып
    // алуға құқылы" — Kazakh drops the main clause's subject when it is the participle's doer
    if (tagged(next) && /^\p{L}{3,}(ын|ін)$/u.test(lower[a.to + 1] ?? "") && !/(дын|дің|тың|тің|ның|нің)$/u.test(lower[a.to + 1] ?? "")) return false;
    if (tagged(next) || /(атын|етін|йтын|йтін|ытын|ітін)$/u.test(next)) return true;
    // a modal of duty inside a relative clause: "Қызметкер өтеуге тиіс залалдың мөлшерін басшысы айқындайды" (the damage the
    // employee must pay; other texts: "қатысушы ұсынуға тиіс құжаттар", "алушы төлеуі тиіс сома") — "тиіс / міндетті"
    // followed by a word of the sentence, not closing it
    if (/(уге|уға|уі|уы)$/u.test(next) && /^(тиіс|тиісті|міндетті)$/u.test(lower[a.to + 1] ?? "") && /^\p{L}/u.test(lower[a.to + 2] ?? "") && !/^(және|немесе|болып)$/u.test(lower[a.to + 2] ?? "")) return true;
    return /^(істейтін|істеген|атқаратын|атқарған|жасайтын|жасаған|ететін|еткен)$/u.test(lower[a.to + 1] ?? "");
  }

  /**
   * kk "бөлімше басшысының": a bare noun right before an actor in the possessive and a case names
   * whose head that is; not before a plain genitive of another phrase ("комиссия қатысушылардың
   * өтінімдерін бағалайды").
   */
  private modifiesNextActor(a: ActorMatch): boolean {
    const next = this.actorsIn(a.to, a.to + 4).find((b) => b.from === a.to);
    if (!next || this.isNominative(next, "kk")) return false;
    // "Көрсетілетін қызметті алушы көрсетілетін қызметті берушінің шешіміне …": a phrase that opens
    // with a participle is a noun phrase of its own, not the head the bare noun before it modifies
    if (next.to - next.from > 1 && KAZAKH_PARTICIPLE.test(this.ctx.tokens.lower[next.from] ?? "")) return false;
    return isKazakhPossessiveOblique(this.ctx.tokens.lower[next.to - 1] ?? "");
  }

  /**
   * kk "мердігер ұйымды", "жеткізуші компанияға": a role noun right before a generic word for an
   * organisation in an oblique case says which kind of organisation the object is; it is no subject
   * ("Мердігер ұйымды Кәсіпорын директоры айқындайды" — the director is).
   */
  private namesOrganisationKind(a: ActorMatch): boolean {
    return KAZAKH_ORGANISATION_OBLIQUE.test(this.ctx.tokens.lower[a.to] ?? "");
  }

  /**
   * Inside quotes (normalisation leaves one quote class, «» included): a title or a name («Саланың
   * құрметті қызметкері»), not a person who acts. Bounded like the subject search, so a 256 KB
   * sentence stays linear.
   */
  private inQuotes(from: number, t: number): boolean {
    let open = false;
    for (let i = Math.max(from, t - SUBJECT_WINDOW); i < t; i++) if (this.ctx.tokens.lower[i] === '"') open = !open;
    return open;
  }

  /** Doer of a passive: "приказом директора", "председателем", "директордың бұйрығымен", "комиссия тарапынан". */
  private agent(m: Span, s: Span, lang: "kk" | "ru" | "en"): Actor {
    const agentGroup = this.src.group("agent");
    const lo = Math.max(s.from, m.from - SUBJECT_WINDOW);
    const hi = Math.min(s.to, m.to + SUBJECT_WINDOW);
    const markers = this.ctx.within(agentGroup, lo, hi);
    const actors = this.actorsIn(lo, hi);
    // kk "қызметкерге Кәсіпорын директорының бұйрығымен": the doer is the noun right before the
    // marker, not the first actor in reach (a dative receiver two words earlier).
    if (lang === "kk") {
      for (const k of markers) {
        let best: ActorMatch | undefined;
        for (const a of actors) if (a.to <= k.from && k.from - a.to <= 2 && (!best || a.to > best.to)) best = a;
        if (best) return { kind: best.kind, from: best.from, to: best.to, role: "agent" };
      }
    }
    for (const a of actors) {
      const cases = this.casesOf(a, lang);
      // "распределяются между работниками заместителем": after a preposition the instrumental is not the doer.
      const governed = this.governedInstrumental(a.from);
      // "подарков, полученных служащим, определяется финансовым отделом": a private person right after
      // another passive participle received or filed something there, he does not decide here (an
      // official after "определяемым" does decide what the clause leaves open)
      const before = a.from - 1;
      const ofParticiple = a.kind === "private" && (before < m.from || before >= m.to) && RU_PASSIVE_PARTICIPLE.test(this.ctx.tokens.lower[before] ?? "");
      // "Оценка исполнения подрядчиком обязательств выставляется куратором", "после рассмотрения комиссией … утверждается
      // директором": an instrumental right after a verbal noun is that noun's doer, not the passive verb's
      // (only when another instrumental doer follows: alone, "премия устанавливается по каждому направлению руководителем",
      // it is still the verb's)
      const ofVerbalNoun = RU_VERBAL_NOUN.test(this.ctx.tokens.lower[before] ?? "") && actors.some((b) => b.from > a.to && (this.casesOf(b, lang)?.has("ins") ?? false));
      // "помощь оказывается работникам, пострадавшим от пожара, по решению директора": "-шим / -ым" after a dative
      // plural and its comma is that noun's attribute in the dative, not a doer in the instrumental
      const ofDative = /(им|ым)$/u.test(this.ctx.tokens.lower[a.from] ?? "") && this.ctx.tokens.lower[before] === "," && /\p{L}(ам|ям)$/u.test(this.ctx.tokens.lower[before - 1] ?? "");
      if (lang === "ru" && cases?.has("ins") && !cases.has("nom") && !governed && !ofParticiple && !ofVerbalNoun && !ofDative) return { kind: a.kind, from: a.from, to: a.to, role: "agent" };
      for (const k of markers) {
        // ru: "приказом (генерального) директора"; kk: "директордың бұйрығымен", "комиссия тарапынан"
        const ruAgent = lang !== "kk" && a.from >= k.to && a.from - k.to <= 2;
        const kkAgent = lang === "kk" && k.from >= a.to && k.from - a.to <= 2;
        if (ruAgent || kkAgent) return { kind: a.kind, from: a.from, to: a.to, role: "agent" };
      }
    }
    // kk "комиссия айқындайтын мөлшерде", "директор бекіткен тәртіппен": a bare noun right before an
    // active participle is that participle's doer, and decides what the clause's passive leaves open
    // (as the Russian instrumental "в размере, определяемом комиссией" does).
    if (lang === "kk") {
      // the participle itself: the noun right before it ("басқарушы директор айқындайтын өнім беруші"),
      // not an earlier noun before another participle ("мүшелері қатысатын кеңестер")
      const own = actors.find((a) => a.to === m.from && this.isNominative(a, lang));
      if (own && this.src.verbTag("kk", this.ctx.tokens.lower[m.from] ?? "")?.form === "agent-participle") return { kind: own.kind, from: own.from, to: own.to, role: "agent" };
      // a manner word may stand between them: "оның директоры дербес бекітетін прейскурант"
      const manner = this.ctx.within(this.src.group("manner"), lo, hi);
      const past = (t: number): number => {
        // "жыл сайын дербес бекітетін": more than one in a row
        for (let k = 0; k < 3; k++) {
          const w = manner.find((x) => x.from === t);
          if (!w) break;
          t = w.to;
        }
        return t;
      };
      for (const a of actors) {
        const next = this.src.verbTag("kk", this.ctx.tokens.lower[past(a.to)] ?? "");
        if (next?.form === "agent-participle" && !next.negative && this.isNominative(a, lang)) return { kind: a.kind, from: a.from, to: a.to, role: "agent" };
      }
    }
    // "по решению учредителя", "шешімімен": someone decides even when the lexicon does not know who.
    const marker = markers[0];
    if (marker) return { kind: "implicit", from: marker.from, to: marker.to, role: "agent" };
    return { kind: "none", from: m.from, to: m.from, role: "absent" };
  }

  /**
   * A preposition before the noun (past its adjectives: "между структурными подразделениями"), or
   * before the first of two joined by "и" ("между работником и работодателем").
   */
  private governedInstrumental(from: number): boolean {
    const lower = this.ctx.tokens.lower;
    // the copula's predicate, not a doer: "работники, не являющиеся материально ответственными лицами",
    // "лицо, являющееся членом комиссии", "будучи председателем"
    for (let t = from - 1; t >= Math.max(0, from - 3); t--) {
      const w = lower[t] ?? "";
      if (COPULA.test(w)) return true;
      if (!/\p{L}/u.test(w)) break;
    }
    for (let t = from - 1; t >= Math.max(0, from - 3); t--) {
      const w = lower[t] ?? "";
      if (INSTRUMENTAL_PREPOSITIONS.test(w)) return true;
      if (!/(ыми|ими|ым|им|ой|ей)$/u.test(w)) break;
    }
    if (!/^(и|или|либо)$/u.test(lower[from - 1] ?? "")) return false;
    for (let t = from - 2; t >= Math.max(0, from - 5); t--) if (INSTRUMENTAL_PREPOSITIONS.test(lower[t] ?? "")) return true;
    return false;
  }

  private actorsIn(from: number, to: number): ActorMatch[] {
    const out: ActorMatch[] = [];
    let lo = 0;
    let hi = this.actors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.actors[mid] as ActorMatch).from < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.actors.length; i++) {
      const a = this.actors[i] as ActorMatch;
      if (a.from >= to) break;
      if (a.to <= to) out.push(a);
    }
    return out;
  }

  private casesOf(a: Span, lang: "kk" | "ru" | "en"): ReadonlySet<string> | undefined {
    return this.src.nounCases(lang, this.ctx.tokens.lower[a.to - 1] ?? "");
  }

  private isNominative(a: ActorMatch, lang: "kk" | "ru" | "en"): boolean {
    if (lang === "en") return true;
    const cases = this.casesOf(a, lang);
    if (!cases) return true; // a literal form the lexicon wrote as a subject
    if (!cases.has("nom")) return false;
    // ru: a preposition before the noun phrase makes it an object ("у руководителя", "к комиссии")
    if (lang === "ru") {
      const before = this.ctx.tokens.lower[a.from - 1] ?? "";
      if (/^(у|к|о|об|от|с|со|в|во|на|по|при|для|из|до|за|без|между|перед|над|под|через)$/u.test(before)) return false;
    }
    // kk: a postposition after it makes it an object ("бөлімшелер арасында", "комиссия үшін")
    if (lang === "kk" && KAZAKH_POSTPOSITIONS.test(this.ctx.tokens.lower[a.to] ?? "")) return false;
    return true;
  }

  private inParentheses(from: number, t: number): boolean {
    let depth = 0;
    const lo = Math.max(from, t - SUBJECT_WINDOW);
    for (let i = lo; i < t; i++) {
      const p = this.ctx.tokens.lower[i];
      if (p === "(") depth++;
      else if (p === ")" && depth > 0) depth--;
    }
    return depth > 0;
  }

  private readKinds(): TextKind[] {
    const ctx = this.ctx;
    if (this.isHeading()) return ctx.sentences.map(() => "heading");
    const own = ctx.sentences.map((s) => this.kindOfSentence(s));
    // Items under a lead-in of goals or of terms are goals or definitions themselves.
    const leadKind = own.find((k, i) => k !== "norm" && (ctx.sentences[i]?.to ?? 0) <= this.body);
    const read = own.map((k, i) => (k === "norm" && leadKind && (ctx.sentences[i]?.from ?? 0) >= this.body ? leadKind : k));
    // ... and so are the items listed in the same paragraph after such a sentence ending in a colon
    // ("Задачами Политики являются: 1) …; 2) своевременное выявление …").
    for (let i = 0; i + 1 < read.length; i++) {
      const k = read[i]!;
      const s = ctx.sentences[i]!;
      if ((k === "goal" || k === "definition") && endsLeadIn(ctx, s)) {
        for (let j = i + 1; j < read.length && read[j] === "norm"; j++) read[j] = k;
        break;
      }
    }
    return read;
  }

  private kindOfSentence(s: Span): TextKind {
    const ctx = this.ctx;
    const has = (lex: ModelLexicon) => ctx.hasIn(this.src.group(lex), s.from, s.to);
    if (has("form")) return "form";
    if (has("definition")) return "definition";
    if (has("goal")) return "goal";
    if (has("example")) return "example";
    return "norm";
  }

  /**
   * A heading is a paragraph of its own that opens with a section number ("5.", "2.1.") and a
   * capital, or with "Глава / Раздел / тарау / бөлім", is short, ends without punctuation and has
   * no verb form: it names what follows and sets no rule ("… и иные органы маслихата" is not an open
   * list). Anything with a verb or a final stop stays a norm.
   */
  private isHeading(): boolean {
    const ctx = this.ctx;
    const t = ctx.tokens;
    const n = t.count;
    if (n < 2 || ctx.sentences.length > 2) return false;
    if (t.kind[n - 1] === PUNCT && /^[.;:!?,]$/u.test(t.lower[n - 1] ?? "")) return false;
    let words = 0;
    for (let i = 0; i < n; i++) {
      if (t.kind[i] !== WORD) continue;
      words++;
      if (HEADING_VERB.test(t.lower[i] ?? "")) return false;
    }
    if (words === 0 || words > HEADING_MAX_WORDS) return false;
    const numbered = t.kind[0] === NUM && t.lower[1] === "." && t.cap[2] === 1;
    let chapter = false;
    for (let i = 0; i < Math.min(n, 4); i++) if (HEADING_WORD.test(t.lower[i] ?? "")) chapter = true;
    // two sentences only as "Глава 5. Название"
    return (numbered && ctx.sentences.length === 1) || chapter;
  }

  /**
   * "При возникновении конфликта интересов работник: 1) уведомляет …; 2) отказывается от участия …": a
   * private person named as the subject right before the lead-in's colon acts in every item — his
   * duties are no one's power over others.
   */
  private privateLeadInSubject(m: Span, lang: "kk" | "ru" | "en"): Actor | undefined {
    const ctx = this.ctx;
    const lead = this.leadInOf(ctx.sentenceOf[m.from] ?? 0);
    if (!lead) return undefined;
    const actors = this.actorsIn(lead.from, lead.to);
    const last = actors[actors.length - 1];
    if (!last || last.kind !== "private" || !this.isNominative(last, lang) || !onlyPunctuation(ctx, last.to, lead.to)) return undefined;
    return { kind: "private", from: last.from, to: last.to, role: "lead-in" };
  }

  private readLeadInActor(): Actor | undefined {
    if (this.body === 0) return undefined;
    const ctx = this.ctx;
    // "Кадровая служба: [...]": the actor named right before the colon; "Функции: [...]": the body itself.
    const lead = this.actorsIn(0, this.body).filter((a) => a.kind !== "private");
    const first = lead[0];
    const lang = ctx.langs[0] ?? "ru";
    if (first && this.isNominative(first, lang)) return { kind: first.kind, from: first.from, to: first.to, role: "lead-in" };
    if (ctx.hasIn(this.src.group("authorityList"), 0, this.body)) return { kind: "implicit", from: 0, to: 0, role: "lead-in" };
    return undefined;
  }
}

/** Nothing but punctuation in [from, to): the colon that ends a lead-in after its subject. */
function onlyPunctuation(ctx: ParagraphContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.tokens.kind[i] !== PUNCT) return false;
  return true;
}

/** The end of a lead-in that runs into its first item in one sentence ("случаях: 1) …"), or undefined. */
function colonBeforeLabel(ctx: ParagraphContext, s: Span): number | undefined {
  const t = ctx.tokens.lower;
  for (let i = s.from; i + 2 < s.to; i++) if (t[i] === ":" && ctx.tokens.kind[i + 1] === NUM && t[i + 2] === ")") return i + 1;
  return undefined;
}

/** "4) …", "б) …": a sentence that opens with a sub-item's label. */
function startsWithLabel(ctx: ParagraphContext, s: Span): boolean {
  const t = ctx.tokens;
  const first = t.lower[s.from] ?? "";
  const labelled = t.kind[s.from] === NUM || (t.kind[s.from] === WORD && first.length === 1);
  return labelled && t.lower[s.from + 1] === ")";
}

/** A sentence that ends in a colon, or in the first item of the list it opens ("являются: 1) …;"). */
function endsLeadIn(ctx: ParagraphContext, s: Span): boolean {
  return ctx.tokens.lower[s.to - 1] === ":" || colonBeforeLabel(ctx, s) !== undefined;
}

function overlapsAny(list: readonly Match[], m: Span): boolean {
  for (const x of list) {
    if (x.from >= m.to) return false;
    if (x.to > m.from) return true;
  }
  return false;
}

/** Keeps the longest of actor matches that overlap ("должностное лицо" over "лицо"). */
function dropNested(sorted: ActorMatch[]): ActorMatch[] {
  const out: ActorMatch[] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    if (last && a.from < last.to) {
      if (a.to - a.from > last.to - last.from) out[out.length - 1] = a;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The token after "[...]" (a sub-item printed with its lead-in), else 0. */
function bodyStart(ctx: ParagraphContext): number {
  const t = ctx.tokens;
  for (let i = 0; i + 2 < t.count; i++) {
    if (t.lower[i] !== "[") continue;
    let j = i + 1;
    while (j < t.count && (t.lower[j] === "." || t.lower[j] === "…")) j++;
    if (j > i + 1 && t.lower[j] === "]") return j + 1;
  }
  return 0;
}

/** "2.4." / "15)" / "а)" / "1-тармақ" at the start of the item's own text. */
function itemLabel(ctx: ParagraphContext, from: number): string | undefined {
  const t = ctx.tokens;
  if (from >= t.count) return undefined;
  const first = t.lower[from] ?? "";
  const next = t.lower[from + 1];
  const isNum = t.kind[from] !== PUNCT && (t.kind[from] !== WORD || first.length === 1);
  if (!isNum || (next !== "." && next !== ")")) return undefined;
  return ctx.norm.text.slice(t.start[from], t.end[from + 1]);
}

/** A Russian verbal noun in any case ("исполнения", "нарушение", "при нарушении"). */
const RU_VERBAL_NOUN = /^\p{L}{3,}(ни|ти)(е|я|ю|ем|и)$/u;

/** A Russian passive participle ("полученных", "утверждённым", "выдаваемых", "принятых"). */
const RU_PASSIVE_PARTICIPLE = /^\p{L}{3,}(нн|т|ем|им)(ый|ая|ое|ые|ого|ой|ому|ым|ых|ыми|ую|ом)$/u;

/** Words that end a Kazakh clause of condition or time ("…ған жағдайда", "…ған кезде", "…ғаннан кейін"). */
const KAZAKH_CLAUSE_END = /^(жағдайда|жағдайларда|кезде|кезінде|соң|кейін)$/u;

/** A Kazakh participle ("көрсетілетін", "берілген"): it opens a noun phrase, it is not a head noun. */
const KAZAKH_PARTICIPLE = /^\p{L}{2,}(атын|етін|йтын|йтін|тын|тін|ған|ген|қан|кен)$/u;
/** A generic word for an organisation in an oblique case: "ұйымды", "компанияға", "серіктестіктен". */
const KAZAKH_ORGANISATION_OBLIQUE = /^(ұйым|компания|фирма|серіктестік|кәсіпорын|мекеме)(ды|ді|ты|ті|ны|ні|ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен)$/u;
