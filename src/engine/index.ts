/**
 * The review engine: paragraphs of text in, findings and affected units out.
 *
 * Pure TypeScript with no Office, DOM, React, Graph or Node imports (test/architecture.test.ts
 * and tsconfig.engine.json enforce it), so the task pane, a Web Worker, the Outlook on-send
 * runtime and the CLI all run exactly this code. Rules arrive as data (RulebookSource).
 */
import { ParagraphContext } from "./analysis/paragraph";
import { CHECK_LEXICONS, CHECKS } from "./checks";
import { CLAUSE_JOINERS } from "./checks/model";
import type { RawFinding } from "./checks/types";
import { postProcess } from "./findings/pipeline";
import { LEAD_IN_MARK, leadInsOf } from "./model/lead-in";
import { KK_CLAUSE_STARTS, MODEL_LEXICONS, type ReaderSource } from "./model/reader";
import { renderMessage, renderSuggestion } from "./findings/render";
import { CompiledRulebook } from "./rulebook/compile";
import type { RulebookSource, RuleSpec, UnitsConfig } from "./rulebook/spec";
import { toOriginalRange } from "./text/normalize";
import { WORD } from "./text/tokenize";
import type { ActorKind, Modality, Predicate, TextKind } from "./model/types";
import { LOWER_SEVERITY, SEVERITY_RANK, type AnalysisResult, type AnalyzeOptions, type Finding, type Lang, type UnitMention } from "./types";
import { mergeUnits, unitMentions } from "./units/affected-units";

export * from "./types";
export type { RulebookSource, RuleSpec, UnitsConfig, RuleExamples, RuleFile, PerLang } from "./rulebook/spec";
export { RulebookError } from "./rulebook/validate";
export { renderMessage, renderSuggestion } from "./findings/render";

/** Result for one paragraph; what an incremental re-scan caches per paragraph. */
export interface ParagraphResult {
  readonly findings: readonly Finding[];
  readonly units: ReadonlyMap<string, readonly UnitMention[]>;
  /** Evaluative terms this paragraph defines ("Уважительной причиной является: ..."), as term keys. */
  readonly definedTerms: readonly string[];
  /** Rules whose `unless` of scope document this paragraph satisfies (e.g. it deals with recusal). */
  readonly documentBounds?: readonly string[];
}

/** How the provision reader reads one text (`adal explain`, and the model's own tests). */
export interface Reading {
  /** The item's own number, as written ("2.4.", "15)"), if it has one. */
  readonly label?: string;
  readonly sentences: readonly { readonly text: string; readonly lang: Lang; readonly kind: TextKind }[];
  readonly actions: readonly ReadAction[];
}

export interface ReadAction {
  /** The words of the action ("назначается", "шешім қабылдайды"). */
  readonly text: string;
  /** Which `model.verb.*` lexicons it belongs to (decide, review, ...). */
  readonly classes: readonly string[];
  readonly voice: Predicate["voice"];
  readonly modality: Modality;
  readonly negated: boolean;
  readonly actor: ActorKind;
  /** The words naming the actor ("председатель", "приказом руководителя"), "" when absent. */
  readonly actorText: string;
  /** `model.object.*` lexicons met in its sentence. */
  readonly objects: readonly string[];
  /** `model.bound.*` lexicons met in the item. */
  readonly bounds: readonly string[];
}

/** Options for one paragraph: the document's options and the lead-in that governs it (leadInsOf). */
export interface ParagraphOptions extends AnalyzeOptions {
  readonly leadIn?: string | undefined;
}

export { leadInsOf } from "./model/lead-in";

export interface Engine {
  readonly rules: readonly RuleSpec[];
  readonly units: UnitsConfig;
  /** Analyses a whole document given as paragraphs (the index of each is `Finding.paragraph`). */
  analyze(paragraphs: readonly string[], options?: AnalyzeOptions): AnalysisResult;
  /** Analyses one paragraph; `index` is stamped on its findings; `leadIn` is the text that governs it. */
  analyzeParagraph(text: string, index: number, options?: ParagraphOptions): ParagraphResult;
  /** Merges cached paragraph results (e.g. after re-scanning only changed paragraphs). */
  combine(results: readonly ParagraphResult[], options?: AnalyzeOptions): AnalysisResult;
  /** Re-renders a finding's message and recommendation in another UI locale. */
  localize(finding: Finding, locale: Lang): Finding;
  rule(id: string): RuleSpec | undefined;
  /** The provision model of one text: sentences with their kind, and every action the reader knows. */
  read(text: string, options?: AnalyzeOptions): Reading;
}

