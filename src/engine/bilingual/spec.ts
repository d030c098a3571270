/**
 * Shape of the bilingual book (rules/bilingual.yml): the words that let two language versions of
 * one regulation be compared — number words, months, units of measure and of time, item
 * references, named acts and bodies, modal and negation markers — each a concept with patterns
 * per language, and the messages a discrepancy is reported with.
 */
import type { PerLang } from "../rulebook/spec";
import { RulebookError } from "../rulebook/validate";
import { LANGS, SEVERITIES, type Lang, type Localized, type Severity } from "../types";

/**
 * unit: what a number measures (days, months, tenge, per cent, centimetres);
 * month: a calendar month (for dates);
 * reference: a structural unit of an act a number points at (пункт / тармақ, статья / бап);
 * act: a named act or a branch of law;
 * body: a named body or official;
 * modality: power, prohibition, duty or recommendation wording;
 * negation: a negated action;
 * qualifier: a word that sets the reach of a rule (only, including, except, or, on its own, at least);
 * wording: an evaluative or open word ("грубый" / "өрескел", "иные" / "өзге де"), never reported by
 *   itself: a factor the engine finds in one version's words is no difference when the other
 *   version carries the same word.
 */
export type ConceptKind = "unit" | "month" | "reference" | "act" | "body" | "modality" | "negation" | "qualifier" | "wording";
export const CONCEPT_KINDS: readonly ConceptKind[] = ["unit", "month", "reference", "act", "body", "modality", "negation", "qualifier", "wording"];

export type ModalityKind = "power" | "prohibition" | "duty" | "recommendation";
export const MODALITY_KINDS: readonly ModalityKind[] = ["power", "prohibition", "duty", "recommendation"];

/** What kind of difference a discrepancy is; each has its message in the book. */
export type DiscrepancyKind =
  | "missing-item"
  | "number"
  | "term"
  | "unit"
  | "date"
  | "reference"
  | "act"
  | "body"
  | "structural-unit"
  | "modality"
  | "negation"
  | "qualifier"
  | "enumeration"
  | "factor";
export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = [
  "missing-item",
  "number",
  "term",
  "unit",
  "date",
  "reference",
  "act",
  "body",
  "structural-unit",
  "modality",
  "negation",
  "qualifier",
  "enumeration",
  "factor",
];

export interface ConceptExamples {
  /** Texts where the concept must be found; [[...]] marks the span. */
  readonly match: readonly string[];
  /** Texts where it must not be. */
  readonly nomatch: readonly string[];
}

export interface ConceptSpec {
  readonly id: string;
  readonly kind: ConceptKind;
  /** Words that show the concept clearly: a difference is reported when one side has these. */
  readonly patterns: PerLang<readonly string[]>;
  /**
   * Looser words that may express it: a side with only these is not said to lack it. This is how
   * a difference of style stays unreported ("в течение года" says one year without a number).
   */
  readonly weak?: PerLang<readonly string[]>;
  /** For months: 1–12. */
  readonly value?: number;
  /** For modality: which. */
  readonly modality?: ModalityKind;
  /** Units that say the same (a "day" in an act is a calendar day unless it says otherwise). */
  readonly sameAs?: readonly string[];
  /** A unit of size or count (centimetres, copies, persons), not of time or money. */
  readonly counts?: boolean;
  /** How the concept is named in a message, per UI locale ("рабочие дни", "жұмыс күндері"). */
  readonly name: Localized;
  readonly examples: PerLang<ConceptExamples>;
}

export interface KindText {
  /** What the kind is called in a report ("срок или размер"). */
  readonly name: Localized;
  readonly severity: Severity;
  /** {a} and {b}: what each version says; {langA}, {langB}: the versions' names. */
  readonly message: Localized;
  /** When the other version names another thing of the same kind in its place. */
  readonly swap?: Localized;
  readonly recommendation: Localized;
}

export interface BilingualSettings {
  /** Tokens allowed between a number and the unit it measures ("10 (десяти) рабочих дней"). */
  readonly unitWindow: number;
  /** An unlabelled paragraph with fewer words than this missing on one side is layout, not an item. */
  readonly minItemWords: number;
}

export interface BilingualBook {
  readonly settings: BilingualSettings;
  /** Number words per language: value → forms ("10": [он, оннан], [десять, десяти]). */
  readonly numbers: PerLang<ReadonlyMap<string, number>>;
  /** Words that multiply what comes before them (жүз, мың, тысяча). */
  readonly multipliers: PerLang<ReadonlyMap<string, number>>;
  /**
   * Numbers written as the first part of a compound adjective ("тридцатидневный", "двухнедельного",
   * "двукратное"): per language, the number parts (form → value) and, per unit concept id, the
   * parts that name the unit ("дневн", "недельн", "кратн").
   */
  readonly compounds: PerLang<CompoundNumbers>;
  /** Word lists spliced into concept patterns with @name. */
  readonly lexicons: Readonly<Record<string, PerLang<readonly string[]>>>;
  readonly concepts: readonly ConceptSpec[];
  /** Names of the languages, in each UI locale ("в казахской версии"). */
  readonly versionNames: Readonly<Record<Lang, Localized>>;
  readonly kinds: Readonly<Record<DiscrepancyKind, KindText>>;
}

