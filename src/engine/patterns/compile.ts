/**
 * Compiles parsed patterns into token-level slots for one language.
 *
 * Inflection is expanded into explicit form sets at compile time, so matching is a hash lookup
 * per token. Lexicon references are spliced in; single-token lexicons collapse into one slot.
 */
import { englishForms } from "../morphology/english";
import { kazakhForms } from "../morphology/kazakh";
import { russianForms } from "../morphology/russian";
import { russianNounAgreement, russianNounForms, type Agreement } from "../morphology/russian-nouns";
import { kazakhVerbForms, russianVerbForms, type VerbTag } from "../morphology/verbs";
import { normalize } from "../text/normalize";
import { tokenize } from "../text/tokenize";
import type { Lang } from "../types";
import { regexPrefixes } from "./regex-prefix";
import { parsePattern, PatternSyntaxError, type SlotAst, type WordAst } from "./syntax";

export type Slot =
  | { readonly t: "forms"; readonly forms: ReadonlySet<string>; readonly optional: boolean }
  | { readonly t: "regex"; readonly re: RegExp; readonly optional: boolean; readonly prefixes: readonly string[] | undefined }
  | { readonly t: "num" | "word" | "cap" | "any"; readonly optional: boolean }
  | { readonly t: "gap"; readonly max: number };

/** Looks up a lexicon's patterns for a language; undefined when the lexicon does not exist. */
export type LexiconLookup = (name: string, lang: Lang) => readonly string[] | undefined;

const MAX_VARIANTS = 20000;

export class PatternCompiler {
  private readonly formCache = new Map<string, ReadonlySet<string>>();
  private readonly literalCache = new Map<string, string[]>();
  /** Every form a `~v` pattern generated, with its voice/mood, per language. */
  readonly verbForms: Record<Lang, Map<string, VerbTag>> = { kk: new Map(), ru: new Map(), en: new Map() };
  /**
   * Cases a declined noun form can be: Russian `~d`/`~n` (nom gen dat acc ins loc), Kazakh `~`/`~n`
   * (nom, gen, ins, or obl for the other cases). The reader tells a subject from a doer by them.
   */
  readonly nounCases: Record<Lang, Map<string, Set<string>>> = { kk: new Map(), ru: new Map(), en: new Map() };
  /** Gender and number of the nominative forms of Russian `~d`/`~n` nouns (for rewrites that must agree). */
  readonly agreement = new Map<string, Agreement>();

  constructor(private readonly lexicon: LexiconLookup) {}

  private readonly compiled = new Map<string, Slot[][]>();

  /** Compiles one pattern into one or more slot sequences (lexicons may multiply them). */
  compile(pattern: string, lang: Lang, stack: readonly string[] = []): Slot[][] {
    // A lexicon spliced into many rules is compiled once; slots are immutable, so they are shared.
    const key = `${lang}\u0000${pattern}`;
    const known = this.compiled.get(key);
    if (known) return known;
    const out = this.compileUncached(pattern, lang, stack);
    this.compiled.set(key, out);
    return out;
  }

  private compileUncached(pattern: string, lang: Lang, stack: readonly string[]): Slot[][] {
    const ast = parsePattern(pattern);
    let variants: Slot[][] = [[]];
    for (const slot of ast) {
      const options = this.compileSlot(slot, lang, pattern, stack);
      const next: Slot[][] = [];
      for (const v of variants) for (const o of options) next.push(v.concat(o));
      if (next.length > MAX_VARIANTS) throw new PatternSyntaxError(pattern, `expands to more than ${MAX_VARIANTS} variants`);
      variants = next;
    }
    return variants.filter((v) => v.some((s) => s.t !== "gap"));
  }

  /** Returns the alternatives a slot can expand to (each an array of slots). */
  private compileSlot(slot: SlotAst, lang: Lang, pattern: string, stack: readonly string[]): Slot[][] {
    switch (slot.kind) {
      case "gap":
        return [[{ t: "gap", max: slot.max }]];
      case "special":
        return [[{ t: slot.what, optional: slot.optional }]];
      case "regex":
        return [[{ t: "regex", re: new RegExp(`^(?:${slot.source})$`, "u"), optional: slot.optional, prefixes: regexPrefixes(slot.source) }]];
      case "lexicon":
        return this.compileLexicon(slot.name, slot.optional, lang, pattern, stack);
      case "group":
        return this.compileGroup(slot.alternatives, slot.optional, lang, pattern, stack);
      case "words":
        return this.compileWords(slot.alternatives, slot.optional, lang, pattern);
    }
  }

  private compileLexicon(name: string, optional: boolean, lang: Lang, pattern: string, stack: readonly string[]): Slot[][] {
    if (stack.includes(name)) throw new PatternSyntaxError(pattern, `lexicon cycle ${[...stack, name].join(" → ")}`);
    const entries = this.lexicon(name, lang);
    if (entries === undefined) throw new PatternSyntaxError(pattern, `unknown lexicon @${name}`);
    const all: Slot[][] = [];
    for (const entry of entries) all.push(...this.compile(entry, lang, [...stack, name]));
    return mergeSingles(all, optional);
  }