/** Compiles a rulebook once; the returned engine is reusable and holds no per-document state. */
/** Sentences opening with a first-person pronoun are declarations, not norms (see rules/lexicons.yml). */
const FIRST_PERSON = "filter.first-person";
/** "X является:", "X мыналар болып табылады:" right after an evaluative term defines it for the document. */
const DEFINITION = "filter.definition";

/** How far (tokens) from a finding what it concerns is looked for when a rule's variant is chosen. */
const VARIANT_WINDOW = 8;
/**
 * Kazakh names what a verb concerns first and lists its members and conditions between ("оның құрамына
 * мәслихат аппаратының қызметкерлері, жергілікті атқарушы органдардың өкілдері қосылуы мүмкін", "оның
 * телқұжаты, … өтініші бойынша, … хабарлама ұсынылғанда … берілуі мүмкін"), so it is looked for back to
 * the start of the verb's clause (variantStart), within this reach.
 */
const VARIANT_WINDOW_KK_BEFORE = 40;

/** Rules read norms unless they say otherwise (rules/README.md, `text:`). */
const NORMS_ONLY: readonly TextKind[] = ["norm"];

export function createEngine(source: RulebookSource): Engine {
  const book = new CompiledRulebook(source, [...CHECK_LEXICONS, FIRST_PERSON, DEFINITION]);
  const lexiconGroup = (name: string) => book.lexiconGroup(name);
  const firstPerson = book.lexiconGroup(FIRST_PERSON);
  const definition = book.lexiconGroup(DEFINITION);
  const byId = new Map(book.rules.map((r) => [r.spec.id, r.spec]));
  const documentRules = book.rules.filter((r) => r.unless.some((c) => c.spec.scope === "document"));
  const documentRuleIds = new Set(documentRules.map((r) => r.spec.id));
  const reader: ReaderSource = {
    group: (name) => book.lexiconGroup(MODEL_LEXICONS[name]),
    verbTag: (lang, form) => book.verbTag(lang, form),
    nounCases: (lang, form) => book.nounCases(lang, form),
    agreement: (form) => book.agreementOf(form),
  };

  function analyzeParagraph(text: string, index: number, options: ParagraphOptions = {}): ParagraphResult {
    if (options.leadIn) {
      // The item is read with its lead-in; what is found in the lead-in is reported on the lead-in.
      const joined = `${options.leadIn} ${LEAD_IN_MARK} ${text}`;
      const offset = joined.length - text.length;
      const r = analyzeParagraph(joined, index, { ...options, leadIn: undefined });
      const units = new Map<string, UnitMention[]>();
      for (const [unit, mentions] of r.units) {
        const own = mentions.filter((m) => m.start >= offset).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
        if (own.length > 0) units.set(unit, own);
      }
      return {
        findings: r.findings.filter((f) => f.start >= offset).map((f) => ({ ...f, start: f.start - offset, end: f.end - offset })),
        units,
        definedTerms: r.definedTerms,
        ...(r.documentBounds ? { documentBounds: r.documentBounds } : {}),
      };
    }
    const ctx = new ParagraphContext(text, index, book, options.langHint ?? "ru", reader);
    const raw: RawFinding[] = [];
    for (const rule of book.rules) CHECKS[rule.spec.check].run(rule, ctx, lexiconGroup, raw);
    const declarations = declarationSentences(ctx, firstPerson);
    const definedTerms: string[] = [];
    const kept = raw.filter((r) => {
      if (declarations.has(ctx.sentenceOf[r.from] ?? -1)) return false;
      if (!(r.rule.spec.text ?? NORMS_ONLY).includes(ctx.model.kindOf(r.from))) return false;
      if (r.rule.spec.factor === "vague_term" && definesTerm(ctx, definition, r)) {
        definedTerms.push(termKey(r.rule.spec.id, ctx.tokens.lower.slice(r.from, r.to)));
        return false;
      }
      return true;
    });
    // A rule's special case (its variant) may set the severity, so it is decided before one finding per
    // sentence is kept.
    const withVariants = kept.map((r) => {
      // What the finding concerns is near it ("вправе применить взыскание"), not anywhere in a long sentence
      // ("предупреждает о предстоящем увольнении и может предоставить оплачиваемый день").
      const sentence = ctx.sentenceRange(r);
      const back = ctx.langOf(r) === "kk" ? VARIANT_WINDOW_KK_BEFORE : VARIANT_WINDOW;
      const near = { from: variantStart(ctx, r, Math.max(sentence.from, r.from - back)), to: Math.min(sentence.to, r.to + VARIANT_WINDOW) };
      const variant = r.rule.variants.findIndex((groups) => groups.some((g) => ctx.hasIn(g, near.from, near.to)));
      const v = variant >= 0 ? r.rule.spec.variants?.[variant] : undefined;
      const chosen = v?.severity !== undefined && r.severity === r.rule.spec.severity ? v.severity : r.severity;
      const severity = r.stepDown ? LOWER_SEVERITY[chosen] : chosen;
      return { ...r, severity, variant, v };
    });
    const findings = oneDeadlinePerSentence(ctx, oneDiscretionPerSentence(ctx, withVariants, documentRuleIds)).map((r): Finding => {
      const [start, end] = toOriginalRange(ctx.norm, ctx.tokens.start[r.from] ?? 0, ctx.tokens.end[r.to - 1] ?? 0);
      const excerpt = text.slice(start, end);
      const lang = ctx.langOf(r);
      const spec = r.rule.spec;
      const { variant, v } = r;
      const { message, recommendation } = renderMessage(spec, options.locale ?? lang, excerpt, v ? variant : undefined);
      const suggestion = v?.suggestion === false ? undefined : r.suggestion !== undefined ? (r.suggestion ?? undefined) : renderSuggestion(spec, lang, excerpt);
      return {
        ruleId: spec.id,
        factor: spec.factor,
        clauses: spec.clauses,
        severity: r.severity,
        paragraph: index,
        start,
        end,
        excerpt,
        lang,
        message,
        recommendation,
        ...(suggestion !== undefined ? { suggestion } : {}),
        ...(v ? { variant } : {}),
      };
    });
    const documentBounds = documentRules.filter((r) => r.unless.some((c) => c.spec.scope === "document" && ctx.matches(c.group).length > 0)).map((r) => r.spec.id);
    return {
      findings: postProcess(findings, options.minSeverity),
      units: unitMentions(ctx, book),
      definedTerms,
      ...(documentBounds.length > 0 ? { documentBounds } : {}),
    };
  }

  function combine(results: readonly ParagraphResult[], options: AnalyzeOptions = {}): AnalysisResult {
    const defined = new Set(results.flatMap((r) => r.definedTerms));
    const bounded = new Set(results.flatMap((r) => r.documentBounds ?? []));
    const reported = new Set<string>();
    // What a document lacks is said once, at its first trigger, and not at all when any paragraph has it.
    const all = results.flatMap((r) => r.findings).filter((f) => {
      if (!documentRuleIds.has(f.ruleId)) return true;
      if (bounded.has(f.ruleId) || reported.has(f.ruleId)) return false;
      reported.add(f.ruleId);
      return true;
    });
    // An evaluative term the document defines somewhere is not vague anywhere in it.
    const findings = defined.size === 0 ? all : all.filter((f) => f.factor !== "vague_term" || !defined.has(termKey(f.ruleId, wordsOf(f.excerpt))));
    const locale = options.locale ?? dominantLang(findings) ?? "ru";
    return { findings, affectedUnits: mergeUnits(results.map((r) => r.units as Map<string, UnitMention[]>), book, locale) };
  }

  return {
    rules: book.rules.map((r) => r.spec),
    units: book.unitsConfig,
    analyzeParagraph,
    combine,
    analyze(paragraphs, options = {}) {
      const leads = leadInsOf(paragraphs);
      return combine(
        paragraphs.map((p, i) => {
          const leadIn = leads[i];
          return analyzeParagraph(p, i, leadIn !== undefined ? { ...options, leadIn } : options);
        }),
        options,
      );
    },
    localize(finding, locale) {
      const spec = byId.get(finding.ruleId);
      if (!spec) return finding;
      return { ...finding, ...renderMessage(spec, locale, finding.excerpt, finding.variant) };
    },
    rule: (id) => byId.get(id),
    read(text, options = {}) {
      const ctx = new ParagraphContext(text, 0, book, options.langHint ?? "ru", reader);
      const model = ctx.model;
      const slice = (from: number, to: number) => (to > from ? text.slice(...toOriginalRange(ctx.norm, ctx.tokens.start[from] ?? 0, ctx.tokens.end[to - 1] ?? 0)) : "");
      const lexNames = book.lexiconNames();
      const verbs = lexNames.filter((n) => n.startsWith("model.verb."));
      const objects = lexNames.filter((n) => n.startsWith("model.object."));
      const bounds = lexNames.filter((n) => n.startsWith("model.bound."));
      const found = (names: readonly string[], from: number, to: number) =>
        names.filter((n) => ctx.hasIn(book.lexiconGroup(n), from, to)).map((n) => n.slice(n.lastIndexOf(".") + 1));
      const spans = new Map<string, { from: number; to: number; classes: string[] }>();
      for (const v of verbs) {
        for (const m of ctx.matches(book.lexiconGroup(v))) {
          const key = `${m.from}:${m.to}`;
          const entry = spans.get(key) ?? { from: m.from, to: m.to, classes: [] };
          entry.classes.push(v.slice("model.verb.".length));
          spans.set(key, entry);
        }
      }
      const actions = [...spans.values()]
        .sort((a, b) => a.from - b.from)
        .map((sp): ReadAction => {
          const p = model.predicate(sp);
          const sent = ctx.sentences[p.sentence] ?? { from: 0, to: ctx.tokens.count };
          return {
            text: slice(sp.from, sp.to),
            classes: sp.classes,
            voice: p.voice,
            modality: p.modality,
            negated: p.negated,
            actor: p.actor.kind,
            actorText: slice(p.actor.from, p.actor.to),
            objects: found(objects, sent.from, sent.to),
            bounds: found(bounds, 0, ctx.tokens.count),
          };
        });
      return {
        ...(model.label !== undefined ? { label: model.label } : {}),
        sentences: ctx.sentences.map((s, i) => ({ text: slice(s.from, s.to), lang: ctx.langs[i] ?? "ru", kind: model.kinds[i] ?? "norm" })),
        actions,
      };
    },
  };
}