export interface CompoundNumbers {
  readonly numbers: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, readonly string[]>;
}

export interface BilingualBookSource {
  readonly source: string;
  readonly data: unknown;
}

function fail(where: string, msg: string): never {
  throw new RulebookError(`${where}: ${msg}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || x.trim() === "")) fail(where, "must be a list of non-empty strings");
  return v as string[];
}

function localized(v: unknown, where: string): Localized {
  if (!isRecord(v)) fail(where, "must give kk, ru and en texts");
  for (const l of LANGS) if (typeof v[l] !== "string" || (v[l] as string).trim() === "") fail(`${where}.${l}`, "missing text");
  return v as unknown as Localized;
}

function perLang(v: unknown, where: string): PerLang<readonly string[]> {
  if (!isRecord(v)) fail(where, "must map languages to lists");
  const out: Partial<Record<Lang, string[]>> = {};
  for (const [lang, list] of Object.entries(v)) {
    if (!LANGS.includes(lang as Lang)) fail(where, `unknown language ${lang}`);
    out[lang as Lang] = strings(list, `${where}.${lang}`);
  }
  return out;
}

/** value → forms per language, turned into form → value. */
function numberWords(v: unknown, where: string): PerLang<ReadonlyMap<string, number>> {
  if (!isRecord(v)) fail(where, "must map languages to value → forms");
  const out: Partial<Record<Lang, Map<string, number>>> = {};
  for (const [lang, table] of Object.entries(v)) {
    if (!LANGS.includes(lang as Lang)) fail(where, `unknown language ${lang}`);
    if (!isRecord(table)) fail(`${where}.${lang}`, "must map values to lists of forms");
    const forms = new Map<string, number>();
    for (const [value, list] of Object.entries(table)) {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) fail(`${where}.${lang}.${value}`, "must be a positive number");
      for (const f of strings(list, `${where}.${lang}.${value}`)) {
        const key = f.toLowerCase().replace(/ё/gu, "е");
        if (forms.has(key) && forms.get(key) !== n) fail(`${where}.${lang}`, `"${f}" is given two values`);
        forms.set(key, n);
      }
    }
    out[lang as Lang] = forms;
  }
  return out;
}

const CONCEPT_KEYS = new Set(["id", "kind", "patterns", "weak", "value", "modality", "sameAs", "counts", "name", "examples"]);

function concept(c: unknown, at: string, seen: Set<string>): ConceptSpec {
  if (!isRecord(c)) fail(at, "must be a mapping");
  const id = c.id;
  if (typeof id !== "string" || !/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/u.test(id)) fail(at, `id "${String(id)}" must look like kind.name`);
  const where = `${at} ${id}`;
  if (seen.has(id)) fail(where, "duplicate id");
  seen.add(id);
  for (const k of Object.keys(c)) if (!CONCEPT_KEYS.has(k)) fail(where, `unknown field "${k}"`);
  const kind = c.kind as ConceptKind;
  if (!CONCEPT_KINDS.includes(kind)) fail(where, `kind must be one of ${CONCEPT_KINDS.join(", ")}`);
  const patterns = perLang(c.patterns, `${where} › patterns`);
  const weak = c.weak === undefined ? undefined : perLang(c.weak, `${where} › weak`);
  const value = c.value;
  if ((kind === "month") !== (value !== undefined)) fail(where, "value is required for months and only there");
  if (value !== undefined && (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 12)) fail(where, "value must be a month number 1–12");
  const modality = c.modality as ModalityKind | undefined;
  if ((kind === "modality") !== (modality !== undefined)) fail(where, "modality is required for kind modality and only there");
  if (modality !== undefined && !MODALITY_KINDS.includes(modality)) fail(where, `modality must be one of ${MODALITY_KINDS.join(", ")}`);
  const sameAs = c.sameAs === undefined ? undefined : strings(c.sameAs, `${where} › sameAs`);
  if (sameAs && kind !== "unit") fail(where, "sameAs is for units only");
  if (c.counts !== undefined && (kind !== "unit" || typeof c.counts !== "boolean")) fail(where, "counts is true or false, for units only");
  if (!isRecord(c.examples)) fail(where, "examples: every concept needs examples in each of its languages");
  const examples: Partial<Record<Lang, ConceptExamples>> = {};
  for (const lang of Object.keys(patterns) as Lang[]) {
    const ex = c.examples[lang];
    if (!isRecord(ex)) fail(where, `examples.${lang}: missing`);
    const match = strings(ex.match ?? [], `${where} › examples.${lang}.match`);
    const nomatch = ex.nomatch === undefined ? [] : strings(ex.nomatch, `${where} › examples.${lang}.nomatch`);
    examples[lang] = { match, nomatch };
  }
  return {
    id,
    kind,
    patterns,
    ...(weak ? { weak } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(modality ? { modality } : {}),
    ...(sameAs ? { sameAs } : {}),
    ...(c.counts === true ? { counts: true } : {}),
    name: localized(c.name, `${where} › name`),
    examples,
  };
}

function compoundNumbers(v: unknown, where: string): PerLang<CompoundNumbers> {
  if (!isRecord(v)) fail(where, "must map languages to numbers and units");
  const out: Partial<Record<Lang, CompoundNumbers>> = {};
  for (const [lang, table] of Object.entries(v)) {
    if (!LANGS.includes(lang as Lang)) fail(where, `unknown language ${lang}`);
    if (!isRecord(table) || !isRecord(table.units)) fail(`${where}.${lang}`, "must give numbers (value → forms) and units (unit id → parts)");
    const numbers = numberWords({ [lang]: table.numbers }, `${where}.${lang}.numbers`)[lang as Lang] as ReadonlyMap<string, number>;
    const units = new Map<string, readonly string[]>();
    for (const [id, parts] of Object.entries(table.units)) units.set(id, strings(parts, `${where}.${lang}.units.${id}`).map((x) => x.toLowerCase().replace(/ё/gu, "е")));
    out[lang as Lang] = { numbers, units };
  }
  return out;
}

/** Checks the YAML's shape and gives one clear line per mistake; patterns are checked by the compiler. */
export function validateBilingualBook(src: BilingualBookSource): BilingualBook {
  const where = src.source;
  const d = src.data;
  if (!isRecord(d)) fail(where, "must be a mapping with settings, numbers, concepts and kinds");
  const s = d.settings;
  if (!isRecord(s)) fail(`${where} › settings`, "missing");
  const unitWindow = s.unitWindow;
  if (typeof unitWindow !== "number" || !Number.isInteger(unitWindow) || unitWindow < 0 || unitWindow > 6) fail(`${where} › settings.unitWindow`, "must be an integer 0–6");
  const minItemWords = s.minItemWords;
  if (typeof minItemWords !== "number" || !Number.isInteger(minItemWords) || minItemWords < 1 || minItemWords > 50) fail(`${where} › settings.minItemWords`, "must be an integer 1–50");

  const lexicons: Record<string, PerLang<readonly string[]>> = {};
  const rawLex = d.lexicons ?? {};
  if (!isRecord(rawLex)) fail(`${where} › lexicons`, "must be a mapping");
  for (const [name, v] of Object.entries(rawLex)) lexicons[name] = perLang(v, `${where} › lexicons.${name}`);

  if (!Array.isArray(d.concepts) || d.concepts.length === 0) fail(`${where} › concepts`, "must be a non-empty list");
  const seen = new Set<string>();
  const concepts = d.concepts.map((c, i) => concept(c, `${where} › concepts[${i}]`, seen));
  for (const c of concepts) for (const other of c.sameAs ?? []) if (!concepts.some((x) => x.id === other && x.kind === "unit")) fail(`${where} › ${c.id} › sameAs`, `"${other}" is not a unit concept`);

  const names = d.versionNames;
  if (!isRecord(names)) fail(`${where} › versionNames`, "missing");
  const versionNames = {} as Record<Lang, Localized>;
  for (const l of LANGS) versionNames[l] = localized(names[l], `${where} › versionNames.${l}`);

  const rawKinds = d.kinds;
  if (!isRecord(rawKinds)) fail(`${where} › kinds`, "missing");
  const kinds = {} as Record<DiscrepancyKind, KindText>;
  for (const k of DISCREPANCY_KINDS) {
    const v = rawKinds[k];
    const at = `${where} › kinds.${k}`;
    if (!isRecord(v)) fail(at, "missing");
    const severity = v.severity as Severity;
    if (!SEVERITIES.includes(severity)) fail(at, `severity must be one of ${SEVERITIES.join(", ")}`);
    kinds[k] = {
      name: localized(v.name, `${at}.name`),
      severity,
      message: localized(v.message, `${at}.message`),
      ...(v.swap !== undefined ? { swap: localized(v.swap, `${at}.swap`) } : {}),
      recommendation: localized(v.recommendation, `${at}.recommendation`),
    };
  }
  for (const k of Object.keys(rawKinds)) if (!DISCREPANCY_KINDS.includes(k as DiscrepancyKind)) fail(`${where} › kinds`, `unknown kind "${k}"`);

  const compounds = compoundNumbers(d.compounds ?? {}, `${where} › compounds`);
  for (const [lang, c] of Object.entries(compounds) as [Lang, CompoundNumbers][])
    for (const id of c.units.keys()) if (!concepts.some((x) => x.id === id && x.kind === "unit")) fail(`${where} › compounds.${lang}.units`, `"${id}" is not a unit concept`);
  return {
    settings: { unitWindow, minItemWords },
    numbers: numberWords(d.numbers, `${where} › numbers`),
    multipliers: numberWords(d.multipliers ?? {}, `${where} › multipliers`),
    compounds,
    lexicons,
    concepts,
    versionNames,
    kinds,
  };
}
