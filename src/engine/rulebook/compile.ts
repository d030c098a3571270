/**
 * Turns validated rulebook data into pattern groups inside one index per language.
 *
 * A "group" is a set of patterns that answer one question (this rule's trigger, this rule's
 * second `unless`, the lexicon `modal.authority`, the unit `accounting`). Scanning a paragraph
 * fills a list of matches per group; checks then ask questions about groups.
 */
import { PatternCompiler } from "../patterns/compile";
import { PatternIndex } from "../patterns/matcher";
import { PatternSyntaxError } from "../patterns/syntax";
import type { Agreement } from "../morphology/russian-nouns";
import type { VerbTag } from "../morphology/verbs";
import { LANGS, type Lang } from "../types";
import type { ConditionSpec, Lexicons, PerLang, RuleFile, RulebookSource, RuleSpec, UnitSpec, UnitsConfig } from "./spec";
import { RulebookError, validateLexicons, validateRuleFile, validateUnits } from "./validate";

export interface CompiledCondition {
  readonly spec: ConditionSpec;
  readonly group: number;
}

export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly trigger: number;
  readonly unless: readonly CompiledCondition[];
  readonly requires: readonly CompiledCondition[];
  /** `model.objects` and `model.unbounded` as lexicon groups (check kind `model`). */
  readonly objects: readonly number[];
  readonly bounds: readonly number[];
  /** `variants[i].objects` as lexicon groups. */
  readonly variants: readonly (readonly number[])[];
}

export interface CompiledUnit {
  readonly spec: UnitSpec;
  readonly group: number;
}

/** Every lexicon of the rulebook's lexicon files, validated; a later file may not redefine a name. */
export function loadLexicons(source: RulebookSource): Lexicons {
  const files: readonly RuleFile[] = Array.isArray(source.lexicons) ? source.lexicons : [source.lexicons as RuleFile];
  const out: Record<string, PerLang<readonly string[]>> = {};
  for (const f of files) {
    for (const [name, v] of Object.entries(validateLexicons(f))) {
      if (out[name]) throw new RulebookError(`${f.source} › ${name}: the lexicon is already defined in another file`);
      out[name] = v;
    }
  }
  return out;
}

export class CompiledRulebook {
  readonly rules: readonly CompiledRule[];
  readonly units: readonly CompiledUnit[];
  readonly dutyGroup: number;
  readonly unitsConfig: UnitsConfig;
  readonly lexicons: Lexicons;
  readonly indexes: Readonly<Record<Lang, PatternIndex>>;
  readonly groupNames: readonly string[];
  private readonly lexiconGroups = new Map<string, number>();
  private readonly compiler: PatternCompiler;
  private readonly names: string[] = [];
  private readonly idx: Record<Lang, PatternIndex> = { kk: new PatternIndex(), ru: new PatternIndex(), en: new PatternIndex() };

  constructor(source: RulebookSource, checkLexicons: readonly string[]) {
    this.lexicons = loadLexicons(source);
    const lex = this.lexicons;
    this.compiler = new PatternCompiler((name, lang) => {
      const entry = lex[name];
      if (!entry) return undefined;
      return entry[lang] ?? [];
    });
    this.indexes = this.idx;
    this.groupNames = this.names;

    const specs: RuleSpec[] = [];
    const seen = new Set<string>();
    for (const file of source.rules) {
      for (const spec of validateRuleFile(file)) {
        if (seen.has(spec.id)) throw new RulebookError(`${file.source} › ${spec.id}: duplicate rule id`);
        seen.add(spec.id);
        specs.push(spec);
      }
    }
    this.rules = specs.map((spec) => ({
      spec,
      trigger: this.addGroup(`${spec.id} patterns`, spec.patterns),
      unless: (spec.unless ?? []).map((c, i) => ({ spec: c, group: this.addGroup(`${spec.id} unless[${i}]`, c.patterns) })),
      requires: (spec.requires ?? []).map((c, i) => ({ spec: c, group: this.addGroup(`${spec.id} requires[${i}]`, c.patterns) })),
      objects: (spec.model?.objects ?? []).map((name) => this.ruleLexicon(spec.id, `model.object.${name}`)),
      bounds: (spec.model?.unbounded ?? []).map((name) => this.ruleLexicon(spec.id, `model.bound.${name}`)),
      variants: (spec.variants ?? []).map((v) => v.objects.map((name) => this.ruleLexicon(spec.id, `model.object.${name}`))),
    }));
    for (const name of checkLexicons) this.lexiconGroup(name);
    // The provision reader's vocabulary is read as a whole (engine.read lists objects and bounds).
    for (const name of Object.keys(this.lexicons)) if (name.startsWith("model.")) this.lexiconGroup(name);

    this.unitsConfig = validateUnits(source.units);
    this.units = this.unitsConfig.units.map((u) => ({ spec: u, group: this.addGroup(`unit ${u.id}`, u.patterns) }));
    this.dutyGroup = this.addGroup("unit duty", this.unitsConfig.duty);
  }

  /** Group id of a lexicon, compiled on first use (only at construction: the index is fixed after). */
  lexiconGroup(name: string): number {
    const known = this.lexiconGroups.get(name);
    if (known !== undefined) return known;
    const entry = this.lexicons[name];
    if (!entry) throw new RulebookError(`lexicons: a check needs the lexicon "${name}", which is not defined`);
    const g = this.addGroup(`@${name}`, entry);
    this.lexiconGroups.set(name, g);
    return g;
  }

  /** Names of every lexicon the rulebook defines. */
  lexiconNames(): string[] {
    return Object.keys(this.lexicons);
  }

  /** Voice and mood of a form some `~v` pattern generated. */
  verbTag(lang: Lang, form: string): VerbTag | undefined {
    return this.compiler.verbForms[lang].get(form);
  }

  /** Gender and number of a Russian nominative noun form some `~d`/`~n` pattern generated. */
  agreementOf(form: string): Agreement | undefined {
    return this.compiler.agreement.get(form);
  }

  /** Cases of a noun form some `~d`, `~n` or Kazakh `~` pattern generated. */
  nounCases(lang: Lang, form: string): ReadonlySet<string> | undefined {
    return this.compiler.nounCases[lang].get(form);
  }

  private ruleLexicon(ruleId: string, name: string): number {
    if (!this.lexicons[name]) throw new RulebookError(`${ruleId}: model query names the lexicon "${name}", which is not defined`);
    return this.lexiconGroup(name);
  }

  get groupCount(): number {
    return this.names.length;
  }

  private addGroup(name: string, patterns: PerLang<readonly string[]>): number {
    const group = this.names.length;
    this.names.push(name);
    for (const lang of LANGS) {
      for (const p of patterns[lang] ?? []) {
        let variants;
        try {
          variants = this.compiler.compile(p, lang);
        } catch (e) {
          if (e instanceof PatternSyntaxError) throw new RulebookError(`${name} (${lang}): ${e.message}`);
          throw e;
        }
        for (const slots of variants) this.idx[lang].add(group, slots);
      }
    }
    return group;
  }
}