/**
 * Discretion read from the structure of a sentence ("выплачивается без критериев", "не сказано, кто
 * решает") repeats what an explicit wording in the same sentence ("вправе", "по усмотрению") already
 * shows: to a reader that is one defect. Inferred findings give way to explicit ones in their sentence,
 * and only the most severe inferred one stays where there is no explicit one. Explicit wordings are
 * each reported: each is a phrase to fix.
 */
const DISCRETION_FAMILY: ReadonlySet<string> = new Set(["broad_discretion", "may_formula", "selective_rights", "gap", "no_procedure"]);

/**
 * A counterparty chosen with no competition ("у поставщика, определяемого начальником") is the same
 * unbounded choice the inferred discretion finding would report on the same words; the explicit
 * procurement remark names it more precisely, so it stands in for an inferred one on or beside its words
 * (experts 46a, 47a, review 89 read the pair as one defect) — not for one about another clause of the
 * sentence ("продлевается автоматически …, а размер оплаты определяется заместителем", review 91).
 */
const COMPETITION_REACH = 3;

/**
 * One missing deadline per sentence and rule: "отменяет решения … и назначает повторную аттестацию" is one
 * decision with no term, which a lawyer notes once (expert round 22 read the two remarks as a duplicate).
 */
function oneDeadlinePerSentence<T extends RawFinding>(ctx: ParagraphContext, raw: readonly T[]): T[] {
  const seen = new Set<string>();
  return raw.filter((r) => {
    if (r.rule.spec.factor !== "no_deadline") return true;
    const key = `${ctx.sentenceOf[r.from] ?? 0}\u0000${r.rule.spec.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function oneDiscretionPerSentence<T extends RawFinding>(ctx: ParagraphContext, raw: readonly T[], documentRules: ReadonlySet<string>): T[] {
  // what the whole document lacks is another remark than what the sentence says, so it is not merged
  const inferred = (x: T) => DISCRETION_FAMILY.has(x.rule.spec.factor) && x.rule.spec.check === "model" && !documentRules.has(x.rule.spec.id);
  const explicit = new Set<number>();
  const competition: T[] = [];
  for (const r of raw) {
    // a document-wide remark may yet be dropped because another paragraph has what it asks for, so it
    // does not stand in for what this sentence says
    if (inferred(r) || documentRules.has(r.rule.spec.id)) continue;
    if (DISCRETION_FAMILY.has(r.rule.spec.factor)) explicit.add(ctx.sentenceOf[r.from] ?? 0);
    else if (r.rule.spec.factor === "no_competitive_procedure") competition.push(r);
  }
  const beside = (r: T) => competition.some((c) => (ctx.sentenceOf[c.from] ?? 0) === (ctx.sentenceOf[r.from] ?? 0) && r.from < c.to + COMPETITION_REACH && c.from - COMPETITION_REACH < r.to);
  const best = new Map<number, T>();
  const rank = (x: T) => SEVERITY_RANK[x.severity] * 1000 + (x.to - x.from);
  for (const r of raw) {
    if (!inferred(r) || beside(r)) continue;
    const s = ctx.sentenceOf[r.from] ?? 0;
    const o = best.get(s);
    if (!o || rank(r) > rank(o)) best.set(s, r);
  }
  return raw.filter((r) => {
    if (!inferred(r)) return true;
    const s = ctx.sentenceOf[r.from] ?? 0;
    return !explicit.has(s) && best.get(s) === r;
  });
}

/**
 * true when a definition marker follows the term within three tokens of its sentence, as its own
 * predicate: "созываются по мере необходимости и считаются правомочными" coordinates a second
 * predicate of the sentence's subject, it does not define "необходимость".
 */
function definesTerm(ctx: ParagraphContext, group: number, r: RawFinding): boolean {
  const s = ctx.sentenceRange(r);
  return ctx.within(group, r.to, Math.min(s.to, r.to + 4)).some((m) => {
    for (let t = r.to; t < m.from; t++) {
      const w = ctx.tokens.lower[t] ?? "";
      if (w === "," || CLAUSE_JOINERS.has(w)) return false;
    }
    return true;
  });
}

function wordsOf(excerpt: string): string[] {
  return excerpt.toLowerCase().replace(/ё/gu, "е").split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/** Crude but inflection-proof key of a term: the first five letters of each word ("уважит…" ≈ "уважи причи"). */
function termKey(ruleId: string, words: readonly string[]): string {
  return `${ruleId}|${words.filter((w) => /\p{L}/u.test(w)).map((w) => w.slice(0, 5)).join(" ")}`;
}

/** Indexes of sentences whose first word is a match of the first-person filter. */
function declarationSentences(ctx: ParagraphContext, group: number): Set<number> {
  const out = new Set<number>();
  for (const m of ctx.matches(group)) {
    const s = ctx.sentenceRange(m);
    let first = s.from;
    while (first < s.to && ctx.tokens.kind[first] !== WORD) first++;
    if (m.from === first) out.add(ctx.sentenceOf[m.from] ?? -1);
  }
  return out;
}

function dominantLang(findings: readonly Finding[]): Lang | undefined {
  const n: Record<Lang, number> = { kk: 0, ru: 0, en: 0 };
  for (const f of findings) n[f.lang]++;
  const best = (Object.keys(n) as Lang[]).sort((a, b) => n[b] - n[a])[0];
  return best && n[best] > 0 ? best : undefined;
}

/**
 * Where the words a finding concerns may start: in Russian and English a conjunction before it ends
 * another clause ("предупреждает о предстоящем увольнении и может предоставить оплачиваемый день"),
 * whose objects are not this one's; Kazakh names the object before the verb, across its own commas.
 */
function variantStart(ctx: ParagraphContext, r: { from: number }, from: number): number {
  const kazakh = ctx.langOf(r) === "kk";
  const stops = kazakh ? KK_CLAUSE_BREAKS : CLAUSE_CONJUNCTIONS;
  for (let t = r.from - 1; t >= from; t--) {
    const w = ctx.tokens.lower[t] ?? "";
    // (not "и" between two adjectives of one noun: "в состав счетной и редакционной комиссии могут включаться")
    if (stops.has(w) && (kazakh || !coordinatesModifiers(ctx.tokens.lower[t - 1] ?? "", ctx.tokens.lower[t + 1] ?? ""))) return t + 1;
    // "… қарайды, …" / "… қарайды және …": a finite verb before a comma or "және" ends the clause before
    if (kazakh && (w === "," || w === "және") && ctx.model.isFiniteKazakh(ctx.tokens.lower[t - 1] ?? "")) return t + 1;
  }
  return from;
}
const CLAUSE_CONJUNCTIONS = new Set(["и", "или", "а", "но", "and", "or", "but"]);
/** Two Russian adjectives in one ending around a conjunction modify one noun; they open no clause. */
const RU_ADJECTIVE_ENDING = /(ой|ей|ых|их|ого|его|ому|ему|ые|ие|ая|яя|ую|юю|ым|им|ый|ий)$/u;
function coordinatesModifiers(before: string, after: string): boolean {
  const a = RU_ADJECTIVE_ENDING.exec(before)?.[1];
  return a !== undefined && a === RU_ADJECTIVE_ENDING.exec(after)?.[1];
}
/** Kazakh clauses are joined by "ал", "бірақ" or a semicolon, and by a comma or "және" after a finite verb (variantStart). */
const KK_CLAUSE_BREAKS: ReadonlySet<string> = new Set([...KK_CLAUSE_STARTS, ";"]);