  private compileGroup(alternatives: readonly (readonly SlotAst[])[], optional: boolean, lang: Lang, pattern: string, stack: readonly string[]): Slot[][] {
    const out: Slot[][] = [];
    for (const alt of alternatives) {
      let variants: Slot[][] = [[]];
      for (const slot of alt) {
        const options = this.compileSlot(slot, lang, pattern, stack);
        const next: Slot[][] = [];
        for (const v of variants) for (const o of options) next.push(v.concat(o));
        variants = next;
      }
      out.push(...variants);
    }
    return mergeSingles(out, optional);
  }

  private compileWords(alternatives: readonly WordAst[], optional: boolean, lang: Lang, pattern: string): Slot[][] {
    if (alternatives.length === 1) {
      const only = alternatives[0] as WordAst;
      if (only.inflect === "") {
        const toks = this.literalTokens(only.text);
        if (toks.length > 1) {
          if (optional) throw new PatternSyntaxError(pattern, `"${only.text}" is several tokens and cannot be optional; write them as separate slots`);
          return [toks.map((t) => ({ t: "forms", forms: new Set([t]), optional: false }) as Slot)];
        }
      }
    }
    const forms = new Set<string>();
    for (const alt of alternatives) {
      const toks = this.literalTokens(alt.text);
      if (toks.length !== 1) {
        throw new PatternSyntaxError(pattern, `"${alt.text}" is not one token; alternatives and ~ apply to single tokens`);
      }
      const word = toks[0] as string;
      if (alt.inflect === "") forms.add(word);
      else for (const f of this.inflect(word, alt.inflect, lang, pattern)) forms.add(f);
    }
    return [[{ t: "forms", forms, optional }]];
  }

  private inflect(word: string, how: "~" | "~n" | "~v" | "~d", lang: Lang, pattern: string): ReadonlySet<string> {
    const key = `${lang}\u0000${how}\u0000${word}`;
    const cached = this.formCache.get(key);
    if (cached) return cached;
    let forms: ReadonlySet<string>;
    if (how === "~v") {
      if (lang === "en") throw new PatternSyntaxError(pattern, `~v (a verb's paradigm) is defined for Russian and Kazakh`);
      const paradigm = lang === "kk" ? kazakhVerbForms(word) : russianVerbForms(word);
      if (lang === "ru" && paradigm.size <= 2) throw new PatternSyntaxError(pattern, `"${word}~v": a Russian verb is written as its infinitive in -ать/-ять/-ить/-еть/-овать/-нуть`);
      const tags = this.verbForms[lang];
      for (const [f, tag] of paradigm) if (!tags.has(f)) tags.set(f, tag);
      forms = new Set(paradigm.keys());
    } else if (how === "~d" || (how === "~n" && lang === "ru")) {
      if (lang !== "ru") throw new PatternSyntaxError(pattern, `~d (a declined noun) is defined for Russian; Kazakh nouns take ~`);
      const declined = russianNounForms(word);
      const { gender, pluralNominative } = russianNounAgreement(word);
      for (const [f, cs] of declined) {
        if (cs.has("nom") && !this.agreement.has(f)) this.agreement.set(f, { gender, plural: pluralNominative.has(f) });
      }
      const cases = this.nounCases.ru;
      const kept = new Set<string>();
      for (const [f, cs] of declined) {
        if (how === "~n" && !cs.has("nom")) continue;
        kept.add(f);
        const known = cases.get(f) ?? new Set<string>();
        for (const c of cs) known.add(c);
        cases.set(f, known);
      }
      forms = kept;
    } else if (how === "~n") {
      if (lang !== "kk") throw new PatternSyntaxError(pattern, `~n (nominative forms) is defined for Kazakh and Russian`);
      forms = kazakhForms(word, { nominativeOnly: true });
      this.tagKazakh(forms, forms);
    } else if (lang === "kk") {
      forms = kazakhForms(word);
      this.tagKazakh(forms, kazakhForms(word, { nominativeOnly: true }));
    }
    else if (lang === "ru") forms = russianForms(word);
    else forms = englishForms(word);
    this.formCache.set(key, forms);
    return forms;
  }

  private tagKazakh(forms: ReadonlySet<string>, nominative: ReadonlySet<string>): void {
    const cases = this.nounCases.kk;
    for (const f of forms) {
      const c = nominative.has(f) ? "nom" : /(ның|нің|дың|дің|тың|тің)$/u.test(f) ? "gen" : /(мен|бен|пен)$/u.test(f) ? "ins" : "obl";
      const known = cases.get(f) ?? new Set<string>();
      known.add(c);
      cases.set(f, known);
    }
  }

  /** Normalises and tokenizes a literal exactly as document text is, so both sides agree. */
  private literalTokens(text: string): string[] {
    const cached = this.literalCache.get(text);
    if (cached) return cached;
    const toks = tokenize(normalize(text).text);
    const out = toks.lower.slice();
    this.literalCache.set(text, out);
    return out;
  }
}

/** Alternatives that are each one required literal slot collapse into one slot (one lookup, no product). */
function mergeSingles(variants: readonly Slot[][], optional: boolean): Slot[][] {
  const out: Slot[][] = [];
  const singles = new Set<string>();
  for (const v of variants) {
    const only = v[0];
    if (v.length === 1 && only && only.t === "forms" && !only.optional) for (const f of only.forms) singles.add(f);
    else out.push(v);
  }
  if (singles.size > 0) out.push([{ t: "forms", forms: singles, optional: false }]);
  if (optional) out.push([]);
  if (out.length === 0) return [[]];
  return out;
}
