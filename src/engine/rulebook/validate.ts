/**
 * Validation of rulebook data at load time. Rule files are edited by reviewers, not compiled by
 * TypeScript, so every mistake must come back as one clear line naming the file, the rule and
 * the field (Vale validates its YAML the same way).
 */
import { ACTOR_KINDS, MODALITIES, TEXT_KINDS } from "../model/types";
import { FACTOR_IDS, LANGS, SEVERITIES, type FactorId, type Lang, type Localized, type Severity } from "../types";
import {
  CHECK_KINDS,
  SCOPES,
  type CheckKind,
  type ConditionSpec,
  type ModelQuery,
  type RuleVariant,
  type Lexicons,
  type PerLang,
  type RuleExamples,
  type RuleFile,
  type RuleSpec,
  type Scope,
  type UnitSpec,
  type UnitsConfig,
} from "./spec";

export class RulebookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RulebookError";
  }
}

const RULE_KEYS = new Set([
  "id", "factor", "clauses", "severity", "check", "description", "patterns", "unless", "requires", "message",
  "recommendation", "suggestion", "examples", "model", "text", "variants",
]);
const CLAUSE_RE = /^(P\d+(\.\d+)*|A\d(\.\d+)*)$/u;
const RULE_ID_RE = /^[a-z]+(\/[a-z0-9-]+)+$/u;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

class Path {
  constructor(private readonly parts: readonly string[]) {}
  at(part: string): Path {
    return new Path([...this.parts, part]);
  }
  toString(): string {
    return this.parts.join(" › ");
  }
}

/** Throws a one-line error naming the file, rule and field. A free function so TypeScript narrows after it. */
function fail(p: Path, detail: string): never {
  throw new RulebookError(`${p.toString()}: ${detail}`);
}

function stringList(v: unknown, p: Path, allowEmpty = false): string[] {
  if (!Array.isArray(v)) fail(p, "expected a list of strings");
  if (!allowEmpty && v.length === 0) fail(p, "the list is empty");
  return v.map((x, i) => {
    if (typeof x !== "string" || x.trim() === "") fail(p.at(`[${i}]`), "expected a non-empty string");
    return x;
  });
}

function perLang<T>(v: unknown, p: Path, each: (x: unknown, p: Path) => T): PerLang<T> {
  if (!isObj(v)) fail(p, "expected a map with keys kk, ru and/or en");
  const out: Partial<Record<Lang, T>> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!(LANGS as readonly string[]).includes(k)) fail(p, `unknown language "${k}" (use kk, ru, en)`);
    out[k as Lang] = each(x, p.at(k));
  }
  return out;
}

function localized(v: unknown, p: Path): Localized {
  if (!isObj(v)) fail(p, "expected texts for kk, ru and en");
  for (const lang of LANGS) {
    const x = v[lang];
    if (typeof x !== "string" || x.trim() === "") fail(p.at(lang), "missing text (every rule speaks kk, ru and en)");
  }
  for (const k of Object.keys(v)) if (!(LANGS as readonly string[]).includes(k)) fail(p, `unknown language "${k}"`);
  return { kk: v.kk as string, ru: v.ru as string, en: v.en as string };
}

/** A document condition says what must be absent from the whole act; "requires" it cannot. */
function requirement(v: unknown, p: Path): ConditionSpec {
  const c = condition(v, p);
  if (c.scope === "document") fail(p.at("scope"), "scope document is for unless only");
  return c;
}

function condition(v: unknown, p: Path): ConditionSpec {
  if (!isObj(v)) fail(p, "expected { scope, patterns, window?, conjunct? }");
  const scope = v.scope;
  if (typeof scope !== "string" || !(SCOPES as readonly string[]).includes(scope)) fail(p.at("scope"), `expected one of ${SCOPES.join(", ")}`);
  let window: number | undefined;
  if (v.window !== undefined) {
    if (typeof v.window !== "number" || !Number.isInteger(v.window) || v.window < 1 || v.window > 60) fail(p.at("window"), "expected a whole number 1..60");
    if (scope === "sentence" || scope === "paragraph" || scope === "document") fail(p.at("window"), `a window has no meaning for scope ${scope}`);
    window = v.window;
  }
  let conjunct = false;
  if (v.conjunct !== undefined) {
    if (v.conjunct !== true) fail(p.at("conjunct"), "expected true");
    if (scope !== "before") fail(p.at("conjunct"), "conjunct has a meaning for scope before only");
    conjunct = true;
  }
  for (const k of Object.keys(v)) if (!["scope", "window", "patterns", "conjunct"].includes(k)) fail(p, `unknown field "${k}"`);
  const patterns = perLang(v.patterns, p.at("patterns"), (x, q) => stringList(x, q));
  return { scope: scope as Scope, patterns, ...(window === undefined ? {} : { window }), ...(conjunct ? { conjunct } : {}) };
}

