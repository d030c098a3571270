/**
 * The rulebook's trigger markers as plain JavaScript regular expressions: the baseline the
 * benchmark compares the engine with (a developer's "one big regex" and a prh dictionary).
 * Inflection (~) becomes a stem followed by letters, as such a developer would write it.
 */
import { parsePattern, type SlotAst } from "../../src/engine/patterns/syntax";
import type { Engine, Lang } from "../../src/engine";
import type { Lexicons } from "../../src/engine/rulebook/spec";

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}

function slotSource(slot: SlotAst, lang: Lang, lexicons: Lexicons, depth: number): string {
  switch (slot.kind) {
    case "gap":
      // Each skipped token is followed by whitespace, so one word cannot be split into many (no backtracking blow-up).
      return `(?:[^\\s.;!?]+\\s+){0,${slot.max}}`;
    case "special":
      return { num: "\\d+(?:[.,]\\d+)*", word: "\\p{L}+", cap: "\\p{Lu}\\p{L}*", any: "\\S+" }[slot.what];
    case "regex":
      return `(?:${slot.source})`;
    case "lexicon": {
      const entries = depth > 4 ? [] : (lexicons[slot.name]?.[lang] ?? []);
      return `(?:${entries.map((e) => patternSource(e, lang, lexicons, depth + 1)).join("|") || "(?!)"})`;
    }
    case "group":
      return `(?:${slot.alternatives.map((alt) => sequence(alt, lang, lexicons, depth)).join("|")})`;
    case "words":
      return `(?:${slot.alternatives
        .map((w) => {
          const word = w.text.toLowerCase();
          if (w.inflect === "") return esc(word);
          let stem = lang === "kk" && /[қкп]$/u.test(word) ? word.slice(0, -1) : word;
          // a verb's infinitive or a noun's lemma: the stem before its ending, as a developer would cut it
          if (w.inflect === "~v" && lang === "ru") stem = word.replace(/(овать|евать|ать|ять|ить|еть|нуть|ть)$/u, "");
          if ((w.inflect === "~d" || w.inflect === "~n") && lang === "ru") stem = word.replace(/(ия|ие|ый|ий|ой|[аяоеьй])$/u, "");
          return `${esc(stem)}\\p{L}*`;
        })
        .join("|")})`;
  }
}

function isPunctuation(slot: SlotAst | undefined): boolean {
  return !!slot && slot.kind === "words" && slot.alternatives.every((w) => w.inflect === "" && !/[\p{L}\p{N}]/u.test(w.text));
}

/** Slots joined by whitespace; only next to punctuation ("т.д.", "и/или") may the space be absent. */
function sequence(slots: readonly SlotAst[], lang: Lang, lexicons: Lexicons, depth: number): string {
  let out = "";
  slots.forEach((s, i) => {
    const src = slotSource(s, lang, lexicons, depth);
    const next = slots[i + 1];
    const sep = !next || s.kind === "gap" ? "" : isPunctuation(s) || isPunctuation(next) ? "\\s*" : "\\s+";
    const optional = "optional" in s && s.optional;
    out += optional ? `(?:${src}${sep})?` : `${src}${sep}`;
  });
  return out;
}

export function patternSource(pattern: string, lang: Lang, lexicons: Lexicons, depth = 0): string {
  return sequence(parsePattern(pattern), lang, lexicons, depth);
}

/** Every trigger pattern of every rule, per language, as regex sources. */
export function markerSources(engine: Engine, lexicons: Lexicons): string[] {
  const out: string[] = [];
  for (const rule of engine.rules) {
    for (const lang of ["kk", "ru", "en"] as const) {
      for (const p of rule.patterns[lang] ?? []) {
        if (p.trim() === "#num") continue;
        out.push(patternSource(p, lang, lexicons));
      }
    }
  }
  return out;
}

export const BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
export const BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";