function examples(v: unknown, p: Path): RuleExamples {
  if (!isObj(v)) fail(p, "expected { invalid: [...], valid: [...] }");
  for (const k of Object.keys(v)) if (k !== "invalid" && k !== "valid") fail(p, `unknown field "${k}"`);
  return { invalid: stringList(v.invalid, p.at("invalid")), valid: stringList(v.valid, p.at("valid")) };
}

function suggestion(v: unknown, p: Path): string | Readonly<Record<string, string>> {
  if (typeof v === "string" && v.trim() !== "") return v;
  if (isObj(v)) {
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) {
      if (typeof x !== "string") fail(p.at(k), "expected a replacement text");
      out[k] = x;
    }
    return out;
  }
  return fail(p, "expected a template string or a map from excerpt to replacement");
}

const MODEL_KEYS = new Set(["objects", "actors", "modality", "unbounded", "scope", "voice"]);

function oneOfList<T extends string>(v: unknown, p: Path, allowed: readonly T[]): T[] {
  const list = stringList(v, p);
  list.forEach((x, i) => {
    if (!(allowed as readonly string[]).includes(x)) fail(p.at(`[${i}]`), `"${x}" is not one of ${allowed.join(", ")}`);
  });
  return list as T[];
}

function modelQuery(v: unknown, p: Path): ModelQuery {
  if (!isObj(v)) fail(p, "expected { objects?, actors?, modality?, unbounded?, scope?, voice? }");
  for (const k of Object.keys(v)) if (!MODEL_KEYS.has(k)) fail(p, `unknown field "${k}"`);
  const scope = v.scope;
  if (scope !== undefined && scope !== "sentence" && scope !== "paragraph") fail(p.at("scope"), "expected sentence or paragraph");
  return {
    ...(v.objects !== undefined ? { objects: stringList(v.objects, p.at("objects")) } : {}),
    ...(v.actors !== undefined ? { actors: oneOfList(v.actors, p.at("actors"), ACTOR_KINDS) } : {}),
    ...(v.modality !== undefined ? { modality: oneOfList(v.modality, p.at("modality"), MODALITIES) } : {}),
    ...(v.unbounded !== undefined ? { unbounded: stringList(v.unbounded, p.at("unbounded")) } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(v.voice !== undefined ? { voice: oneOfList(v.voice, p.at("voice"), ["active", "passive", "attribute"] as const) } : {}),
  };
}

function variant(v: unknown, p: Path): RuleVariant {
  if (!isObj(v)) fail(p, "expected { objects, message?, recommendation?, suggestion? }");
  for (const k of Object.keys(v)) if (!["objects", "message", "recommendation", "suggestion", "severity"].includes(k)) fail(p, `unknown field "${k}"`);
  if (v.suggestion !== undefined && v.suggestion !== false) fail(p.at("suggestion"), "only false (no rewrite in this case) is allowed");
  if (v.severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(v.severity)) fail(p.at("severity"), "expected high, medium or low");
  return {
    objects: stringList(v.objects, p.at("objects")),
    ...(v.message !== undefined ? { message: localized(v.message, p.at("message")) } : {}),
    ...(v.recommendation !== undefined ? { recommendation: localized(v.recommendation, p.at("recommendation")) } : {}),
    ...(v.suggestion === false ? { suggestion: false as const } : {}),
    ...(v.severity !== undefined ? { severity: v.severity as Severity } : {}),
  };
}

/** Validates one rule object. */
export function validateRule(v: unknown, p: Path): RuleSpec {
  if (!isObj(v)) fail(p, "expected a rule object");
  const id = v.id;
  if (typeof id !== "string" || !RULE_ID_RE.test(id)) fail(p.at("id"), 'expected an id like "discretion/no-may-formula"');
  const q = p.at(id);
  for (const k of Object.keys(v)) if (!RULE_KEYS.has(k)) fail(q, `unknown field "${k}"`);
  const factor = v.factor;
  if (typeof factor !== "string" || !(FACTOR_IDS as readonly string[]).includes(factor)) fail(q.at("factor"), "expected a factor id from shared/corpus/FACTORS.md");
  const severity = v.severity;
  if (typeof severity !== "string" || !(SEVERITIES as readonly string[]).includes(severity)) fail(q.at("severity"), "expected high, medium or low");
  const check = v.check;
  if (typeof check !== "string" || !(CHECK_KINDS as readonly string[]).includes(check)) fail(q.at("check"), `expected one of ${CHECK_KINDS.join(", ")}`);
  const clauses = stringList(v.clauses, q.at("clauses"));
  clauses.forEach((c, i) => {
    if (!CLAUSE_RE.test(c)) fail(q.at(`clauses[${i}]`), `"${c}" is not a clause id like A1.3.6 or P4.7.1`);
  });
  const patterns = perLang(v.patterns, q.at("patterns"), (x, r) => stringList(x, r));
  const langs = Object.keys(patterns) as Lang[];
  if (langs.length === 0) fail(q.at("patterns"), "a rule needs patterns in at least one language");
  // null: the build left the examples out of a pane's bundle (tools/yaml-to-module.cjs); the source
  // files, which the tests and `adal rules --test` read, must have them for every language.
  const stripped = v.examples === null;
  const ex = stripped ? {} : perLang(v.examples, q.at("examples"), examples);
  if (!stripped) for (const lang of langs) if (!ex[lang]) fail(q.at("examples"), `patterns cover ${lang} but there are no ${lang} examples`);
  const spec: RuleSpec = {
    id,
    factor: factor as FactorId,
    clauses,
    severity: severity as Severity,
    check: check as CheckKind,
    patterns,
    message: localized(v.message, q.at("message")),
    recommendation: localized(v.recommendation, q.at("recommendation")),
    examples: ex,
    ...(v.description !== undefined ? { description: localized(v.description, q.at("description")) } : {}),
    ...(v.unless !== undefined ? { unless: listOf(v.unless, q.at("unless"), condition) } : {}),
    ...(v.requires !== undefined ? { requires: listOf(v.requires, q.at("requires"), requirement) } : {}),
    ...(v.suggestion !== undefined ? { suggestion: perLang(v.suggestion, q.at("suggestion"), suggestion) } : {}),
    ...(v.model !== undefined ? { model: modelQuery(v.model, q.at("model")) } : {}),
    ...(v.text !== undefined ? { text: oneOfList(v.text, q.at("text"), TEXT_KINDS) } : {}),
    ...(v.variants !== undefined ? { variants: listOf(v.variants, q.at("variants"), variant) } : {}),
  };
  if (check === "model" && !spec.model) fail(q.at("model"), "a rule of check: model needs a model: query");
  if (check !== "model" && spec.model) fail(q.at("model"), "model: is read only by check: model");
  return spec;
}

function listOf<T>(v: unknown, p: Path, each: (x: unknown, p: Path) => T): T[] {
  if (!Array.isArray(v) || v.length === 0) fail(p, "expected a non-empty list");
  return v.map((x, i) => each(x, p.at(`[${i}]`)));
}

/** Validates a rule file (a YAML list of rules). */
export function validateRuleFile(file: RuleFile): RuleSpec[] {
  const p = new Path([file.source]);
  if (!Array.isArray(file.data)) fail(p, "expected a list of rules");
  return file.data.map((r, i) => validateRule(r, p.at(`[${i}]`)));
}

export function validateLexicons(file: RuleFile): Lexicons {
  const p = new Path([file.source]);
  if (!isObj(file.data)) fail(p, "expected a map from lexicon name to patterns per language");
  const out: Record<string, PerLang<readonly string[]>> = {};
  for (const [name, v] of Object.entries(file.data)) {
    if (!/^[a-z][a-z0-9.-]*$/u.test(name)) fail(p.at(name), "lexicon names are lower-case words with - or .");
    out[name] = perLang(v, p.at(name), (x, q) => stringList(x, q, true));
  }
  return out;
}

export function validateUnits(file: RuleFile): UnitsConfig {
  const p = new Path([file.source]);
  if (!isObj(file.data)) fail(p, "expected { units: [...], duty: {...} }");
  const units = listOf(file.data.units, p.at("units"), (v, q): UnitSpec => {
    if (!isObj(v)) fail(q, "expected { id, name, patterns }");
    if (typeof v.id !== "string" || !/^[a-z][a-z0-9-]*$/u.test(v.id)) fail(q.at("id"), "expected a lower-case unit id");
    return { id: v.id, name: localized(v.name, q.at(v.id).at("name")), patterns: perLang(v.patterns, q.at(v.id).at("patterns"), (x, r) => stringList(x, r)) };
  });
  const ids = new Set<string>();
  for (const u of units) {
    if (ids.has(u.id)) fail(p.at("units"), `duplicate unit id "${u.id}"`);
    ids.add(u.id);
  }
  return { units, duty: perLang(file.data.duty, p.at("duty"), (x, q) => stringList(x, q)) };
}
